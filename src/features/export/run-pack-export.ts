/**
 * The briefing pack as one document. Loaded on click only.
 *
 * - PDF (A4 landscape): a cover with the title, date, author and contents, then one framed
 *   panel per page with the staffer's caption as its headline; page numbers on every page; the
 *   words of every page as a text layer (pdf.ts).
 * - PPTX: a title slide, then one slide per panel on a slide master with a title placeholder
 *   (the caption, or the panel's title), the panel as a native chart carrying its figures or a
 *   native table of its rows (panel-kinds.ts), the frame as editable text, alt text, and
 *   speaker notes with the values, quotes, caveats and the stamp (decision 020).
 *
 * Every frame, contents line and note comes from one model (frame.ts): a national panel
 * under a region filter says 전국 — 지역 필터 미적용 wherever its filters are named.
 */
import type { TFunction } from '@/lib/i18n/i18n';
import type { Panel } from '@/lib/api/schemas';
import { panelChart, panelRows } from '@/lib/panel/panel-kinds';
import { basisText, comparisonPoints, pointsText, valueText } from '@/lib/panel/datum-text';
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
import { panelFrameFacts, buildFrame, stampTime, type FrameText } from './frame';
import { A4_LANDSCAPE, imagesToPdf, type PdfImagePage } from './pdf';
import type { ExportResult } from './run-export';
import { assertExportable } from './run-export';
import { pptxTableRows } from './pptx-rows';
import { collectTextRuns, type TextRun } from './text-layer';
import type { ExportContext, PanelState } from './types';

export interface PackItem {
  /** The live panel card to capture. */
  element: HTMLElement;
  /** Page · panel, as the contents list names it. */
  title: string;
  caption: string;
  /** The filters the item was pinned with. */
  filters: { region: string[]; sector: string[] };
  /** The panel as the app holds it (its data, whether it answered). */
  state: PanelState;
  /** The dashboard URL with the item's filters. */
  url: string;
}

export interface PackMeta {
  title: string;
  /** YYYY-MM-DD, as the user set it. */
  date: string;
}

type PackContext = Pick<
  ExportContext,
  'sourceText' | 'referencePeriod' | 'userText' | 'lang' | 'authorize' | 'signal' | 'progress'
>;

interface Ready {
  item: PackItem;
  panel: Panel;
  frame: FrameText;
}

/** Refuses a pack with a failed or unloaded panel; else each item with its data and frame. */
function readyItems(items: PackItem[], ctx: PackContext, at: Date, t: TFunction): Ready[] {
  assertExportable(
    items.map((i) => i.state),
    ctx.lang,
    t,
    true,
  );
  return items.map((item) => {
    const panel = item.state.panel!;
    return {
      item,
      panel,
      frame: buildFrame(
        {
          lang: ctx.lang,
          title: item.title,
          caption: item.caption,
          ...panelFrameFacts(panel),
          filters: item.filters,
          sourceText: ctx.sourceText,
          userText: ctx.userText,
          at,
          url: item.url,
        },
        t,
      ),
    };
  });
}

function fileName(
  meta: PackMeta,
  ext: 'pdf' | 'pptx' | 'xlsx',
  ctx: PackContext,
  t: TFunction,
  at: Date,
) {
  const title = namePart(meta.title.trim() || t('briefing.untitled'), 40, ctx.lang);
  return `${localDate(at)}_${namePart(t('nav.briefing'), 30, ctx.lang)}_${title}.${ext}`;
}

function coverLines(ready: Ready[], meta: PackMeta, ctx: PackContext, at: Date, t: TFunction) {
  return {
    title: meta.title.trim() || t('briefing.untitled'),
    date: t('briefing.date', { date: meta.date || localDate(at) }),
    author: t('briefing.author', { name: ctx.userText }),
    // The filters as they apply to each panel (a national one says so), from its frame.
    contents: ready.map(
      ({ item, frame }, n) =>
        `${n + 1}. ${frame.caption ? `${frame.caption} — ` : ''}${item.title} (${frame.filters})`,
    ),
    source: ctx.sourceText,
    stamp: `${t('export.frame.stamp', { user: ctx.userText, time: stampTime(at) })}`,
  };
}

// ---- PDF ---------------------------------------------------------------------------------

const PAGE_W = 1123; // A4 landscape at 96 dpi
const PAGE_H = Math.round((PAGE_W * A4_LANDSCAPE.height) / A4_LANDSCAPE.width);

