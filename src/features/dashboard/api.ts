import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { pageSchema, panelSchema, type PageId, type PanelRef } from '@/lib/api/schemas';

export interface PanelFilters {
  region: string[];
  sector: string[];
}

/**
 * The filters that can change a panel's figures: a dimension the panel answers nationally is
 * left out, so its query key (and its cache entry, and its card's chart) stays the same when
 * only that dimension changes. The card still says the filter was not applied. Sorted: the
 * same regions chosen in another order are the same query (the URL keeps its own order; a
 * filter prefetched at the click, in the order it was chosen, finds the card's query).
 */
export function appliedFilters(scope: PanelRef['scope'], filters: PanelFilters): PanelFilters {
  return {
    region: scope.region === 'national' ? [] : [...filters.region].sort(),
    sector: scope.sector === 'national' ? [] : [...filters.sector].sort(),
  };
}

/**
 * How long a page or panel is shown without asking the server again. The release's figures do
 * not change, but an official breakdown a data officer imports (issue 17) does: after this, the
 * next visit asks again, and an unchanged answer costs a 304 with no body (the server's ETag).
 */
const DASHBOARD_STALE_MS = 5 * 60_000;

export const dashboardQueries = {
  page: (pageId: PageId) =>
    queryOptions({
      queryKey: ['page', pageId],
      queryFn: ({ signal }) => apiRequest(`/pages/${pageId}`, pageSchema, { signal }),
      staleTime: DASHBOARD_STALE_MS,
    }),
  panel: (ref: Pick<PanelRef, 'id' | 'scope'>, filters: PanelFilters) => {
    const { region, sector } = appliedFilters(ref.scope, filters);
    return queryOptions({
      queryKey: ['panel', ref.id, region, sector],
      queryFn: ({ signal }) =>
        apiRequest(`/panels/${ref.id}`, panelSchema, { signal, params: { region, sector } }),
      staleTime: DASHBOARD_STALE_MS,
      // Keep the previous figures on screen while a new filter loads: no flashing.
      placeholderData: keepPreviousData,
    });
  },
};

/**
 * The figures that shade the region picker's map: participating organisations by region
 * (`ov-participants-by-region`, an illustrative split of the official 12,486), for every
 * region whatever regions are chosen (the map shows all 17) and for the sectors in force.
 * The same query as the overview card's when no region is chosen: one cache entry, one fetch.
 */
const REGION_MAP_PANEL: Pick<PanelRef, 'id' | 'scope'> = {
  id: 'ov-participants-by-region',
  // A split panel answers both filters (domain/build-panel.ts, scopeOf).
  scope: { region: 'split', sector: 'split' },
};

export function regionMapQuery(sector: string[]) {
  return dashboardQueries.panel(REGION_MAP_PANEL, { region: [], sector });
}
