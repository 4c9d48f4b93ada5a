/**
 * Turns the fact sheet and the page definitions into the API's panel model.
 * Everything here is data transformation; the handlers only route and filter.
 */
import { REGIONS, SECTORS } from '@/config/regions';
import type {
  Datum,
  LocalizedText,
  Page,
  Panel,
  PanelScope,
  SeriesValue,
  Source,
} from '@/lib/api/schemas';
import { cellSum, splitGrid } from './breakdown';
import { currentValue, factById, RELEASE, sourceById } from './dataset';
import type { FactDef, MemberDef, ValueDef } from './dataset-schema';
import { PAGES, type PageDef, type PanelDef } from './panels';
import { regionsOf } from './places';
import { timingText } from './timing';
import {
  breakdownKey,
  metaOf,
  NO_BREAKDOWNS,
  type ActiveBreakdown,
  type OfficialBreakdowns,
} from './official-breakdowns';

/** The release as a page names it (every page draws on it). */
const SOURCE: Source = {
  title: RELEASE.title,
  publisher: RELEASE.publisher,
  distributedOn: RELEASE.distributedOn,
  embargoedUntil: RELEASE.embargoedUntil ?? RELEASE.distributedOn,
};

/** The period the release's figures describe: the year before it was distributed. */
const REFERENCE_DATE = String(Number(RELEASE.distributedOn.slice(0, 4)) - 1);

function dateText(date: string): LocalizedText {
  const [y, m, d] = date.split('-').map(Number);
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  const en = `${d ? `${d} ` : ''}${m ? `${months[m - 1]} ` : ''}${y}`;
  const ko = `${y}년${m ? ` ${m}월` : ''}${d ? ` ${d}일` : ''}`;
  return { ko, en };
}

function displayOf(f: FactDef): LocalizedText | null {
  if (f.range) {
    return {
      ko: `${f.range.min}~${f.range.max}${f.unit}`,
      en: `${f.range.min}–${f.range.max} ${f.unit}`,
    };
  }
  if (f.unit === 'status') return { ko: '완료', en: 'Completed' };
  if (f.date && currentValue(f) === null) return dateText(f.date);
  return null;
}

function memberDetail(m: MemberDef): LocalizedText | null {
  if (m.demand_ko) return { ko: m.demand_ko, en: m.demand_en ?? m.demand_ko };
  if (m.site_ko) {
    const timing = m.timing ? (timingText(m.timing) ?? { ko: m.timing, en: m.timing }) : null;
    return {
      ko: timing ? `${m.site_ko}, ${timing.ko}` : m.site_ko,
      en: timing ? `${m.site_en ?? m.site_ko}, ${timing.en}` : (m.site_en ?? m.site_ko),
    };
  }
  if (m.role) {
    const [ko, en] = m.role.split('/');
    return { ko: ko ?? m.role, en: en ?? m.role };
  }
  return null;
}

function memberRegions(m: MemberDef): string[] {
  const place = m.demand_ko ?? m.site_ko ?? m.ko;
  return regionsOf(place);
}

function seriesValue(f: FactDef, v: ValueDef): SeriesValue {
  const source = sourceById(v.source);
  return {
    period: v.period,
    value: v.value,
    unit: v.unit ?? null,
    asStated: v.asStated ?? null,
    estimate: v.estimate ?? false,
    source: {
      id: source.id,
      title: source.title,
      publisher: source.publisher,
      date: source.distributedOn,
    },
    // A value without a quote of its own stands in the fact's words.
    quote: v.quote ?? f.quote,
  };
}

/** A before/after end: the point schema's year is a whole year or none. */
function point(v: SeriesValue) {
  const year = v.period && /^\d{4}$/.test(v.period) ? Number(v.period) : null;
  return { year, value: v.value, unit: v.unit, asStated: v.asStated };
}

/**
 * A fact as the API's figure. Facts do not change while the process runs, so each is built
 * once: pages and panels ask for the same figures on every request (a list panel's scope reads
 * its facts' regions, then its items read them again). Callers copy before changing one.
 */
const datums = new Map<string, Datum>();
function datumOf(factId: string): Datum {
  let d = datums.get(factId);
  if (!d) {
    d = buildDatum(factId);
    datums.set(factId, d);
  }
  return d;
}

function buildDatum(factId: string): Datum {
  const f = factById(factId);
  const stated = f.changeStatedBy ? factById(f.changeStatedBy) : null;
  const statedValue = stated ? currentValue(stated) : null;
  const series = f.values.map((v) => seriesValue(f, v));
  const twoOrMore = series.length >= 2;
  const members = (f.members ?? []).map((m) => ({
    label: { ko: m.ko, en: m.en },
    detail: memberDetail(m),
    regions: memberRegions(m),
  }));
  const regions = [
    ...new Set([...(f.region ?? []).flatMap(regionsOf), ...members.flatMap((m) => m.regions)]),
  ];
  return {
    id: factId,
    factId,
    label: f.label,
    value: currentValue(f),
    unit: f.unit,
    display: displayOf(f),
    approx: f.approx ?? false,
    derived: f.derived ?? false,
    quote: f.quote,
    otherQuotes: f.otherQuotes ?? [],
    note: f.note ?? null,
    series,
    before: twoOrMore ? point(series[0]!) : null,
    after: twoOrMore ? point(series.at(-1)!) : null,
    statedChange:
      stated && statedValue !== null
        ? { value: statedValue, unit: stated.unit, factId: stated.id }
        : null,
    members,
    completeList: f.completeList ?? true,
    date: f.date ?? null,
    regions,
  };
}

