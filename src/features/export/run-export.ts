/**
 * The image exports (panel PNG, clipboard, page PNG, PDF). Loaded on click only: it brings in
 * the capture code, which itself loads the capture library.
 */
import type { TFunction } from '@/lib/i18n/i18n';
import type { ExportFormat, Panel } from '@/lib/api/schemas';
import {
  canvasBlob,
  CONTINUED_H,
  atNaturalHeight,
  captureElement,
  captureScaleFor,
  cutBands,
  drawFramed,
  frameLayout,
  ignoredBands,
  loadFrameFonts,
  SCALE,
  waitForSettled,
  widthPlacement,
} from './capture';
import { downloadBlob, copyPng } from './download';
import { exportFileName } from './file-name';
import { panelFrameFacts, buildFrame } from './frame';
import { breakCandidates, pageSlices } from './page-breaks';
import { cardTitles, measureCards } from './page-layout';
import { A4_HALF_LANDSCAPE, A4_LANDSCAPE, imagesToPdf, SLIDE_16_9, type PdfImagePage } from './pdf';
import { DEFAULT_IMAGE_OPTIONS, presetSize, type ImageOptions, type SizePreset } from './preset';
import { phaseTimer } from './phases';
import { collectTextRuns } from './text-layer';
import { ExportRefusedError, type ExportContext, type PanelState } from './types';

export { warmCapture } from './capture';

/** The PDF page of a whole-page export, by size preset (pt): A4 landscape unless one is chosen. */
const PDF_PAGE: Record<SizePreset, { width: number; height: number }> = {
  shown: A4_LANDSCAPE,
  slide: SLIDE_16_9,
  a4half: A4_HALF_LANDSCAPE,
};

/** The least a PDF sheet's content is shrunk to keep a card whole (issue #18: about 15%). */
const MIN_SHRINK = 0.85;
/** The least of a card on either side of a cut through it, CSS px: its header and three bars. */
const MIN_PART_PDF = 210;

/** What a page PDF export left for the browser tests: its sheets and where it cut the page. */
export interface PageBreaksDetail {
  preset: SizePreset;
  sheets: number;
  /** Each cut, CSS px from the top of the live page; level null: a hard cut. */
  cuts: { y: number; level: number | null }[];
}

export interface ExportResult {
  format: ExportFormat;
  fileName: string;
  /** For clipboard: false when the browser refused and the image was downloaded instead. */
  copied?: boolean;
  ms: number;
}

/**
 * Refuses an export while a panel in it has failed (its error box and retry button would go
 * into the file) or, after the wait, is still loading. From the panels' state, not the page.
 */
export function assertExportable(
  states: PanelState[],
  lang: ExportContext['lang'],
  t: TFunction,
  pendingToo: boolean,
): void {
  const names = (s: PanelState[]) => s.map((p) => p.ref.title[lang]).join(', ');
  const failed = states.filter((p) => p.status === 'error' && !p.panel);
  if (failed.length)
    throw new ExportRefusedError(t('export.refusedFailed', { panels: names(failed) }));
  const pending = states.filter((p) => p.status === 'pending' && !p.panel);
  if (pendingToo && pending.length)
    throw new ExportRefusedError(t('export.refusedFailed', { panels: names(pending) }));
}

/** Also in the page itself: a card in its error state (whatever the model said). */
function assertNoErrorCards(root: HTMLElement, t: TFunction): void {
  const cards = [
    ...(root.matches('[data-panel-id]') ? [root] : []),
    ...root.querySelectorAll<HTMLElement>('[data-panel-id]'),
  ].filter((c) => c.getAttribute('data-state') === 'error');
  if (!cards.length) return;
  const names = cards.map((c) => {
    const id = c.getAttribute('aria-labelledby');
    return (id && document.getElementById(id)?.textContent) || c.getAttribute('data-panel-id');
  });
  throw new ExportRefusedError(t('export.refusedFailed', { panels: names.join(', ') }));
}