/** An A4-landscape page canvas (CSS px × SCALE) with `draw` on white, and the words drawn. */
function pageCanvas(draw: (c: CanvasRenderingContext2D, put: Put) => void) {
  const canvas = document.createElement('canvas');
  canvas.width = PAGE_W * SCALE;
  canvas.height = PAGE_H * SCALE;
  const c = canvas.getContext('2d');
  if (!c) throw new Error('No 2D canvas');
  c.scale(SCALE, SCALE);
  c.fillStyle = '#ffffff';
  c.fillRect(0, 0, PAGE_W, PAGE_H);
  c.textBaseline = 'top';
  const runs: TextRun[] = [];
  const put: Put = (s, x, y, h) => {
    c.fillText(s, x, y);
    runs.push({ str: s, x, y, w: c.measureText(s).width, h });
  };
  draw(c, put);
  return { canvas, runs };
}
type Put = (s: string, x: number, y: number, lineHeight: number) => void;

function pageNumber(c: CanvasRenderingContext2D, put: Put, label: string) {
  c.font = `500 13px ${FONT}`;
  c.fillStyle = '#464c53';
  put(label, PAGE_W - 64 - c.measureText(label).width, PAGE_H - 36, 17);
}

function drawCover(lines: ReturnType<typeof coverLines>, pageLabel: string, t: TFunction) {
  return pageCanvas((c, put) => {
    const pad = 64;
    c.fillStyle = '#0b50d0';
    c.fillRect(pad, pad, 6, 96);
    c.fillStyle = '#1e2124';
    c.font = `700 40px ${FONT}`;
    let y = pad + 4;
    for (const l of wrap(c, lines.title, PAGE_W - pad * 2 - 24)) {
      put(l, pad + 24, y, 52);
      y += 52;
    }
    c.font = `500 18px ${FONT}`;
    c.fillStyle = '#464c53';
    put(`${lines.date} · ${lines.author}`, pad + 24, y + 8, 24);
    y += 72;
    c.fillStyle = '#1e2124';
    c.font = `700 22px ${FONT}`;
    put(t('briefing.cover'), pad, y, 28);
    y += 40;
    c.font = `400 17px ${FONT}`;
    for (const item of lines.contents) {
      for (const l of wrap(c, item, PAGE_W - pad * 2)) {
        if (y > PAGE_H - 140) break;
        put(l, pad, y, 26);
        y += 26;
      }
    }
    c.font = `400 14px ${FONT}`;
    c.fillStyle = '#58616a';
    put(lines.source, pad, PAGE_H - 100, 18);
    put(lines.stamp, pad, PAGE_H - 74, 18);
    // 내부용, boxed, bottom right, above the page number.
    c.font = `700 16px ${FONT}`;
    const label = t('app.internalUse');
    const bw = c.measureText(label).width + 24;
    c.strokeStyle = '#c92a2a';
    c.lineWidth = 2;
    c.strokeRect(PAGE_W - pad - bw, PAGE_H - 90, bw, 32);
    c.fillStyle = '#c92a2a';
    put(label, PAGE_W - pad - bw + 12, PAGE_H - 83, 20);
    pageNumber(c, put, pageLabel);
  });
}

/** A framed panel on an A4-landscape page, centred (shrunk to fit, never enlarged). */
function onA4(framed: { canvas: HTMLCanvasElement; runs: TextRun[] }) {
  const fw = framed.canvas.width / SCALE;
  const fh = framed.canvas.height / SCALE;
  const scale = Math.min((PAGE_W - 32) / fw, (PAGE_H - 32) / fh, 1);
  const x0 = (PAGE_W - fw * scale) / 2;
  const y0 = (PAGE_H - fh * scale) / 2;
  const page = pageCanvas((c) => {
    c.drawImage(framed.canvas, x0, y0, fw * scale, fh * scale);
  });
  page.runs.push(
    ...framed.runs.map((r) => ({
      str: r.str,
      x: x0 + r.x * scale,
      y: y0 + r.y * scale,
      w: r.w * scale,
      h: r.h * scale,
    })),
  );
  return page;
}

async function pdfPage(page: {
  canvas: HTMLCanvasElement;
  runs: TextRun[];
}): Promise<PdfImagePage> {
  const jpeg = new Uint8Array(
    await (await canvasBlob(page.canvas, 'image/jpeg', 0.92)).arrayBuffer(),
  );
  return {
    jpeg,
    width: page.canvas.width,
    height: page.canvas.height,
    text: page.runs.map((r) => ({
      str: r.str,
      x: r.x * SCALE,
      y: r.y * SCALE,
      w: r.w * SCALE,
      h: r.h * SCALE,
    })),
  };
}

