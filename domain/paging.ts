/** Keyset paging of the logs (audit, security), the same for the mock and the server. */
export const MAX_PAGE = 500;
export const DEFAULT_PAGE = 100;

/**
 * `limit` (1–500, default 100) and `before` (a sequence number) from their query texts; a
 * reason to refuse when either is malformed.
 */
export function readPaging(q: {
  limit?: string | null | undefined;
  before?: string | null | undefined;
}): { limit: number; before: number | undefined } | { error: string } {
  const limit = q.limit == null ? DEFAULT_PAGE : Number(q.limit);
  if (
    !/^\d{1,4}$/.test(q.limit ?? '100') ||
    !Number.isInteger(limit) ||
    limit < 1 ||
    limit > MAX_PAGE
  ) {
    return { error: `limit must be between 1 and ${MAX_PAGE}` };
  }
  if (q.before != null && !/^\d{1,15}$/.test(q.before))
    return { error: 'before must be a sequence number' };
  return { limit, before: q.before == null ? undefined : Number(q.before) };
}
