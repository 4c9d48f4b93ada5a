import { REGIONS, SECTORS } from '@/config/regions';
import type { Lang } from '@/lib/format';

/** Local calendar date, YYYY-MM-DD. */
export function localDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** A file-name part: no spaces, no characters Windows or macOS refuse, not too long. */
export function namePart(s: string, max = 40): string {
  const cleaned = s
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|`'\u0000-\u001f]/g, '')
    .replace(/\s+/g, '')
    .replace(/[.]+$/, '');
  return [...cleaned].slice(0, max).join('');
}

/** The filters as a file-name part: 광주 · 광주·서울_제조 · 전국 · 전국_제조 */
export function filterPart(filters: { region: string[]; sector: string[] }, lang: Lang): string {
  const regions = REGIONS.filter((r) => filters.region.includes(r.slug)).map((r) => r[lang]);
  const sectors = SECTORS.filter((s) => filters.sector.includes(s.slug)).map((s) => s[lang]);
  const region = regions.length ? regions.join('·') : lang === 'ko' ? '전국' : 'Nationwide';
  return namePart(sectors.length ? `${region}_${sectors.join('·')}` : region, 60);
}

/** 2026-11-25_데이터댐_공급기업증가_광주.png: date, page, panel (if any), filters. */
export function exportFileName(opts: {
  date: Date;
  pageTitle: string;
  panelTitle?: string | null;
  filters: { region: string[]; sector: string[] };
  lang: Lang;
  ext: 'png' | 'csv' | 'pdf';
}): string {
  const parts = [localDate(opts.date), namePart(opts.pageTitle, 30)];
  if (opts.panelTitle) parts.push(namePart(opts.panelTitle));
  parts.push(filterPart(opts.filters, opts.lang));
  return `${parts.filter(Boolean).join('_')}.${opts.ext}`;
}
