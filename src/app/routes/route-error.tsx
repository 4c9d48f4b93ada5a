import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { paths } from '@/config/paths';

/** The route-level error boundary: a useful message and a way back, never a white screen. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <Stack p="xl" maw={640}>
      <Alert color="red" title={t('errors.boundaryTitle')} role="alert">
        {detail}
      </Alert>
      <Button component="a" href={paths.overview} w="fit-content">
        {t('errors.boundaryBack')}
      </Button>
    </Stack>
  );
}
