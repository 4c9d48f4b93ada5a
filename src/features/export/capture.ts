/**
 * Image capture for exports, loaded only on click (it pulls in the capture library).
 * See docs/decisions/004-export-capture-library.md for why snapDOM.
 *
 * Fidelity rules: wait for the fonts and for every panel inside to be drawn (no loading
 * state, chart shapes with a size), capture in the light theme (unless the user keeps the dark
 * one), at 2× pixel ratio or more, without the export controls themselves; then draw the
 * briefing frame around it on a canvas with the same self-hosted Pretendard GOV font, either
 * wrapping the content as shown or at a fixed size preset with the content fitted inside.
 */
import type { FrameText } from './frame';
import { IGNORE_ATTR, leftOutOfExports } from '@/lib/capture-ignore';
import { FONT_STACK } from '@/lib/font';
import { fitContent, fitWidth, type Placement, type Size } from './preset';
import type { TextRun } from './text-layer';

export const SCALE = 2;
export const FONT = FONT_STACK;

export class NotSettledError extends Error {
  constructor(detail: string) {
    super(`Panels not drawn: ${detail}`);
    this.name = 'NotSettledError';
  }
}

function unsettled(root: HTMLElement): string[] {
  const cards = root.matches('[data-panel-id]')
    ? [root]
    : [...root.querySelectorAll<HTMLElement>('[data-panel-id]')];
  return cards
    .filter((c) => {
      if (c.getAttribute('data-state') === 'loading' || c.getAttribute('aria-busy') === 'true')
        return true;
      return [...c.querySelectorAll('.recharts-responsive-container')].some(
        (chart) =>
          ![...chart.querySelectorAll('svg.recharts-surface path, svg.recharts-surface rect')].some(
            (s) => s.getBoundingClientRect().width > 0,
          ),
      );
    })
    .map((c) => c.getAttribute('data-panel-id') ?? '?');
}

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** Resolves once fonts are loaded and every panel under root is drawn; rejects after timeoutMs. */
export async function waitForSettled(root: HTMLElement, timeoutMs = 15_000): Promise<void> {
  const until = performance.now() + timeoutMs;
  await document.fonts.ready;
  for (;;) {
    const pending = unsettled(root);
    if (pending.length === 0) break;
    if (performance.now() > until) throw new NotSettledError(pending.join(', '));
    await new Promise((r) => setTimeout(r, 100));
  }
  // Two frames: whatever the last state change scheduled is painted.
  await frame();
  await frame();
  await document.fonts.ready;
}

function isDark(): boolean {
  return document.documentElement.getAttribute('data-mantine-color-scheme') === 'dark';
}

/** Runs fn with the light colour scheme in force (dark exports as light), then restores it. */
async function inLightScheme<T>(fn: () => Promise<T>): Promise<T> {
  const html = document.documentElement;
  const before = html.getAttribute('data-mantine-color-scheme');
  if (before !== 'dark') return fn();
  html.setAttribute('data-mantine-color-scheme', 'light');
  await frame();
  try {
    return await fn();
  } finally {
    html.setAttribute('data-mantine-color-scheme', before);
  }
}

/**
 * Runs fn with el at the height of its own content. A card on the dashboard is stretched to
 * the row it shares with a taller card; its export would carry that empty space.
 */
export async function atNaturalHeight<T>(el: HTMLElement, fn: () => Promise<T>): Promise<T> {
  const before = el.style.height;
  el.style.height = 'auto';
  try {
    return await fn();
  } finally {
    el.style.height = before;
  }
}

let warming: Promise<void> | null = null;

/**
 * Prepares the capture once per session, on intent (an export menu opened): loads snapDOM
 * and captures a small off-screen line in the app's font, so its one-time setup (module,
 * default styles, the font files it embeds) is not paid by the export the user then picks.
 * Measured on a loaded 2-CPU machine: a panel's first capture ~520 ms cold, ~200 ms after this.
 */