export function pageDef(id: string): PageDef | undefined {
  return PAGES.find((p) => p.id === id);
}

export function panelDef(id: string): { page: PageDef; panel: PanelDef } | undefined {
  for (const page of PAGES) {
    const panel = page.panels.find((p) => p.id === id);
    if (panel) return { page, panel };
  }
  return undefined;
}

export function buildPage(def: PageDef, official: OfficialBreakdowns = NO_BREAKDOWNS): Page {
  return {
    id: def.id,
    title: def.title,
    lead: def.lead,
    source: SOURCE,
    referenceDate: REFERENCE_DATE,
    panels: def.panels.map((p) => ({
      id: p.id,
      kind: p.kind,
      title: p.title,
      scope: scopeOf(p, official),
    })),
  };
}

export interface Filters {
  region: string[];
  sector: string[];
}

/**
 * The parts of a breakdown: one bar per chosen region (or sector). From the official
 * breakdown when one is in force (exactly the file's values; the other dimension's filter
 * does not apply to them), else from the illustrative grid (split by both filters).
 */
/**
 * An imported breakdown is a source of its own (issue 17): each of its values names the import
 * (the officer's words for the source, and the day it was applied), not the release.
 */
function importedValue(b: ActiveBreakdown, value: number): SeriesValue {
  return {
    period: REFERENCE_DATE,
    value,
    unit: null,
    asStated: null,
    estimate: false,
    source: {
      id: `breakdown:${b.dimension}:v${b.version}`,
      title: { ko: b.source, en: b.source },
      publisher: {
        ko: '공식 분해 (자료 관리에서 반영)',
        en: 'Official breakdown (imported on Data)',
      },
      date: b.importedAt.slice(0, 10),
    },
    quote: null,
  };
}

function splitItems(
  def: PanelDef,
  filters: Filters,
  breakdown: ActiveBreakdown | null,
): { items: Datum[]; basis: Datum } {
  const values = breakdown?.values ?? null;
  const split = def.split!;
  const basis = datumOf(split.factId);
  if (basis.value === null) throw new Error(`${split.factId} has no value to split`);
  const grid = splitGrid(split.factId, basis.value);
  const dims = split.by === 'region' ? REGIONS : SECTORS;
  const chosen = split.by === 'region' ? filters.region : filters.sector;
  const items = dims
    .filter((d) => chosen.length === 0 || chosen.includes(d.slug))
    .map((d): Datum => {
      const value = values
        ? (values[d.slug] ?? 0)
        : split.by === 'region'
          ? cellSum(grid, [d.slug], filters.sector)
          : cellSum(grid, filters.region, [d.slug]);
      return {
        ...basis,
        id: `${split.factId}:${d.slug}`,
        factId: null,
        label: { ko: d.ko, en: d.en },
        value,
        approx: false,
        derived: false,
        quote: null,
        otherQuotes: [],
        note: null,
        // Illustrative parts have no source to name; imported ones name the import.
        series: breakdown ? [importedValue(breakdown, value)] : [],
        members: [],
        regions: split.by === 'region' ? [d.slug] : [],
      };
    });
  return { items, basis };
}

/**
 * How a panel answers each filter: illustrative breakdowns split by both; lists of facts
 * that name places (sites, labs, hubs) are truly filtered by region; the rest is national.
 */
function scopeOf(def: PanelDef, official: OfficialBreakdowns): PanelScope {
  if (def.split) {
    // An official breakdown by region says nothing of sectors (and vice versa).
    if (official.has(breakdownKey(def.split.factId, def.split.by))) {
      return def.split.by === 'region'
        ? { region: 'split', sector: 'national' }
        : { region: 'national', sector: 'split' };
    }
    return { region: 'split', sector: 'split' };
  }
  const regional = def.kind === 'list' && def.factIds.some((id) => datumOf(id).regions.length > 0);
  return { region: regional ? 'regional' : 'national', sector: 'national' };
}

/**
 * A panel under the given filters. Facts that are regional in the release (sites, labs,
 * hubs) are truly filtered by region; illustrative breakdowns split by both dimensions;
 * national figures stay national and say so (scope).
 */
export function buildPanel(
  page: PageDef,
  def: PanelDef,
  filters: Filters,
  official: OfficialBreakdowns = NO_BREAKDOWNS,
): Panel {
  const base = {
    id: def.id,
    pageId: page.id,
    kind: def.kind,
    title: def.title,
    referenceDate: REFERENCE_DATE,
    notes: def.notes ?? [],
  };
  if (def.split) {
    const breakdown = official.get(breakdownKey(def.split.factId, def.split.by));
    const { items, basis } = splitItems(def, filters, breakdown ?? null);
    if (breakdown) {
      return {
        ...base,
        provenance: 'official',
        scope: scopeOf(def, official),
        items,
        basis: null,
        officialBreakdown: metaOf(breakdown)!,
      };
    }
    return {
      ...base,
      provenance: 'illustrative',
      scope: scopeOf(def, official),
      items,
      basis,
    };
  }
  const scope = scopeOf(def, official);
  let items = def.factIds.map((id) => {
    const d = datumOf(id);
    const page = def.links?.[id];
    return page ? { ...d, page } : d;
  });
  if (scope.region === 'regional' && filters.region.length > 0) {
    const wanted = new Set(filters.region);
    items = items
      .map((d) => ({
        ...d,
        members: d.members.filter((m) => m.regions.some((r) => wanted.has(r))),
      }))
      .filter((d) => d.regions.some((r) => wanted.has(r)));
  }
  return {
    ...base,
    provenance: 'official',
    scope,
    items,
    basis: null,
  };
}

export { PAGES };
