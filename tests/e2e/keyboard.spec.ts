import type { Locator, Page } from '@playwright/test';
import { expect, panelsSettled, test } from './fixtures';

/** Presses Tab until `target` has focus: how a keyboard user gets somewhere. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test('keyboard only: log in, navigate, filter by select and map, open a table, log out', async ({
  page,
}) => {
  // Many single key presses, each a round trip to the browser: slower than a mouse test.
  test.setTimeout(90_000);
  await page.goto('/login');
  await tabTo(page, page.getByLabel(/^아이디/));
  await page.keyboard.type('analyst');
  await page.keyboard.press('Tab');
  await page.keyboard.type('demo1234!');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '종합 현황' })).toBeVisible();

  // The skip link is the first stop and jumps into the content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '본문 바로가기' })).toBeFocused();

  // Navigation by keyboard; focus lands on the new page's heading.
  const nav = page.getByRole('navigation', { name: '주 메뉴' });
  await tabTo(page, nav.getByRole('link', { name: '5G MEC 융합서비스' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/mec$/);
  await expect(page.getByRole('heading', { level: 1, name: '5G MEC 융합서비스' })).toBeFocused();

  // Region on the tile map.
  await tabTo(page, page.getByRole('button', { name: '지도에서 지역 선택' }));
  await page.keyboard.press('Enter');
  const map = page.getByRole('group', { name: '시·도 타일 지도' });
  await tabTo(page, map.getByRole('button', { name: '광주' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/mec\?region=gwangju$/);

  // Sector in the select.
  await tabTo(page, page.getByRole('combobox', { name: '업종' }));
  await page.keyboard.type('제조');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/mec\?region=gwangju&sector=manufacturing$/);
  await page.keyboard.press('Escape');

  // A chart's table view, on another page.
  await tabTo(page, nav.getByRole('link', { name: '데이터 댐' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/data-dam\?region=gwangju&sector=manufacturing$/);
  await panelsSettled(page);
  const growth = page.getByRole('region', { name: '공급기업 증가 (2019→2020)' });
  await tabTo(page, growth.getByRole('radio', { name: '차트로 보기' }));
  await page.keyboard.press('ArrowRight');
  await expect(growth.getByRole('table')).toBeVisible();
  await expect(growth.getByRole('rowheader', { name: '데이터 바우처 공급기업' })).toBeVisible();

  // Export that panel's data by keyboard: open its menu, pick CSV.
  await tabTo(page, growth.getByRole('button', { name: /내보내기$/ }));
  await page.keyboard.press('Enter');
  const csvItem = page.getByRole('menuitem', { name: /CSV/ });
  await expect(csvItem).toBeVisible();
  const download = page.waitForEvent('download');
  for (let i = 0; i < 6 && !(await csvItem.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);

  // Focus comes back to the menu's button once the export has run (the button is disabled
  // while it runs, so the menu alone would drop focus to <body>).
  const trigger = growth.getByRole('button', { name: /내보내기$/ });
  await expect(trigger).toBeFocused();

  // A focus ring is visible on whatever keyboard focus lands on.
  const ringOf = () =>
    page.evaluate(() => {
      const s = getComputedStyle(document.activeElement as HTMLElement);
      return `${s.outlineStyle} ${s.outlineWidth}`;
    });
  expect(await ringOf()).not.toMatch(/^none|0px$/);
  await tabTo(page, page.getByRole('button', { name: '로그아웃' }));
  expect(await ringOf()).not.toMatch(/^none|0px$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/login$/);
});
