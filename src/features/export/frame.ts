/**
 * The briefing frame's words (PRODUCT.md "Export for briefings"): title, filters in words,
 * reference period and source, the illustrative-data notice where it applies, and a stamp
 * with the exporting user, the local time and 내부용. Pure: the canvas code only draws them.
 */
import type { TFunction } from '@/lib/i18n/i18n';
import type { ExportContext } from './types';

export interface FrameText {
  title: string;
  /** Under the title: the filters in words, then reference period · source. */
  lines: string[];
  /** Set when any illustrative figure is inside. */
  illustrative: string | null;
  stamp: string;
  internal: string;
}

/** Local time with its UTC offset, e.g. 2026-11-25 15:04 (UTC+09:00). */
export function stampTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  const abs = Math.abs(off);
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(
    d.getMinutes(),
  )} (UTC${sign}${p(Math.floor(abs / 60))}:${p(abs % 60)})`;
}

export function frameText(
  ctx: Pick<ExportContext, 'filtersText' | 'sourceText' | 'referencePeriod' | 'userText'>,
  opts: { title: string; illustrative: boolean; at: Date },
  t: TFunction,
): FrameText {
  return {
    title: opts.title,
    lines: [
      ctx.filtersText,
      `${t('export.frame.reference', { period: ctx.referencePeriod })} · ${ctx.sourceText}`,
    ],
    illustrative: opts.illustrative ? t('export.frame.illustrative') : null,
    stamp: t('export.frame.stamp', { user: ctx.userText, time: stampTime(opts.at) }),
    internal: t('export.frame.internal'),
  };
}