export async function exportPanelImage(
  how: 'png' | 'clipboard',
  panel: Panel,
  element: HTMLElement,
  ctx: ExportContext,
  t: TFunction,
  options: ImageOptions = DEFAULT_IMAGE_OPTIONS,
): Promise<ExportResult> {
  const t0 = performance.now();
  const at = new Date();
  const lang = ctx.lang;
  const fileName = exportFileName({
    date: at,
    pageTitle: ctx.pageTitle[lang],
    panelTitle: panel.title[lang],
    filters: ctx.filters,
    scope: panel.scope,
    lang,
    ext: 'png',
  });
  const text = buildFrame(
    {
      lang,
      title: `${ctx.pageTitle[lang]} · ${panel.title[lang]}`,
      ...panelFrameFacts(panel),
      filters: ctx.filters,
      sourceText: ctx.sourceText,
      userText: ctx.userText,
      at,
      url: ctx.url ?? null,
    },
    t,
  );
  const size = presetSize(options.preset);
  assertNoErrorCards(element, t);
  const lap = phaseTimer(how);
  const png = (async () => {
    await waitForSettled(element);
    lap('wait');
    await loadFrameFonts(text);
    lap('fonts');
    const canvas = await atNaturalHeight(element, () => {
      // A preset may draw a small card enlarged: capture it sharper so it stays ≥ 2×.
      const box = element.getBoundingClientRect();
      const scale = size
        ? captureScaleFor(text, size, { width: box.width, height: box.height })
        : SCALE;
      return captureElement(element, 'remove', { scale, keepDark: options.keepDark }).then((c) => ({
        c,
        scale,
      }));
    });
    lap('capture');
    const framed = drawFramed(canvas.c, text, {
      size: size ?? undefined,
      contentScale: canvas.scale,
    });
    lap('frame');
    const blob = await canvasBlob(framed.canvas);
    lap('encode');
    return blob;
  })();
  if (how === 'clipboard') {
    await ctx.authorize?.(fileName, 'clipboard');
    const copied = await copyPng(png);
    if (!copied) downloadBlob(await png, fileName);
    else await png;
    return { format: 'clipboard', fileName, copied, ms: performance.now() - t0 };
  }
  const blob = await png;
  await ctx.authorize?.(fileName, 'png');
  downloadBlob(blob, fileName);
  return { format: 'png', fileName, ms: performance.now() - t0 };
}

