import type { ReactElement } from 'react';
import { act, render as rtlRender } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { AppProviders } from '../src/app/providers';
import { AppRoutes } from '../src/app/router';
import { sessionStore } from '../src/features/auth/session-store';
import { login } from '../src/features/auth/api';
import { createQueryClient } from '../src/lib/query-client';

/** A fresh QueryClient per test, no retries (TanStack Query testing guide). */
export function testQueryClient() {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false, staleTime: Infinity } });
  return client;
}

export function render(ui: ReactElement) {
  const queryClient = testQueryClient();
  return {
    user: userEvent.setup(),
    queryClient,
    ...rtlRender(
      <AppProviders env="test" queryClient={queryClient}>
        {ui}
      </AppProviders>,
    ),
  };
}

/**
 * The whole app at a URL, on the mock API, with the address kept in memory. `location()` is
 * the address the app is at now (the last history entry: a redirect replaces it); `navigate`
 * moves it as the browser's address bar would.
 */
export function renderApp(url: string) {
  const memory = memoryLocation({ path: url, record: true });
  const location = () => new URL(memory.history.at(-1) ?? url, 'http://localhost');
  return {
    location,
    history: memory.history,
    navigate: (to: string) => act(() => memory.navigate(to)),
    ...render(
      <Router hook={memory.hook}>
        <AppRoutes />
      </Router>,
    ),
  };
}

/** Signs in against the mock API, as the login form would. */
export async function signIn(username: 'viewer' | 'analyst' | 'admin' = 'analyst') {
  sessionStore.start(await login(username, 'demo1234!'));
}
