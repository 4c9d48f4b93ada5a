import { expect, login, panelsSettled, test } from './fixtures';

/** One figure per page, from the production build, as a reader sees it. */
const PAGES = [
  { path: '/overview', heading: '종합 현황', figure: '8,007억원' },
  { path: '/data-dam', heading: '데이터 댐', figure: '3.75억건' },
  { path: '/ai-x', heading: 'AI+X 인공지능 융합', figure: '883개' },
  { path: '/mec', heading: '5G MEC 융합서비스', figure: '25.7조원' },
  { path: '/doctor-answer', heading: '닥터앤서', figure: '38개 병원' },
  { path: '/k-cyber', heading: 'K-사이버방역', figure: '16,300건' },
  { path: '/talent-policy', heading: '인재·포용·제도', figure: '7,518억원 → 8,032억원' },
];

for (const p of PAGES) {
  test(`${p.path} shows ${p.figure} and draws its charts`, async ({ page }) => {
    await login(page, 'viewer', p.path);
    await expect(page.getByRole('heading', { level: 1, name: p.heading })).toBeVisible();
    await expect(page.getByText(p.figure, { exact: true }).first()).toBeVisible();
    await panelsSettled(page);
    expect(await page.locator('[data-state="error"]').count()).toBe(0);
  });
}

test('navigation reaches every flagship page from the menu', async ({ page }) => {
  await login(page, 'viewer');
  const nav = page.getByRole('navigation', { name: '주 메뉴' });
  for (const p of PAGES.slice(1)) {
    await nav.getByRole('link', { name: p.heading }).click();
    await expect(page).toHaveURL(new RegExp(`${p.path}$`));
    await expect(page.getByRole('heading', { level: 1, name: p.heading })).toBeVisible();
  }
});

test('/mec?region=gwangju shows the Gwangju services and not Incheon Airport’s', async ({
  page,
}) => {
  await login(page, 'viewer', '/mec?region=gwangju');
  const services = page.getByRole('region', { name: '7개 5G 융합서비스와 수요처' });
  await expect(services.getByRole('cell', { name: '광주교육청' })).toBeVisible();
  await expect(services.getByRole('cell', { name: '광주광역시' })).toBeVisible();
  await expect(services.getByRole('cell', { name: '인천공항' })).toHaveCount(0);
});

test('an unknown region slug is dropped and named', async ({ page }) => {
  await login(page, 'viewer', '/k-cyber?region=atlantis,busan');
  await expect(page.getByRole('status').filter({ hasText: 'atlantis' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'K-사이버방역' })).toBeVisible();
});

test('filters ride along when moving between pages', async ({ page }) => {
  await login(page, 'viewer', '/mec?region=gwangju');
  await page
    .getByRole('navigation', { name: '주 메뉴' })
    .getByRole('link', { name: 'K-사이버방역' })
    .click();
  await expect(page).toHaveURL(/\/k-cyber\?region=gwangju$/);
});
