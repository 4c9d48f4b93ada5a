/**
 * The read side of the contract as plain functions: what GET /pages, /panels and /facts
 * answer. The MSW handlers and the server are thin adapters over these (no copy of the data
 * or the panel logic in either).
 */
import { REGION_SLUGS, SECTOR_SLUGS } from '@/config/regions';
import type { FactList, Page, Panel } from '@/lib/api/schemas';
import { buildPage, buildPanel, pageDef, panelDef, type Filters } from './build-panel';
import { currentValue, FACTS } from './facts';
import { NO_BREAKDOWNS, type OfficialBreakdowns } from './official-breakdowns';

/**
 * The filters of a query string. Unknown slugs are dropped, not rejected (the client names
 * them to the user); spaces around slugs are ignored; absent or empty means all.
 */
export function filtersOf(get: (name: string) => string | null | undefined): Filters {
  const list = (name: string, allowed: readonly string[]) => [
    ...new Set(
      (get(name) ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => allowed.includes(s)),
    ),
  ];
  return { region: list('region', REGION_SLUGS), sector: list('sector', SECTOR_SLUGS) };
}

export function pageById(
  pageId: string,
  official: OfficialBreakdowns = NO_BREAKDOWNS,
): Page | null {
  const def = pageDef(pageId);
  return def ? buildPage(def, official) : null;
}

export function panelById(
  panelId: string,
  filters: Filters,
  official: OfficialBreakdowns = NO_BREAKDOWNS,
): Panel | null {
  const found = panelDef(panelId);
  return found ? buildPanel(found.page, found.panel, filters, official) : null;
}

export function factList(): FactList {
  return {
    facts: FACTS.map((f) => ({
      id: f.id,
      flagship: f.flagship,
      label: f.label,
      value: currentValue(f),
      unit: f.unit,
      quote: f.quote,
    })),
  };
}
