import { RequireRole } from '@/features/auth/require-role';
import { AuditPage } from '@/features/export/components/audit-page';

/** /admin/audit: the export log, for admins; anyone else sees 권한 없음. */
export function AuditRoute() {
  return (
    <RequireRole roles={['admin']}>
      <AuditPage />
    </RequireRole>
  );
}
