import { queryOptions } from '@tanstack/react-query';
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

export const auditQueries = {
  list: (f: AuditFilter = {}) =>
    queryOptions({
      queryKey: ['audit', f.user ?? null, f.format ?? null],
      queryFn: ({ signal }) =>
        apiRequest('/audit', auditListSchema, {
          signal,
          params: { user: f.user, format: f.format },
        }),
      staleTime: 0,
    }),
};
