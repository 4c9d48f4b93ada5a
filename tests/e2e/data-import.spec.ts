import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { cp949Csv, fillImportForm, SOURCE, TOTAL } from './breakdown-import';
import { expect, login, panelsSettled, test } from './fixtures';

/**
 * Issue 17 in the demo: an admin imports an official breakdown as Korean Excel writes it
 * (CP949), the panel turns 공식 with the import's source, its CSV says 공식 (not 예시), and
 * restoring version 0 brings the illustrative split back. The demo keeps imports in
 * localStorage, so each test starts from a fresh browser context.
 */

async function csvOf(page: Page, card: ReturnType<Page['locator']>) {
  const trigger = card.getByRole('button', { name: /내보내기$/ });
  const [d] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    (async () => {
      await trigger.click();
      const menu = page.locator(`#${await trigger.getAttribute('aria-controls')}`);
      await menu.getByRole('menuitem', { name: '데이터 CSV 내려받기' }).click();
    })(),
  ]);
  return readFileSync(await d.path()).toString('utf8');
}

test('an admin imports a CP949 breakdown, the panel turns official, exports say so, a restore brings back the illustrative', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const shots = process.env.E2E_SAVE_DIR;
  await login(page, 'admin', '/data-dam');
  await panelsSettled(page);
  const card = page.locator('[data-panel-id="dd-jobs-by-region"]');
  await expect(card.getByRole('button', { name: '예시 데이터' })).toBeVisible();
  if (shots) await card.screenshot({ path: `${shots}/panel-before.png` });

  await page.goto('/admin/data');
  await expect(page.getByRole('heading', { level: 1, name: '자료 관리' })).toBeVisible();
  const factRow = page.locator('[data-fact-id="data-dam-jobs"]');
  await expect(factRow).toContainText('예시 데이터');

  await fillImportForm(page, '데이터 댐 참여인력 · 지역별', cp949Csv(), SOURCE);
  await page.getByRole('button', { name: '미리 보기' }).click();

  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('cp949');
  await expect(preview.locator('tbody tr')).toHaveCount(17);
  await expect(preview.locator('tbody tr[data-problem]')).toHaveCount(0);
  await expect(preview).toContainText('합계가 공식 수치와 같습니다.');
  if (shots) await page.screenshot({ path: `${shots}/admin-data-preview.png` });
  await page.getByRole('button', { name: '적용', exact: true }).click();
  await expect(page.getByTestId('breakdown-log')).toContainText(SOURCE);
  await expect(factRow).toContainText('공식 (v1');
  if (shots) await page.screenshot({ path: `${shots}/admin-data.png` });

  // The panel, now official: the file's values, the import's source, no 예시 notice.
  await page.goto('/data-dam?region=seoul,busan&sector=ict');
  await panelsSettled(page);
  await expect(card.getByRole('button', { name: '공식' })).toBeVisible();
  await expect(card.getByRole('button', { name: '예시 데이터' })).toHaveCount(0);
  await expect(card.locator('.illustrative-notice')).toHaveCount(0);
  await expect(card.getByTestId('official-breakdown')).toContainText(SOURCE);
  // A region breakdown says nothing of sectors: the sector filter is not applied.
  await expect(card).toContainText('업종 필터 미적용');
  if (shots) await card.screenshot({ path: `${shots}/panel-after.png` });

  const csv = await csvOf(page, card);
  expect(csv).toContain(SOURCE);
  expect(csv).toContain('공식');
  expect(csv).not.toContain('예시');
  // 서울's value from the file (40,105 − 16 × 1,000), grouped or not.
  const seoul = TOTAL - 16_000;
  expect(csv).toMatch(
    new RegExp(`${Math.floor(seoul / 1000)},?${String(seoul % 1000).padStart(3, '0')}`),
  );

  // Back to the illustrative split: a restore of version 0, recorded as version 2.
  await page.goto('/admin/data');
  await page.getByRole('button', { name: /예시 데이터로 되돌리기: 데이터 댐 참여인력/ }).click();
  await expect(page.getByTestId('breakdown-log').locator('tbody tr')).toHaveCount(2);
  await expect(factRow).toContainText('예시 데이터');
  await page.goto('/data-dam');
  await panelsSettled(page);
  await expect(card.getByRole('button', { name: '예시 데이터' })).toBeVisible();
});

test('a viewer cannot open /admin/data', async ({ page }) => {
  await login(page, 'viewer', '/overview');
  await page.goto('/admin/data');
  await expect(page.getByRole('heading', { name: '자료 관리' })).toHaveCount(0);
});
