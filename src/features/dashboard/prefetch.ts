import type { QueryClient } from '@tanstack/react-query';
import type { PageId, PanelRef } from '@/lib/api/schemas';
import { dashboardQueries, type PanelFilters } from './api';

/** Starts loading these panels under these filters, with the cards' own query options. */
export function prefetchPanels(
  queryClient: QueryClient,
  panels: readonly PanelRef[],
  filters: PanelFilters,
): Promise<unknown> {
  return Promise.all(
    panels.map((p) => queryClient.prefetchQuery(dashboardQueries.panel(p, filters))),
  );
}

/**
 * Fetches a page's listing and then all its panels into the cache, so the page finds its data
 * there when its code arrives. Same query options as the page itself: nothing is fetched twice.
 * Failures are left for the page to show (it retries them through its own queries).
 */
export async function prefetchPage(
  queryClient: QueryClient,
  pageId: PageId,
  filters: PanelFilters,
): Promise<void> {
  const page = await queryClient.fetchQuery(dashboardQueries.page(pageId)).catch(() => null);
  if (!page) return;
  await prefetchPanels(queryClient, page.panels, filters);
}
