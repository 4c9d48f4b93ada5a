import { useEffect, useRef, useState } from 'react';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from '@/lib/i18n/use-translation';
import { fetchMe } from './api';
import { endSession } from './end-session';
import { useSession } from './session-store';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'scroll', 'touchstart'];

interface Props {
  timeoutMs: number;
  /** How long before the timeout the warning appears. */
  warningMs?: number;
}

/**
 * Ends an idle session (OWASP ASVS 3.3). Activity resets the clock until the warning shows;
 * from then on only "계속 사용" does, so a stray mouse move cannot hide the warning unread.
 *
 * The server keeps the same clock and ends the session itself; it sees only requests. So
 * activity here also tells the server (GET /auth/me, at most every quarter of the timeout),
 * and "계속 사용" does at once: reading charts for half an hour is not being idle.
 */
export function IdleTimeout({ timeoutMs, warningMs = 60_000 }: Props) {
  const { t } = useTranslation();
  const session = useSession();
  const lastActivity = useRef(0);
  const lastTold = useRef(0);
  const warning = useRef(false);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);

  useEffect(() => {
    if (!session) return;
    lastActivity.current = Date.now();
    lastTold.current = Date.now();
    const tellEvery = Math.min(5 * 60_000, timeoutMs / 4);
    const onActivity = () => {
      if (warning.current) return;
      lastActivity.current = Date.now();
      if (lastActivity.current - lastTold.current > tellEvery) {
        lastTold.current = lastActivity.current;
        void fetchMe().catch(() => {}); // a 401 ends the session through the client
      }
    };
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, onActivity, { passive: true });
    const tick = window.setInterval(() => {
      const left = timeoutMs - (Date.now() - lastActivity.current);
      if (left <= 0) {
        warning.current = false;
        setSecondsLeft(null);
        endSession('idle');
      } else if (left <= warningMs) {
        warning.current = true;
        setSecondsLeft(Math.ceil(left / 1000));
      }
    }, 1000);
    return () => {
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, onActivity);
      window.clearInterval(tick);
    };
  }, [session, timeoutMs, warningMs]);

  const extend = () => {
    warning.current = false;
    lastActivity.current = Date.now();
    lastTold.current = lastActivity.current;
    setSecondsLeft(null);
    void fetchMe().catch(() => {});
  };

  return (
    <Modal
      opened={secondsLeft !== null}
      onClose={extend}
      title={t('session.idleTitle')}
      centered
      closeOnClickOutside={false}
    >
      {/* The dialog is announced when it opens; a live countdown would talk every second. */}
      <Text aria-live="off">{t('session.idleBody', { seconds: secondsLeft ?? 0 })}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={() => endSession('logout')}>
          {t('header.logout')}
        </Button>
        <Button onClick={extend} data-autofocus>
          {t('session.keepUsing')}
        </Button>
      </Group>
    </Modal>
  );
}
