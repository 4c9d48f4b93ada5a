import { josa } from 'es-hangul';
/**
 * One sentence per panel for screen readers and the text summary under each chart.
 * Built from the same data the chart draws, so the two cannot disagree.
 */
import type { TFunction } from '@/lib/i18n/i18n';
import type { Panel } from '@/lib/api/schemas';
import { formatValue, type Lang } from '@/lib/format';
import { pointText, sortByDate, valueText } from '@/lib/panel/datum-text';

export { sortByDate };

export function panelSummary(panel: Panel, lang: Lang, t: TFunction): string {
  const sentence = summarise(panel, lang, t);
  // Illustrative figures say so in the summary too, not only in the badge.
  return panel.provenance === 'illustrative' ? `${t('panel.illustrative')}: ${sentence}` : sentence;
}

function summarise(panel: Panel, lang: Lang, t: TFunction): string {
  const title = panel.title[lang];
  const sep = lang === 'ko' ? ', ' : '; ';
  switch (panel.kind) {
    case 'headline':
    case 'flagships':
    case 'kpi-group':
      return t('panel.summary.kpi', {
        title,
        list: panel.items.map((d) => `${d.label[lang]} ${valueText(d, lang)}`).join(sep),
      });
    case 'bar':
    case 'donut': {
      const values = panel.items.filter((d) => d.value !== null);
      const total = values.reduce((s, d) => s + (d.value ?? 0), 0);
      return t('panel.summary.parts', {
        title,
        list: values.map((d) => `${d.label[lang]} ${valueText(d, lang)}`).join(sep),
        total: formatValue(total, values[0]?.unit ?? '', lang),
      });
    }
    case 'comparison':
      return t('panel.summary.comparison', {
        title,
        list: panel.items
          .filter((d) => d.before && d.after)
          .map((d) => {
            const after = pointText(d.after!, d.unit, lang);
            return t('panel.summary.change', {
              label: d.label[lang],
              before: pointText(d.before!, d.unit, lang),
              // Korean joins the particle to the value: 8,032억원으로, 765개사로.
              after: lang === 'ko' ? josa(after, '으로/로') : after,
            });
          })
          .join(sep),
      });
    case 'list':
      return t('panel.summary.list', {
        title,
        count: panel.items.reduce((n, d) => n + Math.max(1, d.members.length), 0),
      });
    case 'timeline': {
      const sorted = sortByDate(panel.items).filter((d) => d.date);
      return t('panel.summary.timeline', {
        title,
        count: sorted.length,
        first: sorted[0]?.date ?? '',
        last: sorted.at(-1)?.date ?? '',
      });
    }
  }
}
