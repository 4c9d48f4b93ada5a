/**
 * One sentence per panel for screen readers and the text summary under each chart. Each kind's
 * sentence is its entry in the panel-kind registry (src/lib/panel/panel-kinds.ts), built from
 * the same data the chart draws, so the two cannot disagree.
 */
import type { TFunction } from '@/lib/i18n/i18n';
import type { Panel } from '@/lib/api/schemas';
import type { Lang } from '@/lib/format';
import { panelSentence } from '@/lib/panel/panel-kinds';
import { sortByDate } from '@/lib/panel/datum-text';

export { sortByDate };

export function panelSummary(panel: Panel, lang: Lang, t: TFunction): string {
  const sentence = panelSentence(panel, lang, t);
  // Illustrative figures say so in the summary too, not only in the badge.
  return panel.provenance === 'illustrative' ? `${t('panel.illustrative')}: ${sentence}` : sentence;
}
