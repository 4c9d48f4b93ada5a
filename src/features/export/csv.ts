/**
 * A panel's data as CSV: UTF-8 with a BOM (Excel then reads Korean), CRLF line ends, one row
 * per data point, with its unit, whether it is official or illustrative, and its source.
 */
import type { TFunction } from '@/lib/i18n/i18n';
import type { Datum, Panel } from '@/lib/api/schemas';
import { formatValue, unitLabel, type Lang } from '@/lib/format';
import { scopeNotes } from '@/lib/scope-notes';

export const BOM = '\uFEFF';

/** RFC 4180 quoting, and no formula injection: text starting with = + - @ gets a leading '. */
export function csvCell(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

interface Ctx {
  pageTitle: string;
  filtersText: string;
  /** The filters in force, to say where the panel's figures do not answer them. */
  filters: { region: readonly string[]; sector: readonly string[] };
  sourceText: string;
  lang: Lang;
}

export function panelCsvRows(panel: Panel, ctx: Ctx, t: TFunction): (string | number | null)[][] {
  const { lang } = ctx;
  const header = [
    t('export.columns.page'),
    t('export.columns.panel'),
    t('export.columns.item'),
    t('export.columns.point'),
    t('export.columns.value'),
    t('export.columns.unit'),
    t('export.columns.display'),
    t('export.columns.provenance'),
    t('export.columns.reference'),
    t('export.columns.filters'),
    t('export.columns.source'),
    t('export.columns.quote'),
    t('export.columns.note'),
  ];
  const provenance = (d: Datum) =>
    panel.provenance === 'illustrative'
      ? t('export.columns.illustrative')
      : d.derived
        ? `${t('export.columns.official')} (${t('export.columns.derived')})`
        : t('export.columns.official');
  // An illustrative part has no quote of its own: the release's words back only the
  // official total it splits, which the note names (with that quote) instead.
  const quote = (d: Datum) => d.quote ?? null;
  const basis = panel.basis;
  const basisNote =
    panel.provenance === 'illustrative' && basis
      ? `${t('panel.basis')}: ${basis.label[lang]} ${basis.value === null ? '' : formatValue(basis.value, basis.unit, lang)}${basis.quote ? ` — “${basis.quote}”` : ''}`
      : null;
  const notApplied = scopeNotes(panel.scope, ctx.filters, t);
  const filtersCell = notApplied.length
    ? `${ctx.filtersText} (${notApplied.join('; ')})`
    : ctx.filtersText;
  const note = (d: Datum) => {
    const parts: string[] = [];
    if (d.note) parts.push(d.note[lang]);
    if (basisNote) parts.push(basisNote);
    if (d.members.length)
      parts.push(
        d.members
          .map((m) => (m.detail ? `${m.label[lang]} (${m.detail[lang]})` : m.label[lang]))
          .join(', '),
      );
    return parts.join(' / ') || null;
  };
  const common = (d: Datum) => [provenance(d), panel.referenceDate, filtersCell, ctx.sourceText];

  const rows: (string | number | null)[][] = [header];
  for (const d of panel.items) {
    const label = d.label[lang];
    if (d.before && d.after) {
      for (const [p, fallback] of [
        [d.before, t('panel.before')],
        [d.after, t('panel.after')],
      ] as const) {
        const unit = p.unit ?? d.unit;
        rows.push([
          ctx.pageTitle,
          panel.title[lang],
          label,
          p.year !== null ? String(p.year) : fallback,
          p.value,
          unitLabel(unit, lang),
          p.asStated ?? formatValue(p.value, unit, lang),
          ...common(d),
          quote(d),
          note(d),
        ]);
      }
      continue;
    }
    const display =
      d.display?.[lang] ??
      (d.value === null
        ? null
        : `${d.approx ? (lang === 'ko' ? '약 ' : 'about ') : ''}${formatValue(d.value, d.unit, lang)}`);
    rows.push([
      ctx.pageTitle,
      panel.title[lang],
      label,
      d.date,
      d.value,
      unitLabel(d.unit, lang),
      display,
      ...common(d),
      quote(d),
      note(d),
    ]);
  }
  return rows;
}

export function panelCsv(panel: Panel, ctx: Ctx, t: TFunction): string {
  return (
    BOM +
    panelCsvRows(panel, ctx, t)
      .map((r) => r.map(csvCell).join(','))
      .join('\r\n') +
    '\r\n'
  );
}
