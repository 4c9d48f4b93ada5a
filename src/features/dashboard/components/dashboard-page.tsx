import { useEffect, useRef } from 'react';
import { Alert, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PageId } from '@/lib/api/schemas';
import { useLang } from '@/lib/i18n/use-lang';
import { dashboardQueries, type PanelFilters } from '../api';
import { errorMessageKey } from '../error-text';
import { panelSpans } from '../panel-layout';
import { sourceLine } from '../source-text';
import classes from './dashboard-page.module.css';
import { PanelCard, type PanelActionContext } from './panel-card';

interface Props {
  pageId: PageId;
  filters: PanelFilters;
  /** Rendered under the heading: the filter bar, notices, page export. */
  toolbar?: React.ReactNode;
  /** Per-panel controls supplied by the app layer (export menu, briefing pin). */
  renderPanelActions?: (ctx: PanelActionContext) => React.ReactNode;
}

export function DashboardPage({ pageId, filters, toolbar, renderPanelActions }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const page = useQuery(dashboardQueries.page(pageId));
  const headingRef = useRef<HTMLHeadingElement>(null);

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
  const spans = panelSpans(data.panels.map((p) => p.kind));
  return (
    <Stack gap="lg" data-page-id={pageId} className={`dashboard-page ${classes.page}`}>
      <Stack gap={4}>
        <Title order={1} ref={headingRef} tabIndex={-1} id="page-title">
          {data.title[lang]}
        </Title>
        <Text c="dimmed">{data.lead[lang]}</Text>
        <Text size="xs" c="dimmed">
          {t('page.referencePeriod', { period: '2020' })} · {sourceLine(data.source, lang)}
        </Text>
      </Stack>
      {toolbar}
      <div className={classes.grid}>
        {data.panels.map((p, i) => (
          <div
            key={p.id}
            className={classes.cell}
            style={
              {
                '--span-two': spans[i]?.two ?? 6,
                '--span-three': spans[i]?.three ?? 6,
              } as React.CSSProperties
            }
          >
            <PanelCard
              panelRef={p}
              source={data.source}
              filters={filters}
              renderActions={renderPanelActions}
            />
          </div>
        ))}
      </div>
    </Stack>
  );
}
