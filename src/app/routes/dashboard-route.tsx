import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DashboardPage } from '@/features/dashboard/components/dashboard-page';
import { useFilters } from '@/features/filters/use-filters';
import type { PageId } from '@/lib/api/schemas';

/** A flagship page: the dashboard feature, fed the filters from the URL. */
export function DashboardRoute({ pageId }: { pageId: PageId }) {
  const { t } = useTranslation();
  const filters = useFilters();
  const ignored = [...filters.ignored.region, ...filters.ignored.sector];
  return (
    <DashboardPage
      pageId={pageId}
      filters={filters}
      toolbar={
        ignored.length > 0 ? (
          <Alert color="orange" role="status" title={t('filters.ignoredTitle')}>
            {t('filters.ignored', { values: ignored.join(', ') })}
          </Alert>
        ) : null
      }
    />
  );
}
