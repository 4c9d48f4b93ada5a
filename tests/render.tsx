import type { ReactElement } from 'react';
import { render as rtlRender } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../src/app/providers';
import { routes } from '../src/app/router';
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

/** The whole app at a URL, on the mock API. */
export function renderApp(url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  return { router, ...render(<RouterProvider router={router} />) };
}

/** Signs in against the mock API, as the login form would. */
export async function signIn(username: 'viewer' | 'analyst' | 'admin' = 'analyst') {
  sessionStore.start(await login(username, 'demo1234!'));
}
