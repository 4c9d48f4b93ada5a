/**
 * The filters in words, one source for the page, the briefing pack and every export frame:
 * 지역: 광주 · 업종: 제조. For one panel (its scope given) a chosen filter the panel does not
 * answer says so: 지역: 전국 — 지역 필터 미적용, never 지역: 광주 over a national figure.
 */
import { REGIONS, SECTORS } from '@/config/regions';
import type { PanelScope } from '@/lib/api/schemas';
import type { Lang } from '@/lib/format';

export interface ChosenFilters {
  region: readonly string[];
  sector: readonly string[];
}

/** How one dimension applies to a panel: not chosen, applied (or split illustratively), or not. */
export type FilterUse = 'none' | 'applied' | 'not-applied';

export function filterUse(
  scope: PanelScope[keyof PanelScope] | null,
  chosen: readonly string[],
): FilterUse {
  if (chosen.length === 0) return 'none';
  return scope === 'national' ? 'not-applied' : 'applied';
}

const WORDS = {
  region: {
    dims: REGIONS,
    all: { ko: '전국', en: 'Nationwide' },
    notApplied: { ko: '전국 — 지역 필터 미적용', en: 'National — region filter not applied' },
    name: { ko: '지역', en: 'Region' },
  },
  sector: {
    dims: SECTORS,
    all: { ko: '전 업종', en: 'All sectors' },
    notApplied: { ko: '전 업종 — 업종 필터 미적용', en: 'All sectors — sector filter not applied' },
    name: { ko: '업종', en: 'Sector' },
  },
} as const;

function dimensionWords(
  dimension: keyof typeof WORDS,
  use: FilterUse,
  chosen: readonly string[],
  lang: Lang,
) {
  const w = WORDS[dimension];
  if (use === 'applied') {
    return (w.dims as readonly { slug: string; ko: string; en: string }[])
      .filter((d) => chosen.includes(d.slug))
      .map((d) => d[lang])
      .join(', ');
  }
  return use === 'not-applied' ? w.notApplied[lang] : w.all[lang];
}

/** The filters as they apply to a panel; scope null for a whole page (each card says its own). */
export function filtersAsApplied(
  scope: PanelScope | null,
  filters: ChosenFilters,
  lang: Lang,
): { text: string; notApplied: boolean } {
  const region = filterUse(scope?.region ?? null, filters.region);
  const sector = filterUse(scope?.sector ?? null, filters.sector);
  const part = (d: keyof typeof WORDS, use: FilterUse) =>
    `${WORDS[d].name[lang]}: ${dimensionWords(d, use, filters[d], lang)}`;
  return {
    text: `${part('region', region)} · ${part('sector', sector)}`,
    notApplied: region === 'not-applied' || sector === 'not-applied',
  };
}

/** The chosen filters in words, as they stand: 지역: 광주 · 업종: 제조. */
export const filtersInWords = (filters: ChosenFilters, lang: Lang): string =>
  filtersAsApplied(null, filters, lang).text;
