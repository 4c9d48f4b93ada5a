import { Suspense, use, useEffect, useState } from 'react';
import { Skeleton } from '@mantine/core';
import type { Panel, Source } from '@/lib/api/schemas';
import { preloadable } from '@/lib/preloadable';

/**
 * The panels that draw charts, loaded on their own. Recharts and `@mantine/charts` are ~120 KiB
 * brotli, a third of a dashboard page's code; kept out of the route's chunk, they download in
 * parallel with the page's data (the router and the login form start them, `preloadChartCode`)
 * instead of ahead of it, and the route's own code is smaller to parse before its first paint.
 */
const importChartPanels = () =>
  Promise.all([import('./comparison-panel'), import('./parts-panel')]).then(
    ([comparison, parts]) => ({
      ComparisonPanel: comparison.ComparisonPanel,
      PartsPanel: parts.PartsPanel,
    }),
  );

type ChartPanels = Awaited<ReturnType<typeof importChartPanels>>;

/**
 * Starts (or joins) loading the chart code. A failed load is forgotten, so the panel's retry
 * (its error boundary) loads it again.
 */
const chartCode = preloadable<ChartPanels>(importChartPanels);
export const preloadChartCode = chartCode.load;

/** True once the chart code is in: the page holds its first paint for it, as for its data. */
export function useChartCodeLoaded(): boolean {
  const [isLoaded, setLoaded] = useState(chartCode.loaded() !== undefined);
  useEffect(() => {
    if (isLoaded) return;
    let live = true;
    // A failure shows in the panels themselves; here it only ends the wait.
    const settle = () => live && setLoaded(true);
    preloadChartCode().then(settle, settle);
    return () => void (live = false);
  }, [isLoaded]);
  return isLoaded;
}

function ChartPanel({ panel, source }: { panel: Panel; source: Source }) {
  const { ComparisonPanel, PartsPanel } = chartCode.loaded() ?? use(chartCode.load());
  return panel.kind === 'comparison' ? (
    <ComparisonPanel panel={panel} source={source} />
  ) : (
    <PartsPanel panel={panel} source={source} />
  );
}

/** A comparison, bar or donut panel; a placeholder the height of a chart while its code loads. */
export function LazyChartPanel({ panel, source }: { panel: Panel; source: Source }) {
  return (
    <Suspense fallback={<Skeleton h={150} aria-hidden />}>
      <ChartPanel panel={panel} source={source} />
    </Suspense>
  );
}
