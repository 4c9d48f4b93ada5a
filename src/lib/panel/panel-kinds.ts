/**
 * One entry per panel kind: how a panel of that kind becomes rows (the table view, the CSV,
 * the XLSX and the PPTX table all take these rows, so they cannot drift apart), a text summary
 * (summary.ts), and a chart that carries the data (the PPTX's native chart), or none where the
 * kind is a table by nature. A new kind is one entry here: `satisfies Record<PanelKind, …>`
 * makes the compiler refuse a registry without it.
 */
import type { TFunction } from '@/lib/i18n/i18n';
import type { Datum, Panel, PanelKind } from '@/lib/api/schemas';
import { unitLabel, type Lang } from '@/lib/format';
import {
  arithmeticChangeText,
  comparable,
  pointText,
  sortByDate,
  statedChangeText,
  valueText,
  yearLabel,
} from './datum-text';

/**
 * A panel as a table: a header row, then one row per item; each row's first cell names it.
 * `raw` holds the same rows' figures as numbers with their units (for the data files, where a
 * reader computes with them); `items` the figure behind each row.
 */
export interface PanelRows {
  header: string[];
  rows: string[][];
  raw: { header: string[]; rows: (number | null | string)[][] };
  items: Datum[];
}

/** A chart that carries its figures: categories along one axis, one series per point in time. */
export interface ChartSpec {
  type: 'bar' | 'doughnut';
  /** Bars across (categories read down the left) where the labels are long or many. */
  horizontal: boolean;
  categories: string[];
  series: { name: string; values: number[] }[];
  /** The unit every value is in, as a reader writes it (개, %, 억원). */
  unit: string;
}

interface KindEntry {
  rows: (panel: Panel, lang: Lang, t: TFunction) => PanelRows;
  chart: (panel: Panel, lang: Lang, t: TFunction) => ChartSpec | null;
}

const members = (d: Datum, lang: Lang) =>
  d.members
    .map((m) => (m.detail ? `${m.label[lang]} (${m.detail[lang]})` : m.label[lang]))
    .join(', ');

/**
 * Item · value · detail: every kind but the comparison. The detail column only where some
 * row has something in it (bar and donut parts have no members): no all-empty 내용 column.
 */
function valueRows(items: Datum[], lang: Lang, t: TFunction): PanelRows {
  const withDetail = items.some((d) => d.members.length > 0);
  return {
    header: [t('panel.item'), t('panel.value'), ...(withDetail ? [t('panel.detail')] : [])],
    rows: items.map((d) => [
      d.label[lang],
      valueText(d, lang),
      ...(withDetail ? [members(d, lang)] : []),
    ]),
    raw: {
      header: [t('export.columns.number'), t('export.columns.unit')],
      rows: items.map((d) => [d.value, unitLabel(d.unit, lang)]),
    },
    items,
  };
}

/** Parts of one whole (a breakdown, a share): one series, a bar per part. */
function partsChart(panel: Panel, lang: Lang, type: ChartSpec['type']): ChartSpec | null {
  const parts = panel.items.filter((d) => d.value !== null && !d.display);
  const unit = parts[0]?.unit;
  if (!unit || parts.some((d) => d.unit !== unit) || parts.length < 2) return null;
  const categories = parts.map((d) => d.label[lang]);
  return {
    type,
    horizontal: parts.length > 6 || categories.some((c) => c.length > 8),
    categories,
    series: [{ name: panel.title[lang], values: parts.map((d) => d.value!) }],
    unit: unitLabel(unit, lang),
  };
}

export const PANEL_KINDS = {
  // The overview's headline band: figures in different units, read as a table.
  headline: {
    rows: (panel, lang, t) => valueRows(panel.items, lang, t),
    chart: () => null,
  },
  // The five flagships, each with its one key result.
  flagships: {
    rows: (panel, lang, t) => valueRows(panel.items, lang, t),
    chart: () => null,
  },
  'kpi-group': {
    rows: (panel, lang, t) => valueRows(panel.items, lang, t),
    // Figures in different units side by side: a table, not one axis.
    chart: () => null,
  },
  bar: {
    rows: (panel, lang, t) => valueRows(panel.items, lang, t),
    chart: (panel, lang) => partsChart(panel, lang, 'bar'),
  },
  donut: {
    rows: (panel, lang, t) => valueRows(panel.items, lang, t),
    chart: (panel, lang) => partsChart(panel, lang, 'doughnut'),
  },
  comparison: {
    rows: (panel, lang, t) => ({
      header: [
        t('panel.item'),
        t('panel.before'),
        t('panel.after'),
        t('panel.arithmetic'),
        t('panel.stated'),
      ],
      rows: panel.items.map((d) =>
        d.before && d.after
          ? [
              d.label[lang],
              `${yearLabel(d.before, '')} ${pointText(d.before, d.unit, lang)}`.trim(),
              `${yearLabel(d.after, '')} ${pointText(d.after, d.unit, lang)}`.trim(),
              arithmeticChangeText(d, lang) ?? '—',
              statedChangeText(d, lang) ?? '—',
            ]
          : [d.label[lang], '—', valueText(d, lang), '—', statedChangeText(d, lang) ?? '—'],
      ),
      raw: {
        header: [
          `${t('panel.before')} ${t('export.columns.number')}`,
          `${t('panel.before')} ${t('export.columns.unit')}`,
          `${t('panel.after')} ${t('export.columns.number')}`,
          `${t('panel.after')} ${t('export.columns.unit')}`,
        ],
        rows: panel.items.map((d) =>
          d.before && d.after
            ? [
                d.before.value,
                unitLabel(d.before.unit ?? d.unit, lang),
                d.after.value,
                unitLabel(d.after.unit ?? d.unit, lang),
              ]
            : [null, null, d.value, unitLabel(d.unit, lang)],
        ),
      },
      items: panel.items,
    }),
    // Before and after as two series, for the pairs one axis can hold honestly (not a rank,
    // not 5년 → 50일), and only where they share a unit.
    chart: (panel, lang, t) => {
      const pairs = panel.items.filter(comparable);
      const unit = pairs[0]?.unit;
      if (!unit || pairs.some((d) => d.unit !== unit)) return null;
      const name = (p: 'before' | 'after', fallback: string) => {
        const years = new Set(pairs.map((d) => d[p]!.year));
        const [year] = years;
        return years.size === 1 && year != null ? String(year) : fallback;
      };
      const categories = pairs.map((d) => d.label[lang]);
      return {
        type: 'bar',
        // Columns, as the card draws them: before and after side by side, in time order.
        horizontal: false,
        categories,
        series: [
          { name: name('before', t('panel.before')), values: pairs.map((d) => d.before!.value) },
          { name: name('after', t('panel.after')), values: pairs.map((d) => d.after!.value) },
        ],
        unit: unitLabel(unit, lang),
      };
    },
  },
  list: {
    rows: (panel, lang, t) => valueRows(panel.items, lang, t),
    chart: () => null,
  },
  timeline: {
    rows: (panel, lang, t) => valueRows(sortByDate(panel.items), lang, t),
    chart: () => null,
  },
} satisfies Record<PanelKind, KindEntry>;

/** The panel's rows, as every table of it shows them. */
export function panelRows(panel: Panel, lang: Lang, t: TFunction): PanelRows {
  return PANEL_KINDS[panel.kind].rows(panel, lang, t);
}

/** The panel's native chart, or null where it is a table by nature. */
export function panelChart(panel: Panel, lang: Lang, t: TFunction): ChartSpec | null {
  return PANEL_KINDS[panel.kind].chart(panel, lang, t);
}
