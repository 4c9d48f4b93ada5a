import { REGIONS, SECTORS } from '@/config/regions';
import type { PanelScope } from '@/lib/api/schemas';
import type { Lang } from '@/lib/format';
import { filterUse } from '@/lib/filter-words';

/** Local calendar date, YYYY-MM-DD. */
export function localDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * A file-name part: no characters Windows or macOS refuse, not too long. Korean names drop
 * their spaces (데이터댐, as staff name files); English names keep them, one at a time
 * ("Data dam", not "Datadam").
 */
export function namePart(s: string, max = 40, lang: Lang = 'ko'): string {
  const cleaned = s
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|`'\u0000-\u001f]/g, '')
    .replace(/\s+/g, lang === 'en' ? ' ' : '')
    .trim()
    .replace(/[.]+$/, '');
  return [...cleaned].slice(0, max).join('');
}

/**
 * The filters as a file-name part, as they apply to the panel (scope; null for a page):
 * 광주 · 광주·서울_제조 · 전국 · 전국_제조 · 전국(지역필터미적용), never the regions of a filter
 * the panel's figures do not answer.
 */
export function filterPart(
  filters: { region: readonly string[]; sector: readonly string[] },
  lang: Lang,
  scope: PanelScope | null = null,
): string {
  const ko = lang === 'ko';
  const regionUse = filterUse(scope?.region ?? null, filters.region);
  const sectorUse = filterUse(scope?.sector ?? null, filters.sector);
  const regions = REGIONS.filter((r) => filters.region.includes(r.slug)).map((r) => r[lang]);
  const sectors = SECTORS.filter((s) => filters.sector.includes(s.slug)).map((s) => s[lang]);
  const region =
    regionUse === 'applied'
      ? regions.join('·')
      : regionUse === 'not-applied'
        ? ko
          ? '전국(지역 필터 미적용)'
          : 'Nationwide (region filter not applied)'
        : ko
          ? '전국'
          : 'Nationwide';
  const sector =
    sectorUse === 'applied'
      ? sectors.join('·')
      : sectorUse === 'not-applied'
        ? ko
          ? '전 업종(업종 필터 미적용)'
          : 'All sectors (sector filter not applied)'
        : null;
  return namePart(sector ? `${region}_${sector}` : region, 80, lang);
}

/** 2026-11-25_데이터댐_공급기업증가_광주.png: date, page, panel (if any), filters. */
export function exportFileName(opts: {
  date: Date;
  pageTitle: string;
  panelTitle?: string | null;
  filters: { region: readonly string[]; sector: readonly string[] };
  /** The panel's scope: a filter it does not answer is named as not applied. */
  scope?: PanelScope | null;
  lang: Lang;
  ext: 'png' | 'csv' | 'pdf' | 'pptx' | 'xlsx';
}): string {
  const parts = [localDate(opts.date), namePart(opts.pageTitle, 30, opts.lang)];
  if (opts.panelTitle) parts.push(namePart(opts.panelTitle, 40, opts.lang));
  parts.push(filterPart(opts.filters, opts.lang, opts.scope ?? null));
  return `${parts.filter(Boolean).join('_')}.${opts.ext}`;
}
