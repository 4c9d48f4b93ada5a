/**
 * The one schema of the data package (dataset/*.json, issue 17): the sources, the facts with
 * their values by period, the pages with their panels, and the places the release names. `parseDataset` checks the files'
 * shapes and their references to each other, and names the file, the entry and the field of
 * every problem, so a data officer can find it. It runs wherever the data is loaded: the
 * server at start, the tests, the demo's mock API, and `scripts/check-dataset.mjs` in the build.
 */
import { REGION_SLUGS } from '@/config/regions';
import { dimensionSchema, localizedText, pageIdSchema, panelKindSchema } from '@/lib/api/schemas';
import { z } from '@/lib/zod';

const text = z.string().check(z.minLength(1));
const slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug: a-z, 0-9 and -'));
/** YYYY, YYYY-MM or YYYY-MM-DD. */
const isoDate = z
  .string()
  .check(z.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'a date: YYYY[-MM[-DD]]'));

const sourceDefSchema = z.strictObject({
  id: slug,
  kind: z.enum(['press-release', 'survey', 'official-breakdown']),
  title: localizedText,
  publisher: localizedText,
  /** When it was published (a press release: its distribution date). */
  distributedOn: isoDate,
  /** A press release's embargo: the date it may be reported from. */
  embargoedUntil: z.optional(isoDate),
  /** Where the document is kept, for a reader who wants the whole text. */
  file: z.optional(text),
  /** The source that quotes this one (a survey cited by the release). */
  citedIn: z.optional(slug),
});
export type SourceDef = z.infer<typeof sourceDefSchema>;

/** One value of a fact for one period, and where it comes from. */
const valueDefSchema = z.strictObject({
  /** The period the value describes (2019, 2020-12); null where the release gives none. */
  period: z.nullable(isoDate),
  value: z.number(),
  /** Only where this value is in another unit than the fact (5 years vs 50 days). */
  unit: z.optional(text),
  /** The release's own words for the value (5년), where it wrote it in words. */
  asStated: z.optional(text),
  estimate: z.optional(z.boolean()),
  /** A source id (sources.json). */
  source: slug,
  /** This value's own verbatim quote, where it differs from the fact's. */
  quote: z.optional(text),
});
export type ValueDef = z.infer<typeof valueDefSchema>;

const memberDefSchema = z.strictObject({
  ko: text,
  en: text,
  headline: z.optional(text),
  effect: z.optional(text),
  demand_ko: z.optional(text),
  demand_en: z.optional(text),
  site_ko: z.optional(text),
  site_en: z.optional(text),
  /** When a site opens (timing.ts reads it). */
  timing: z.optional(text),
  /** "한국어/English". */
  role: z.optional(text),
});
export type MemberDef = z.infer<typeof memberDefSchema>;

const FLAGSHIPS = [
  'overview',
  'data-dam',
  'ai-x',
  'mec-5g',
  'doctor-answer',
  'k-cyber',
  'xr-content',
  'talent',
  'digital-inclusion',
  'regulation',
  'private-sector',
] as const;

const factDefSchema = z.strictObject({
  id: slug,
  /** The fact sheet's grouping (not the page: pages.json places facts on pages). */
  flagship: z.enum(FLAGSHIPS),
  label: localizedText,
  unit: text,
  /** The fact's values in period order; the last is its current value. Empty for lists and dates. */
  values: z.array(valueDefSchema),
  /** The release's words for the fact, verbatim. */
  quote: text,
  otherQuotes: z.optional(z.array(text)),
  /** The release gives the figure with 약/여. */
  approx: z.optional(z.boolean()),
  /** A count tallied from a list in the release, not a figure it states. */
  derived: z.optional(z.boolean()),
  /** The fact holding the change the release states for this one (94% 증가). */
  changeStatedBy: z.optional(slug),
  note: z.optional(localizedText),
  range: z.optional(z.strictObject({ min: z.number(), max: z.number() })),
  date: z.optional(isoDate),
  /** Places the release names for the fact (regionsOf turns them into slugs). */
  region: z.optional(z.array(text)),
  members: z.optional(z.array(memberDefSchema)),
  /** False where the release lists only some members (it says 등). */
  completeList: z.optional(z.boolean()),
  /** The fact sheet's remaining annotations (its arithmetic checks, rounded forms), kept as found. */
  factSheet: z.optional(z.record(z.string(), z.unknown())),
});
export type FactDef = z.infer<typeof factDefSchema>;