export async function exportPackPdf(
  items: PackItem[],
  meta: PackMeta,
  ctx: PackContext,
  t: TFunction,
): Promise<ExportResult> {
  const t0 = performance.now();
  const at = new Date();
  const ready = readyItems(items, ctx, at, t);
  const cover = coverLines(ready, meta, ctx, at, t);
  const total = ready.length + 1;
  const label = (n: number) => t('export.frame.page', { page: n, pages: total });
  const glyphs = Object.values(cover).flat().join(' ') + label(total) + '0123456789';
  await document.fonts.load(`700 40px ${FONT}`, glyphs);
  await document.fonts.load(`400 17px ${FONT}`, glyphs);
  const pages = [await pdfPage(drawCover(cover, label(1), t))];
  for (const [n, { item, frame }] of ready.entries()) {
    ctx.signal?.throwIfAborted();
    ctx.progress?.(n + 1, ready.length);
    await waitForSettled(item.element);
    await loadFrameFonts(frame, label(total));
    const framed = drawFramed(await captureElement(item.element), frame, {
      pageLabel: label(n + 2),
      contentText: collectTextRuns(item.element),
    });
    pages.push(await pdfPage(onA4(framed)));
  }
  const pdf = imagesToPdf(pages, A4_LANDSCAPE, { title: cover.title, creator: t('app.name') });
  const name = fileName(meta, 'pdf', ctx, t, at);
  await ctx.authorize?.(name, 'pack-pdf');
  downloadBlob(new Blob([pdf as BlobPart], { type: 'application/pdf' }), name);
  return { format: 'pack-pdf', fileName: name, ms: performance.now() - t0 };
}

// ---- PPTX --------------------------------------------------------------------------------

/**
 * Office draws slide text with installed fonts. 맑은 고딕 (Malgun Gothic) is on every Korean
 * Windows PC and in Office for Mac; the theme names it by its English name too, which Office
 * and LibreOffice fall back to (then to the system's Korean sans serif).
 */
const SLIDE_FONT = '맑은 고딕';
const THEME_FONT = 'Malgun Gothic';
const W = 13.333;
const MASTER = 'PANEL';
const COLORS = { text: '1E2124', dim: '464C53', warn: '8A3C00', internal: 'C8102E' };
/** The app's chart colours (chart-palette.ts's first two, as hex for Office). */
const SERIES_COLORS = ['0B50D0', 'E8590C', '2F9E44', '7048E8', 'C2255C', '1098AD'];

/**
 * The chart's data-label number format: as many decimals as its figures have (Office shows
 * "8,046." for `#,##0.###`), then its unit as a literal.
 */
export function labelFormat(chart: { series: { values: number[] }[]; unit: string }): string {
  const decimals = Math.min(
    3,
    Math.max(
      0,
      ...chart.series.flatMap((s) => s.values.map((v) => String(v).split('.')[1]?.length ?? 0)),
    ),
  );
  const number = decimals ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  return `${number}"${chart.unit.replace(/"/g, '')}"`;
}

/** What a slide's notes say: the values with their quotes, the caveats, the stamp. */
function slideNotes(r: Ready, lang: PackContext['lang'], t: TFunction): string {
  const { panel, frame } = r;
  const values = panel.items.map((d) => {
    const pair = comparisonPoints(d);
    const figure = pair ? pointsText(pair, d.unit, lang) : valueText(d, lang);
    const quote = d.quote ? `\n  “${d.quote}”` : '';
    const note = d.note ? `\n  (${d.note[lang]})` : '';
    return `- ${d.label[lang]}: ${figure}${quote}${note}`;
  });
  const basis = basisText(panel, lang, t) ?? '';
  return [
    frame.caption ?? '',
    frame.title,
    ...frame.lines,
    frame.illustrative ?? '',
    basis,
    '',
    ...values,
    ...(panel.notes.length ? ['', ...panel.notes.map((n) => `※ ${n[lang]}`)] : []),
    '',
    `${frame.stamp} · ${frame.internal}`,
  ]
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n');
}

