import { Alert, Button, Stack } from '@mantine/core';
import type { FallbackProps } from 'react-error-boundary';
import { useTranslation } from '@/lib/i18n/use-translation';
import { paths } from '@/config/paths';

/** What the route error boundary shows: a useful message and a way back, never a white screen. */
export function RouteError({ error }: FallbackProps) {
  const { t } = useTranslation();
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <Stack p="xl" maw={640}>
      <Alert color="red" title={t('errors.boundaryTitle')} role="alert">
        {detail}
      </Alert>
      {/* A full page load, not a client-side move: a route whose code failed to load gets a
          fresh try (React.lazy keeps a failed import's error). */}
      <Button component="a" href={paths.overview} w="fit-content">
        {t('errors.boundaryBack')}
      </Button>
    </Stack>
  );
}
