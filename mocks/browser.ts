import { setupWorker } from 'msw/browser';
import { parseFaultFlag } from './faults';
import { handlers } from './handlers';

/**
 * MSW calls `registration.update()` on an existing worker registration without handling its
 * promise (mswjs/msw#2006). On a full reload the closing page's worker can unregister itself
 * (its last client left) at that very moment, and the update then rejects (Chromium: a
 * TypeError "Failed to update a ServiceWorker … : Not found") where nothing can catch it: the
 * worker is registered anew and demo mode works, but the browser reports an unhandled
 * rejection. Only that rejection, for the mock worker's script, is silenced; any other stays.
 */
function ignoreRacedWorkerUpdate(event: PromiseRejectionEvent) {
  const reason: unknown = event.reason;
  if (
    reason instanceof Error &&
    reason.message.startsWith('Failed to update a ServiceWorker') &&
    reason.message.includes('mockServiceWorker.js')
  ) {
    event.preventDefault();
  }
}

/** Starts the in-browser mock API (demo mode). Only main.tsx imports this, dynamically. */
export async function startMockApi() {
  parseFaultFlag(new URLSearchParams(window.location.search).get('mockFault'));
  window.addEventListener('unhandledrejection', ignoreRacedWorkerUpdate);
  const worker = setupWorker(...handlers);
  await worker.start({
    onUnhandledFrame: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
