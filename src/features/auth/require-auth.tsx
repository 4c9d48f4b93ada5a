import type { ReactNode } from 'react';
import { Redirect, useLocation, useSearch } from 'wouter';
import { paths, withSearch } from '@/config/paths';
import { sessionStore, useSession } from './session-store';

/** Routes other than /login need a session; the current page and filters ride along as returnTo. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const [pathname] = useLocation();
  const search = useSearch();
  if (!session) {
    // After an explicit logout the next person starts fresh; after expiry or idle they return here.
    if (sessionStore.endReason() === 'logout') return <Redirect to={paths.login} replace />;
    const returnTo = withSearch(pathname, search);
    return <Redirect to={`${paths.login}?returnTo=${encodeURIComponent(returnTo)}`} replace />;
  }
  return children;
}
