import type { TFunction } from '@/lib/i18n/i18n';
import type { PanelScope } from '@/lib/api/schemas';

interface FiltersInForce {
  region: readonly string[];
  sector: readonly string[];
}

/** The dimensions with a filter in force that a panel answers only nationally. */
export function filtersNotApplied(scope: PanelScope, filters: FiltersInForce) {
  return {
    region: filters.region.length > 0 && scope.region === 'national',
    sector: filters.sector.length > 0 && scope.sector === 'national',
  };
}

/**
 * What a panel says when a filter is in force that its figures do not answer (a national
 * figure under a region filter): on the card, and in every export of it, so a file never
 * pairs "지역: 광주" with a national figure without saying so.
 */
export function scopeNotes(scope: PanelScope, filters: FiltersInForce, t: TFunction): string[] {
  const notApplied = filtersNotApplied(scope, filters);
  const notes: string[] = [];
  if (notApplied.region) notes.push(t('panel.nationalOnly'));
  if (notApplied.sector) notes.push(t('panel.sectorNotApplied'));
  return notes;
}
