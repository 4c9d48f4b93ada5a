import { useEffect, useState, type ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { sessionStore } from '@/features/auth/session-store';
import { configureApiClient } from '@/lib/api/client';
import { chartCssVariables } from '@/lib/chart-palette';
import { createQueryClient } from '@/lib/query-client';
import { theme } from './theme';

interface Props {
  children: ReactNode;
  queryClient?: QueryClient;
  /** 'test' turns off portals' transitions for Testing Library (mantinedev/vite-template). */
  env?: 'default' | 'test';
}

configureApiClient({
  getSession: sessionStore.key,
  onUnauthorized: () => sessionStore.end('expired'),
});

export function AppProviders({ children, queryClient, env = 'default' }: Props) {
  const [client] = useState(() => queryClient ?? createQueryClient());

  // When the session ends (logout, 401, idle), nothing the user saw stays in memory.
  useEffect(() => {
    const unsubscribe = sessionStore.subscribe(() => {
      // (The briefing pack's cache is emptied by the signed-in layout: routes/protected-layout.tsx.)
      if (!sessionStore.get()) client.clear();
    });
    return () => {
      unsubscribe();
    };
  }, [client]);

  return (
    <MantineProvider
      theme={theme}
      defaultColorScheme="light"
      cssVariablesResolver={chartCssVariables}
      env={env}
    >
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
