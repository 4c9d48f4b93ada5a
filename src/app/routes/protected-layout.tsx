import type { ReactNode } from 'react';
import { RequireAuth } from '@/features/auth/require-auth';
import { Shell } from '../shell';

/** Every page but /login: signed in, inside the shell (header and navigation). */
export function ProtectedLayout({ children }: { children: ReactNode }) {
  return (
    <RequireAuth>
      <Shell>{children}</Shell>
    </RequireAuth>
  );
}
