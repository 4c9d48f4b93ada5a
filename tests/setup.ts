import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { resetAuditStore } from '../mocks/audit-handlers';
import { resetAuthStore } from '../mocks/auth-store';
import { resetBreakdowns } from '../mocks/breakdown-handlers';
import { clearFaults } from '../mocks/faults';
import { server } from '../mocks/node';
import { sessionStore } from '../src/features/auth/session-store';
import { briefingStore } from '../src/features/briefing/briefing-store';
import { initI18n } from '../src/lib/i18n/setup';
import { clearCookieJar, installCookieJar } from './cookie-jar';

// jsdom lacks what Mantine measures with (mantinedev/vite-template's setup).
const { getComputedStyle } = window;
window.getComputedStyle = (elt) => getComputedStyle(elt);
window.HTMLElement.prototype.scrollIntoView = () => {};
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: vi.fn().mockImplementation((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  })),
});
class ResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserver;
// jsdom lays nothing out: every box measures 0×0. Recharts' ResponsiveContainer measures its
// box once at mount and warned "width(0) and height(0) of chart" for every chart drawn in a test
// (93 a run). Its container is given the size a card gives it in a browser; nothing else is.
// On Element's prototype, where jsdom defines it, so a test that stubs layout itself
// (vi.spyOn(Element.prototype, …)) replaces this too.
const { getBoundingClientRect } = window.Element.prototype;
window.Element.prototype.getBoundingClientRect = function (this: Element) {
  if (this.classList.contains('recharts-responsive-container')) return new DOMRect(0, 0, 640, 240);
  return getBoundingClientRect.call(this);
};

// epic-stack's rule: a console.error during a test is a bug, so it fails the test.
const originalError = console.error;
beforeEach(() => {
  console.error = (...args: unknown[]) => {
    originalError(...args);
    throw new Error(`console.error was called: ${args.map(String).join(' ').slice(0, 500)}`);
  };
});

beforeAll(() => {
  server.listen({ onUnhandledFrame: 'error' });
  installCookieJar();
});
afterEach(async () => {
  cleanup();
  await resetAuditStore();
  resetBreakdowns();
  localStorage.clear();
  briefingStore.resetCache();
  server.resetHandlers();
  clearFaults();
  resetAuthStore();
  clearCookieJar();
  sessionStorage.clear();
  sessionStore.reset();
  console.error = originalError;
});
afterAll(() => server.close());

void initI18n('ko');

// Lazy routes load on first use; on a busy 2-core CI machine that can take over a second.
configure({ asyncUtilTimeout: 5000 });
