import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from '@/lib/i18n/i18n';

/** An export's progress and its cancel button, in one notification that stays until it ends. */
function message(t: TFunction, done: number, total: number, onCancel: () => void) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Text size="sm" role="status">
        {total > 0 ? t('export.progress', { done, total }) : t('export.working')}
      </Text>
      <Button size="compact-sm" variant="light" color="gray" onClick={onCancel}>
        {t('export.cancel')}
      </Button>
    </Group>
  );
}

/**
 * Shown only when an export takes more than a second (a PNG of one panel usually does not):
 * returns the progress reporter and a function that removes the notification.
 */
export function progressNotice(t: TFunction, onCancel: () => void, delayMs = 1000) {
  const id = `export-progress-${Math.random().toString(36).slice(2)}`;
  let state = { done: 0, total: 0 };
  let shown = false;
  const timer = window.setTimeout(() => {
    shown = true;
    notifications.show({
      id,
      loading: true,
      autoClose: false,
      withCloseButton: false,
      message: message(t, state.done, state.total, onCancel),
    });
  }, delayMs);
  return {
    progress(done: number, total: number) {
      state = { done, total };
      if (shown) notifications.update({ id, message: message(t, done, total, onCancel) });
    },
    close() {
      window.clearTimeout(timer);
      if (shown) notifications.hide(id);
    },
  };
}