const panelDefSchema = z.strictObject({
  id: slug,
  kind: panelKindSchema,
  title: localizedText,
  factIds: z.array(slug),
  notes: z.optional(z.array(localizedText)),
  /**
   * An illustrative breakdown (예시 데이터) of one official total by region or sector, until
   * an official one is imported. The release has no such figures; see breakdown.ts.
   */
  split: z.optional(z.strictObject({ factId: slug, by: dimensionSchema })),
  /** For a flagships panel: the page each fact leads to (fact id → page). */
  links: z.optional(z.record(z.string(), pageIdSchema)),
});
export type PanelDef = z.infer<typeof panelDefSchema>;

const pageDefSchema = z.strictObject({
  id: pageIdSchema,
  title: localizedText,
  lead: localizedText,
  panels: z.array(panelDefSchema),
});
export type PageDef = z.infer<typeof pageDefSchema>;

/** Places the release names (인천공항, 구미·울산·안산), each mapped to the 시·도 it lies in. */
const placesDefSchema = z.record(
  z.string().check(z.minLength(1)),
  z.array(z.enum(REGION_SLUGS as unknown as [string, ...string[]])).check(z.minLength(1)),
);
export type PlacesDef = z.infer<typeof placesDefSchema>;

export interface Dataset {
  sources: SourceDef[];
  facts: FactDef[];
  pages: PageDef[];
  places: PlacesDef;
}

/** The files of the package, by the name an error should give. */
const DATASET_FILES = {
  sources: 'dataset/sources.json',
  facts: 'dataset/facts.json',
  pages: 'dataset/pages.json',
  places: 'dataset/places.json',
} as const;

