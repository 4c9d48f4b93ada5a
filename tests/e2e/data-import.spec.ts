import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
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
  await expect(page.getByTestId('breakdown-log')).toContainText('사용 중');
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
  const log = page.getByTestId('breakdown-log').locator('tbody tr');
  await expect(log).toHaveCount(2);
  await expect(factRow).toContainText('예시 데이터');
  // Newest first: the restore (nothing to restore to), then v1, which can be restored again.
  await expect(log.nth(0)).toContainText('복원 (v0)');
  await expect(log.nth(1).getByRole('button', { name: '이 버전으로 복원' })).toBeVisible();
  await page.goto('/data-dam');
  await panelsSettled(page);
  await expect(card.getByRole('button', { name: '예시 데이터' })).toBeVisible();
});

test('a viewer cannot open /admin/data', async ({ page }) => {
  await login(page, 'viewer', '/overview');
  await page.goto('/admin/data');
  await expect(page.getByRole('heading', { name: '자료 관리' })).toHaveCount(0);
});

test('a file with bad rows: each refusal on its row, the missing regions, no apply; the preview passes axe', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await login(page, 'admin', '/admin/data');
  const rows = [
    '시도,값',
    '서울특별시,100',
    '부산,=cmd|"/c calc"!A1',
    '서울,5',
    '한양,7',
    '대구,-3',
    '인천,많음',
    '<b>광주</b>,1',
  ];
  await fillImportForm(
    page,
    '데이터 댐 참여인력 · 지역별',
    Buffer.from(rows.join('\n')),
    '<i>x</i>',
  );
  await page.getByRole('button', { name: '미리 보기' }).click();
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('utf-8');
  const problems = preview.locator('tbody tr');
  await expect(problems).toHaveCount(7);
  await expect(problems.nth(0)).toContainText('정상');
  await expect(problems.nth(1)).toContainText('수식 (허용 안 함)');
  await expect(problems.nth(2)).toContainText('중복');
  await expect(problems.nth(3)).toContainText('알 수 없는 이름');
  await expect(problems.nth(4)).toContainText('음수');
  await expect(problems.nth(5)).toContainText('숫자가 아님');
  // Markup in a file is text on the page, never markup.
  await expect(problems.nth(6)).toContainText('<b>광주</b>');
  await expect(preview.locator('b')).toHaveCount(0);
  const refusal = preview.getByRole('alert');
  await expect(refusal).toContainText('적용할 수 없습니다');
  await expect(refusal).toContainText('거부된 줄: 6개');
  await expect(refusal).toContainText('빠진 항목: 부산, 대구, 인천, 광주');
  await expect(page.getByRole('button', { name: '적용', exact: true })).toBeDisabled();
  if (process.env.E2E_SAVE_DIR)
    await page.screenshot({ path: `${process.env.E2E_SAVE_DIR}/admin-data-refusals.png` });
  const axe = await new AxeBuilder({ page }).include('[data-testid="import-preview"]').analyze();
  expect(
    axe.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.any[0]?.message ?? ''}`),
    ),
  ).toEqual([]);
});
