import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { pageSchema, panelSchema, type PageId } from '@/lib/api/schemas';

export interface PanelFilters {
  region: string[];
  sector: string[];
}

export const dashboardQueries = {
  page: (pageId: PageId) =>
    queryOptions({
      queryKey: ['page', pageId],
      queryFn: ({ signal }) => apiRequest(`/pages/${pageId}`, pageSchema, { signal }),
      staleTime: Infinity, // 2020 results do not change while the app is open
    }),
  panel: (panelId: string, filters: PanelFilters) =>
    queryOptions({
      queryKey: ['panel', panelId, filters.region, filters.sector],
      queryFn: ({ signal }) =>
        apiRequest(`/panels/${panelId}`, panelSchema, {
          signal,
          params: { region: filters.region, sector: filters.sector },
        }),
      staleTime: Infinity,
      // Keep the previous figures on screen while a new filter loads: no flashing.
      placeholderData: keepPreviousData,
    }),
};
