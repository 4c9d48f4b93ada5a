import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import JSZip from 'jszip';
import { expect, login, panelsSettled, test } from './fixtures';

/**
 * The exported files opened and read: the words a PDF carries (poppler's pdftotext, Debian
 * `poppler-utils`), the PPTX's parts (its native charts, tables, title placeholders and notes),
 * the CSV's cells. A national panel under a region filter says so in every one of them.
 */

const NATIONAL = '지역: 전국 — 지역 필터 미적용';

async function download(page: Page, click: () => Promise<void>) {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  if (process.env.E2E_SAVE_DIR)
    await d.saveAs(`${process.env.E2E_SAVE_DIR}/${d.suggestedFilename()}`);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

async function fromMenu(page: Page, trigger: Locator, item: string) {
  return download(page, async () => {
    await trigger.click();
    const menu = page.locator(`#${await trigger.getAttribute('aria-controls')}`);
    await menu.getByRole('menuitem', { name: item }).click();
  });
}

/** The PDF's text as pdftotext reads it, page by page. */
function pdfText(bytes: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  writeFileSync(join(dir, 'f.pdf'), bytes);
  const text = execFileSync('pdftotext', ['-layout', join(dir, 'f.pdf'), '-'], {
    encoding: 'utf8',
  });
  return text.split('\f').filter((p) => p.trim());
}

/**
 * The deck as LibreOffice Impress renders it (Debian `libreoffice-impress`, installed by
 * .ci/run): converted to PDF with a profile of its own (no lock shared with another soffice),
 * then read as the app's PDFs are. Throws, with LibreOffice's words, when it cannot render.
 * (The bench's pack section does the same and keeps the PDF to be looked at.)
 */
function renderedByLibreOffice(pptx: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'soffice-'));
  writeFileSync(join(dir, 'deck.pptx'), pptx);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      join(dir, 'deck.pptx'),
    ],
    { encoding: 'utf8', timeout: 90_000 },
  );
  return pdfText(readFileSync(join(dir, 'deck.pdf')));
}

const panelMenu = (card: Locator) => card.getByRole('button', { name: /내보내기$/ });

