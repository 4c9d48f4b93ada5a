import { createBrowserRouter, Navigate, useLocation, type RouteObject } from 'react-router';
import { pageOrder, pagePath, paths } from '@/config/paths';
import type { PageId } from '@/lib/api/schemas';
import { RouteError } from './routes/route-error';

function RootRedirect() {
  const { search } = useLocation();
  return <Navigate to={`${paths.overview}${search}`} replace />;
}

/** Each flagship page is its own lazy chunk; chart code loads only with them (not on /login). */
function dashboardRoute(pageId: PageId): RouteObject {
  return {
    path: pagePath[pageId],
    lazy: async () => {
      const { DashboardRoute } = await import('./routes/dashboard-route');
      return { Component: () => <DashboardRoute pageId={pageId} /> };
    },
  };
}

export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    children: [
      {
        path: paths.login,
        lazy: async () => ({ Component: (await import('./routes/login-route')).LoginRoute }),
      },
      {
        lazy: async () => ({
          Component: (await import('./routes/protected-layout')).ProtectedLayout,
        }),
        children: [
          { path: '/', element: <RootRedirect /> },
          ...pageOrder.map(dashboardRoute),
          {
            path: paths.briefing,
            lazy: async () => {
              const [{ BriefingRoute }, { RequireRole }] = await Promise.all([
                import('./routes/briefing-route'),
                import('@/features/auth/require-role'),
              ]);
              return {
                Component: () => (
                  <RequireRole roles={['analyst', 'admin']}>
                    <BriefingRoute />
                  </RequireRole>
                ),
              };
            },
          },
          {
            path: paths.audit,
            lazy: async () => ({ Component: (await import('./routes/audit-route')).AuditRoute }),
          },
          {
            path: '*',
            lazy: async () => ({ Component: (await import('./routes/not-found')).NotFound }),
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
