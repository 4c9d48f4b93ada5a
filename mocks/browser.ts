import { setupWorker } from 'msw/browser';
import { parseFaultFlag } from './faults';
import { handlers } from './handlers';

/** Starts the in-browser mock API (demo mode). Only main.tsx imports this, dynamically. */
export async function startMockApi() {
  parseFaultFlag(new URLSearchParams(window.location.search).get('mockFault'));
  const worker = setupWorker(...handlers);
  await worker.start({
    onUnhandledFrame: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
