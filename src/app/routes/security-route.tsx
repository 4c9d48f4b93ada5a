import { RequireRole } from '@/features/auth/require-role';
import { SecurityPage } from '@/features/auth/security-page';

/** /admin/security: the security log and account unlocking, for admins; anyone else sees 권한 없음. */
export function SecurityRoute() {
  return (
    <RequireRole roles={['admin']}>
      <SecurityPage />
    </RequireRole>
  );
}
