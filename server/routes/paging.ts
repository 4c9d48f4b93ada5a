/** Keyset paging parameters shared by the log endpoints: `limit` (1–500) and `before`. */
export const MAX_PAGE = 500;
export const DEFAULT_PAGE = 100;

export const pagingQuery = {
  type: 'object',
  properties: {
    limit: { type: 'string', pattern: '^[0-9]{1,4}$' },
    before: { type: 'string', pattern: '^[0-9]{1,15}$' },
  },
} as const;

export function readPaging(q: {
  limit?: string | undefined;
  before?: string | undefined;
}): { limit: number; before: number | undefined } | { error: string } {
  const limit = q.limit === undefined ? DEFAULT_PAGE : Number(q.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
    return { error: `limit must be between 1 and ${MAX_PAGE}` };
  }
  const before = q.before === undefined ? undefined : Number(q.before);
  return { limit, before };
}
