/**
 * The product on its real server (`npm start`'s build, dist-server/, on a fresh embedded
 * database): the session is an httpOnly cookie, lockout and the audit log are the server's,
 * shared by every browser. Runs in the `server` project of playwright.config.ts.
 */
import type { Browser, Page } from '@playwright/test';
import { cp949Csv, fillImportForm, SOURCE, TOTAL } from './breakdown-import';
import { expect, login, panelsSettled, test } from './fixtures';

// One server, three demo accounts: the tests run one after another (the lockout test locks
// an account the others sign in with).
test.describe.configure({ mode: 'default' });

async function tryLogin(page: Page, id: string, pw: string) {
  await page.getByLabel(/^아이디/).fill(id);
  await page.getByLabel(/^비밀번호/).fill(pw);
  await page.getByRole('button', { name: '로그인' }).click();
}

async function newPage(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

test('signs in with a demo account the server lists, and the credential is out of the page’s reach', async ({
  page,
}) => {
  await page.goto('/login');
  // The server says it runs in demo mode; the build itself holds no demo password.
  const demo = page.getByRole('complementary', { name: /데모 계정/ });
  await expect(demo).toContainText('analyst');
  await demo.getByRole('button', { name: 'analyst' }).click();
  await page.getByRole('button', { name: '로그인' }).click();
  await expect(page).toHaveURL(/\/overview$/);
  await panelsSettled(page);
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name === 'dnd_session');
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  expect(await page.evaluate(() => document.cookie)).not.toContain('dnd_session');
  const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }));
  expect(stored).not.toContain(session!.value);
  // No mock API: no service worker, and its file is not served.
  expect(
    await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)),
  ).toBe(0);
  expect((await page.request.get('/mockServiceWorker.js')).status()).toBe(404);
});

test('a filtered page answers from the server', async ({ page }) => {
  await login(page, 'viewer', '/mec?region=gwangju');
  await panelsSettled(page);
  await expect(page.getByTestId('filters-in-words')).toContainText('지역: 광주');
  const services = page.locator('[data-panel-id="mec-services"]');
  await expect(services).toContainText('광주교육청');
  await expect(services).not.toContainText('인천공항');
});

test('an analyst’s export is in the log an admin reads in another browser', async ({
  page,
  browser,
}) => {
  await login(page, 'analyst', '/data-dam?region=gwangju');
  await panelsSettled(page);
  const card = page.locator('[data-panel-id="dd-vulnerable-breakdown"]');
  const trigger = card.getByRole('button', { name: /내보내기$/ });
  await trigger.click();
  const menu = page.locator(`#${await trigger.getAttribute('aria-controls')}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('menuitem', { name: /CSV/ }).click(),
  ]);
  const fileName = download.suggestedFilename();

  const admin = await newPage(browser);
  await login(admin.page, 'admin', '/admin/audit');
  const rows = admin.page.getByTestId('audit-table').locator('tbody tr');
  await expect(rows.first()).toContainText(fileName);
  await expect(rows.first()).toContainText('이분석');
  await expect(admin.page.getByTestId('audit-chain')).toContainText('이상 없음');
  await admin.context.close();
});

test('five wrong passwords in two browsers lock the account in both; the admin sees it and unlocks', async ({
  page,
  browser,
}) => {
  const other = await newPage(browser);
  await page.goto('/login');
  for (let i = 1; i <= 4; i++) {
    await tryLogin(page, 'viewer', `wrong-${i}`);
    await expect(page.getByRole('alert')).toContainText(`남은 시도 횟수: ${5 - i}회`);
  }
  await other.page.goto('/login');
  await tryLogin(other.page, 'viewer', 'wrong-5');
  await expect(other.page.getByRole('alert')).toContainText('계정이 잠겼습니다');
  // The right password is refused in the first browser too: the lock is the server's.
  await tryLogin(page, 'viewer', 'demo1234!');
  await expect(page.getByRole('alert')).toContainText('계정이 잠겼습니다');

  await login(other.page, 'admin', '/admin/security');
  const account = other.page.getByTestId('accounts-table').getByRole('row', { name: /viewer/ });
  await expect(account).toContainText('잠김');
  await expect(other.page.getByTestId('security-table')).toContainText('계정 잠김');
  await account.getByRole('button', { name: 'viewer 잠금 해제' }).click();
  await expect(other.page.getByText('viewer 계정의 잠금을 풀었습니다.')).toBeVisible();
  await other.context.close();

  await tryLogin(page, 'viewer', 'demo1234!');
  await expect(page).toHaveURL(/\/overview$/);
});

test('sign-out ends the server session: the old cookie opens nothing', async ({ page }) => {
  await login(page, 'analyst');
  const cookie = (await page.context().cookies()).find((c) => c.name === 'dnd_session')!;
  await page.getByRole('button', { name: '로그아웃' }).click();
  await expect(page).toHaveURL(/\/login/);
  const replay = await page.request.get('/api/v1/pages/overview', {
    headers: { cookie: `dnd_session=${cookie.value}` },
  });
  expect(replay.status()).toBe(401);
});

test('a 401 mid-session (the server ended the session) ends it cleanly and keeps the way back', async ({
  page,
  request,
}) => {
  await login(page, 'viewer', '/ai-x');
  await panelsSettled(page);
  // The session ends on the server while this browser still holds its cookie: a sign-out
  // sent with the same cookie from elsewhere (as a stolen-token revocation would be).
  const cookie = (await page.context().cookies()).find((c) => c.name === 'dnd_session')!;
  const revoke = await request.post('/api/v1/auth/logout', {
    headers: { cookie: `dnd_session=${cookie.value}` },
  });
  expect(revoke.status()).toBe(204);
  expect((await page.context().cookies()).some((c) => c.name === 'dnd_session')).toBe(true);
  await page.getByRole('link', { name: '닥터앤서' }).click();
  await expect(page).toHaveURL(/\/login\?returnTo=/);
  await expect(page.getByRole('status')).toContainText('세션이 만료되었습니다');
  await tryLogin(page, 'viewer', 'demo1234!');
  await expect(page).toHaveURL(/\/doctor-answer$/);
});

test('an official breakdown an admin imports is stored by the server: a viewer in another browser sees it, and a restore takes it back', async ({
  page,
  browser,
}) => {
  await login(page, 'admin', '/admin/data');
  await fillImportForm(page, '데이터 댐 참여인력 · 지역별', cp949Csv(), SOURCE);
  await page.getByRole('button', { name: '미리 보기' }).click();
  await expect(page.getByTestId('import-preview')).toContainText('cp949');
  await page.getByRole('button', { name: '적용', exact: true }).click();
  await expect(page.getByTestId('breakdown-log')).toContainText(SOURCE);

  const other = await newPage(browser);
  await login(other.page, 'viewer', '/data-dam?region=seoul');
  await panelsSettled(other.page);
  const card = other.page.locator('[data-panel-id="dd-jobs-by-region"]');
  await expect(card.getByRole('button', { name: '공식' })).toBeVisible();
  await expect(card.getByTestId('official-breakdown')).toContainText(SOURCE);
  await expect(card).toContainText(`${(TOTAL - 16_000).toLocaleString('ko-KR')}명`);

  await page.getByRole('button', { name: /예시 데이터로 되돌리기/ }).click();
  await expect(page.getByTestId('breakdown-log').locator('tbody tr')).toHaveCount(2);
  await other.page.reload();
  await panelsSettled(other.page);
  await expect(card.getByRole('button', { name: '예시 데이터' })).toBeVisible();
  await other.context.close();
});
