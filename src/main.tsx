import '@mantine/core/styles.css';
import './app/global.css';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadLoginRoute, preloadSignedInPage } from './app/router';
import { hasStoredSession, restoreSession } from './features/auth/session-store';
import { hasStaticLoginForm } from './features/auth/static-login-form';
import { setServerReady } from './lib/api/client';
import { initI18n } from './lib/i18n/setup';

async function boot() {
  // Demo mode: the embedded mock API answers /api/v1. This is the only place src/ touches mocks/.
  // The app paints at once; its requests wait until the mock's worker is running.
  // A literal in the build: a server build drops this branch and never bundles the mock.
  if (__MOCK_MODE__) {
    // It starts after the first frame, so its 480 KB of code (MSW and the dataset) does not
    // hold back the first render; it still downloads while the route's own chunks do.
    const firstFrame = new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const mock = firstFrame
      .then(() => import('../mocks/browser'))
      .then(({ startMockApi }) => startMockApi());
    // Each request then fails as "could not be reached"; say why once, for the developer.
    mock.catch((e: unknown) => console.error('The mock API did not start:', e));
    setServerReady(mock);
  }
  // Korean is bundled; a stored English choice waits for its strings (one small chunk).
  // The static login page (dist/login.html) stays up until its code is in (modulepreloaded
  // with the entry), so the first render replaces it with the same page.
  // A session this tab stored is checked before the first render, so a reload does not pass
  // through the login page. If its check's code cannot load (offline), the app starts signed
  // out; the stored session stays, for the next load. The page's own code loads meanwhile.
  if (hasStoredSession()) preloadSignedInPage(location.pathname);
  await Promise.all([
    initI18n(),
    restoreSession().catch((e: unknown) => console.error('The stored session was not checked:', e)),
    hasStaticLoginForm() ? preloadLoginRoute().catch(() => undefined) : undefined,
  ]);
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  // As a transition, React renders the first screen in slices that yield to the browser
  // (5 ms each) instead of one long task: typing into the static login page stays responsive.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}

void boot();