test.describe('exported files, opened', () => {
  test.describe.configure({ timeout: 120_000 });

  test('a national panel under a region filter says 미적용 in its file name, CSV and PDF text; the PDF text holds every figure', async ({
    page,
  }) => {
    await login(page, 'analyst', '/data-dam?region=gwangju,seoul');
    await panelsSettled(page);
    const card = page.locator('[data-panel-id="dd-vulnerable-breakdown"]');

    const csv = await fromMenu(page, panelMenu(card), '데이터 CSV 내려받기');
    expect(csv.name).toMatch(/_데이터댐_고용취약계층구성_전국\(지역필터미적용\)\.csv$/);
    const text = csv.bytes.toString('utf8');
    expect(text).toContain(`${NATIONAL} · 업종: 전 업종`);
    expect(text).not.toContain('지역: 서울');
    expect(text).toContain('내부용');
    expect(text).toMatch(/내보낸 사람: 이분석 \(분석관\) · \d{4}-\d\d-\d\d \d\d:\d\d/);

    const png = await fromMenu(page, panelMenu(card), 'PNG 이미지 내려받기');
    expect(png.name).toMatch(/_고용취약계층구성_전국\(지역필터미적용\)\.png$/);

    const pdf = await fromMenu(
      page,
      page.getByRole('button', { name: '페이지 내보내기' }),
      '페이지 전체 PDF (A4 가로)',
    );
    const pages = pdfText(pdf.bytes);
    const all = pages.join('\n');
    // Every figure of the page's cards, as the cards print them.
    for (const figure of ['12,763명', '9,038명', '1,856명', '272명', '40,105명'])
      expect(all).toContain(figure);
    // The card's own words say the region filter does not apply to it.
    expect(all).toContain('지역 필터 미적용');
    // Page numbers on every page.
    pages.forEach((p, i) => expect(p).toContain(`${i + 1} / ${pages.length}쪽`));
    // The page's own heading block (title, lead, source) is cut: the frame says them, once.
    expect(all).not.toContain('데이터 수집·가공·활용 생태계');
    for (const p of pages) expect(p.match(/2021\.1\.14 배포/g)).toHaveLength(1);
  });

  test('the pack: PDF text with captions as headlines, page numbers and 미적용; PPTX with native charts, tables, title placeholders, notes', async ({
    page,
  }) => {
    await login(page, 'analyst', '/data-dam?region=gwangju,seoul');
    await panelsSettled(page);
    for (const id of ['dd-vulnerable-breakdown', 'dd-headline'])
      await page
        .locator(`[data-panel-id="${id}"]`)
        .getByRole('button', { name: /^바구니에 담기/ })
        .click();
    await page.goto('/overview');
    await panelsSettled(page);
    // The card says the change in %p, as drawn (innerText: after the badge's text-transform).
    const change = page
      .locator('[data-panel-id="ov-non-ict-share"]')
      .getByText(/^산술 계산/)
      .first();
    expect(await change.evaluate((e) => (e as HTMLElement).innerText)).toBe('산술 계산 +13.7%p');
    await page
      .locator('[data-panel-id="ov-non-ict-share"]')
      .getByRole('button', { name: /^바구니에 담기/ })
      .click();

    await page.goto('/briefing');
    await page.getByLabel('1번 항목 설명').fill('취약계층 1만 2천여 명이 데이터 작업에 참여');
    await page.getByLabel('보고서 제목').fill('데이터 댐 보고');
    await panelsSettled(page);

    const pdf = await download(page, () =>
      page.getByRole('button', { name: 'PDF로 내보내기' }).click(),
    );
    const pages = pdfText(pdf.bytes);
    expect(pages).toHaveLength(4);
    pages.forEach((p, i) => expect(p).toContain(`${i + 1} / 4쪽`));
    // The contents name the national panel as national.
    expect(pages[0]).toMatch(
      /1\. 취약계층 1만 2천여 명이 데이터 작업에 참여 — .*고용취약계층 구성/,
    );
    expect(pages[0]).toContain(`(${NATIONAL}`);
    // Its page: the caption is the headline, then the title, the filters as they apply.
    const first = pages[1]!;
    expect(first.indexOf('취약계층 1만 2천여 명')).toBeLessThan(first.indexOf('고용취약계층 구성'));
    expect(first).toContain(NATIONAL);
    expect(first).not.toContain('지역: 광주, 서울');
    expect(first).toContain('12,763명');
    // A change of a percentage in %p.
    expect(pages[3]).toContain('+13.7%p');
    expect(pages[3]).not.toContain('22.1%');

    const pptx = await download(page, () =>
      page.getByRole('button', { name: 'PPTX로 내보내기' }).click(),
    );
    const zip = await JSZip.loadAsync(pptx.bytes);
    const read = (n: string) => zip.file(n)!.async('string');
    const names = Object.keys(zip.files);
    const slideNames = names
      .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
      .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
    expect(slideNames).toHaveLength(4);
    const slides = await Promise.all(slideNames.map(read));
    // Native charts carrying the figures, a native table, no pictures.
    const charts = await Promise.all(
      names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).map(read),
    );
    expect(charts.length).toBeGreaterThanOrEqual(2);
    expect(charts.some((c) => c.includes('<c:v>12763</c:v>'))).toBe(true);
    expect(charts.some((c) => c.includes('<c:v>75.7</c:v>'))).toBe(true);
    expect(slides[2]).toContain('<a:tbl>');
    expect(names.filter((n) => n.startsWith('ppt/media/') && !n.endsWith('/'))).toEqual([]);
    // Every slide has its title in the title placeholder.
    for (const s of slides) expect(s).toMatch(/<p:ph\s[^>]*type="title"/);
    expect(slides[1]).toContain('취약계층 1만 2천여 명이 데이터 작업에 참여');
    // The frame as editable text: the filters as they apply, in 맑은 고딕.
    expect(slides[1]).toContain(NATIONAL);
    expect(slides[1]).not.toContain('지역: 광주, 서울');
    expect(slides[1]).toContain('typeface="맑은 고딕"');
    // Alt text that describes the chart.
    expect(slides[1]).toMatch(/descr="[^"]*고용취약계층 구성[^"]*12,763명/);
    // Notes: values, quotes, the caveat and the stamp.
    const notes = await Promise.all(
      names
        .filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))
        .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
        .map(read),
    );
    const note = notes.find((n) => n.includes('고용취약계층 구성'))!;
    expect(note).toContain('12,763명');
    expect(note).toContain('“');
    expect(note).toContain('지역 필터 미적용');
    expect(note).toContain('내보낸 사람: 이분석 (분석관)');
    expect(note).toContain('내부용');

    // LibreOffice renders the deck: a page per slide, the charts' figures and the Korean text.
    const rendered = renderedByLibreOffice(pptx.bytes);
    expect(rendered).toHaveLength(4);
    expect(rendered[1]).toContain('12,763');
    expect(rendered[1]).toContain('취업준비청년');
    expect(rendered[3]).toContain('75.7');
  });

  test('a page or pack with a failed panel is refused with a message, and nothing downloads', async ({
    page,
  }) => {
    await login(page, 'analyst', '/overview');
    await panelsSettled(page);
    await page
      .locator('[data-panel-id="ov-budget"]')
      .getByRole('button', { name: /^바구니에 담기/ })
      .click();
    await page.goto('/overview?mockFault=panel:ov-budget:500*9');
    const budget = page.getByRole('region', { name: '2020년 예산 구성' });
    await expect(budget.getByText('이 항목을 불러오지 못했습니다.')).toBeVisible();
    let downloads = 0;
    page.on('download', () => downloads++);

    const trigger = page.getByRole('button', { name: '페이지 내보내기' });
    await trigger.click();
    await page.getByRole('menuitem', { name: '페이지 전체 PDF (A4 가로)' }).click();
    await expect(
      page.getByText('준비되지 않은 패널이 있어 내보내지 않았습니다: 2020년 예산 구성'),
    ).toBeVisible();

    await page
      .getByRole('link', { name: /보고서 바구니/ })
      .first()
      .click();
    await expect(page.getByText('이 항목을 불러오지 못했습니다.')).toBeVisible();
    await page.getByRole('button', { name: 'PPTX로 내보내기' }).click();
    await expect(
      page.getByText('준비되지 않은 패널이 있어 내보내지 않았습니다: 2020년 예산 구성').last(),
    ).toBeVisible();
    expect(downloads).toBe(0);
  });

  test('an export that takes more than a second shows its progress and can be cancelled: nothing downloads or is recorded', async ({
    page,
  }) => {
    await login(page, 'analyst', '/overview');
    await panelsSettled(page);
    // Slow the page down, so the export is surely still running when Cancel is pressed.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    let downloads = 0;
    page.on('download', () => downloads++);
    let recorded = 0;
    page.on('request', (r) => {
      if (r.url().includes('/api/v1/audit') && r.method() === 'POST') recorded++;
    });
    await page.getByRole('button', { name: '페이지 내보내기' }).click();
    await page.getByRole('menuitem', { name: '페이지 전체 PDF (A4 가로)' }).click();
    await expect(page.getByRole('status').filter({ hasText: /내보내는 중/ })).toBeVisible();
    await page.getByRole('button', { name: '취소' }).click();
    await expect(page.getByText('내보내기를 취소했습니다.')).toBeVisible({
      timeout: 30_000,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    expect(downloads).toBe(0);
    expect(recorded).toBe(0);
  });

  test('the page data as XLSX: a sheet per panel with its figures, and a 메타데이터 sheet that says how the filters apply', async ({
    page,
  }) => {
    await login(page, 'analyst', '/data-dam?region=gwangju,seoul');
    await panelsSettled(page);
    const xlsx = await fromMenu(
      page,
      page.getByRole('button', { name: '페이지 내보내기' }),
      '데이터 XLSX 내려받기',
    );
    expect(xlsx.name).toMatch(/_데이터댐_서울·광주\.xlsx$/);
    const zip = await JSZip.loadAsync(xlsx.bytes);
    const read = (n: string) => zip.file(n)!.async('string');
    const workbook = await read('xl/workbook.xml');
    const panels = await page.locator('[data-panel-id]').count();
    expect(workbook.match(/<sheet /g)).toHaveLength(panels + 1);
    expect(workbook).toContain('<sheet name="메타데이터"');
    const meta = await read('xl/worksheets/sheet1.xml');
    expect(meta).toContain(NATIONAL);
    expect(meta).toContain('내부용');
    expect(meta).toContain('내보낸 사람: 이분석 (분석관)');
    const sheets = await Promise.all(
      Array.from({ length: panels }, (_, i) => read(`xl/worksheets/sheet${i + 2}.xml`)),
    );
    // The figures as numbers, and as the cards print them.
    expect(sheets.some((x) => x.includes('<v>12763</v>') && x.includes('12,763명'))).toBe(true);
  });
});
