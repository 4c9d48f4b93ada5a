import type { TFunction } from 'i18next';
import type { PanelScope } from '@/lib/api/schemas';

/**
 * What a panel says when a filter is in force that its figures do not answer (a national
 * figure under a region filter): on the card, and in every export of it, so a file never
 * pairs "지역: 광주" with a national figure without saying so.
 */
export function scopeNotes(
  scope: PanelScope,
  filters: { region: readonly string[]; sector: readonly string[] },
  t: TFunction,
): string[] {
  const notes: string[] = [];
  if (filters.region.length > 0 && scope.region === 'national') notes.push(t('panel.nationalOnly'));
  if (filters.sector.length > 0 && scope.sector === 'national')
    notes.push(t('panel.sectorNotApplied'));
  return notes;
}
