import type { QueryClient } from '@tanstack/react-query';
import { pageIdAt } from '@/config/paths';
import { prefetchPage } from '@/features/dashboard/prefetch';
import { parseFilters } from '@/features/filters/filter-params';

/** Prefetches the data of the dashboard page a signed-in user is about to land on, if it is one. */
export function prefetchLanding(queryClient: QueryClient, to: string): Promise<void> {
  const url = new URL(to, window.location.origin);
  const pageId = pageIdAt(url.pathname);
  if (!pageId) return Promise.resolve();
  const { region, sector } = parseFilters(url.searchParams);
  return prefetchPage(queryClient, pageId, { region, sector });
}
