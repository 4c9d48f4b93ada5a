import type { ReactNode } from 'react';
import { RequireAuth } from '@/features/auth/require-auth';
import { sessionStore } from '@/features/auth/session-store';
import { briefingStore } from '@/features/briefing/briefing-store';
import { Shell } from '../shell';

// When the session ends (logout, 401, idle), the briefing pack leaves memory; it stays stored
// for its owner. Subscribed with the signed-in area's code, not by the app's providers, so
// /login does not load the pack's store (docs/decisions/013).
sessionStore.subscribe(() => {
  if (!sessionStore.get()) briefingStore.resetCache();
});

/** Every page but /login: signed in, inside the shell (header and navigation). */
export function ProtectedLayout({ children }: { children: ReactNode }) {
  return (
    <RequireAuth>
      <Shell>{children}</Shell>
    </RequireAuth>
  );
}
