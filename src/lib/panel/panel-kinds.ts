/**
 * One entry per panel kind: how a panel of that kind becomes rows (the table view, the CSV,
 * the XLSX and the PPTX table all take these rows, so they cannot drift apart), its one-sentence
 * text summary (screen readers, the text under each chart), and a chart that carries the data
 * (the PPTX's native chart), or none where the kind is a table by nature. How a kind renders on
 * screen is its entry in the dashboard's `PANEL_VIEWS` (React components stay in the feature).
 * A new kind is one entry here and one there: both are typed `{ [K in PanelKind]: … }`, so the
 * compiler refuses either without it, and each entry receives its own kind's panel
 * (`PanelOf<K>`, the zod union narrowed).
 */
import { josa } from 'es-hangul';
import type { TFunction } from '@/lib/i18n/i18n';
import type { Datum, Panel, PanelKind, PanelOf } from '@/lib/api/schemas';
import { formatValue, unitLabel, type Lang } from '@/lib/format';
import {
  arithmeticChangeText,
  comparable,
  comparisonPoints,
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

/** What the registry knows of one kind. Method syntax: an entry for one kind is read as one for any. */
interface KindEntry<P extends Panel> {
  rows(panel: P, lang: Lang, t: TFunction): PanelRows;
  chart(panel: P, lang: Lang, t: TFunction): ChartSpec | null;
  /** One sentence (without the 예시 데이터 prefix, which panelSummary adds for every kind). */
  summary(panel: P, lang: Lang, t: TFunction): string;
}

type Registry = { [K in PanelKind]: KindEntry<PanelOf<K>> };

const listSep = (lang: Lang) => (lang === 'ko' ? ', ' : '; ');

/** A row as the sentence says it: its label and its figure, the table's first two cells. */
const rowWords = (row: string[]) => `${row[0]} ${row[1]}`;

/** Figures with their labels, in a sentence, from the kind's rows: 기업 393개, 인력 2만명. */
function figuresSummary(panel: Panel, lang: Lang, t: TFunction) {
  return t('panel.summary.kpi', {
    title: panel.title[lang],
    list: entryFor(panel).rows(panel, lang, t).rows.map(rowWords).join(listSep(lang)),
  });
}

/** Parts of a whole (the rows that have a figure) with their total. */
function partsSummary(panel: Panel, lang: Lang, t: TFunction) {
  const { rows, items } = entryFor(panel).rows(panel, lang, t);
  const parts = rows.filter((_, n) => items[n]!.value !== null);
  const values = items.filter((d) => d.value !== null);
  const total = values.reduce((s, d) => s + (d.value ?? 0), 0);
  return t('panel.summary.parts', {
    title: panel.title[lang],
    list: parts.map(rowWords).join(listSep(lang)),
    total: formatValue(total, values[0]?.unit ?? '', lang),
  });
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

export const PANEL_KINDS: Registry = {
  // The overview's headline band: figures in different units, read as a table.
  headline: {
    rows: (panel, lang, t) => valueRows(panel.items, lang, t),
    chart: () => null,
    summary: figuresSummary,
  },
  // The five flagships, each with its one key result.
  flagships: {
    rows: (panel, lang, t) => valueRows(panel.items, lang, t),
    chart: () => null,
    summary: figuresSummary,
  },
  'kpi-group': {
    rows: (panel, lang, t) => valueRows(panel.items, lang, t),
    // Figures in different units side by side: a table, not one axis.
    chart: () => null,
    summary: figuresSummary,
  },
  bar: {
    rows: (panel, lang, t) => valueRows(panel.items, lang, t),
    chart: (panel, lang) => partsChart(panel, lang, 'bar'),
    summary: partsSummary,
  },
  donut: {
    rows: (panel, lang, t) => valueRows(panel.items, lang, t),
    chart: (panel, lang) => partsChart(panel, lang, 'doughnut'),
    summary: partsSummary,
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
      rows: panel.items.map((d) => {
        const pair = comparisonPoints(d);
        return pair
          ? [
              d.label[lang],
              `${yearLabel(pair.before, '')} ${pointText(pair.before, d.unit, lang)}`.trim(),
              `${yearLabel(pair.after, '')} ${pointText(pair.after, d.unit, lang)}`.trim(),
              arithmeticChangeText(d, lang) ?? '—',
              statedChangeText(d, lang) ?? '—',
            ]
          : [d.label[lang], '—', valueText(d, lang), '—', statedChangeText(d, lang) ?? '—'];
      }),
      raw: {
        header: [
          `${t('panel.before')} ${t('export.columns.number')}`,
          `${t('panel.before')} ${t('export.columns.unit')}`,
          `${t('panel.after')} ${t('export.columns.number')}`,
          `${t('panel.after')} ${t('export.columns.unit')}`,
        ],
        rows: panel.items.map((d) => {
          const pair = comparisonPoints(d);
          return pair
            ? [
                pair.before.value,
                unitLabel(pair.before.unit ?? d.unit, lang),
                pair.after.value,
                unitLabel(pair.after.unit ?? d.unit, lang),
              ]
            : [null, null, d.value, unitLabel(d.unit, lang)];
        }),
      },
      items: panel.items,
    }),
    // Before and after as two series, for the pairs one axis can hold honestly (not a rank,
    // not 5년 → 50일), and only where they share a unit.
    chart: (panel, lang, t) => {
      const pairs = panel.items.filter(comparable).map((d) => ({ d, ...comparisonPoints(d)! }));
      const unit = pairs[0]?.d.unit;
      if (!unit || pairs.some((p) => p.d.unit !== unit)) return null;
      const name = (at: 'before' | 'after', fallback: string) => {
        const years = new Set(pairs.map((p) => p[at].year));
        const [year] = years;
        return years.size === 1 && year != null ? String(year) : fallback;
      };
      const categories = pairs.map((p) => p.d.label[lang]);
      return {
        type: 'bar',
        // Bars across, one pair a row as the card draws them, where the labels are long (a
        // slide squeezed long labels under columns on their side); columns otherwise.
        horizontal: pairs.length > 6 || categories.some((c) => c.length > 12),
        categories,
        series: [
          { name: name('before', t('panel.before')), values: pairs.map((p) => p.before.value) },
          { name: name('after', t('panel.after')), values: pairs.map((p) => p.after.value) },
        ],
        unit: unitLabel(unit, lang),
      };
    },
    summary: (panel, lang, t) =>
      t('panel.summary.comparison', {
        title: panel.title[lang],
        list: panel.items
          .flatMap((d) => {
            const pair = comparisonPoints(d);
            if (!pair) return [];
            const after = pointText(pair.after, d.unit, lang);
            return t('panel.summary.change', {
              label: d.label[lang],
              before: pointText(pair.before, d.unit, lang),
              // Korean joins the particle to the value: 8,032억원으로, 765개사로.
              after: lang === 'ko' ? josa(after, '으로/로') : after,
            });
          })
          .join(listSep(lang)),
      }),
  },
  list: {
    rows: (panel, lang, t) => valueRows(panel.items, lang, t),
    chart: () => null,
    summary: (panel, lang, t) =>
      t('panel.summary.list', {
        title: panel.title[lang],
        count: panel.items.reduce((n, d) => n + Math.max(1, d.members.length), 0),
      }),
  },
  timeline: {
    rows: (panel, lang, t) => valueRows(sortByDate(panel.items), lang, t),
    chart: () => null,
    summary: (panel, lang, t) => {
      const sorted = sortByDate(panel.items).filter((d) => d.date);
      return t('panel.summary.timeline', {
        title: panel.title[lang],
        count: sorted.length,
        first: sorted[0]?.date ?? '',
        last: sorted.at(-1)?.date ?? '',
      });
    },
  },
};

/**
 * The entry for a panel's kind. TypeScript cannot follow that `PANEL_KINDS[panel.kind]` is the
 * entry for this very panel's kind (a correlated union), so it is read as an entry for any
 * panel; the registry's type above is what checks each entry against its kind.
 */
function entryFor(panel: Panel): KindEntry<Panel> {
  return PANEL_KINDS[panel.kind] as KindEntry<Panel>;
}

/** The panel's rows, as every table of it shows them. */
export function panelRows(panel: Panel, lang: Lang, t: TFunction): PanelRows {
  return entryFor(panel).rows(panel, lang, t);
}

/** The panel's native chart, or null where it is a table by nature. */
export function panelChart(panel: Panel, lang: Lang, t: TFunction): ChartSpec | null {
  return entryFor(panel).chart(panel, lang, t);
}

/** The panel in one sentence, as its kind says it (summary.ts adds 예시 데이터 where it applies). */
export function panelSentence(panel: Panel, lang: Lang, t: TFunction): string {
  return entryFor(panel).summary(panel, lang, t);
}