export async function exportPage(
  how: 'page-png' | 'pdf',
  root: HTMLElement,
  ctx: ExportContext,
  t: TFunction,
  options: ImageOptions = DEFAULT_IMAGE_OPTIONS,
): Promise<ExportResult> {
  const t0 = performance.now();
  const at = new Date();
  const lang = ctx.lang;
  const fileName = exportFileName({
    date: at,
    pageTitle: ctx.pageTitle[lang],
    filters: ctx.filters,
    lang,
    ext: how === 'pdf' ? 'pdf' : 'png',
  });
  const lap = phaseTimer(how);
  const states = ctx.getPanels?.() ?? [];
  assertExportable(states, lang, t, false);
  assertNoErrorCards(root, t);
  await waitForSettled(root);
  lap('wait');
  const settled = ctx.getPanels?.() ?? [];
  assertExportable(settled, lang, t, true);
  assertNoErrorCards(root, t);
  const text = buildFrame(
    {
      lang,
      title: ctx.pageTitle[lang],
      // A whole page: the filters in force; each card says where its figures do not answer them.
      scope: null,
      filters: ctx.filters,
      referencePeriod: settled.find((p) => p.panel)?.panel?.referenceDate ?? ctx.referencePeriod,
      sourceText: ctx.sourceText,
      userText: ctx.userText,
      provenance: settled.some((p) => p.panel?.provenance === 'illustrative')
        ? 'mixed'
        : 'official',
      at,
      url: ctx.url ?? null,
    },
    t,
  );
  await loadFrameFonts(text, t('export.frame.page', { page: 0, pages: 0 }) + '0123456789');
  lap('fonts');
  // The toolbar (filters, this menu) is captured as empty space and then cut out, so every
  // box measured on the live page maps onto the image.
  const bands = ignoredBands(root);
  // Where the page may be cut into sheets, measured on the live page (PDF only).
  // A cut inside a card leaves at least MIN_PART_PDF of it on each side: its title never
  // stands alone at the foot of a sheet.
  const liveBreaks =
    how === 'pdf' ? breakCandidates(measureCards(root), { minPart: MIN_PART_PDF }) : [];
  const cards = how === 'pdf' ? cardTitles(root) : [];
  // The page's words where they stand (PDF only: its text layer), on the cut image's scale.
  const liveText = how === 'pdf' ? collectTextRuns(root) : [];
  lap('measure');
  const captured = await captureElement(root, 'hide', { keepDark: options.keepDark });
  lap('capture');
  const { canvas, map, unmap } = cutBands(captured, bands);
  // Words in a band that was cut out (the page's heading) are not on the image.
  const pageText = liveText
    .filter((r) => !bands.some(([a, b]) => r.y >= a - 1 && r.y + r.h <= b + 1))
    .map((r) => ({ ...r, y: map(r.y) }));
  const breaks = liveBreaks.map((b) => ({ ...b, y: map(b.y) }));
  // A size preset on a whole page sets the width (and, for PDF, the sheet): the page is never
  // shrunk into one sheet, where it could not be read (docs/decisions/008).
  const size = presetSize(options.preset);
  const cw = canvas.width / SCALE;

  if (how === 'page-png') {
    const blob = await canvasBlob(drawFramed(canvas, text, { width: size?.width }).canvas);
    lap('frame+encode');
    await ctx.authorize?.(fileName, how);
    downloadBlob(blob, fileName);
    return { format: how, fileName, ms: performance.now() - t0 };
  }

  // PDF: sheets (A4 landscape, or the preset's), each with the whole frame; cut between cards
  // where possible, else between the parts of a card, and through one only if nothing fits.
  const paper = PDF_PAGE[options.preset];
  let sheet: { width: number; height: number; header: number; footer: number; scale: number };
  if (size) {
    const fit = widthPlacement(text, size.width, { width: cw, height: 1 });
    sheet = { ...size, header: fit.header, footer: fit.footer, scale: fit.place.scale };
  } else {
    const layout = frameLayout(text, cw);
    const height = (layout.width * paper.height) / paper.width;
    sheet = { width: layout.width, height, header: layout.header, footer: layout.footer, scale: 1 };
  }
  const room = (sheet.height - sheet.header - sheet.footer) / sheet.scale;
  // A sheet may hold up to 1/0.85 of its room, drawn smaller, where that keeps a card whole.
  const slices = pageSlices(canvas.height / SCALE, room, breaks, undefined, MIN_SHRINK);
  // Each sheet's JPEG is encoded while the next is drawn (the browser encodes off the main
  // thread); the PDF waits for all of them at the end.
  const pending: Promise<PdfImagePage>[] = [];
  let drawMs = 0;
  for (const [i, { start, end, scale }] of slices.entries()) {
    ctx.signal?.throwIfAborted();
    ctx.progress?.(i + 1, slices.length);
    // A sheet that starts inside a card repeats its title, "(계속)", and makes room for it.
    const live = unmap(start);
    const cont = i > 0 ? cards.filter((c) => live > c.top + 1 && live < c.bottom - 1) : [];
    const continued = cont.length
      ? cont.map((c) => t('export.frame.continued', { title: c.title })).join(' · ')
      : undefined;
    const contH = CONTINUED_H / sheet.scale;
    const shrink = continued ? Math.min(scale, (room - contH) / (end - start)) : scale;
    const d0 = performance.now();
    const { canvas: page, runs } = drawFramed(canvas, text, {
      source: [Math.round(start * SCALE), Math.round(end * SCALE)],
      pageHeight: sheet.height,
      width: size?.width,
      pageLabel: t('export.frame.page', { page: i + 1, pages: slices.length }),
      contentText: pageText,
      shrink,
      continued,
    });
    drawMs += performance.now() - d0;
    const words = runs.map((r) => ({
      str: r.str,
      x: r.x * SCALE,
      y: r.y * SCALE,
      w: r.w * SCALE,
      h: r.h * SCALE,
    }));
    pending.push(
      canvasBlob(page, 'image/jpeg', 0.92)
        .then((b) => b.arrayBuffer())
        .then((buf) => ({
          jpeg: new Uint8Array(buf),
          width: page.width,
          height: page.height,
          text: words,
        })),
    );
  }
  const pages = await Promise.all(pending);
  const detail: PageBreaksDetail = {
    preset: options.preset,
    sheets: slices.length,
    cuts: slices.slice(0, -1).map((s) => ({ y: unmap(s.end), level: s.level })),
  };
  performance.mark('export:page-breaks', { detail });
  lap(`sheets (${slices.length}, of which drawing ${Math.round(drawMs)} ms)`);
  const pdf = imagesToPdf(pages, paper, {
    title: `${ctx.pageTitle[lang]} (${ctx.filtersText})`,
    creator: t('app.name'),
  });
  lap('pdf');
  await ctx.authorize?.(fileName, 'pdf');
  downloadBlob(new Blob([pdf as BlobPart], { type: 'application/pdf' }), fileName);
  return { format: how, fileName, ms: performance.now() - t0 };
}
