import { RequireRole } from '@/features/auth/require-role';
import { DataPage } from '@/features/data/data-page';

/** /admin/data: the figures, their sources and the official breakdowns, for admins; anyone else sees 권한 없음. */
export function DataRoute() {
  return (
    <RequireRole roles={['admin']}>
      <DataPage />
    </RequireRole>
  );
}
