import { expect, login, panelsSettled, test } from './fixtures';

const WIDTHS = [360, 768, 1440, 2560];
const ROUTES = ['/overview', '/data-dam', '/mec', '/talent-policy'];

for (const width of WIDTHS) {
  test(`no horizontal scrolling at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/login');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
    await login(page, 'viewer');
    for (const route of ROUTES) {
      await page.goto(`${route}?region=gwangju`);
      await panelsSettled(page);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scroll, route).toBeLessThanOrEqual(width);
    }
  });
}

test('the navigation collapses behind a menu button on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await login(page, 'viewer');
  const nav = page.getByRole('navigation', { name: '주 메뉴' });
  // Collapsed means slid off-screen.
  await expect(nav).not.toBeInViewport();
  await page.getByRole('button', { name: '메뉴 열기' }).click();
  await expect(nav).toBeInViewport();
  await nav.getByRole('link', { name: '데이터 댐' }).click();
  await expect(page).toHaveURL(/\/data-dam$/);
  await expect(nav).not.toBeInViewport();
});

test('English is complete and the choice persists across a reload', async ({ page }) => {
  await login(page, 'viewer');
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  const headline = page.getByRole('region', { name: 'Headline figures' });
  await expect(headline.getByText('12,486 organisations', { exact: true })).toBeVisible();
  await expect(headline.getByText('about KRW 1.6 trillion', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
});

test('printing shows the content without the navigation', async ({ page }) => {
  await login(page, 'viewer');
  await panelsSettled(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '주 메뉴' })).toBeHidden();
  await expect(page.getByRole('button', { name: '로그아웃' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: '종합 현황' })).toBeVisible();
});
