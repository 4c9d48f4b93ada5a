import { test as base, expect, type Page } from '@playwright/test';

type Role = 'viewer' | 'analyst' | 'admin';

export async function login(page: Page, username: Role = 'analyst', returnTo?: string) {
  await page.goto(returnTo ? `/login?returnTo=${encodeURIComponent(returnTo)}` : '/login');
  await page.getByLabel(/^아이디/).fill(username);
  await page.getByLabel(/^비밀번호/).fill('demo1234!');
  await page.getByRole('button', { name: '로그인' }).click();
  // The login page has an h1 too: wait until we have left it.
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Waits until no panel is loading and every ready chart card has drawn its SVG. */
export async function panelsSettled(page: Page, timeout = 15_000) {
  await page
    .waitForFunction(
      () => {
        const cards = [...document.querySelectorAll('[data-panel-id]')];
        if (cards.length === 0) return false;
        return cards.every((c) => {
          const state = c.getAttribute('data-state');
          if (state === 'loading') return false;
          // Every chart container in the card has drawn shapes (not a 0×0 or empty SVG).
          return [...c.querySelectorAll('.recharts-responsive-container')].every((chart) =>
            [
              ...chart.querySelectorAll('svg.recharts-surface path, svg.recharts-surface rect'),
            ].some((shape) => shape.getBoundingClientRect().width > 0),
          );
        });
      },
      null,
      { timeout },
    )
    .catch(async (e: unknown) => {
      // Say which panel did not settle, not just that something timed out.
      const states = await page.evaluate(() =>
        [...document.querySelectorAll('[data-panel-id]')]
          .map(
            (c) =>
              `${c.getAttribute('data-panel-id')}=${c.getAttribute('data-state')}/${c.querySelectorAll('.recharts-responsive-container').length} charts`,
          )
          .join(', '),
      );
      throw new Error(`Panels did not settle: ${states}`, { cause: e });
    });
}

/** epic-stack's rule: an error in the browser console fails the test. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        // The browser itself logs every 4xx/5xx response; tests assert those through the UI.
        if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) {
          errors.push(m.text());
        }
      });
      page.on('pageerror', (e) => errors.push(e.message));
      // A Content-Security-Policy violation is an error too, even one the code caught.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
