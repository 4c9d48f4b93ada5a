/**
 * The image exports (panel PNG, clipboard, page PNG, PDF). Loaded on click only: it brings in
 * the capture code, which itself loads the capture library.
 */
import type { TFunction } from 'i18next';
import type { ExportFormat, Panel } from '@/lib/api/schemas';
import {
  canvasBlob,
  captureElement,
  captureScaleFor,
  cleanBreaks,
  cutBands,
  drawFramed,
  frameLayout,
  ignoredBands,
  loadFrameFonts,
  SCALE,
  sliceRanges,
  waitForSettled,
} from './capture';
import { downloadBlob, copyPng } from './download';
import { exportFileName } from './file-name';
import { frameText } from './frame';
import { A4_LANDSCAPE, imagesToPdf } from './pdf';
import { DEFAULT_IMAGE_OPTIONS, presetSize, type ImageOptions } from './preset';
import type { ExportContext } from './types';

export interface ExportResult {
  format: ExportFormat;
  fileName: string;
  /** For clipboard: false when the browser refused and the image was downloaded instead. */
  copied?: boolean;
  ms: number;
}

function hasIllustrative(root: HTMLElement): boolean {
  return !!root.querySelector('.illustrative-notice');
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
    lang,
    ext: 'png',
  });
  const text = frameText(
    ctx,
    {
      title: `${ctx.pageTitle[lang]} · ${panel.title[lang]}`,
      illustrative: panel.provenance === 'illustrative' || hasIllustrative(element),
      at,
    },
    t,
  );
  const size = presetSize(options.preset);
  const png = (async () => {
    await waitForSettled(element);
    await loadFrameFonts(text);
    // A preset may draw a small card enlarged: capture it sharper so it stays ≥ 2×.
    const box = element.getBoundingClientRect();
    const scale = size
      ? captureScaleFor(text, size, { width: box.width, height: box.height })
      : SCALE;
    const canvas = await captureElement(element, 'remove', { scale, keepDark: options.keepDark });
    return canvasBlob(drawFramed(canvas, text, { size: size ?? undefined, contentScale: scale }));
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
  const text = frameText(
    ctx,
    { title: ctx.pageTitle[lang], illustrative: hasIllustrative(root), at },
    t,
  );
  await waitForSettled(root);
  await loadFrameFonts(text, t('export.frame.page', { page: 0, pages: 0 }) + '0123456789');
  // The toolbar (filters, this menu) is captured as empty space and then cut out, so every card
  // edge measured on the live page maps onto the image.
  const bands = ignoredBands(root);
  const liveBreaks = cleanBreaks(root);
  const { canvas, map } = cutBands(
    await captureElement(root, 'hide', { keepDark: options.keepDark }),
    bands,
  );
  const breaks = liveBreaks.map(map);

  if (how === 'page-png') {
    // A preset fits the whole page into its size (shrunk, never cut); PDF keeps A4 pages.
    const size = presetSize(options.preset) ?? undefined;
    const blob = await canvasBlob(drawFramed(canvas, text, { size }));
    await ctx.authorize?.(fileName, how);
    downloadBlob(blob, fileName);
    return { format: how, fileName, ms: performance.now() - t0 };
  }

  // PDF: A4 landscape pages, each with the whole frame; cut between cards where possible.
  const cw = canvas.width / SCALE;
  const layout = frameLayout(text, cw);
  const pageHeight = (layout.width * A4_LANDSCAPE.height) / A4_LANDSCAPE.width;
  const room = pageHeight - layout.header - layout.footer;
  const total = canvas.height / SCALE;
  const ranges = sliceRanges(total, room, breaks);
  const pages = [];
  for (const [i, [y0, y1]] of ranges.entries()) {
    const page = drawFramed(canvas, text, {
      source: [Math.round(y0 * SCALE), Math.round(y1 * SCALE)],
      pageHeight,
      pageLabel: t('export.frame.page', { page: i + 1, pages: ranges.length }),
    });
    const jpeg = new Uint8Array(await (await canvasBlob(page, 'image/jpeg', 0.92)).arrayBuffer());
    pages.push({ jpeg, width: page.width, height: page.height });
  }
  const pdf = imagesToPdf(pages, A4_LANDSCAPE, {
    title: `${ctx.pageTitle[lang]} (${ctx.filtersText})`,
    creator: t('app.name'),
  });
  await ctx.authorize?.(fileName, 'pdf');
  downloadBlob(new Blob([pdf as BlobPart], { type: 'application/pdf' }), fileName);
  return { format: how, fileName, ms: performance.now() - t0 };
}
