/**
 * The data of a page or a briefing pack as one XLSX workbook: one sheet per panel, its rows
 * the CSV's (so the table view's, panel-kinds.ts), and a 메타데이터 sheet: the title, who
 * exported it and when, 내부용, then per panel its sheet, filters as they apply (frame.ts),
 * provenance (예시 데이터), reference period, source and the link back to the view. Loaded on
 * click only.
 */
import type { TFunction } from '@/lib/i18n/i18n';
import type { Panel } from '@/lib/api/schemas';
import { panelCsvRows } from './csv';
import { downloadBlob } from './download';
import { exportFileName } from './file-name';
import { panelFrameFacts, buildFrame, stampTime } from './frame';
import { assertExportable } from './run-export';
import type { ExportResult } from './run-export';
import type { ExportContext } from './types';
import { sheetNames, xlsxBlob, type Sheet } from './xlsx';

export interface DataPanel {
  pageTitle: string;
  panel: Panel;
  filters: { region: readonly string[]; sector: readonly string[] };
  url: string | null;
}

type DataContext = Pick<ExportContext, 'lang' | 'sourceText' | 'userText'>;

export function workbookSheets(
  panels: DataPanel[],
  title: string,
  ctx: DataContext,
  at: Date,
  t: TFunction,
): Sheet[] {
  const { lang } = ctx;
  const names = sheetNames([
    t('export.columns.metadata'),
    ...panels.map((p) => p.panel.title[lang]),
  ]).slice(1);
  const frames = panels.map((p) =>
    buildFrame(
      {
        lang,
        title: p.panel.title[lang],
        ...panelFrameFacts(p.panel),
        filters: p.filters,
        sourceText: ctx.sourceText,
        userText: ctx.userText,
        at,
        url: p.url,
      },
      t,
    ),
  );
  const illustrative = frames.find((f) => f.illustrative)?.illustrative ?? null;
  const meta: Sheet = {
    name: t('export.columns.metadata'),
    widths: [28, 20, 48, 14, 12, 48, 48],
    rows: [
      [t('briefing.packTitle'), title],
      [
        t('export.columns.exportedBy'),
        `${t('export.frame.stamp', { user: ctx.userText, time: stampTime(at) })} · ${t('export.frame.internal')}`,
      ],
      ...(illustrative ? [[t('export.columns.illustrative'), illustrative]] : []),
      [],
      [
        t('export.columns.panel'),
        t('export.columns.page'),
        t('export.columns.filters'),
        t('export.columns.provenance'),
        t('export.columns.reference'),
        t('export.columns.source'),
        t('export.columns.link'),
      ],
      // The panel column names its sheet.
      ...panels.map((p, i) => [
        names[i]!,
        p.pageTitle,
        frames[i]!.filters,
        p.panel.provenance === 'illustrative'
          ? t('export.columns.illustrative')
          : t('export.columns.official'),
        p.panel.referenceDate,
        ctx.sourceText,
        p.url,
      ]),
    ],
  };
  const data = panels.map((p, i) => ({
    name: names[i]!,
    rows: panelCsvRows(
      p.panel,
      {
        pageTitle: p.pageTitle,
        filters: p.filters,
        sourceText: ctx.sourceText,
        userText: ctx.userText,
        at,
        lang,
      },
      t,
    ),
    widths: [14, 24, 28, 18, 18, 18, 12],
  }));
  return [meta, ...data];
}

export async function exportXlsx(
  format: 'xlsx' | 'pack-xlsx',
  panels: DataPanel[],
  title: string,
  fileName: string,
  ctx: DataContext & Pick<ExportContext, 'authorize'>,
  t: TFunction,
): Promise<ExportResult> {
  const t0 = performance.now();
  const at = new Date();
  const blob = await xlsxBlob(workbookSheets(panels, title, ctx, at, t), title);
  await ctx.authorize?.(fileName, format);
  downloadBlob(blob, fileName);
  return { format, fileName, ms: performance.now() - t0 };
}

/** A page's data: every panel as the app holds it, refused while one failed or is loading. */
export async function exportPageXlsx(ctx: ExportContext, t: TFunction): Promise<ExportResult> {
  const states = ctx.getPanels?.() ?? [];
  assertExportable(states, ctx.lang, t, true);
  const pageTitle = ctx.pageTitle[ctx.lang];
  const fileName = exportFileName({
    date: new Date(),
    pageTitle,
    filters: ctx.filters,
    lang: ctx.lang,
    ext: 'xlsx',
  });
  const panels = states.flatMap((s) =>
    s.panel ? [{ pageTitle, panel: s.panel, filters: ctx.filters, url: ctx.url ?? null }] : [],
  );
  return exportXlsx('xlsx', panels, pageTitle, fileName, ctx, t);
}