export function warmCapture(): Promise<void> {
  warming ??= (async () => {
    const { snapdom } = await import('@zumer/snapdom');
    const probe = document.createElement('div');
    probe.setAttribute('aria-hidden', 'true');
    probe.textContent = '디지털 뉴딜 성과 0123456789 %p';
    probe.style.cssText = `position:fixed;left:-10000px;top:0;font:500 15px ${FONT}`;
    document.body.append(probe);
    try {
      await snapdom.toCanvas(probe, { scale: 1, embedFonts: true, invalidate: true });
    } finally {
      probe.remove();
    }
    // The frame's own words in each of its fonts (the rest loads with the export's text).
    await Promise.all(
      Object.values(FONTS).map((f) =>
        document.fonts.load(f, '내부용 예시 데이터 기준 실적 출처 지역 업종 전국 쪽 0123456789'),
      ),
    );
  })().catch(() => {
    // A failed warm-up costs nothing: the export captures cold.
  });
  return warming;
}

export interface CaptureOptions {
  /** Device px per CSS px (default SCALE): more when the content will be drawn enlarged. */
  scale?: number;
  /** Keep the dark theme when the app is in it (default: export as light). */
  keepDark?: boolean;
}

/**
 * The element as a canvas at SCALE× (or opts.scale×) its CSS size, light theme unless
 * opts.keepDark, export controls left out. 'remove' drops them (a panel: they sit in its header
 * row); 'hide' keeps their space, so the capture has the live layout exactly (a page: see
 * cutBands).
 */
export async function captureElement(
  el: HTMLElement,
  excludeMode: 'remove' | 'hide' = 'remove',
  opts: CaptureOptions = {},
): Promise<HTMLCanvasElement> {
  // A warm-up begun when the menu opened is let finish: two captures at once on a busy
  // machine would each be slower than one after the other.
  if (warming) await warming;
  // This capture does the setup itself: a warm-up asked for later (idle) has nothing to do.
  warming ??= Promise.resolve();
  const { snapdom } = await import('@zumer/snapdom');
  const dark = !!opts.keepDark && isDark();
  const capture = () =>
    snapdom.toCanvas(el, {
      scale: opts.scale ?? SCALE,
      // Dark kept: the page's own dark background behind transparent parts.
      backgroundColor: dark ? getComputedStyle(document.body).backgroundColor : '#ffffff',
      embedFonts: true,
      // snapDOM's default cache ('soft') keeps fetched fonts and default styles between
      // captures; `invalidate` still makes every capture a fresh clone of the live page.
      // ('disabled', used before, refetched and re-encoded the fonts at every export: capture
      // was ~440 ms of a panel PNG's ~570 ms; see decision 020.)
      invalidate: true,
      exclude: leftOutOfExports,
      excludeMode,
    });
  return dark ? capture() : inLightScheme(capture);
}

/**
 * The horizontal bands of root taken by its left-out direct children (the page toolbar) and
 * by the page's own heading block (its h1, lead and source line: the frame says the title and
 * the source, and a file should not say them twice), with the gap after each: CSS px from the
 * top of root.
 */
/**
 * The page's heading block: the h1 itself or a child holding it (however deep: the heading,
 * lead and source sit in a row beside the page's export menu), never one holding a card.
 */
const isHeadingBlock = (c: Element) =>
  c.matches('h1') || (!!c.querySelector('h1') && !c.querySelector('[data-panel-id]'));

export function ignoredBands(root: HTMLElement): [number, number][] {
  const top = root.getBoundingClientRect().top;
  const gap = parseFloat(getComputedStyle(root).rowGap) || 0;
  return [...root.children]
    .filter((c) => c.hasAttribute(IGNORE_ATTR) || isHeadingBlock(c))
    .map((c) => {
      const r = c.getBoundingClientRect();
      return [r.top - top, r.bottom - top + gap] as [number, number];
    })
    .filter(([a, b]) => b > a);
}

/**
 * The canvas without the given bands (CSS px), a function mapping live y to the cut canvas,
 * and its inverse (a y on the cut canvas back to the live page).
 */
