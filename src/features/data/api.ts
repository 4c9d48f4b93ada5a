/** The data officer's calls (admin only): official breakdowns, their import and restore. */
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { factListSchema, type Dimension } from '@/lib/api/schemas';
import { breakdownOverviewSchema, breakdownVersionSchema, importResultSchema } from '@/lib/api/breakdown-schemas';

export const dataQueries = {
  overview: () =>
    queryOptions({
      queryKey: ['breakdowns'],
      queryFn: ({ signal }) => apiRequest('/breakdowns', breakdownOverviewSchema, { signal }),
      staleTime: 0,
    }),
  facts: () =>
    queryOptions({
      queryKey: ['facts'],
      queryFn: ({ signal }) => apiRequest('/facts', factListSchema, { signal }),
      staleTime: Infinity,
    }),
};

export interface ImportInput {
  factId: string;
  dimension: Dimension;
  file: File;
  source: string;
  note: string;
}

/** POST /facts/{factId}/breakdowns as multipart; a dry run only previews. */
export function importBreakdown(input: ImportInput, dryRun: boolean) {
  const form = new FormData();
  form.append('file', input.file);
  form.append('dimension', input.dimension);
  form.append('source', input.source);
  if (input.note.trim()) form.append('note', input.note);
  return apiRequest(`/facts/${encodeURIComponent(input.factId)}/breakdowns`, importResultSchema, {
    method: 'POST',
    params: { dryRun: dryRun ? 'true' : undefined },
    body: form,
  });
}

/** Restores `version` of a breakdown as a new version (0: back to the illustrative split). */
export function restoreBreakdown(factId: string, dimension: Dimension, version: number) {
  return apiRequest(
    `/facts/${encodeURIComponent(factId)}/breakdowns/${dimension}/${version}/restore`,
    breakdownVersionSchema,
    { method: 'POST' },
  );
}
