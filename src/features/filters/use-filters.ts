import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import {
  parseFilters,
  toSearch,
  writeFilters,
  type Filters,
  type ParsedFilters,
} from './filter-params';

/**
 * The filters in force, from the URL (the URL is the state), and a setter that pushes a
 * history entry so Back restores the previous filter.
 */
export function useFilters(): ParsedFilters & { setFilters: (next: Filters) => void } {
  const [pathname, navigate] = useLocation();
  // A string, so the memos below change only when the query does.
  const search = useSearch();
  const parsed = useMemo(() => parseFilters(new URLSearchParams(search)), [search]);
  const setFilters = useCallback(
    // A push, not a replace: Back restores the previous filter. Other parameters stay.
    (next: Filters) =>
      navigate(`${pathname}${toSearch(writeFilters(new URLSearchParams(search), next))}`),
    [pathname, search, navigate],
  );
  return useMemo(() => ({ ...parsed, setFilters }), [parsed, setFilters]);
}
