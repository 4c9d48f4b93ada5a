import { useQueryClient } from '@tanstack/react-query';
import { LoginPage } from '@/features/auth/login-page';

/**
 * Login → first charts is a chain: layout code, page code, chart code, page
 * listing, panels. Run it side by side instead: the code starts loading when the form is sent
 * (not on /login itself, which stays free of chart code), the data as soon as the session
 * exists, while the code is still arriving. Both are dynamic imports: /login pays nothing.
 */
function preloadSignedInCode() {
  void import('./protected-layout');
  void import('./dashboard-route');
  void import('@/features/dashboard/components/chart-panels').then((m) => m.preloadChartCode());
}

export function LoginRoute() {
  const queryClient = useQueryClient();
  return (
    <LoginPage
      onLoginStart={preloadSignedInCode}
      onSignedIn={(to) => {
        void import('../landing-prefetch').then((m) => m.prefetchLanding(queryClient, to));
      }}
    />
  );
}