export function cutBands(canvas: HTMLCanvasElement, bands: [number, number][]) {
  const sorted = [...bands].sort((a, b) => a[0] - b[0]);
  const removed = sorted.reduce((h, [a, b]) => h + (b - a), 0);
  const map = (y: number) =>
    y - sorted.reduce((h, [a, b]) => h + (y >= b ? b - a : y > a ? y - a : 0), 0);
  const unmap = (y: number) =>
    sorted.reduce((live, [a, b]) => (live >= a ? live + b - a : live), y);
  if (removed === 0) return { canvas, map, unmap };
  const out = document.createElement('canvas');
  out.width = canvas.width;
  out.height = Math.max(1, Math.round(canvas.height - removed * SCALE));
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas');
  let from = 0;
  let to = 0;
  for (const [a, b] of [...sorted, [canvas.height / SCALE, canvas.height / SCALE] as const]) {
    const h = Math.round((a - from) * SCALE);
    if (h > 0)
      ctx.drawImage(canvas, 0, Math.round(from * SCALE), canvas.width, h, 0, to, canvas.width, h);
    to += Math.max(h, 0);
    from = b;
  }
  return { canvas: out, map, unmap };
}

// ---- The frame, drawn on a canvas -------------------------------------------------------

const PAD = 28;
const GAP = 16;
const COLORS = {
  text: '#1e2124',
  dim: '#464c53',
  rule: '#cdd1d5',
  warnBg: '#fff4e5',
  warnText: '#8a3c00',
  internal: '#c8102e',
};
const FONTS = {
  caption: `700 28px ${FONT}`,
  title: `700 24px ${FONT}`,
  line: `500 15px ${FONT}`,
  small: `400 13px ${FONT}`,
  warn: `700 14px ${FONT}`,
  stamp: `500 13px ${FONT}`,
  badge: `700 14px ${FONT}`,
};

/** Makes sure the glyphs the frame uses are loaded (the font ships as unicode-range subsets). */
export async function loadFrameFonts(text: FrameText, extra = ''): Promise<void> {
  const all = [
    text.caption ?? '',
    text.title,
    ...text.lines,
    text.illustrative ?? '',
    text.stamp,
    text.internal,
    extra,
  ].join(' ');
  await Promise.all(Object.values(FONTS).map((f) => document.fonts.load(f, all)));
}

