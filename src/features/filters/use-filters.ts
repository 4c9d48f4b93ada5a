import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseFilters, type ParsedFilters } from './filter-params';

/** The filters in force, from the URL (the URL is the state). */
export function useFilters(): ParsedFilters {
  const [params] = useSearchParams();
  const key = params.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the string, not the object identity
  return useMemo(() => parseFilters(params), [key]);
}
