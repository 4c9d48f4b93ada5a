import { useEffect, useState } from 'react';
import { DEMO_PASSWORD, DEMO_USERS } from '@/config/accounts';
import type { Role } from '@/lib/api/schemas';
import { env } from '@/config/env';

export interface DemoAccounts {
  accounts: { username: string; role: Role }[];
  password: string;
}

/**
 * The demo accounts (PRODUCT.md) the login page lists. In mock mode they are part of the
 * build (the static login page shows them at first paint). A build for the real server holds
 * neither them nor the password (`__MOCK_MODE__` is false there, so this branch is dropped):
 * it asks the server, which answers only when it runs in demo mode.
 */
const BUILT_IN: DemoAccounts | null = __MOCK_MODE__
  ? {
      accounts: DEMO_USERS.map(({ username, role }) => ({ username, role })),
      password: DEMO_PASSWORD,
    }
  : null;

export function useDemoAccounts(): DemoAccounts | null {
  const [fromServer, setFromServer] = useState<DemoAccounts | null>(null);
  useEffect(() => {
    if (BUILT_IN) return;
    const ctrl = new AbortController();
    fetch(`${env.apiBaseUrl}/api/v1/auth/demo`, { signal: ctrl.signal, credentials: 'same-origin' })
      .then((r) => (r.ok ? (r.json() as Promise<DemoAccounts>) : null))
      .then((d) => {
        if (d && Array.isArray(d.accounts) && typeof d.password === 'string') setFromServer(d);
      })
      .catch(() => {}); // no demo card: the form works the same
    return () => ctrl.abort();
  }, []);
  return BUILT_IN ?? fromServer;
}