export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(`The data package has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.name = 'DatasetError';
  }
}

type Path = readonly PropertyKey[];

function fieldText(path: Path): string {
  return path.reduce<string>(
    (s, key) =>
      typeof key === 'number' ? `${s}[${key}]` : s ? `${s}.${String(key)}` : String(key),
    '',
  );
}

/** "entry 12 (data-voucher-suppliers)" for a top-level array entry, with its id where it has one. */
function entryText(data: unknown, index: number): string {
  const entry = Array.isArray(data) ? (data[index] as unknown) : undefined;
  const id = entry && typeof entry === 'object' && 'id' in entry ? String(entry.id) : null;
  return id ? `entry ${index} (${id})` : `entry ${index}`;
}

function where(file: string, data: unknown, path: Path): string {
  const [first, ...rest] = path;
  if (typeof first !== 'number') return `${file}${path.length ? `, field ${fieldText(path)}` : ''}`;
  return `${file}, ${entryText(data, first)}${rest.length ? `, field ${fieldText(rest)}` : ''}`;
}

function parseFile<T>(
  schema: z.ZodMiniType<T>,
  file: string,
  data: unknown,
  problems: string[],
): T[] | null {
  const result = z.safeParse(z.array(schema), data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push(`${where(file, data, issue.path)}: ${issue.message}`);
  }
  return null;
}

/** Problems that span entries or files: duplicate ids and references to nothing. */
function crossCheck({ sources, facts, pages }: Dataset): string[] {
  const problems: string[] = [];
  const at = (file: string, data: unknown[], i: number, field: string) =>
    `${file}, ${entryText(data, i)}, field ${field}`;
  const dupes = (file: string, ids: string[]) =>
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) problems.push(`${file}: the id "${id}" is used twice`);
    });
  dupes(
    DATASET_FILES.sources,
    sources.map((s) => s.id),
  );
  dupes(
    DATASET_FILES.facts,
    facts.map((f) => f.id),
  );
  dupes(
    DATASET_FILES.pages,
    pages.map((p) => p.id),
  );
  dupes(
    DATASET_FILES.pages + ' (panels)',
    pages.flatMap((p) => p.panels.map((q) => q.id)),
  );

  const sourceIds = new Set(sources.map((s) => s.id));
  const factIds = new Map(facts.map((f) => [f.id, f]));
  sources.forEach((s, i) => {
    if (s.citedIn && !sourceIds.has(s.citedIn))
      problems.push(
        `${at(DATASET_FILES.sources, sources, i, 'citedIn')}: no source "${s.citedIn}"`,
      );
  });
  facts.forEach((f, i) => {
    f.values.forEach((v, j) => {
      if (!sourceIds.has(v.source))
        problems.push(
          `${at(DATASET_FILES.facts, facts, i, `values[${j}].source`)}: no source "${v.source}"`,
        );
      const prev = f.values[j - 1];
      if (prev?.period && v.period && prev.period >= v.period)
        problems.push(
          `${at(DATASET_FILES.facts, facts, i, `values[${j}].period`)}: ${v.period} is not after ${prev.period}; values go in period order`,
        );
    });
    if (f.changeStatedBy && !factIds.has(f.changeStatedBy))
      problems.push(
        `${at(DATASET_FILES.facts, facts, i, 'changeStatedBy')}: no fact "${f.changeStatedBy}"`,
      );
    if (f.range && f.range.min > f.range.max)
      problems.push(`${at(DATASET_FILES.facts, facts, i, 'range')}: min is above max`);
  });
  const pageIds = new Set(pages.map((p) => p.id));
  pages.forEach((page, i) => {
    page.panels.forEach((panel, j) => {
      const field = (name: string) =>
        at(DATASET_FILES.pages, pages, i, `panels[${j}] (${panel.id}).${name}`);
      panel.factIds.forEach((id, k) => {
        if (!factIds.has(id)) problems.push(`${field(`factIds[${k}]`)}: no fact "${id}"`);
      });
      if (panel.split) {
        const basis = factIds.get(panel.split.factId);
        if (!basis) problems.push(`${field('split.factId')}: no fact "${panel.split.factId}"`);
        else if (!basis.values.length)
          problems.push(`${field('split.factId')}: "${basis.id}" has no value to split`);
      }
      for (const [id, target] of Object.entries(panel.links ?? {})) {
        if (!panel.factIds.includes(id))
          problems.push(`${field(`links.${id}`)}: the panel does not show "${id}"`);
        if (!pageIds.has(target)) problems.push(`${field(`links.${id}`)}: no page "${target}"`);
      }
    });
  });
  return problems;
}

function parsePlaces(data: unknown, problems: string[]): PlacesDef | null {
  const result = z.safeParse(placesDefSchema, data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const [place, ...rest] = issue.path;
    const entry = place === undefined ? '' : `, entry "${String(place)}"`;
    problems.push(
      `${DATASET_FILES.places}${entry}${rest.length ? `, field ${fieldText(rest)}` : ''}: ${issue.message}`,
    );
  }
  return null;
}

/** Checks the files and returns them typed, or throws one error listing every problem. */
export function parseDataset(files: {
  sources: unknown;
  facts: unknown;
  pages: unknown;
  places: unknown;
}): Dataset {
  const problems: string[] = [];
  const sources = parseFile(sourceDefSchema, DATASET_FILES.sources, files.sources, problems);
  const facts = parseFile(factDefSchema, DATASET_FILES.facts, files.facts, problems);
  const pages = parseFile(pageDefSchema, DATASET_FILES.pages, files.pages, problems);
  const places = parsePlaces(files.places, problems);
  if (!sources || !facts || !pages || !places) throw new DatasetError(problems);
  const dataset = { sources, facts, pages, places };
  const more = crossCheck(dataset);
  if (more.length) throw new DatasetError(more);
  return dataset;
}
