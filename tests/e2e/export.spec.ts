import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, login, panelsSettled, test } from './fixtures';

/** Opens an export menu and picks an item; resolves with the download it starts. */
async function exportVia(page: Page, trigger: Locator, item: string): Promise<Download> {
  await trigger.click();
  const menu = page.locator(`#${await trigger.getAttribute('aria-controls')}`);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    menu.getByRole('menuitem', { name: item }).click(),
  ]);
  return download;
}

/** Opens an export menu, picks a size preset (the menu stays open), then an item. */
async function exportWithPreset(
  page: Page,
  trigger: Locator,
  preset: string,
  item: string,
): Promise<Download> {
  await trigger.click();
  const menu = page.locator(`#${await trigger.getAttribute('aria-controls')}`);
  const radio = menu.getByRole('menuitemradio', { name: preset });
  await radio.click();
  await expect(radio).toHaveAttribute('aria-checked', 'true');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    menu.getByRole('menuitem', { name: item }).click(),
  ]);
  return download;
}

/** E2E_SAVE_DIR=<dir> keeps a copy of the exported files, for a person to open and look at. */
async function keep(d: Download, name: string) {
  const dir = process.env.E2E_SAVE_DIR;
  if (dir) await d.saveAs(`${dir}/${name}`);
}

async function bytesOf(d: Download): Promise<Buffer> {
  return readFileSync(await d.path());
}

/** Width and height from the PNG's IHDR chunk. */
function pngSize(b: Buffer) {
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(b.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Decodes the PNG in the page and counts distinct colours on a sampling grid. */
async function distinctColours(page: Page, b: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const seen = new Set<number>();
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    for (let i = 0; i < data.length; i += 4 * 97) {
      seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    }
    return seen.size;
  }, b.toString('base64'));
}

/** The share of sampled pixels that are dark (luminance under 25%). */
async function darkShare(page: Page, b: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    let dark = 0;
    let all = 0;
    for (let i = 0; i < data.length; i += 4 * 31) {
      const l = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
      if (l < 64) dark++;
      all++;
    }
    return dark / all;
  }, b.toString('base64'));
}

function pdfPages(b: Buffer): number {
  return b.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

interface PageCut {
  y: number;
  level: number | null;
}

/** Where the last page PDF export cut the page (the app's 'export:page-breaks' mark). */
async function lastPageBreaks(page: Page) {
  const detail = await page.evaluate(
    () =>
      (performance.getEntriesByName('export:page-breaks').at(-1) as PerformanceMark | undefined)
        ?.detail as { preset: string; sheets: number; cuts: PageCut[] } | undefined,
  );
  expect(detail, 'the PDF export leaves an export:page-breaks mark').toBeDefined();
  return detail!;
}

/**
 * For each cut (CSS px from the top of the live page), the text and chart shapes it goes
 * through, measured on the live page independently of the app's own break finding: every
 * line box of every text node, and every bar or shape of every chart.
 */
async function cutThrough(page: Page, cuts: PageCut[]) {
  return page.evaluate(
    (ys) => {
      const root = document.querySelector('.dashboard-page')!;
      const top = root.getBoundingClientRect().top;
      const ink: { top: number; bottom: number; what: string }[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent?.trim();
        if (!text || n.parentElement?.closest('[data-export-ignore], .mantine-VisuallyHidden-root'))
          continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects())
          if (r.width > 1 && r.height > 1)
            ink.push({ top: r.top - top, bottom: r.bottom - top, what: text.slice(0, 24) });
      }
      for (const shape of root.querySelectorAll('svg.recharts-surface :is(rect, path)')) {
        if (shape.closest('defs, clipPath')) continue;
        const r = shape.getBoundingClientRect();
        if (r.width > 2 && r.height > 0)
          ink.push({ top: r.top - top, bottom: r.bottom - top, what: `<${shape.tagName}>` });
      }
      return ys.flatMap((y) =>
        ink.filter((i) => i.top < y - 0.5 && i.bottom > y + 0.5).map((i) => `${i.what} @${y}`),
      );
    },
    cuts.map((c) => c.y),
  );
}

/** The frame (title, filters, source above; stamp below) at 2×: between these heights (px). */
const FRAME_MIN_PX = 300;
const FRAME_MAX_PX = 500;

