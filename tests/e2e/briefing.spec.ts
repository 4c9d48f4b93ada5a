import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import JSZip from 'jszip';
import { expect, login, panelsSettled, test } from './fixtures';

const pin = (page: Page, panelId: string) =>
  page
    .locator(`[data-panel-id="${panelId}"]`)
    .getByRole('button', { name: /^바구니에 담기/ })
    .click();

async function download(page: Page, button: Locator) {
  // Each export is also recorded in the audit log: wait for that call too.
  const [d] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.waitForResponse(
      (r) => r.url().includes('/api/v1/audit') && r.request().method() === 'POST',
      { timeout: 60_000 },
    ),
    button.click(),
  ]);
  // E2E_SAVE_DIR keeps a copy, for a person to open and look at.
  if (process.env.E2E_SAVE_DIR)
    await d.saveAs(`${process.env.E2E_SAVE_DIR}/${d.suggestedFilename()}`);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

const pdfPages = (b: Buffer) => b.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;

async function slides(b: Buffer) {
  const zip = await JSZip.loadAsync(b);
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  return Promise.all(names.map((n) => zip.file(n)!.async('string')));
}

test.describe('briefing pack', () => {
  test.describe.configure({ timeout: 120_000 });

  test('pin three panels from two pages with their filters, reorder, caption, export PDF and PPTX', async ({
    page,
  }) => {
    await login(page, 'analyst', '/mec?region=gwangju');
    await panelsSettled(page);
    await pin(page, 'mec-services');
    await expect(
      page.getByRole('banner').getByRole('link', { name: '보고서 바구니: 1개' }),
    ).toBeVisible();

    await page.goto('/overview?sector=manufacturing');
    await panelsSettled(page);
    await pin(page, 'ov-budget');
    await pin(page, 'ov-participants-by-sector');
    await expect(
      page.getByRole('banner').getByRole('link', { name: '보고서 바구니: 3개' }),
    ).toBeVisible();

    // A pinned panel keeps its own filters after the page's filters change.
    await page.goto('/briefing');
    const list = page.getByRole('list', { name: '담은 항목' });
    const items = list.locator(':scope > li'); // the pack's items, not lists inside panels
    await expect(items).toHaveCount(3);
    await expect(items.nth(0)).toContainText('지역: 광주');
    await expect(items.nth(0).getByRole('cell', { name: '인천공항' })).toHaveCount(0);
    await expect(items.nth(2)).toContainText('업종: 제조');

    // Reorder by keyboard with the drag handle; it is announced.
    await items
      .nth(2)
      .getByRole('button', { name: /순서 옮기기/ })
      .focus();
    // dnd-kit measures positions between key presses; give each press a frame or two.
    for (const key of ['Space', 'ArrowUp', 'ArrowUp', 'Space']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(250);
    }
    await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('옮겼습니다');
    await expect(items.nth(0)).toContainText('참여 기업·기관 업종별 분포');
    // And with the buttons.
    await items.nth(2).getByRole('button', { name: /위로$/ }).click();
    await expect(
      page.getByRole('status').filter({ hasText: '3개 중 2번째로 옮겼습니다' }).first(),
    ).toBeAttached();

    const order = async () =>
      (await items.allInnerTexts()).map((s) => s.split('\n').find((l) => /^\d\. /.test(l)) ?? '');
    expect(await order()).toEqual([
      '1. 종합 현황 · 참여 기업·기관 업종별 분포',
      '2. 종합 현황 · 2020년 예산 구성',
      '3. 5G MEC 융합서비스 · 7개 5G 융합서비스와 수요처',
    ]);

    await items.nth(1).getByLabel('2번 항목 설명').fill('예산은 본예산과 3차 추경이 반반');
    await page.getByLabel('보고서 제목').fill('디지털 뉴딜 2020 성과 보고');
    await panelsSettled(page);

    const pdf = await download(page, page.getByRole('button', { name: 'PDF로 내보내기' }));
    expect(pdf.name).toMatch(/_보고서바구니_디지털뉴딜2020성과보고\.pdf$/);
    expect(pdfPages(pdf.bytes)).toBe(4); // cover + 3 panels

    const pptx = await download(page, page.getByRole('button', { name: 'PPTX로 내보내기' }));
    const xml = await slides(pptx.bytes);
    expect(xml).toHaveLength(4); // title slide + 3 panels
    expect(xml[0]).toContain('디지털 뉴딜 2020 성과 보고');
    expect(xml[2]).toContain('예산은 본예산과 3차 추경이 반반');
    expect(xml[3]).toContain('지역: 광주');

    // The pack survives a reload.
    await page.reload();
    await expect(items).toHaveCount(3);
    await expect(items.nth(1).getByLabel('2번 항목 설명')).toHaveValue(
      '예산은 본예산과 3차 추경이 반반',
    );

    // Both exports are in the audit log.
    await page.goto('/login');
    await page.evaluate(() => sessionStorage.clear());
    await login(page, 'admin', '/admin/audit');
    await expect(page.getByRole('cell', { name: '바구니 PDF' })).toBeVisible();
    await expect(page.getByRole('cell', { name: '바구니 PPTX' })).toBeVisible();

    // Another user on the same browser sees an empty pack.
    await page.goto('/briefing');
    await expect(page.getByText('바구니가 비어 있습니다')).toBeVisible();
  });

  test('a viewer cannot pin and is told why', async ({ page }) => {
    await login(page, 'viewer', '/overview');
    await panelsSettled(page);
    const button = page
      .locator('[data-panel-id="ov-budget"]')
      .getByRole('button', { name: /보고서 바구니를 쓸 수 없습니다/ });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await page.goto('/briefing');
    await expect(page.getByRole('heading', { name: '권한 없음' })).toBeVisible();
  });
});
