import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { PageId } from '@/lib/api/schemas';
import { dashboardQueries, type PanelFilters } from '../api';
import { isChartKind } from '../chart-view';
import { errorMessageKey } from '../error-text';
import { fullRowPanels } from '../panel-layout';
import { sourceLine } from '../source-text';
import { useChartCodeLoaded } from './chart-panels';
import classes from './dashboard-page.module.css';
import { PanelCard, type PanelActionContext } from './panel-card';

/**
 * How long a page's first paint waits for all its panels (their data, and the chart code if
 * any of them draws a chart). Drawn one by one as each answers,
 * every card that grows from its skeleton pushes the cards below it down (the overview's
 * layout shift was 0.06–0.16). Held back until all have answered, the grid appears in one
 * piece; a slow panel holds the others no longer than this, then shows its own skeleton.
 */
const FIRST_PAINT_HOLD_MS = 800;

interface Props {
  pageId: PageId;
  filters: PanelFilters;
  /** Rendered under the heading: the filter bar, notices. */
  toolbar?: React.ReactNode;
  /** Rendered beside the heading, at its end: the page export. */
  headerActions?: React.ReactNode;
  /** Per-panel controls supplied by the app layer (export menu, briefing pin). */
  renderPanelActions?: (ctx: PanelActionContext) => React.ReactNode;
}

export function DashboardPage({
  pageId,
  filters,
  toolbar,
  headerActions,
  renderPanelActions,
}: Props) {
  const { t, lang } = useTranslation();
  const page = useQuery(dashboardQueries.page(pageId));
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The same queries the cards run (same keys: no extra request), watched only for "all
  // answered". Later filter changes keep the previous data on screen, so this holds only the
  // first paint.
  const allAnswered = useQueries({
    queries: (page.data?.panels ?? []).map((p) => dashboardQueries.panel(p, filters)),
    combine: (results) => results.every((r) => !r.isPending),
  });
  const chartCodeLoaded = useChartCodeLoaded();
  const chartsReady = chartCodeLoaded || !page.data?.panels.some((p) => isChartKind(p.kind));
  // Once the grid is shown it stays (a later pending query shows in its own card).
  const [gridShown, setGridShown] = useState(false);
  const hasPage = page.data !== undefined;
  if (hasPage && allAnswered && chartsReady && !gridShown) setGridShown(true);
  useEffect(() => {
    if (!hasPage) return;
    const id = window.setTimeout(() => setGridShown(true), FIRST_PAINT_HOLD_MS);
    return () => window.clearTimeout(id);
  }, [hasPage]);

  useEffect(() => {
    if (page.data) document.title = `${page.data.title[lang]} | ${t('app.name')}`;
  }, [page.data, lang, t]);

  if (page.isPending) {
    return (
      <Stack>
        <Skeleton h={36} w="30%" />
        <Skeleton h={200} />
      </Stack>
    );
  }
  if (page.isError) {
    return (
      <Alert color="red" title={t('page.loadError')}>
        <Group>
          <Text size="sm">{t(errorMessageKey(page.error))}</Text>
          <Button size="xs" variant="light" onClick={() => void page.refetch()}>
            {t('panel.retry')}
          </Button>
        </Group>
      </Alert>
    );
  }

  const data = page.data;
  const fullRow = fullRowPanels(data.panels.map((p) => p.kind));
  return (
    // Small gaps (12 px) between the page's parts: the overview's story fits its first screen.
    <Stack gap="sm" data-page-id={pageId} className={`dashboard-page ${classes.page}`}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 420px', minWidth: 0 }}>
          {/* 30 px rather than Mantine's 34: the first screen's room goes to the figures. */}
          <Title order={1} fz={30} ref={headingRef} tabIndex={-1} id="page-title">
            {data.title[lang]}
          </Title>
          <Text c="dimmed">
            {data.lead[lang]}{' '}
            <Text span size="sm">
              {t('page.referencePeriod', { period: data.referenceDate })} ·{' '}
              {sourceLine(data.source, lang)}
            </Text>
          </Text>
        </Stack>
        {headerActions}
      </Group>
      {toolbar}
      {gridShown ? (
        <div className={classes.grid}>
          {data.panels.map((p, i) => (
            <div key={p.id} className={classes.cell} data-full-row={fullRow[i] || undefined}>
              <PanelCard
                panelRef={p}
                source={data.source}
                filters={filters}
                renderActions={renderPanelActions}
              />
            </div>
          ))}
        </div>
      ) : (
        <Stack gap="md" role="status" aria-label={t('panel.loading')}>
          <Skeleton h={220} />
          <Skeleton h={320} />
        </Stack>
      )}
    </Stack>
  );
}
