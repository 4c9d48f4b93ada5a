import type { Page } from '@playwright/test';
import { expect, login, panelsSettled, test } from './fixtures';

async function tryLogin(page: Page, id: string, pw: string) {
  await page.getByLabel(/^아이디/).fill(id);
  await page.getByLabel(/^비밀번호/).fill(pw);
  await page.getByRole('button', { name: '로그인' }).click();
}

test('five wrong passwords lock the account, enforced by the server', async ({ page }) => {
  await page.goto('/login');
  for (let i = 1; i <= 4; i++) {
    await tryLogin(page, 'analyst', `wrong-${i}`);
    await expect(page.getByRole('alert')).toContainText(`남은 시도 횟수: ${5 - i}회`);
  }
  await tryLogin(page, 'analyst', 'wrong-5');
  await expect(page.getByRole('alert')).toContainText('계정이 잠겼습니다');
  await expect(page.getByRole('alert')).toContainText(/[45]:\d\d 후에/);
  // the right password is refused too, and a reload does not reset the lock
  await page.reload();
  await tryLogin(page, 'analyst', 'demo1234!');
  await expect(page.getByRole('alert')).toContainText('계정이 잠겼습니다');
  await expect(page).toHaveURL(/\/login/);
});

test('the lock expires after 5 minutes', async ({ page }) => {
  await page.clock.install();
  await page.goto('/login');
  for (let i = 1; i <= 5; i++) await tryLogin(page, 'viewer', `wrong-${i}`);
  await expect(page.getByRole('alert')).toContainText('계정이 잠겼습니다');
  await page.clock.fastForward('05:01');
  await tryLogin(page, 'viewer', 'demo1234!');
  await expect(page).toHaveURL(/\/overview$/);
});

test('idle: warns a minute before, logs out at 30 minutes, and returns to the same filtered page', async ({
  page,
}) => {
  await page.clock.install();
  await login(page, 'analyst', '/mec?region=gwangju');
  await expect(page).toHaveURL(/\/mec\?region=gwangju$/);
  // The heading shows in the commit that mounts the idle watcher, whose effect runs just after:
  // fast-forwarding before it has started would start its 30 minutes from the new time.
  await panelsSettled(page);
  await page.clock.fastForward('29:01');
  const dialog = page.getByRole('dialog', { name: '곧 자동 로그아웃됩니다' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '계속 사용' }).click();
  await expect(dialog).toBeHidden();
  await page.clock.fastForward('29:01');
  await expect(dialog).toBeVisible();
  await page.clock.fastForward('01:00');
  await expect(page).toHaveURL(/\/login\?returnTo=%2Fmec%3Fregion%3Dgwangju$/);
  await expect(page.getByRole('status')).toContainText('오랫동안 사용하지 않아 로그아웃되었습니다');
  await tryLogin(page, 'analyst', 'demo1234!');
  await expect(page).toHaveURL(/\/mec\?region=gwangju$/);
  await expect(page.getByTestId('filters-in-words')).toContainText('지역: 광주');
});

test('a 401 in the middle of a page ends the session once, without a loop of requests', async ({
  page,
}) => {
  await login(page, 'viewer');
  await panelsSettled(page);
  let panelCalls = 0;
  page.on('request', (r) => {
    if (r.url().includes('/api/v1/panels/')) panelCalls++;
  });
  // The dev-only fault switch: the first URL opened tells the mock which endpoint fails.
  await page.goto('/data-dam?mockFault=panel:dd-suppliers:401');
  await expect(page).toHaveURL(/\/login\?returnTo=/);
  await expect(page.getByRole('status')).toContainText('세션이 만료되었습니다');
  // Once the session has ended, no more panel requests go out (no retry storm): the count
  // stays where it was while the login page settles, and is at most one request per panel.
  const afterEnd = panelCalls;
  await page.waitForLoadState('networkidle');
  expect(panelCalls).toBe(afterEnd);
  expect(panelCalls).toBeLessThanOrEqual(7); // 데이터 댐 has 7 panels: at most one call each
  expect(await page.evaluate(() => sessionStorage.getItem('dnd.session'))).toBeNull();
});

test('an external returnTo is ignored', async ({ page }) => {
  await page.goto('/login?returnTo=https%3A%2F%2Fevil.example%2F');
  await tryLogin(page, 'viewer', 'demo1234!');
  await expect(page).toHaveURL(/localhost:\d+\/overview$/);
  await page.goto('/login?returnTo=%2F%2Fevil.example');
  await expect(page).toHaveURL(/localhost:\d+\/overview$/);
});

test('the app keeps no credential: the session is a cookie only the (mock) server reads', async ({
  page,
}) => {
  await login(page, 'admin');
  // In demo mode the mock's service worker cannot set an httpOnly cookie (the real server's is
  // httpOnly: server.spec.ts), and the mock keeps its own tables in the browser; the app's
  // own storage (its `dnd.` keys) holds only who is signed in, no token.
  const cookie = (await page.context().cookies()).find((c) => c.name === 'dnd_session');
  expect(cookie?.value.length).toBeGreaterThan(10);
  const stores = await page.evaluate(() =>
    JSON.stringify(
      Object.entries({ ...sessionStorage, ...localStorage }).filter(([k]) => k.startsWith('dnd.')),
    ),
  );
  expect(stores).not.toContain(cookie!.value);
  const session = await page.evaluate(() => JSON.parse(sessionStorage.getItem('dnd.session')!));
  expect(Object.keys(session).sort()).toEqual(['expiresAt', 'idleTimeoutMinutes', 'user']);
});

test('a viewer sees 권한 없음 on the briefing pack', async ({ page }) => {
  await login(page, 'viewer', '/briefing');
  await expect(page.getByRole('heading', { name: '권한 없음' })).toBeVisible();
});

test('the build is served under a strict Content Security Policy', async ({ page }) => {
  const res = await page.goto('/login');
  const csp = res?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).toContain("frame-ancestors 'none'");
  // the fixture fails the test on any securitypolicyviolation during a full session
  await login(page, 'analyst');
  await panelsSettled(page);
});
