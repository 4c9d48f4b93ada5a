import { Badge } from '@mantine/core';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useBriefingPack } from '../briefing-store';

/** The header's count of pinned panels. */
export function BriefingCount({ user }: { user: string | null }) {
  const { t } = useTranslation();
  const pack = useBriefingPack(user);
  if (!user) return null;
  return (
    <Badge
      variant={pack.items.length ? 'filled' : 'light'}
      circle={pack.items.length < 10}
      aria-label={t('briefing.count', { count: pack.items.length })}
      data-testid="briefing-count"
    >
      {pack.items.length}
    </Badge>
  );
}
