/**
 * How each panel kind renders on screen: the on-screen half of the panel-kind registry (its
 * rows, summary and chart are in src/lib/panel/panel-kinds.ts, which cannot hold React
 * components). Typed per kind, so a new kind without its view does not compile.
 */
import type { ComponentType } from 'react';
import type { Panel, PanelKind, PanelOf, Source } from '@/lib/api/schemas';
import { LazyChartPanel } from './chart-panels';
import { FlagshipRow } from './flagship-row';
import { HeadlineBand } from './headline-band';
import { KpiGroup } from './kpi-group';
import { ListPanel } from './list-panel';
import { TimelinePanel } from './timeline-panel';

type ViewProps<P extends Panel> = { panel: P; source: Source };

export const PANEL_VIEWS: { [K in PanelKind]: ComponentType<ViewProps<PanelOf<K>>> } = {
  headline: HeadlineBand,
  flagships: FlagshipRow,
  'kpi-group': KpiGroup,
  // The charts load with their library, after the first paint.
  comparison: LazyChartPanel,
  bar: LazyChartPanel,
  donut: LazyChartPanel,
  list: ListPanel,
  timeline: TimelinePanel,
};

/** The view for a panel's kind (read as a view of any panel: see panel-kinds.ts entryFor). */
export const panelView = (panel: Panel) =>
  PANEL_VIEWS[panel.kind] as ComponentType<ViewProps<Panel>>;
