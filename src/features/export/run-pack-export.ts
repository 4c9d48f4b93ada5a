/**
 * The briefing pack as one document: an A4-landscape PDF (a cover with title, date, author and
 * contents, then one framed panel per page with its caption) or a PowerPoint deck (a title
 * slide, then one slide per panel as a sharp image with its caption, source and filters, which
 * are also in the slide notes). Loaded on click only.
 */
import type { TFunction } from '@/lib/i18n/i18n';
import {
  canvasBlob,
  captureElement,
  drawFramed,
  FONT,
  loadFrameFonts,
  SCALE,
  waitForSettled,
  wrap,
} from './capture';
import { downloadBlob } from './download';
import { localDate, namePart } from './file-name';
import { frameText, stampTime, type FrameText } from './frame';
import { A4_LANDSCAPE, imagesToPdf } from './pdf';
import type { ExportResult } from './run-export';
import type { ExportContext } from './types';

export interface PackItem {
  /** The live panel card to capture. */
  element: HTMLElement;
  /** Page · panel, as the contents list names it. */
  title: string;
  caption: string;
  /** The item's own filters in words (pinned with it). */
  filtersText: string;
  illustrative: boolean;
}

export interface PackMeta {
  title: string;
  /** YYYY-MM-DD, as the user set it. */
  date: string;
}

type PackContext = Pick<
  ExportContext,
  'sourceText' | 'referencePeriod' | 'userText' | 'lang' | 'authorize'
>;

function itemFrame(item: PackItem, ctx: PackContext, at: Date, t: TFunction): FrameText {
  const text = frameText(
    { ...ctx, filtersText: item.filtersText },
    { title: item.title, illustrative: item.illustrative, at },
    t,
  );
  // The caption reads first, in the frame's prominent line.
  return item.caption.trim() ? { ...text, lines: [item.caption.trim(), ...text.lines] } : text;
}

async function framedItem(item: PackItem, ctx: PackContext, at: Date, t: TFunction) {
  await waitForSettled(item.element);
  const text = itemFrame(item, ctx, at, t);
  await loadFrameFonts(text);
  return drawFramed(await captureElement(item.element), text);
}

function fileName(meta: PackMeta, ext: 'pdf' | 'pptx', t: TFunction, at: Date) {
  const title = namePart(meta.title.trim() || t('briefing.untitled'));
  return `${localDate(at)}_${namePart(t('nav.briefing'))}_${title}.${ext}`;
}

/** A4-landscape page canvas (CSS px × SCALE) with `draw` on white. */
function pageCanvas(draw: (c: CanvasRenderingContext2D, w: number, h: number) => void) {
  const w = 1123; // A4 landscape at 96 dpi
  const h = Math.round((w * A4_LANDSCAPE.height) / A4_LANDSCAPE.width);
  const canvas = document.createElement('canvas');
  canvas.width = w * SCALE;
  canvas.height = h * SCALE;
  const c = canvas.getContext('2d');
  if (!c) throw new Error('No 2D canvas');
  c.scale(SCALE, SCALE);
  c.fillStyle = '#ffffff';
  c.fillRect(0, 0, w, h);
  c.textBaseline = 'top';
  draw(c, w, h);
  return canvas;
}

function coverLines(items: PackItem[], meta: PackMeta, ctx: PackContext, at: Date, t: TFunction) {
  return {
    title: meta.title.trim() || t('briefing.untitled'),
    date: t('briefing.date', { date: meta.date || localDate(at) }),
    author: t('briefing.author', { name: ctx.userText }),
    contents: items.map((i, n) => `${n + 1}. ${i.title} — ${i.filtersText}`),
    source: ctx.sourceText,
    stamp: `${ctx.userText} · ${stampTime(at)}`,
  };
}

function drawCover(lines: ReturnType<typeof coverLines>, t: TFunction) {
  return pageCanvas((c, w, h) => {
    const pad = 64;
    c.fillStyle = '#0b50d0';
    c.fillRect(pad, pad, 6, 96);
    c.fillStyle = '#1e2124';
    c.font = `700 40px ${FONT}`;
    let y = pad + 4;
    for (const l of wrap(c, lines.title, w - pad * 2 - 24)) {
      c.fillText(l, pad + 24, y);
      y += 52;
    }
    c.font = `500 18px ${FONT}`;
    c.fillStyle = '#464c53';
    c.fillText(`${lines.date} · ${lines.author}`, pad + 24, y + 8);
    y += 72;
    c.fillStyle = '#1e2124';
    c.font = `700 22px ${FONT}`;
    c.fillText(t('briefing.cover'), pad, y);
    y += 40;
    c.font = `400 17px ${FONT}`;
    for (const item of lines.contents) {
      for (const l of wrap(c, item, w - pad * 2)) {
        if (y > h - 140) break;
        c.fillText(l, pad, y);
        y += 26;
      }
    }
    c.font = `400 14px ${FONT}`;
    c.fillStyle = '#58616a';
    c.fillText(lines.source, pad, h - 100);
    c.fillText(lines.stamp, pad, h - 74);
    // 내부용, boxed, bottom right.
    c.font = `700 16px ${FONT}`;
    const label = t('app.internalUse');
    const bw = c.measureText(label).width + 24;
    c.strokeStyle = '#c92a2a';
    c.lineWidth = 2;
    c.strokeRect(w - pad - bw, h - 82, bw, 32);
    c.fillStyle = '#c92a2a';
    c.fillText(label, w - pad - bw + 12, h - 75);
  });
}

