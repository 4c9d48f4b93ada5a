import { Alert, Group, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '@/features/auth/session-store';
import { PinButton } from '@/features/briefing/components/pin-button';
import { dashboardQueries } from '@/features/dashboard/api';
import { DashboardPage } from '@/features/dashboard/components/dashboard-page';
import { sourceLine } from '@/features/dashboard/source-text';
import { PageExportMenu } from '@/features/export/components/page-export-menu';
import { PanelExportMenu } from '@/features/export/components/panel-export-menu';
import { IGNORE_ATTR } from '@/lib/capture-ignore';
import type { ExportContext } from '@/features/export/types';
import { FilterBar } from '@/features/filters/components/filter-bar';
import { filtersInWords } from '@/features/filters/filter-text';
import { useFilters } from '@/features/filters/use-filters';
import type { PageId, Role } from '@/lib/api/schemas';
import { useLang } from '@/lib/i18n/use-lang';

const EXPORT_ROLES: Role[] = ['analyst', 'admin'];

/**
 * A flagship page: the dashboard feature, fed the filters from the URL, with the filter bar
 * and the export menus (page and per panel), which get the user and the filters in words here.
 */
export function DashboardRoute({ pageId }: { pageId: PageId }) {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession();
  const page = useQuery(dashboardQueries.page(pageId));
  const { region, sector, ignored, setFilters } = useFilters();
  const ignoredValues = [...ignored.region, ...ignored.sector];
  const filters = { region, sector };

  const user = session?.user;
  const exportCtx: ExportContext | null = page.data
    ? {
        lang,
        pageId,
        pageTitle: page.data.title,
        filters,
        filtersText: filtersInWords(filters, lang),
        sourceText: sourceLine(page.data.source, lang),
        referencePeriod: '2020',
        userText: user ? `${user.displayName[lang]} (${t(`roles.${user.role}`)})` : '—',
        canExport: !!user && EXPORT_ROLES.includes(user.role),
      }
    : null;

  return (
    <>
      <DashboardPage
        // A new page is a new first paint (it holds its grid until its panels answer).
        key={pageId}
        pageId={pageId}
        filters={filters}
        toolbar={
          <Stack gap="xs" {...{ [IGNORE_ATTR]: '' }}>
            {ignoredValues.length > 0 && (
              <Alert color="orange" role="status" title={t('filters.ignoredTitle')}>
                {t('filters.ignored', { values: ignoredValues.join(', ') })}
              </Alert>
            )}
            <FilterBar filters={filters} onChange={setFilters} />
            {exportCtx && (
              <Group justify="flex-end">
                <PageExportMenu ctx={exportCtx} />
              </Group>
            )}
          </Stack>
        }
        renderPanelActions={({ panel, element }) => (
          <>
            <PinButton
              user={user?.username ?? null}
              allowed={!!user && EXPORT_ROLES.includes(user.role)}
              pageId={pageId}
              panelId={panel.id}
              panelTitle={panel.title[lang]}
              filters={filters}
            />
            {exportCtx && <PanelExportMenu panel={panel} element={element} ctx={exportCtx} />}
          </>
        )}
      />
    </>
  );
}
