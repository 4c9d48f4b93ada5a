/** The log endpoints' paging parameters as Fastify checks them; domain/paging.ts reads them. */

export const pagingQuery = {
  type: 'object',
  properties: {
    limit: { type: 'string', pattern: '^[0-9]{1,4}$' },
    before: { type: 'string', pattern: '^[0-9]{1,15}$' },
  },
} as const;
