/**
 * A panel's data as CSV: UTF-8 with a BOM (Excel then reads Korean), CRLF line ends. Its rows
 * are the panel's table rows (panel-kinds.ts: the table view shows the same cells), followed on
 * each row by the figures as numbers with their units, whether it is official or illustrative,
 * the reference period, the filters as they apply to this panel (frame.ts), the source, the
 * release's words, notes, and the stamp and 내부용: a row copied out of the file still says
 * where it came from and that it is for internal use.
 */
import type { TFunction } from '@/lib/i18n/i18n';
import type { Datum, Panel } from '@/lib/api/schemas';
import { panelRows } from '@/lib/panel/panel-kinds';
import { basisText, officialImportText } from '@/lib/panel/datum-text';
import type { Lang } from '@/lib/format';
import { panelFrameFacts, buildFrame } from './frame';

export const BOM = '\uFEFF';

/** RFC 4180 quoting, and no formula injection: text starting with = + - @ gets a leading '. */
export function csvCell(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface CsvContext {
  pageTitle: string;
  /** The filters in force; the file names them as they apply to this panel. */
  filters: { region: readonly string[]; sector: readonly string[] };
  sourceText: string;
  /** From userStamp: 이분석 (분석관). */
  userText: string;
  at: Date;
  lang: Lang;
}

export function panelCsvRows(
  panel: Panel,
  ctx: CsvContext,
  t: TFunction,
): (string | number | null)[][] {
  const { lang } = ctx;
  const table = panelRows(panel, lang, t);
  const frame = buildFrame(
    {
      lang,
      title: panel.title[lang],
      ...panelFrameFacts(panel),
      filters: ctx.filters,
      sourceText: ctx.sourceText,
      userText: ctx.userText,
      at: ctx.at,
    },
    t,
  );
  const header = [
    t('export.columns.page'),
    t('export.columns.panel'),
    ...table.header,
    ...table.raw.header,
    t('export.columns.provenance'),
    t('export.columns.reference'),
    t('export.columns.filters'),
    t('export.columns.source'),
    t('export.columns.quote'),
    t('export.columns.note'),
    t('export.columns.exportedBy'),
  ];
  const provenance = (d: Datum) =>
    panel.provenance === 'illustrative'
      ? t('export.columns.illustrative')
      : d.derived
        ? `${t('export.columns.official')} (${t('export.columns.derived')})`
        : t('export.columns.official');
  // An illustrative part has no quote of its own: the release's words back only the
  // official total it splits, which the note names (with that quote) instead.
  const basisNote = basisText(panel, lang, t);
  // An imported official breakdown is its own source, and its note says why its total differs.
  const imported = panel.officialBreakdown;
  const sourceCell = imported
    ? `${ctx.sourceText} · ${officialImportText(imported, t)}`
    : ctx.sourceText;
  const importNote = imported?.note ? t('panel.importNote', { note: imported.note }) : null;
  const note = (d: Datum) =>
    [d.note?.[lang], basisNote, importNote].filter(Boolean).join(' / ') || null;
  // The stamp and 내부용 on every row: a row copied out of the file still says both.
  const stamp = `${frame.stamp} · ${frame.internal}`;

  const rows: (string | number | null)[][] = [header];
  table.rows.forEach((cells, n) => {
    const d = table.items[n]!;
    rows.push([
      ctx.pageTitle,
      panel.title[lang],
      ...cells,
      ...(table.raw.rows[n] ?? []),
      provenance(d),
      panel.referenceDate,
      frame.filters,
      sourceCell,
      d.quote,
      note(d),
      stamp,
    ]);
  });
  return rows;
}

export function panelCsv(panel: Panel, ctx: CsvContext, t: TFunction): string {
  return (
    BOM +
    panelCsvRows(panel, ctx, t)
      .map((r) => r.map(csvCell).join(','))
      .join('\r\n') +
    '\r\n'
  );
}
