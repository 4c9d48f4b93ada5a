import { useQueryClient } from '@tanstack/react-query';
import { LoginPage } from '@/features/auth/login-page';

/**
 * Login → first charts is a chain: layout code, page code, chart code, page
 * listing, panels. Run it side by side instead: the code starts loading when the form is sent
 * (`preloadSignedIn`, from the router, which holds the routes' code), the data as soon as the
 * session exists, while the code is still arriving. Both are dynamic imports, started only then:
 * /login itself loads no chart code.
 */
export function LoginRoute({ preloadSignedIn }: { preloadSignedIn: () => void }) {
  const queryClient = useQueryClient();
  return (
    <LoginPage
      onLoginStart={preloadSignedIn}
      onSignedIn={(to) => {
        void import('../landing-prefetch').then((m) => m.prefetchLanding(queryClient, to));
      }}
    />
  );
}
