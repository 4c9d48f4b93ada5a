/**
 * The filter half of the URL contract: `?region=gwangju,seoul&sector=manufacturing`.
 * Parsing drops unknown slugs and reports them so the page can say what it ignored;
 * serialising writes a canonical order so one view has one link.
 */
import { REGION_SLUGS, SECTOR_SLUGS } from '@/config/regions';

export interface Filters {
  region: string[];
  sector: string[];
}

export interface ParsedFilters extends Filters {
  ignored: Filters;
}

export const EMPTY_FILTERS: Filters = { region: [], sector: [] };

function parseList(raw: string | null, allowed: readonly string[]) {
  const values: string[] = [];
  const ignored: string[] = [];
  for (const part of (raw ?? '').split(',')) {
    const v = part.trim();
    if (!v) continue;
    if (allowed.includes(v)) {
      if (!values.includes(v)) values.push(v);
    } else if (!ignored.includes(v)) {
      ignored.push(v);
    }
  }
  // Canonical order = contract order, so equal filters give equal links and cache keys.
  values.sort((a, b) => allowed.indexOf(a) - allowed.indexOf(b));
  return { values, ignored };
}

export function parseFilters(search: URLSearchParams): ParsedFilters {
  const region = parseList(search.get('region'), REGION_SLUGS);
  const sector = parseList(search.get('sector'), SECTOR_SLUGS);
  return {
    region: region.values,
    sector: sector.values,
    ignored: { region: region.ignored, sector: sector.ignored },
  };
}

/** Writes the filters into a copy of `search`, leaving other parameters alone. */
export function writeFilters(search: URLSearchParams, filters: Filters): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const key of ['region', 'sector'] as const) {
    const { values } = parseList(
      filters[key].join(','),
      key === 'region' ? REGION_SLUGS : SECTOR_SLUGS,
    );
    if (values.length) next.set(key, values.join(','));
    else next.delete(key);
  }
  return next;
}

/** `?a=b` from parameters, with commas bare as the contract shows them (both parse the same). */
export function toSearch(params: URLSearchParams): string {
  const qs = params.toString().replaceAll('%2C', ',');
  return qs ? `?${qs}` : '';
}

/** The query string to carry across pages: filters only. */
export function filterSearch(filters: Filters): string {
  return toSearch(writeFilters(new URLSearchParams(), filters));
}
