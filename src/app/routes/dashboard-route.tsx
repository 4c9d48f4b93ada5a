import { useMemo } from 'react';
import { Alert, Group, Stack } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useSession } from '@/features/auth/session-store';
import { dashboardQueries, regionMapQuery } from '@/features/dashboard/api';
import { DashboardPage } from '@/features/dashboard/components/dashboard-page';
import { panelState } from '@/features/dashboard/panel-state';
import { prefetchPanels } from '@/features/dashboard/prefetch';
import { sourceLine } from '@/features/dashboard/source-text';
import { PageExportMenu } from '@/features/export/components/page-export-menu';
import { captureIgnore } from '@/lib/capture-ignore';
import { userStamp, viewUrl } from '@/features/export/frame';
import type { ExportContext } from '@/features/export/types';
import { FilterBar } from '@/features/filters/components/filter-bar';
import { filtersInWords } from '@/lib/filter-words';
import { useFilters } from '@/features/filters/use-filters';
import type { Filters } from '@/features/filters/filter-params';
import type { PageId, Role } from '@/lib/api/schemas';
import { pagePath } from '@/config/paths';
import { useLatest } from '@/lib/use-latest';
import { PanelActionsContext, renderPanelActions, type PanelActionsState } from './panel-actions';

const EXPORT_ROLES: Role[] = ['analyst', 'admin'];

/**
 * A flagship page: the dashboard feature, fed the filters from the URL, with the filter bar
 * and the export menus (page and per panel), which get the user and the filters in words here.
 * The panels' actions get them through PanelActionsContext (panel-actions.tsx).
 */
export function DashboardRoute({ pageId }: { pageId: PageId }) {
  const { t, lang } = useTranslation();
  const session = useSession();
  const page = useQuery(dashboardQueries.page(pageId));
  const { region, sector, ignored, setFilters } = useFilters();
  const queryClient = useQueryClient();
  // The panels a new filter touches start loading at the click, beside the render of the new
  // filter, not once that render has run their queries (the cards' own keys: nothing loads twice).
  const applyFilters = (next: Filters) => {
    if (page.data) void prefetchPanels(queryClient, page.data.panels, next);
    setFilters(next);
  };
  const ignoredValues = [...ignored.region, ...ignored.sector];
  // One object while the query string is the same: the export context below is rebuilt only
  // when something it names changes.
  const filters = useMemo(() => ({ region, sector }), [region, sector]);

  const user = session?.user;
  const mayExport = !!user && EXPORT_ROLES.includes(user.role);
  const exportCtx = useMemo<ExportContext | null>(
    () =>
      page.data
        ? {
            lang,
            pageId,
            pageTitle: page.data.title,
            filters,
            filtersText: filtersInWords(filters, lang),
            sourceText: sourceLine(page.data.source, lang),
            referencePeriod: page.data.referenceDate,
            userText: user
              ? userStamp(user.displayName[lang], user.role, t(`roles.${user.role}`))
              : '—',
            // The panels as the app holds them when an export starts (refusal, 예시 데이터).
            getPanels: () => page.data.panels.map((ref) => panelState(queryClient, ref, filters)),
            url: viewUrl(window.location.origin, pagePath[pageId], filters),
            canExport: mayExport,
          }
        : null,
    [page.data, lang, pageId, filters, user, t, mayExport, queryClient],
  );
  const getExportCtx = useLatest(exportCtx);
  const actions = useMemo<PanelActionsState>(
    () => ({ pageId, user: user?.username ?? null, mayExport, getExportCtx }),
    [pageId, user, mayExport, getExportCtx],
  );

  return (
    <PanelActionsContext value={actions}>
      <DashboardPage
        // A new page is a new first paint (it holds its grid until its panels answer).
        key={pageId}
        pageId={pageId}
        filters={filters}
        toolbar={
          <Stack gap="xs" {...captureIgnore}>
            {ignoredValues.length > 0 && (
              <Alert color="orange" role="status" title={t('filters.ignoredTitle')}>
                {t('filters.ignored', { values: ignoredValues.join(', ') })}
              </Alert>
            )}
            <FilterBar
              filters={filters}
              onChange={applyFilters}
              mapFigure={regionMapQuery(filters.sector)}
            />
          </Stack>
        }
        headerActions={
          exportCtx && (
            <Group {...captureIgnore}>
              <PageExportMenu ctx={exportCtx} />
            </Group>
          )
        }
        renderPanelActions={renderPanelActions}
      />
    </PanelActionsContext>
  );
}
