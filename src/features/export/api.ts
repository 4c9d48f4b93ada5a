import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import {
  auditEntrySchema,
  auditListSchema,
  type AuditEntryInput,
  type ExportFormat,
} from '@/lib/api/schemas';

/** Records one export in the audit log (POST /audit; analyst and admin only). */
export function recordExport(input: AuditEntryInput) {
  return apiRequest('/audit', auditEntrySchema, { method: 'POST', body: input });
}

export interface AuditFilter {
  user?: string;
  format?: ExportFormat;
}

/** Entries per page of the log; older pages load on demand (keyset paging). */
export const AUDIT_PAGE_SIZE = 100;

export const auditQueries = {
  list: (f: AuditFilter = {}) =>
    infiniteQueryOptions({
      queryKey: ['audit', f.user ?? null, f.format ?? null],
      queryFn: ({ signal, pageParam }) =>
        apiRequest('/audit', auditListSchema, {
          signal,
          params: {
            user: f.user,
            format: f.format,
            limit: String(AUDIT_PAGE_SIZE),
            before: pageParam === null ? undefined : String(pageParam),
          },
        }),
      initialPageParam: null as number | null,
      getNextPageParam: (last) => last.nextBefore,
      staleTime: 0,
    }),
};
