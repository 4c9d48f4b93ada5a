import { expect, login, panelsSettled, test } from './fixtures';

test('analyst logs in and reads the overview’s true figures', async ({ page }, info) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login\?returnTo=%2F$/);
  await login(page, 'analyst');
  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByRole('heading', { level: 1, name: '종합 현황' })).toBeVisible();
  const headline = page.getByRole('region', { name: '핵심 지표' });
  await expect(headline.getByText('12,486개', { exact: true })).toBeVisible();
  await expect(headline.getByText('49,157명', { exact: true })).toBeVisible();
  await expect(page.getByTestId('user-role')).toHaveText('분석관');
  await panelsSettled(page);
  // The self-hosted Korean font is in use, not a system fallback: the family's two files, the
  // login page's subset (dist/login.html) and the app's (scripts/app-font.mjs), are loaded and
  // hold the page's Korean.
  expect(
    await page.evaluate(async () => {
      await document.fonts.ready;
      const app = [...document.fonts].filter((f) => f.family.includes('Pretendard GOV App'));
      return [
        app.map((f) => f.status),
        document.fonts.check('16px "Pretendard GOV App"', '디지털 뉴딜 종합 현황'),
      ];
    }),
  ).toEqual([['loaded', 'loaded'], true]);
  await page.screenshot({ path: info.outputPath('overview.png'), fullPage: true });
});

test('a wrong password says so and keeps the ID', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel(/^아이디/).fill('viewer');
  await page.getByLabel(/^비밀번호/).fill('nope');
  await page.getByRole('button', { name: '로그인' }).click();
  await expect(page.getByRole('alert')).toContainText('아이디 또는 비밀번호가 올바르지 않습니다.');
  await expect(page.getByLabel(/^아이디/)).toHaveValue('viewer');
});

test('the session survives a reload and ends with logout', async ({ page }) => {
  await login(page, 'viewer');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '종합 현황' })).toBeVisible();
  await page.getByRole('button', { name: '로그아웃' }).click();
  await expect(page).toHaveURL(/\/login$/);
  expect(await page.evaluate(() => sessionStorage.getItem('dnd.session'))).toBeNull();
  await page.goto('/overview');
  await expect(page).toHaveURL(/\/login\?returnTo/);
});

test('/login loads no chart code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/login');
  await expect(page.getByRole('button', { name: '로그인' })).toBeVisible();
  const bodies = await Promise.all(
    scripts
      .filter((u) => u.includes('/assets/'))
      .map((u) => page.request.get(u).then((r) => r.text())),
  );
  expect(bodies.length).toBeGreaterThan(0);
  for (const b of bodies) expect(b).not.toContain('recharts-surface');
});

test('/login is HTML first: it shows, takes typing and an Enter before its code runs', async ({
  page,
}) => {
  const fonts: string[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.woff2')) fonts.push(new URL(r.url()).pathname);
  });
  // Hold the app's entry back: what shows until then is dist/login.html alone.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/login', { waitUntil: 'commit' });
  await expect(page.locator('form[data-static-form]')).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 1, name: '디지털 뉴딜 성과 대시보드' }),
  ).toBeVisible();
  // Its button waits for the app, so nothing can be sent to a URL in the meantime.
  await expect(page.getByRole('button', { name: '로그인' })).toBeDisabled();
  await page.getByLabel(/^아이디/).fill('analyst');
  await page.getByLabel(/^비밀번호/).fill('demo1234!');
  await page.getByLabel(/^비밀번호/).press('Enter');
  await expect(page).toHaveURL(/\/login$/);
  // It needs only its own small font file, not the app's.
  await expect.poll(() => fonts).toHaveLength(1);
  expect(fonts[0]).toMatch(/^\/assets\/pretendard-gov-login-[\w-]+\.woff2$/);
  release();
  // The app's form takes over what was typed, and the Enter.
  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByRole('heading', { level: 1, name: '종합 현황' })).toBeVisible();
});

test('an unknown route shows not-found inside the shell', async ({ page }) => {
  await login(page, 'viewer');
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: '페이지를 찾을 수 없습니다' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '주 메뉴' })).toBeVisible();
});
