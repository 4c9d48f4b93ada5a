import { ActionIcon, Tooltip } from '@mantine/core';
import { IconBasketCheck, IconBasketPlus } from '@tabler/icons-react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { captureIgnore } from '@/lib/capture-ignore';
import { briefingStore, useBriefingPack, type BriefingItem } from '../briefing-store';

interface Props {
  /** The signed-in user's name, or null. */
  user: string | null;
  /** Whether this user's role may build packs; when not, the button says why. */
  allowed: boolean;
  pageId: string;
  panelId: string;
  panelTitle: string;
  filters: BriefingItem['filters'];
}

/** "바구니에 담기": pins the panel with the filters in force right now. */
export function PinButton({ user, allowed, pageId, panelId, panelTitle, filters }: Props) {
  const { t } = useTranslation();
  useBriefingPack(user); // re-render when the pack changes
  const pinned = !!user && briefingStore.isPinned(user, panelId, filters);
  const label = !allowed
    ? t('briefing.pinNotAllowed')
    : pinned
      ? t('briefing.pinned')
      : t('briefing.pin');
  return (
    <Tooltip label={label} withArrow>
      <ActionIcon
        variant={pinned ? 'filled' : 'default'}
        size="lg"
        aria-label={`${label}: ${panelTitle}`}
        aria-pressed={pinned}
        // Disabled with the reason still readable: aria-disabled keeps it focusable.
        aria-disabled={!allowed || pinned}
        onClick={() => {
          if (!allowed || !user || pinned) return;
          briefingStore.pin(user, { pageId, panelId, filters });
        }}
        className="no-print"
        {...captureIgnore}
      >
        {pinned ? (
          <IconBasketCheck size={18} aria-hidden />
        ) : (
          <IconBasketPlus size={18} aria-hidden />
        )}
      </ActionIcon>
    </Tooltip>
  );
}
