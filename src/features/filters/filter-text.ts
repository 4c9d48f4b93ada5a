import { REGIONS, SECTORS } from '@/config/regions';
import type { Lang } from '@/lib/format';
import type { Filters } from './filter-params';

/** The filters in words, as the export frame and the page say them: 지역: 광주 · 업종: 제조 */
export function filtersInWords(f: Filters, lang: Lang): string {
  const region = f.region.length
    ? REGIONS.filter((r) => f.region.includes(r.slug))
        .map((r) => r[lang])
        .join(', ')
    : lang === 'ko'
      ? '전국'
      : 'Nationwide';
  const sector = f.sector.length
    ? SECTORS.filter((s) => f.sector.includes(s.slug))
        .map((s) => s[lang])
        .join(', ')
    : lang === 'ko'
      ? '전 업종'
      : 'All sectors';
  return lang === 'ko'
    ? `지역: ${region} · 업종: ${sector}`
    : `Region: ${region} · Sector: ${sector}`;
}
