import type { Page, Route } from '@playwright/test';
import { expect, login, panelsSettled, test } from './fixtures';

/**
 * Resilience under the mock's injected faults (the dev-only `?mockFault=` switch, read when
 * the app starts). Each test signs in, then opens the page with the fault set.
 */
async function openWithFault(page: Page, path: string, fault: string) {
  await login(page, 'viewer');
  await page.goto(`${path}${path.includes('?') ? '&' : '?'}mockFault=${fault}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('a failing panel shows its error and a retry; the rest of the page works; retry recovers', async ({
  page,
}) => {
  // Fails twice: the client's one automatic retry, then the card shows the error.
  await openWithFault(page, '/overview', 'panel:ov-budget:500*2');
  const budget = page.getByRole('region', { name: '2020년 예산 구성' });
  await expect(budget.getByText('이 항목을 불러오지 못했습니다.')).toBeVisible();
  await expect(
    page.getByRole('region', { name: '핵심 지표' }).getByText('12,486개', { exact: true }),
  ).toBeVisible();
  await budget.getByRole('button', { name: '다시 시도' }).click();
  await expect(budget.getByText('8,007억원', { exact: true })).toBeVisible();
  await panelsSettled(page);
});

test('a malformed body is reported as a data error, never rendered as a number', async ({
  page,
}) => {
  await openWithFault(page, '/data-dam', 'panel:dd-headline:malformed');
  const card = page.locator('[data-panel-id="dd-headline"]');
  await expect(card.getByText(/서버 응답이 약속된 형식과 다릅니다/)).toBeVisible();
  await expect(card).toHaveAttribute('data-state', 'error');
  expect(await card.locator('.kpi-value').count()).toBe(0);
});

test('a timeout ends in an error, not an endless spinner', async ({ page }) => {
  test.setTimeout(60_000);
  await openWithFault(page, '/k-cyber', 'panel:kc-living-labs:timeout');
  const card = page.locator('[data-panel-id="kc-living-labs"]');
  // The client gives up after VITE_API_TIMEOUT_MS (10 s by default).
  await expect(card.getByText('서버가 제때 응답하지 않았습니다.')).toBeVisible({ timeout: 25_000 });
  await expect(card).toHaveAttribute('data-state', 'error');
});

test('a page that cannot load says so with a retry', async ({ page }) => {
  await login(page, 'viewer');
  await page.goto('/mec?mockFault=page:mec:500*2');
  await expect(page.getByText('페이지 정보를 불러오지 못했습니다.')).toBeVisible();
  await page.getByRole('button', { name: '다시 시도' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '5G MEC 융합서비스' })).toBeVisible();
});

test('going offline shows a banner, which goes away when back online', async ({
  page,
  context,
}) => {
  await login(page, 'viewer');
  await panelsSettled(page);
  await context.setOffline(true);
  await expect(page.getByTestId('offline-banner')).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByTestId('offline-banner')).toBeHidden();
  await expect(page.getByText('12,486개', { exact: true })).toBeVisible();
});

test('an export whose audit record is refused does not leave the app', async ({ page }) => {
  await login(page, 'analyst');
  await page.goto('/data-dam?mockFault=audit:500');
  await panelsSettled(page);
  let downloads = 0;
  page.on('download', () => downloads++);
  const card = page.locator('[data-panel-id="dd-vulnerable-breakdown"]');
  await card.getByRole('button', { name: /내보내기$/ }).click();
  await page.getByRole('menuitem', { name: /CSV/ }).click();
  await expect(page.getByText(/내보내기 이력을 기록할 수 없어 내보내지 않았습니다/)).toBeVisible();
  expect(downloads).toBe(0);
});

test('a page whose code cannot be downloaded shows the route error, with a way back', async ({
  page,
  consoleErrors,
}) => {
  await login(page, 'viewer');
  // page.route sees only what the page fetches itself; once the mock API's service worker
  // controls the page, a chunk passes through the worker's own fetch and cannot be aborted here
  // (a race that failed once in CI). So the next load starts uncontrolled, and the mock's code
  // is held until the error is on screen, so its worker cannot take over before the chunk is
  // requested.
  await page.evaluate(async () => {
    const registrations = await navigator.serviceWorker.getRegistrations();
    await Promise.all(registrations.map((registration) => registration.unregister()));
  });
  const heldMock: Route[] = [];
  await page.route('**/assets/browser-*.js', (route) => void heldMock.push(route));
  // The not-found page's chunk is fetched only when an unknown address is opened.
  await page.route('**/assets/not-found-*.js', (route) => route.abort());
  await page.goto('/no-such-page');
  await expect(page.getByRole('alert')).toContainText('화면을 그리는 중 오류가 발생했습니다.');
  // The mock's code was requested and held (were its chunk renamed, nothing would be held).
  await expect.poll(() => heldMock.length).toBe(1);
  await page.unroute('**/assets/browser-*.js');
  await Promise.all(heldMock.map((route) => route.continue()));
  // React reports the error its boundary caught: expected here, and the only one.
  await expect
    .poll(() => consoleErrors)
    .toEqual([expect.stringMatching(/dynamically imported module/)]);
  consoleErrors.length = 0;
  await page.unroute('**/assets/not-found-*.js');
  await page.getByRole('link', { name: '종합 현황으로 돌아가기' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '종합 현황' })).toBeVisible();
});
