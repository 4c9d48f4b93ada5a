import { useQueryClient } from '@tanstack/react-query';
import { LoginPage } from '@/features/auth/login-page';

/**
 * Login → first charts is a chain: layout code, page code, chart code, page
 * listing, panels. Run it side by side instead: the code starts loading as the reader starts
 * typing (`preloadSignedIn`, from the router, which holds the routes' code), so it is mostly in
 * by the time the form is sent, and the data as soon as the session exists. Both are dynamic
 * imports, started only then: opening /login loads no chart code.
 */
export function LoginRoute({ preloadSignedIn }: { preloadSignedIn: () => void }) {
  const queryClient = useQueryClient();
  return (
    <LoginPage
      onLoginIntent={preloadSignedIn}
      onSignedIn={(to) => {
        void import('../landing-prefetch').then((m) => m.prefetchLanding(queryClient, to));
      }}
    />
  );
}
