import type { Source } from '@/lib/api/schemas';
import type { Lang } from '@/lib/format';

/**
 * The one way the app names its source date: the release was distributed on 2021-01-14
 * for publication (embargo) on 2021-01-15. We cite the distribution date, as PRODUCT.md's
 * export frame does (출처: 과학기술정보통신부 보도자료, 2021.1.14), and name the embargo where
 * there is room.
 */
export function sourceDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}.${m}.${d}`;
}

export function sourceLine(source: Source, lang: Lang): string {
  const date = sourceDate(source.distributedOn);
  return lang === 'ko'
    ? `출처: ${source.publisher.ko} 보도자료, ${date} 배포 (${sourceDate(source.embargoedUntil)} 보도)`
    : `Source: ${source.publisher.en} press release, distributed ${date} (for release ${sourceDate(source.embargoedUntil)})`;
}
