import { RequireAuth } from '@/features/auth/require-auth';
import { Shell } from '../shell';

export function ProtectedLayout() {
  return (
    <RequireAuth>
      <Shell />
    </RequireAuth>
  );
}
