import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from '@/lib/i18n/use-translation';
import {
  Redirect,
  Route,
  Router,
  Switch,
  useLocation,
  useSearch,
  type AroundNavHandler,
} from 'wouter';
import { pageIdAt, pageOrder, pagePath, paths, withSearch } from '@/config/paths';
import { preloadable } from '@/lib/preloadable';
import { RouteError } from './routes/route-error';

type RouteModule<P> = { default: ComponentType<P> };

/**
 * A route's component in its own chunk (React.lazy), with `preload` to start the download before
 * a visit. A location change is a store update, which React renders synchronously, so a route
 * rendered for the first time would show its Suspense fallback even when its code has arrived
 * (and React throttles the reveal, keeping a fallback up to 300 ms). Once the code is here, the
 * route therefore hands React.lazy a thenable that answers at once, and renders straight away.
 */
function lazyRoute<P extends object>(load: () => Promise<ComponentType<P>>) {
  const code = preloadable(async (): Promise<RouteModule<P>> => ({ default: await load() }));
  const Component = lazy(() => {
    const arrived = code.loaded();
    if (!arrived) return code.load();
    // React.lazy takes "a Promise or another thenable" (its reference); this one answers at once.
    const answered = { then: (resolve: (m: RouteModule<P>) => void) => resolve(arrived) };
    return answered as unknown as Promise<RouteModule<P>>;
  });
  return Object.assign(Component, { preload: code.load });
}

const LoginRoute = lazyRoute(async () => (await import('./routes/login-route')).LoginRoute);
/**
 * Chart code loads with the flagship pages only (never on /login), in its own chunk: it starts
 * here, beside the page's code, not once the page has rendered (chart-panels.tsx).
 */
const DashboardRoute = lazyRoute(async () => {
  void import('@/features/dashboard/components/chart-panels').then((m) => m.preloadChartCode());
  return (await import('./routes/dashboard-route')).DashboardRoute;
});
const ProtectedLayout = lazyRoute(async () => {
  // The signed-in area nearly always opens on a flagship page (`/` and sign-in land on one), so
  // that page's code downloads beside the layout's rather than after it (a cold load of a page).
  void DashboardRoute.preload();
  return (await import('./routes/protected-layout')).ProtectedLayout;
});
const BriefingRoute = lazyRoute(async () => {
  const [{ BriefingRoute: Briefing }, { RequireRole }] = await Promise.all([
    import('./routes/briefing-route'),
    import('@/features/auth/require-role'),
  ]);
  return function AnalystBriefing() {
    return (
      <RequireRole roles={['analyst', 'admin']}>
        <Briefing />
      </RequireRole>
    );
  };
});
const AuditRoute = lazyRoute(async () => (await import('./routes/audit-route')).AuditRoute);
const DataRoute = lazyRoute(async () => (await import('./routes/data-route')).DataRoute);
const SecurityRoute = lazyRoute(
  async () => (await import('./routes/security-route')).SecurityRoute,
);
const NotFound = lazyRoute(async () => (await import('./routes/not-found')).NotFound);

/**
 * For a load that began as the static login page (dist/login.html): with the login route's
 * code in before the first render, React's first commit swaps the static page for the same
 * page, instead of for the loading screen and then the page.
 */
export const preloadLoginRoute = () => LoginRoute.preload();

/**
 * The code signing in leads to: the layout and a flagship page. The login form starts it as
 * the reader starts typing. A failure is left to the route error (leaveLoginWhenReady).
 */
const loadSignedInArea = () => Promise.all([ProtectedLayout.preload(), DashboardRoute.preload()]);
const preloadSignedInArea = () => void loadSignedInArea().catch(() => undefined);

/**
 * A load with a session stored (a reload, a bookmark opened in the same tab): the first render
 * waits for the session's check (main.tsx), so the page's code starts beside that check rather
 * than after it.
 */
export function preloadSignedInPage(pathname: string) {
  if (pathname === paths.login) return;
  const flagship = pathname === '/' || pageIdAt(pathname) !== undefined;
  void (flagship ? loadSignedInArea() : ProtectedLayout.preload()).catch(() => undefined);
}

/**
 * Leaving /login waits for that code, so the login page stays up until the next page can draw
 * instead of giving way to a loading screen. If the code fails, the move goes ahead and the
 * route error says so.
 */
const leaveLoginWhenReady: AroundNavHandler = (navigate, to, options) => {
  const go = () => navigate(to, options);
  loadSignedInArea().then(go, go);
};

/** `/` is the overview; a shared link's query string (its filters) comes along. */
function RootRedirect() {
  const search = useSearch();
  return <Redirect to={withSearch(paths.overview, search)} replace />;
}

/**
 * While a top-level route's code loads: the same app shell index.html shows before any code
 * (its `.boot-shell` style), so the first render does not change what is on screen.
 */
function RouteLoading() {
  const { t } = useTranslation();
  return (
    <p className="boot-shell">
      {t('app.shortName')}
      <small>{t('panel.loading')}…</small>
    </p>
  );
}

/**
 * Clears a route error when the address changes. It alone reads the address here: a filter
 * change (a new query string) re-renders it, and its children, the same elements as before,
 * are left alone. Read in AppRoutes, every filter change re-rendered the whole app.
 */
function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const [path] = useLocation();
  const search = useSearch();
  return (
    <ErrorBoundary FallbackComponent={RouteError} resetKeys={[path, search]}>
      {children}
    </ErrorBoundary>
  );
}

/**
 * The app's routes (PRODUCT.md's table). Everything but /login sits in the protected layout,
 * which stays mounted across its pages: only the part inside the shell changes (the shell has
 * its own Suspense for the pages' code). Any error thrown while rendering a route, or a route's
 * code that fails to load, lands on RouteError, which clears when the address changes.
 */
export function AppRoutes() {
  return (
    <RouteErrorBoundary>
      <Suspense fallback={<RouteLoading />}>
        <Switch>
          <Route path={paths.login}>
            <Router aroundNav={leaveLoginWhenReady}>
              <LoginRoute preloadSignedIn={preloadSignedInArea} />
            </Router>
          </Route>
          <Route>
            <ProtectedLayout>
              <Switch>
                <Route path="/">
                  <RootRedirect />
                </Route>
                {pageOrder.map((pageId) => (
                  // Keyed: moving to another flagship page mounts a fresh page.
                  <Route key={pageId} path={pagePath[pageId]}>
                    <DashboardRoute pageId={pageId} />
                  </Route>
                ))}
                <Route path={paths.briefing}>
                  <BriefingRoute />
                </Route>
                <Route path={paths.audit}>
                  <AuditRoute />
                </Route>
                <Route path={paths.data}>
                  <DataRoute />
                </Route>
                <Route path={paths.security}>
                  <SecurityRoute />
                </Route>
                <Route>
                  <NotFound />
                </Route>
              </Switch>
            </ProtectedLayout>
          </Route>
        </Switch>
      </Suspense>
    </RouteErrorBoundary>
  );
}
