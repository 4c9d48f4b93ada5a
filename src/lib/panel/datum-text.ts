/**
 * How one figure reads on screen, in tables and in every export. Pure functions: the card, the table view,
 * the text summary and (later) exports all call these so a figure reads the same everywhere.
 */
import type { Datum } from '@/lib/api/schemas';
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

export function pointText(p: NonNullable<Datum['before']>, unit: string, lang: Lang): string {
  // Where the release wrote a point in its own words (5년 for 60 months), Korean readers see
  // its words; English readers the same figure in their language (the words are Korean).
  if (p.asStated && lang === 'ko') return p.asStated;
  return formatValue(p.value, p.unit ?? unit, lang);
}

export function yearLabel(p: NonNullable<Datum['before']>, fallback: string): string {
  return p.year !== null ? String(p.year) : fallback;
}

/** Whether before and after share a unit, so a bar chart of them is honest. */
export function comparable(d: Datum): boolean {
  if (!d.before || !d.after) return false;
  if (d.unit === 'rank') return false; // lower is better: bars would mislead
  return (d.before.unit ?? d.unit) === (d.after.unit ?? d.unit);
}

/** The arithmetic change (format.ts changeOf: %p for a percentage, else relative %). */
export function arithmeticChange(d: Datum): ReturnType<typeof changeOf> {
  if (!d.before || !d.after || !comparable(d)) return null;
  return changeOf(d.before.value, d.after.value, d.before.unit ?? d.unit);
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