/** A card's box at the height of its own content (on the page it may be stretched to its row). */
function naturalBox(card: Locator) {
  return card.evaluate((el: HTMLElement) => {
    const before = el.style.height;
    el.style.height = 'auto';
    const r = el.getBoundingClientRect();
    el.style.height = before;
    return { width: r.width, height: r.height };
  });
}

const panelMenu = (card: Locator) => card.getByRole('button', { name: /내보내기$/ });

test.describe('export for briefings', () => {
  // Captures are real work in a real browser; two workers share this machine.
  test.describe.configure({ timeout: 60_000 });

  test('a card stretched beside a taller one exports at the height of its content', async ({
    page,
  }) => {
    await login(page, 'analyst', '/data-dam');
    await panelsSettled(page);
    // Beside the 17-region chart, the four-group chart's card is stretched to that height.
    const card = page.locator('[data-panel-id="dd-vulnerable-breakdown"]');
    const stretched = (await card.boundingBox())!;
    const box = await naturalBox(card);
    expect(stretched.height - box.height).toBeGreaterThan(100);
    const png = await bytesOf(await exportVia(page, panelMenu(card), 'PNG 이미지 내려받기'));
    const { height } = pngSize(png);
    expect(height).toBeGreaterThanOrEqual(2 * box.height);
    // A capture of the stretched card would be at least 2 × its stretched height plus the
    // frame, and the frame is more than FRAME_MIN_PX: this fails for it.
    expect(height).toBeLessThan(2 * stretched.height + FRAME_MIN_PX);
  });

  test('analyst exports a chart as PNG at 2× with the frame, not blank', async ({ page }) => {
    await login(page, 'analyst', '/data-dam?region=gwangju');
    await panelsSettled(page);
    const card = page.locator('[data-panel-id="dd-vulnerable-breakdown"]');
    const box = await naturalBox(card);
    const d = await exportVia(page, panelMenu(card), 'PNG 이미지 내려받기');
    // National figures under a region filter: the name says the filter does not apply.
    expect(d.suggestedFilename()).toMatch(
      /^\d{4}-\d\d-\d\d_데이터댐_고용취약계층구성_전국\(지역필터미적용\)\.png$/,
    );
    const png = await bytesOf(d);
    const { width, height } = pngSize(png);
    expect(width).toBeGreaterThanOrEqual(2 * box.width);
    expect(height).toBeGreaterThanOrEqual(2 * box.height);
    expect(height).toBeLessThan(2 * box.height + FRAME_MAX_PX);
    expect(await distinctColours(page, png)).toBeGreaterThan(20);
    await expect(page.getByText(/내보냈습니다: .*\.png/)).toBeVisible();
  });

  test('a page exports whole as PNG (taller than the viewport) and as a multi-page A4 PDF', async ({
    page,
  }) => {
    await login(page, 'analyst', '/data-dam');
    await panelsSettled(page);
    const viewport = page.viewportSize()!;
    const trigger = page.getByRole('button', { name: '페이지 내보내기' });

    const png = await bytesOf(await exportVia(page, trigger, '페이지 전체 PNG'));
    const { width, height } = pngSize(png);
    const pageBox = (await page.locator('.dashboard-page').boundingBox())!;
    expect(pageBox.height).toBeGreaterThan(viewport.height);
    expect(height / 2).toBeGreaterThan(viewport.height);
    expect(width).toBeGreaterThanOrEqual(2 * pageBox.width);
    expect(await distinctColours(page, png)).toBeGreaterThan(20);

    const pdfDownload = await exportVia(page, trigger, '페이지 전체 PDF (A4 가로)');
    expect(pdfDownload.suggestedFilename()).toMatch(/_데이터댐_전국\.pdf$/);
    const pdf = await bytesOf(pdfDownload);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdf.toString('latin1');
    // A4 landscape, and at least as many pages as the content needs at that width.
    expect(text).toContain('/MediaBox [0 0 841.89 595.28]');
    const a4Height = ((width / 2) * 210) / 297;
    const pages = pdfPages(pdf);
    const needed = Math.ceil(height / 2 / a4Height);
    expect(pages).toBeGreaterThanOrEqual(Math.max(2, needed));
    // Breaking between cards wastes at most one page per card.
    expect(pages).toBeLessThanOrEqual(needed + (await page.locator('[data-panel-id]').count()));
    expect(text).toContain(`/Count ${pages}`);
    await keep(pdfDownload, 'data-dam.pdf');
    // Two cards here are taller than the room on a page: they are cut between their parts
    // (chart rows, legend, notes), never through a line of text or a bar.
    const breaks = await lastPageBreaks(page);
    expect(breaks.sheets).toBe(pages);
    expect(breaks.cuts.filter((c) => c.level === null)).toEqual([]);
    expect(await cutThrough(page, breaks.cuts)).toEqual([]);
  });

  test('the overview PDF cuts no text: tall cards break between parts, others stay whole', async ({
    page,
  }) => {
    await login(page, 'analyst', '/overview');
    await panelsSettled(page);
    const trigger = page.getByRole('button', { name: '페이지 내보내기' });
    const d = await exportVia(page, trigger, '페이지 전체 PDF (A4 가로)');
    await keep(d, 'overview.pdf');
    const pdf = await bytesOf(d);
    const breaks = await lastPageBreaks(page);
    expect(breaks.sheets).toBe(pdfPages(pdf));
    expect(breaks.cuts.filter((c) => c.level === null)).toEqual([]);
    expect(await cutThrough(page, breaks.cuts)).toEqual([]);
    // Most cuts fall between cards; a cut inside a card is made only for a card taller than
    // the room on a page, or where what follows would not fit anyway.
    expect(breaks.cuts.filter((c) => c.level === 0).length).toBeGreaterThan(0);
  });

  test('a chart exported as a 16:9 slide is exactly 1920×1080, framed, not blank', async ({
    page,
  }) => {
    await login(page, 'analyst', '/data-dam?region=gwangju');
    await panelsSettled(page);
    const card = page.locator('[data-panel-id="dd-vulnerable-breakdown"]');
    const trigger = panelMenu(card);
    const d = await exportWithPreset(
      page,
      trigger,
      '16:9 슬라이드 (1920×1080)',
      'PNG 이미지 내려받기',
    );
    await keep(d, 'panel-slide.png');
    const png = await bytesOf(d);
    expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
    expect(await distinctColours(page, png)).toBeGreaterThan(20);
    // The choice is kept for the next export, in this menu and the others.
    await trigger.click();
    const menu = page.locator(`#${await trigger.getAttribute('aria-controls')}`);
    await expect(menu.getByRole('group', { name: '이미지 크기' })).toBeVisible();
    await expect(menu.getByRole('menuitemradio', { name: /^16:9 슬라이드/ })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await expect(menu.getByRole('menuitemradio', { name: '화면 그대로' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
    // Light theme: no dark option.
    await expect(menu.getByRole('menuitemcheckbox')).toHaveCount(0);
  });

  test('with the half-A4 size, a whole page is a 1754 px wide PNG as long as the page and a PDF of half-A4 sheets (chosen by keyboard)', async ({
    page,
  }) => {
    await login(page, 'analyst', '/data-dam');
    await panelsSettled(page);
    const trigger = page.getByRole('button', { name: '페이지 내보내기' });
    await trigger.focus();
    await page.keyboard.press('Enter');
    const menu = page.locator(`#${await trigger.getAttribute('aria-controls')}`);
    await expect(menu.getByRole('group', { name: '페이지 크기' })).toBeVisible();
    const radio = menu.getByRole('menuitemradio', { name: /^A4 절반/ });
    await expect(radio).toBeVisible();
    for (let i = 0; i < 8 && !(await radio.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await expect(radio).toHaveAttribute('aria-checked', 'true');
    // The menu says what the size does to a whole page.
    await expect(radio).toHaveAccessibleName('A4 절반 (PNG 폭 1754 · PDF A4 절반 쪽)');
    await expect(
      menu.getByRole('menuitem', { name: '페이지 전체 PDF (A4 절반 쪽)' }),
    ).toBeVisible();
    const pngItem = menu.getByRole('menuitem', { name: '페이지 전체 PNG' });
    for (
      let i = 0;
      i < 8 && !(await pngItem.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('ArrowUp');
    }
    const [d] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.keyboard.press('Enter'),
    ]);
    await keep(d, 'data-dam-a4half.png');
    const png = await bytesOf(d);
    const { width, height } = pngSize(png);
    const pageBox = (await page.locator('.dashboard-page').boundingBox())!;
    // Half-A4 wide; the page is scaled to that width (about 70 % here), not shrunk into one
    // 1754×1240 sheet (about 17 %, where no label can be read).
    expect(width).toBe(1754);
    expect(height).toBeGreaterThan(2 * 0.65 * pageBox.height);
    expect(await distinctColours(page, png)).toBeGreaterThan(20);

    const pdfDownload = await exportVia(page, trigger, '페이지 전체 PDF (A4 절반 쪽)');
    await keep(pdfDownload, 'data-dam-a4half.pdf');
    const pdf = await bytesOf(pdfDownload);
    const text = pdf.toString('latin1');
    const pages = pdfPages(pdf);
    // Half-A4 sheets (210 × 148.5 mm), each one framed 1754×1240 image.
    expect(text).toContain('/MediaBox [0 0 595.28 420.94]');
    expect(text).not.toContain('/MediaBox [0 0 841.89 595.28]');
    expect(text.match(/\/Width 1754 \/Height 1240\b/g)).toHaveLength(pages);
    // At the PNG's scale: the sheets together are at least as tall as the PNG (each adds its
    // own frame), and breaking between cards wastes at most one sheet per card.
    const needed = Math.ceil(height / 1240);
    expect(pages).toBeGreaterThanOrEqual(Math.max(3, needed));
    expect(pages).toBeLessThanOrEqual(2 * needed + (await page.locator('[data-panel-id]').count()));
    const breaks = await lastPageBreaks(page);
    expect(breaks).toMatchObject({ preset: 'a4half', sheets: pages });
    expect(breaks.cuts.filter((c) => c.level === null)).toEqual([]);
    expect(await cutThrough(page, breaks.cuts)).toEqual([]);
  });

  test('dark theme exports as light unless 어두운 화면 그대로 is checked', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('mantine-color-scheme-value', 'dark'));
    await login(page, 'analyst', '/data-dam');
    await panelsSettled(page);
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    const card = page.locator('[data-panel-id="dd-vulnerable-breakdown"]');
    const trigger = panelMenu(card);

    const light = await bytesOf(await exportVia(page, trigger, 'PNG 이미지 내려받기'));
    expect(await darkShare(page, light)).toBeLessThan(0.1);
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');

    await trigger.click();
    const menu = page.locator(`#${await trigger.getAttribute('aria-controls')}`);
    const keepDark = menu.getByRole('menuitemcheckbox', { name: '어두운 화면 그대로' });
    await expect(keepDark).toHaveAttribute('aria-checked', 'false');
    expect(
      (
        await new AxeBuilder({ page })
          .include(`#${await trigger.getAttribute('aria-controls')}`)
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze()
      ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.failureSummary).join(' | ')}`),
    ).toEqual([]);
    await keepDark.click();
    await expect(keepDark).toHaveAttribute('aria-checked', 'true');
    const [d] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      menu.getByRole('menuitem', { name: 'PNG 이미지 내려받기' }).click(),
    ]);
    await keep(d, 'panel-dark.png');
    expect(await darkShare(page, await bytesOf(d))).toBeGreaterThan(0.3);
  });

  test('CSV starts with the BOM and parses, one row per figure', async ({ page }) => {
    await login(page, 'analyst', '/data-dam?region=gwangju&sector=manufacturing');
    await panelsSettled(page);
    const card = page.locator('[data-panel-id="dd-vulnerable-breakdown"]');
    const d = await exportVia(page, panelMenu(card), '데이터 CSV 내려받기');
    expect(d.suggestedFilename()).toMatch(
      /_데이터댐_고용취약계층구성_전국\(지역필터미적용\)_전업종\(업종필터미적용\)\.csv$/,
    );
    const b = await bytesOf(d);
    expect([...b.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = b.toString('utf8').slice(1).trimEnd().split('\r\n');
    // No 내용 column: no part of this breakdown has members (as in its table view).
    expect(lines[0]).toBe(
      '페이지,패널,항목,값,수치,단위,구분,기준 시점,필터,출처,보도자료 원문,비고,내보낸 사람·시각',
    );
    expect(lines).toHaveLength(5);
    expect(lines[1]).toContain(
      '취업준비청년,"12,763명",12763,명,공식,2020,지역: 전국 — 지역 필터 미적용 · 업종: 전 업종 — 업종 필터 미적용',
    );
    expect(lines[1]).toMatch(/,내보낸 사람: 이분석 \(분석관\) · [^,]+ · 내부용$/);
  });

  test('copy to clipboard puts a PNG there', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await login(page, 'analyst', '/data-dam');
    await panelsSettled(page);
    const card = page.locator('[data-panel-id="dd-vulnerable-breakdown"]');
    await panelMenu(card).click();
    await page
      .locator(`#${await panelMenu(card).getAttribute('aria-controls')}`)
      .getByRole('menuitem', { name: '이미지를 클립보드에 복사' })
      .click();
    await expect(page.getByText('이미지를 클립보드에 복사했습니다.')).toBeVisible({
      timeout: 20_000,
    });
    const types = await page.evaluate(async () =>
      (await navigator.clipboard.read()).flatMap((i) => [...i.types]),
    );
    expect(types).toContain('image/png');
  });

  test('where the browser refuses the clipboard, the image downloads and the app says so', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      navigator.clipboard.write = () =>
        Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await login(page, 'analyst', '/data-dam');
    await panelsSettled(page);
    const card = page.locator('[data-panel-id="dd-vulnerable-breakdown"]');
    const d = await exportVia(page, panelMenu(card), '이미지를 클립보드에 복사');
    expect(d.suggestedFilename()).toMatch(/\.png$/);
    await expect(
      page.getByText(/클립보드 복사를 허용하지 않아 파일로 내려받았습니다/),
    ).toBeVisible();
  });

  test('exports are in the audit log for admin, newest first, after a reload, filterable', async ({
    page,
  }) => {
    await login(page, 'analyst', '/data-dam?region=gwangju');
    await panelsSettled(page);
    // A national panel and one split by region: the log records the filters as each panel
    // answered them, as its frame said, not the page's.
    const national = page.locator('[data-panel-id="dd-vulnerable-breakdown"]');
    const byRegion = page.locator('[data-panel-id="dd-jobs-by-region"]');
    await exportVia(page, panelMenu(national), '데이터 CSV 내려받기');
    await expect(page.getByText(/내보냈습니다: .*\.csv/)).toBeVisible();
    await exportVia(page, panelMenu(byRegion), 'PNG 이미지 내려받기');
    await expect(page.getByText(/내보냈습니다: .*\.png/)).toBeVisible();
    await page.getByRole('button', { name: '로그아웃' }).click();

    await login(page, 'admin', '/admin/audit');
    await expect(page.getByRole('heading', { level: 1, name: '내보내기 이력' })).toBeVisible();
    const rows = page.getByTestId('audit-table').locator('tbody tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText('PNG');
    await expect(rows.first()).toContainText('이분석');
    await expect(rows.first()).toContainText('지역: 광주 · 업종: 전 업종');
    await expect(rows.nth(1)).toContainText('CSV');
    await expect(rows.nth(1)).toContainText('지역: 전국 — 지역 필터 미적용 · 업종: 전 업종');
    await expect(rows.nth(1)).not.toContainText('광주');

    await page.reload();
    await expect(rows).toHaveCount(2);
    await page.getByLabel('형식', { exact: true }).first().click();
    await page.getByRole('option', { name: 'CSV', exact: true }).click();
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('고용취약계층 구성');
  });

  test('a viewer sees the export controls disabled, with the reason, and no audit log', async ({
    page,
  }) => {
    await login(page, 'viewer', '/data-dam');
    await panelsSettled(page);
    const pageButton = page.getByRole('button', { name: '페이지 내보내기' });
    await expect(pageButton).toHaveAttribute('aria-disabled', 'true');
    await expect(pageButton).toHaveAccessibleDescription(/열람자는 내보낼 수 없습니다/);
    const card = page.locator('[data-panel-id="dd-vulnerable-breakdown"]');
    await expect(panelMenu(card)).toHaveAttribute('aria-disabled', 'true');
    await panelMenu(card).hover();
    await expect(page.getByRole('tooltip')).toContainText('분석관·관리자만 내보낼 수 있습니다');
    await panelMenu(card).click({ force: true });
    await expect(page.getByRole('menuitem')).toHaveCount(0);

    await page.goto('/admin/audit');
    await expect(page.getByRole('heading', { level: 1, name: '권한 없음' })).toBeVisible();
  });
});
