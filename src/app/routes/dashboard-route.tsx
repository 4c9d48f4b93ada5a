import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DashboardPage } from '@/features/dashboard/components/dashboard-page';
import { FilterBar } from '@/features/filters/components/filter-bar';
import { useFilters } from '@/features/filters/use-filters';
import type { PageId } from '@/lib/api/schemas';

/** A flagship page: the dashboard feature, fed the filters from the URL, with the filter bar. */
export function DashboardRoute({ pageId }: { pageId: PageId }) {
  const { t } = useTranslation();
  const { region, sector, ignored, setFilters } = useFilters();
  const ignoredValues = [...ignored.region, ...ignored.sector];
  return (
    <DashboardPage
      pageId={pageId}
      filters={{ region, sector }}
      toolbar={
        <Stack gap="xs">
          {ignoredValues.length > 0 && (
            <Alert color="orange" role="status" title={t('filters.ignoredTitle')}>
              {t('filters.ignored', { values: ignoredValues.join(', ') })}
            </Alert>
          )}
          <FilterBar filters={{ region, sector }} onChange={setFilters} />
        </Stack>
      }
    />
  );
}
