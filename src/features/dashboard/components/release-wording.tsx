import { Text } from '@mantine/core';
import { useTranslation } from '@/lib/i18n/use-translation';

/**
 * The release's own words for a result it states without a figure. They are Korean in both
 * languages (a quotation is not translated), so English readers are told what they are.
 */
export function ReleaseWording({ quote }: { quote: string | null }) {
  const { t } = useTranslation();
  if (!quote) return null;
  return (
    <Text size="sm" c="dimmed">
      {t('panel.releaseWording')} <span lang="ko">“{quote}”</span>
    </Text>
  );
}