/** Fits a framed panel image onto an A4-landscape page, centred. */
function onA4(framed: HTMLCanvasElement) {
  return pageCanvas((c, w, h) => {
    const fw = framed.width / SCALE;
    const fh = framed.height / SCALE;
    const scale = Math.min((w - 32) / fw, (h - 32) / fh, 1);
    c.drawImage(framed, (w - fw * scale) / 2, (h - fh * scale) / 2, fw * scale, fh * scale);
  });
}

async function jpegPage(canvas: HTMLCanvasElement) {
  const jpeg = new Uint8Array(await (await canvasBlob(canvas, 'image/jpeg', 0.92)).arrayBuffer());
  return { jpeg, width: canvas.width, height: canvas.height };
}

export async function exportPackPdf(
  items: PackItem[],
  meta: PackMeta,
  ctx: PackContext,
  t: TFunction,
): Promise<ExportResult> {
  const t0 = performance.now();
  const at = new Date();
  const cover = coverLines(items, meta, ctx, at, t);
  await document.fonts.load(`700 40px ${FONT}`, Object.values(cover).flat().join(' '));
  await document.fonts.load(`400 17px ${FONT}`, Object.values(cover).flat().join(' '));
  const pages = [await jpegPage(drawCover(cover, t))];
  for (const item of items) pages.push(await jpegPage(onA4(await framedItem(item, ctx, at, t))));
  const pdf = imagesToPdf(pages, A4_LANDSCAPE, { title: cover.title, creator: t('app.name') });
  const name = fileName(meta, 'pdf', t, at);
  await ctx.authorize?.(name, 'pack-pdf');
  downloadBlob(new Blob([pdf as BlobPart], { type: 'application/pdf' }), name);
  return { format: 'pack-pdf', fileName: name, ms: performance.now() - t0 };
}

async function dataUrl(canvas: HTMLCanvasElement): Promise<string> {
  const blob = await canvasBlob(canvas);
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error ?? new Error('Could not read the image'));
    r.readAsDataURL(blob);
  });
}

// Office renders slide text with installed fonts: Malgun Gothic is on every Korean Windows PC.
const SLIDE_FONT = 'Malgun Gothic';

export async function exportPackPptx(
  items: PackItem[],
  meta: PackMeta,
  ctx: PackContext,
  t: TFunction,
): Promise<ExportResult> {
  const t0 = performance.now();
  const at = new Date();
  const cover = coverLines(items, meta, ctx, at, t);
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE'; // 13.33 × 7.5 in
  pptx.title = cover.title;
  pptx.author = ctx.userText;
  const W = 13.33;
  const H = 7.5;
  // pptxgenjs tags runs en-US by default; Korean tagged as English gets Latin spacing and a
  // Chinese or Japanese fallback font in some viewers.
  const slideText = { fontFace: SLIDE_FONT, lang: ctx.lang === 'ko' ? 'ko-KR' : 'en-US' };

  const title = pptx.addSlide();
  title.addText(cover.title, {
    x: 0.6,
    y: 0.8,
    w: W - 1.2,
    h: 1.2,
    fontSize: 34,
    bold: true,
    ...slideText,
    color: '1E2124',
  });
  title.addText(`${cover.date} · ${cover.author}`, {
    x: 0.6,
    y: 2.0,
    w: W - 1.2,
    h: 0.5,
    fontSize: 16,
    ...slideText,
    color: '464C53',
  });
  title.addText(
    cover.contents.map((text) => ({ text, options: { breakLine: true } })),
    {
      x: 0.6,
      y: 2.8,
      w: W - 1.2,
      h: 3.4,
      fontSize: 14,
      ...slideText,
      color: '1E2124',
      valign: 'top',
    },
  );
  title.addText(`${cover.source}\n${cover.stamp} · ${t('app.internalUse')}`, {
    x: 0.6,
    y: 6.5,
    w: W - 1.2,
    h: 0.7,
    fontSize: 10,
    ...slideText,
    color: '58616A',
  });

  for (const [n, item] of items.entries()) {
    const framed = await framedItem(item, ctx, at, t);
    const slide = pptx.addSlide();
    const top = item.caption.trim() ? 0.95 : 0.35;
    if (item.caption.trim()) {
      slide.addText(`${n + 1}. ${item.caption.trim()}`, {
        x: 0.4,
        y: 0.2,
        w: W - 0.8,
        h: 0.65,
        fontSize: 18,
        bold: true,
        ...slideText,
        color: '1E2124',
      });
    }
    // The framed image (title, filters, source, stamp inside), as large as the slide allows.
    const maxW = W - 0.8;
    const maxH = H - top - 0.75;
    const ratio = framed.width / framed.height;
    const w = Math.min(maxW, maxH * ratio);
    const h = w / ratio;
    slide.addImage({ data: await dataUrl(framed), x: (W - w) / 2, y: top, w, h });
    slide.addText(`${item.filtersText} · ${ctx.sourceText}`, {
      x: 0.4,
      y: H - 0.6,
      w: W - 0.8,
      h: 0.4,
      fontSize: 10,
      ...slideText,
      color: '58616A',
    });
    slide.addNotes(
      [
        item.title,
        item.caption.trim(),
        item.filtersText,
        ctx.sourceText,
        item.illustrative ? t('export.frame.illustrative') : '',
      ]
        .filter(Boolean)
        .join('\n'),
    );
  }
  const blob = (await pptx.write({ outputType: 'blob' })) as Blob;
  const name = fileName(meta, 'pptx', t, at);
  await ctx.authorize?.(name, 'pack-pptx');
  downloadBlob(blob, name);
  return { format: 'pack-pptx', fileName: name, ms: performance.now() - t0 };
}