export function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  // Keep Korean words whole where they fit (keep-all), break inside only when a word is too long.
  let line = '';
  for (const word of text.split(/(\s+)/)) {
    const candidate = line + word;
    if (ctx.measureText(candidate).width <= width || line === '') {
      if (ctx.measureText(candidate).width <= width) {
        line = candidate;
        continue;
      }
      // A single word longer than the line: break by characters.
      for (const ch of word) {
        if (ctx.measureText(line + ch).width > width && line) {
          lines.push(line);
          line = ch.trim() ? ch : '';
        } else line += ch;
      }
      continue;
    }
    lines.push(line.trimEnd());
    line = word.trim() ? word : '';
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

interface Block {
  font: string;
  color: string;
  lines: string[];
  lineHeight: number;
}

function headerBlocks(ctx: CanvasRenderingContext2D, text: FrameText, width: number) {
  const block = (font: string, color: string, s: string, lineHeight: number): Block => {
    ctx.font = font;
    return { font, color, lines: wrap(ctx, s, width), lineHeight };
  };
  const blocks = [
    // In a briefing pack the staffer's caption is the headline; the panel's title follows.
    ...(text.caption ? [block(FONTS.caption, COLORS.text, text.caption, 38)] : []),
    block(FONTS.title, text.caption ? COLORS.dim : COLORS.text, text.title, 32),
    // A filter the panel does not answer is said in the warning colour (전국 — 지역 필터 미적용).
    block(FONTS.line, text.notApplied ? COLORS.warnText : COLORS.text, text.lines[0] ?? '', 22),
    ...text.lines.slice(1).map((l) => block(FONTS.small, COLORS.dim, l, 19)),
  ];
  const warn = text.illustrative ? block(FONTS.warn, COLORS.warnText, text.illustrative, 20) : null;
  const height =
    blocks.reduce((h, b) => h + b.lines.length * b.lineHeight, 0) +
    (warn ? 10 + warn.lines.length * warn.lineHeight + 16 : 0);
  return { blocks, warn, height };
}

const FOOTER = 44;
/** The line that repeats a card's title above its continuation: CSS px of the frame. */
export const CONTINUED_H = 24;

/**
 * The frame's width and the heights above and below the content, for content cw CSS px wide,
 * or for a frame of a fixed width (a size preset).
 */
export function frameLayout(text: FrameText, cw: number, fixedWidth?: number) {
  const probe = document.createElement('canvas').getContext('2d');
  if (!probe) throw new Error('No 2D canvas');
  const width = fixedWidth ?? Math.max(cw + PAD * 2, 520);
  const head = headerBlocks(probe, text, width - PAD * 2 - 24);
  return { width, head, header: PAD + head.height + GAP, footer: GAP + FOOTER + PAD - 12 };
}

/**
 * Where content of the given CSS size goes in a frame of a preset size, and the most it may be
 * enlarged given how sharply it was captured (never beyond one captured pixel per output pixel).
 */
export function presetPlacement(
  text: FrameText,
  size: Size,
  content: Size,
  contentScale = SCALE,
): Placement {
  const layout = frameLayout(text, 0, size.width);
  return fitContent({
    frame: size,
    header: layout.header,
    footer: layout.footer,
    pad: PAD,
    content,
    maxScale: contentScale / SCALE,
  });
}

/**
 * Where content of the given CSS size goes in a frame of a fixed width (a whole page at a
 * preset's width): scaled to the width, never enlarged beyond its capture; and the frame's
 * header and footer heights at that width.
 */
export function widthPlacement(
  text: FrameText,
  width: number,
  content: Size,
  contentScale = SCALE,
): { place: Placement; header: number; footer: number } {
  const layout = frameLayout(text, 0, width);
  const place = fitWidth({
    frameWidth: width,
    header: layout.header,
    pad: PAD,
    content,
    maxScale: contentScale / SCALE,
  });
  return { place, header: layout.header, footer: layout.footer };
}

/**
 * The capture scale for content of this CSS size shown in a preset frame: SCALE, or more (up to
 * 2·SCALE) when the content will be drawn enlarged, so it stays at least 2× sharp.
 */
export function captureScaleFor(text: FrameText, size: Size, content: Size): number {
  const fit = presetPlacement(text, size, content, SCALE * 2);
  return SCALE * Math.min(2, Math.max(1, fit.scale));
}

/**
 * Draws the frame with content inside. `source` is a region of the captured canvas in device
 * px (a page slice for PDF); `pageHeight` (CSS px) fixes the output height (PDF pages), else
 * it fits the content. `size` (CSS px) fixes the whole frame (a size preset): the content is
 * fitted into it, aspect kept, centred on white. `width` (CSS px) fixes only the frame's width
 * (a whole page at a preset's width): the content is scaled to that width and placed under
 * the header, the height follows it unless `pageHeight` is given. `contentScale` is the
 * capture's device px per CSS px. Returns a canvas at SCALE×: with `size`, exactly
 * size × SCALE device px.
 */
export function drawFramed(
  content: HTMLCanvasElement,
  text: FrameText,
  opts: {
    source?: [number, number];
    pageHeight?: number;
    pageLabel?: string;
    size?: Size;
    width?: number;
    contentScale?: number;
    /** The content's words (content CSS px), carried over as text runs of the frame. */
    contentText?: TextRun[];
    /** Draw the content this much smaller (≤ 1), centred: a sheet that holds a card whole. */
    shrink?: number;
    /** A card's title, repeated above content that continues it from the sheet before. */
    continued?: string;
  } = {},
): { canvas: HTMLCanvasElement; runs: TextRun[] } {
  const [sy0, sy1] = opts.source ?? [0, content.height];
  const contentScale = opts.contentScale ?? SCALE;
  const cw = content.width / contentScale;
  const ch = (sy1 - sy0) / contentScale;
  const {
    width,
    head,
    header: headerH,
    footer: footerH,
  } = frameLayout(text, cw, opts.size?.width ?? opts.width);
  const fitted: Placement = opts.size
    ? presetPlacement(text, opts.size, { width: cw, height: ch }, contentScale)
    : opts.width
      ? widthPlacement(text, opts.width, { width: cw, height: ch }, contentScale).place
      : { x: PAD, y: headerH, width: cw, height: ch, scale: 1 };
  const shrink = Math.min(1, opts.shrink ?? 1);
  const place: Placement =
    shrink < 1
      ? {
          x: fitted.x + (fitted.width * (1 - shrink)) / 2,
          y: fitted.y,
          width: fitted.width * shrink,
          height: fitted.height * shrink,
          scale: fitted.scale * shrink,
        }
      : fitted;
  if (opts.continued) place.y += CONTINUED_H;
  const height = opts.size?.height ?? opts.pageHeight ?? headerH + place.height + footerH;

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * SCALE);
  canvas.height = Math.round(height * SCALE);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas');
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'top';
  // Every word drawn is also kept with its place, for the PDF's text layer.
  const runs: TextRun[] = [];
  const text_ = (s: string, x: number, y: number, lineHeight: number) => {
    ctx.fillText(s, x, y);
    runs.push({ str: s, x, y, w: ctx.measureText(s).width, h: lineHeight });
  };

  // Header: caption, title, filters, reference · source, link, illustrative notice.
  let y = PAD;
  ctx.fillStyle = '#0b50d0';
  ctx.fillRect(PAD, y, 4, head.blocks[0]!.lines.length * head.blocks[0]!.lineHeight - 6);
  for (const [i, b] of head.blocks.entries()) {
    ctx.font = b.font;
    ctx.fillStyle = b.color;
    for (const l of b.lines) {
      text_(l, PAD + (i === 0 ? 14 : 0), y + (i === 0 ? 0 : 2), b.lineHeight);
      y += b.lineHeight;
    }
  }
  if (head.warn) {
    y += 10;
    const h = head.warn.lines.length * head.warn.lineHeight + 12;
    ctx.fillStyle = COLORS.warnBg;
    ctx.fillRect(PAD, y - 6, width - PAD * 2, h);
    ctx.fillStyle = '#e8590c';
    ctx.fillRect(PAD, y - 6, 4, h);
    ctx.font = head.warn.font;
    ctx.fillStyle = COLORS.warnText;
    for (const l of head.warn.lines) {
      text_(l, PAD + 14, y, head.warn.lineHeight);
      y += head.warn.lineHeight;
    }
    y += 6;
  }

  if (opts.continued) {
    ctx.font = FONTS.warn;
    ctx.fillStyle = COLORS.dim;
    text_(opts.continued, place.x, place.y - CONTINUED_H + 2, 18);
  }

  // Content (a preset: scaled to fit, aspect kept, centred; the rest stays white).
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(
    content,
    0,
    sy0,
    content.width,
    sy1 - sy0,
    place.x,
    place.y,
    place.width,
    place.height,
  );
  if (opts.contentText) {
    const k = place.width / cw;
    const top = sy0 / contentScale;
    for (const r of opts.contentText) {
      if (r.y < top - 1 || r.y + r.h > top + ch + 1) continue;
      runs.push({
        str: r.str,
        x: place.x + r.x * k,
        y: place.y + (r.y - top) * k,
        w: r.w * k,
        h: r.h * k,
      });
    }
  }

  // Footer: rule, stamp left, 내부용 right.
  const fy = height - footerH + GAP;
  ctx.strokeStyle = COLORS.rule;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(PAD, fy);
  ctx.lineTo(width - PAD, fy);
  ctx.stroke();
  ctx.font = FONTS.stamp;
  ctx.fillStyle = COLORS.dim;
  const stamp = opts.pageLabel ? `${text.stamp} · ${opts.pageLabel}` : text.stamp;
  text_(stamp, PAD, fy + 14, 17);
  ctx.font = FONTS.badge;
  const bw = ctx.measureText(text.internal).width + 20;
  ctx.strokeStyle = COLORS.internal;
  ctx.lineWidth = 2;
  ctx.strokeRect(width - PAD - bw, fy + 8, bw, 26);
  ctx.fillStyle = COLORS.internal;
  text_(text.internal, width - PAD - bw + 10, fy + 13, 18);
  return { canvas, runs };
}

export function canvasBlob(canvas: HTMLCanvasElement, type = 'image/png', quality?: number) {
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('Canvas encoding failed'))),
      type,
      quality,
    ),
  );
}
