import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
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
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const key = params.toString();
  // Keyed by the string, not the URLSearchParams object, which is new on every render.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const parsed = useMemo(() => parseFilters(params), [key]);
  const setFilters = useCallback(
    // A push, not a replace: Back restores the previous filter.
    (next: Filters) => void navigate({ search: toSearch(writeFilters(params, next)) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, navigate],
  );
  return useMemo(() => ({ ...parsed, setFilters }), [parsed, setFilters]);
}
