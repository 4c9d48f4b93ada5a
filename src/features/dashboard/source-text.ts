import type { Datum, SeriesValue, Source } from '@/lib/api/schemas';
import { formatValue, type Lang } from '@/lib/format';

/**
 * The one way the app names its source date: the release was distributed on 2021-01-14
 * for publication (embargo) on 2021-01-15. We cite the distribution date, as PRODUCT.md's
 * export frame does (출처: 과학기술정보통신부 보도자료, 2021.1.14), and name the embargo where
 * there is room.
 */
export function sourceDate(iso: string): string {
  // A survey may be dated by its month only (2019-12 → 2019.12).
  return iso
    .split('-')
    .map((part) => String(Number(part)))
    .join('.');
}

export function sourceLine(source: Source, lang: Lang): string {
  const date = sourceDate(source.distributedOn);
  return lang === 'ko'
    ? `출처: ${source.publisher.ko} 보도자료, ${date} 배포 (${sourceDate(source.embargoedUntil)} 보도)`
    : `Source: ${source.publisher.en} press release, distributed ${date} (for release ${sourceDate(source.embargoedUntil)})`;
}

/**
 * The values of a figure that come from another document than the page's release (a 2019
 * baseline from a survey), each with its document: the release's quote alone would pass
 * them off as the release's own figures.
 */
export function otherValueSources(d: Pick<Datum, 'series'>, page: Source): SeriesValue[] {
  return d.series.filter((v) => v.source.title.ko !== page.title.ko);
}

export function valueSourceLine(v: SeriesValue, unit: string, lang: Lang): string {
  const value = formatValue(v.value, v.unit ?? unit, lang);
  const period = v.period ? (lang === 'ko' ? `${v.period}년 ` : `${v.period} `) : '';
  const doc = `${v.source.title[lang]} (${v.source.publisher[lang]}, ${sourceDate(v.source.date)})`;
  return lang === 'ko' ? `${period}값 ${value}: ${doc}` : `${period}value ${value}: ${doc}`;
}
