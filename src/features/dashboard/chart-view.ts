import type { Panel, PanelKind } from '@/lib/api/schemas';
import { comparable } from './datum-text';

const CHART_KINDS: ReadonlySet<PanelKind> = new Set(['bar', 'donut', 'comparison']);

/** Kinds that may draw a chart: their card reserves a chart-sized skeleton while loading. */
export function isChartKind(kind: PanelKind): boolean {
  return CHART_KINDS.has(kind);
}

/**
 * Whether a loaded panel draws a chart, and so offers the chart/table switch. A comparison
 * whose pairs cannot be drawn on one axis (a rank, 26위 → 7위; 5년 → 50일 as stated) shows
 * its pairs as text only: a "chart" view of it would be empty.
 */
export function hasChartView(panel: Panel): boolean {
  if (!isChartKind(panel.kind)) return false;
  if (panel.kind === 'comparison') return panel.items.some(comparable);
  return panel.items.some((d) => d.value !== null);
}
