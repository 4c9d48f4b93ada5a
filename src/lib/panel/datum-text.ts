/**
 * How one figure reads on screen, in tables and in every export. Pure functions: the card, the table view,
 * the text summary and (later) exports all call these so a figure reads the same everywhere.
 */
import type { Datum, OfficialBreakdown, Panel } from '@/lib/api/schemas';
import type { TFunction } from '@/lib/i18n/i18n';
import { changeOf, formatChange, formatValue, type Lang } from '@/lib/format';

export function valueText(
  d: Pick<Datum, 'value' | 'unit' | 'display' | 'approx' | 'derived'>,
  lang: Lang,
): string {
  if (d.display) return d.display[lang];
  if (d.value === null) return '—';
  let v = formatValue(d.value, d.unit, lang);
  if (d.approx) v = lang === 'ko' ? `약 ${v}` : `about ${v}`;
  // Not a stated figure: say it was counted from the release's list.
  if (d.derived) v += lang === 'ko' ? ' (목록 집계)' : ' (counted from the list)';
  return v;
}

/** One figure at one time (a comparison's before or after). */
export type Point = NonNullable<Datum['before']>;

/**
 * The points a comparison reads, earliest and latest: the one place that knows where they
 * live in a Datum (today the release's `before` and `after`). When figures gain a `series` by
 * period, this body changes and every reader (the card, the rows, the chart, the summary, the
 * notes) follows. Null for a figure with no pair.
 */
export function comparisonPoints(d: Datum): { before: Point; after: Point } | null {
  return d.before && d.after ? { before: d.before, after: d.after } : null;
}

/** The pair in words, as every table and note writes it: 393개 → 765개. */
export function pointsText(pair: { before: Point; after: Point }, unit: string, lang: Lang) {
  return `${pointText(pair.before, unit, lang)} → ${pointText(pair.after, unit, lang)}`;
}

export function pointText(p: Point, unit: string, lang: Lang): string {
  // Where the release wrote a point in its own words (5년 for 60 months), Korean readers see
  // its words; English readers the same figure in their language (the words are Korean).
  if (p.asStated && lang === 'ko') return p.asStated;
  return formatValue(p.value, p.unit ?? unit, lang);
}

export function yearLabel(p: Point, fallback: string): string {
  return p.year !== null ? String(p.year) : fallback;
}

/** Whether before and after share a unit, so a bar chart of them is honest. */
export function comparable(d: Datum): boolean {
  const pair = comparisonPoints(d);
  if (!pair) return false;
  if (d.unit === 'rank') return false; // lower is better: bars would mislead
  return (pair.before.unit ?? d.unit) === (pair.after.unit ?? d.unit);
}

/** The arithmetic change (format.ts changeOf: %p for a percentage, else relative %). */
function arithmeticChange(d: Datum): ReturnType<typeof changeOf> {
  const pair = comparisonPoints(d);
  if (!pair || !comparable(d)) return null;
  return changeOf(pair.before.value, pair.after.value, pair.before.unit ?? d.unit);
}

export function statedChangeText(d: Datum, lang: Lang): string | null {
  if (!d.statedChange) return null;
  const { value, unit } = d.statedChange;
  if (unit === 'percent') return lang === 'ko' ? `${value}% 증가` : `+${value}%`;
  if (unit === 'times') return lang === 'ko' ? `${value}배` : `${value}×`;
  if (unit === 'rank_positions') return lang === 'ko' ? `${value}단계 상승` : `up ${value} places`;
  return formatValue(value, unit, lang);
}

export function arithmeticChangeText(d: Datum, lang: Lang): string | null {
  const change = arithmeticChange(d);
  return change === null ? null : formatChange(change, lang);
}

/** Items in date order (undated last): the timeline, its table and its exports. */
export function sortByDate(items: Datum[]): Datum[] {
  return [...items].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
}

/**
 * The official total an illustrative split adds up to, in the release's words: the CSV's note
 * and the slide notes (the card names it with a quote button instead). Null for other panels.
 */
export function basisText(
  panel: Pick<Panel, 'provenance' | 'basis'>,
  lang: Lang,
  t: TFunction,
): string | null {
  const b = panel.basis;
  if (panel.provenance !== 'illustrative' || !b) return null;
  return `${t('panel.basis')}: ${b.label[lang]} ${valueText(b, lang)}${b.quote ? ` — “${b.quote}”` : ''}`;
}

/** Where an imported official breakdown comes from and the day it was applied: card, frame, CSV. */
export const officialImportText = (b: OfficialBreakdown, t: TFunction): string =>
  t('panel.officialImport', { source: b.source, date: b.importedAt.slice(0, 10) });
