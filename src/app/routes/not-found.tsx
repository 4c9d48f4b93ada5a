import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from '@/lib/i18n/use-translation';
import { Link } from 'wouter';
import { paths } from '@/config/paths';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start" gap="sm">
      <Title order={1} id="page-title" tabIndex={-1}>
        {t('page.notFoundTitle')}
      </Title>
      <Text>{t('page.notFoundBody')}</Text>
      <Button component={Link} to={paths.overview}>
        {t('page.backToOverview')}
      </Button>
    </Stack>
  );
}
