import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Pages whose issue has not landed yet say so plainly, inside the shell. */
export function Placeholder({ titleKey }: { titleKey: 'nav.briefing' | 'nav.audit' }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1} id="page-title" tabIndex={-1}>
        {t(titleKey)}
      </Title>
      <Alert color="gray" title={t('page.placeholder')}>
        {t('page.placeholderBody')}
      </Alert>
    </Stack>
  );
}