export async function exportPackPptx(
  items: PackItem[],
  meta: PackMeta,
  ctx: PackContext,
  t: TFunction,
): Promise<ExportResult> {
  const t0 = performance.now();
  const at = new Date();
  const ready = readyItems(items, ctx, at, t);
  const cover = coverLines(ready, meta, ctx, at, t);
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE'; // 13.33 × 7.5 in
  pptx.title = cover.title;
  pptx.author = ctx.userText;
  pptx.theme = { headFontFace: THEME_FONT, bodyFontFace: THEME_FONT };
  // pptxgenjs tags runs en-US by default; Korean tagged as English gets Latin spacing and a
  // Chinese or Japanese fallback font in some viewers.
  const font = { fontFace: SLIDE_FONT, lang: ctx.lang === 'ko' ? 'ko-KR' : 'en-US' };
  const internal = t('app.internalUse');

  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: 'FFFFFF' },
    objects: [
      {
        placeholder: {
          options: {
            name: 'title',
            type: 'title',
            x: 0.4,
            y: 0.25,
            w: W - 0.8,
            h: 0.75,
            fontSize: 24,
            bold: true,
            color: COLORS.text,
            align: 'left',
            valign: 'middle',
            ...font,
          },
          text: '',
        },
      },
      { rect: { x: 0.4, y: 6.45, w: W - 0.8, h: 0.01, fill: { color: 'CDD1D5' } } },
      {
        text: {
          text: internal,
          options: {
            x: W - 1.9,
            y: 6.95,
            w: 1.0,
            h: 0.35,
            fontSize: 11,
            bold: true,
            color: COLORS.internal,
            align: 'center',
            line: { color: COLORS.internal, width: 1.5 },
            ...font,
          },
        },
      },
    ],
    slideNumber: {
      x: W - 0.85,
      y: 6.95,
      w: 0.5,
      h: 0.35,
      fontSize: 10,
      color: COLORS.dim,
      ...font,
    },
  });

  const first = pptx.addSlide({ masterName: MASTER });
  first.addText(cover.title, { placeholder: 'title' });
  first.addText(`${cover.date} · ${cover.author}`, {
    x: 0.4,
    y: 1.05,
    w: W - 0.8,
    h: 0.45,
    fontSize: 16,
    color: COLORS.dim,
    ...font,
  });
  first.addText(t('briefing.cover'), {
    x: 0.4,
    y: 1.65,
    w: W - 0.8,
    h: 0.4,
    fontSize: 16,
    bold: true,
    color: COLORS.text,
    ...font,
  });
  first.addText(
    cover.contents.map((text) => ({ text, options: { breakLine: true } })),
    {
      x: 0.4,
      y: 2.1,
      w: W - 0.8,
      h: 4.2,
      fontSize: 13,
      color: COLORS.text,
      valign: 'top',
      fit: 'shrink',
      ...font,
    },
  );
  first.addText(`${cover.source}\n${cover.stamp}`, {
    x: 0.4,
    y: 6.55,
    w: W - 2.6,
    h: 0.75,
    fontSize: 10,
    color: '58616A',
    ...font,
  });

  for (const [n, r] of ready.entries()) {
    ctx.signal?.throwIfAborted();
    ctx.progress?.(n + 1, ready.length);
    const { panel, frame } = r;
    const slide = pptx.addSlide({ masterName: MASTER });
    // The staffer's caption is the slide's headline; the panel's title follows under it.
    slide.addText(frame.caption ?? frame.title, { placeholder: 'title' });
    const lines = [
      ...(frame.caption ? [{ text: frame.title, color: COLORS.dim, bold: true }] : []),
      {
        text: frame.filters,
        color: frame.notApplied ? COLORS.warn : COLORS.text,
        bold: frame.notApplied,
      },
    ];
    slide.addText(
      lines.map((l) => ({
        text: l.text,
        options: { breakLine: true, color: l.color, bold: l.bold },
      })),
      { x: 0.4, y: 1.0, w: W - 0.8, h: 0.7, fontSize: 13, valign: 'top', ...font },
    );
    const body = { x: 0.4, y: 1.75, w: W - 0.8, h: frame.illustrative ? 4.15 : 4.6 };
    const chart = panelChart(panel, ctx.lang, t);
    const altText = `${frame.title}. ${frame.filters}.`;
    const table = panelRows(panel, ctx.lang, t);
    if (chart && panel.kind === 'comparison') {
      // The change beside the chart, as the card says it: before → after, the arithmetic
      // change (%p for a percentage) and the release's own words.
      const changes = table.rows.map(([label, before, after, arithmetic, stated]) =>
        [
          `${label}: ${before} → ${after}`,
          arithmetic !== '—' ? `${table.header[3]} ${arithmetic}` : '',
          stated !== '—' ? `${table.header[4]} ${stated}` : '',
        ]
          .filter(Boolean)
          .join(' · '),
      );
      // Room for every line as wrapped at 12 pt (~100 characters a line across the slide), so
      // the last never runs into the footer (LibreOffice showed it there with a fixed 0.7").
      const wrapped = changes.reduce((n, c) => n + Math.ceil(c.length / 100), 0);
      const h = 0.1 + 0.24 * wrapped;
      slide.addText(
        changes.map((text) => ({ text, options: { breakLine: true } })),
        {
          x: body.x,
          y: body.y + body.h - h,
          w: body.w,
          h,
          fontSize: 12,
          color: COLORS.text,
          valign: 'bottom',
          fit: 'shrink',
          ...font,
        },
      );
      body.h -= h + 0.1;
    }
    if (chart) {
      const type = chart.type === 'doughnut' ? pptx.ChartType.doughnut : pptx.ChartType.bar;
      slide.addChart(
        type,
        chart.series.map((s) => ({ name: s.name, labels: chart.categories, values: s.values })),
        {
          ...body,
          altText: `${altText} ${table.rows.map((row) => row.slice(0, 3).join(' ')).join(', ')}`,
          barDir: chart.horizontal ? 'bar' : 'col',
          barGrouping: 'clustered',
          // Horizontal bars list the first item at the top, as the card does.
          // (pptxgenjs's types admit only 'minMax'; it writes the value as given.)
          catAxisOrientation: (chart.horizontal ? 'maxMin' : 'minMax') as 'minMax',
          chartColors:
            chart.type === 'doughnut' ? SERIES_COLORS : SERIES_COLORS.slice(0, chart.series.length),
          showValue: true,
          // Every label carries its unit (a doughnut has no axis to say it: 8,046 of what?).
          dataLabelFormatCode: labelFormat(chart),
          dataLabelFontSize: 11,
          dataLabelFontFace: THEME_FONT,
          dataLabelColor: COLORS.text,
          catAxisLabelFontSize: 12,
          catAxisLabelFontFace: THEME_FONT,
          catAxisLabelColor: COLORS.text,
          valAxisLabelFontSize: 10,
          valAxisLabelFontFace: THEME_FONT,
          valAxisLabelFormatCode: '#,##0',
          // No axis title: the labels carry the unit, and a Korean unit turned on its side
          // (개사 read downwards) is harder to read than none.
          showLegend: chart.type === 'doughnut' || chart.series.length > 1,
          legendPos: chart.type === 'doughnut' ? 'r' : 'b',
          legendFontSize: 12,
          legendFontFace: THEME_FONT,
          holeSize: 55,
        },
      );
    } else {
      const header = table.header;
      slide.addTable(pptxTableRows(table, font), {
        ...body,
        h: undefined,
        colW: header.length === 3 ? [3.6, 3.4, body.w - 7] : undefined,
        border: { type: 'solid', pt: 0.75, color: 'CDD1D5' },
        margin: 0.05,
        autoPage: true,
        autoPageRepeatHeader: true,
        autoPageHeaderRows: 1,
        autoPageSlideStartY: 1.75,
      });
    }
    // The frame, as editable text: reference and source, the illustrative notice, the stamp.
    if (frame.illustrative) {
      slide.addText(frame.illustrative, {
        x: 0.4,
        y: 5.95,
        w: W - 0.8,
        h: 0.45,
        fontSize: 10,
        bold: true,
        color: COLORS.warn,
        fill: { color: 'FFF4E5' },
        ...font,
      });
    }
    slide.addText(
      [
        { text: frame.lines.slice(1).join(' · '), options: { breakLine: true } },
        { text: frame.stamp },
      ],
      {
        x: 0.4,
        y: 6.5,
        w: W - 2.5,
        h: 0.85,
        fontSize: 10,
        color: '58616A',
        valign: 'top',
        ...font,
      },
    );
    slide.addNotes(slideNotes(r, ctx.lang, t));
  }
  const blob = (await pptx.write({ outputType: 'blob' })) as Blob;
  const name = fileName(meta, 'pptx', ctx, t, at);
  await ctx.authorize?.(name, 'pack-pptx');
  downloadBlob(blob, name);
  return { format: 'pack-pptx', fileName: name, ms: performance.now() - t0 };
}

/** The pack's data as one workbook: a sheet per item, with its own filters, and 메타데이터. */
export async function exportPackXlsx(
  items: PackItem[],
  meta: PackMeta,
  ctx: PackContext,
  t: TFunction,
): Promise<ExportResult> {
  const at = new Date();
  const ready = readyItems(items, ctx, at, t);
  const { exportXlsx } = await import('./run-data-export');
  const title = meta.title.trim() || t('briefing.untitled');
  return exportXlsx(
    'pack-xlsx',
    ready.map(({ item, panel }) => ({
      pageTitle: item.title.split(' · ')[0] ?? item.title,
      panel,
      filters: item.filters,
      url: item.url,
    })),
    title,
    fileName(meta, 'xlsx', ctx, t, at),
    ctx,
    t,
  );
}
