/**
 * Turns the fact sheet and the page definitions into the API's panel model.
 * Everything here is data transformation; the handlers only route and filter.
 */
import { REGIONS, SECTORS } from '@/config/regions';
import type { Datum, LocalizedText, Page, Panel, PanelScope } from '@/lib/api/schemas';
import { cellSum, splitGrid } from './breakdown';
import { FACT_NOTES_KO } from './fact-notes-ko';
import { LABEL_KO } from './labels-ko';
import { DERIVED_COUNTS, factById, type RawFact, type RawMember } from './facts';
import { PAGES, type PageDef, type PanelDef } from './panels';
import { regionsOf } from './places';
import { timingText } from './timing';
import {
  breakdownKey,
  metaOf,
  NO_BREAKDOWNS,
  type OfficialBreakdowns,
} from './official-breakdowns';

export const SOURCE = {
  title: { ko: '`20년 디지털 뉴딜 주요 성과 발표', en: '2020 Digital New Deal main results' },
  publisher: { ko: '과학기술정보통신부', en: 'Ministry of Science and ICT' },
  distributedOn: '2021-01-14',
  embargoedUntil: '2021-01-15',
} as const;

export const REFERENCE_DATE = '2020';

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

function displayOf(f: RawFact): LocalizedText | null {
  if (f.range) {
    return {
      ko: `${f.range.min}~${f.range.max}${f.unit}`,
      en: `${f.range.min}–${f.range.max} ${f.unit}`,
    };
  }
  if (f.unit === 'status') return { ko: '완료', en: 'Completed' };
  if (f.date && f.value === null) return dateText(f.date);
  return null;
}

function memberDetail(m: RawMember): LocalizedText | null {
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

function memberRegions(m: RawMember): string[] {
  const place = m.demand_ko ?? m.site_ko ?? m.ko;
  return regionsOf(place);
}

function point(p: RawFact['before']) {
  if (!p) return null;
  return { year: p.year, value: p.value, unit: p.unit ?? null, asStated: p.as_stated ?? null };
}

export function datumOf(factId: string, statedFactId?: string): Datum {
  const f = factById(factId);
  const stated = statedFactId ? factById(statedFactId) : null;
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
    label: { ko: LABEL_KO[f.id] ?? f.label_ko, en: f.label_en },
    value: f.value,
    unit: f.unit,
    display: displayOf(f),
    approx: f.approx ?? false,
    derived: DERIVED_COUNTS.has(f.id),
    quote: f.quote,
    otherQuotes: f.other_quotes ?? [],
    note: f.note ? { ko: FACT_NOTES_KO[f.id] ?? f.note, en: f.note } : null,
    before: point(f.before),
    after: point(f.after),
    statedChange:
      stated && stated.value !== null
        ? { value: stated.value, unit: stated.unit, factId: stated.id }
        : null,
    members,
    completeList: f.complete_list ?? true,
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
function splitItems(
  def: PanelDef,
  filters: Filters,
  values: Record<string, number> | null,
): { items: Datum[]; basis: Datum } {
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
    const { items, basis } = splitItems(def, filters, breakdown?.values ?? null);
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
    const d = datumOf(id, def.stated?.[id]);
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
