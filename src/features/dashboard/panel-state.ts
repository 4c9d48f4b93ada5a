import type { QueryClient } from '@tanstack/react-query';
import type { PanelRef } from '@/lib/api/schemas';
import type { PanelState } from '@/lib/panel/panel-state';
import { dashboardQueries, type PanelFilters } from './api';

/**
 * Read from the query cache (the cards' own queries), when an export starts: exports take
 * the figures, the scope and the failures from the model, not from the page's markup.
 */
export function panelState(client: QueryClient, ref: PanelRef, filters: PanelFilters): PanelState {
  const key = dashboardQueries.panel(ref, filters).queryKey;
  const state = client.getQueryState(key);
  return { ref, status: state?.status ?? 'pending', panel: client.getQueryData(key) };
}
