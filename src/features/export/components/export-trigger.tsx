import { forwardRef, useEffect, useId, useRef, type ReactNode } from 'react';
import { ActionIcon, Button, Tooltip, VisuallyHidden } from '@mantine/core';
import { useMergedRef } from '@mantine/hooks';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from '@/lib/i18n/use-translation';

interface Props {
  label: string;
  canExport: boolean;
  loading: boolean;
  /** A text button (page) or an icon (panel). */
  text?: ReactNode;
}

/**
 * The menu's button. For a viewer it stays visible but disabled, and says why (tooltip for
 * the eye, aria-describedby for screen readers); it stays focusable so the reason can be read.
 */
export const ExportTrigger = forwardRef<HTMLButtonElement, Props>(function ExportTrigger(
  { label, canExport, loading, text, ...rest },
  ref,
) {
  const { t } = useTranslation();
  const reasonId = useId();
  const own = useRef<HTMLButtonElement>(null);
  const mergedRef = useMergedRef(ref, own);
  useFocusBackAfterLoading(loading, own);
  const disabledProps = canExport
    ? {}
    : {
        'aria-disabled': true as const,
        'data-disabled': true,
        'aria-describedby': reasonId,
        onClick: (e: React.MouseEvent) => e.preventDefault(),
      };
  const button = text ? (
    <Button
      ref={mergedRef}
      variant="default"
      size="xs"
      leftSection={<IconDownload size={16} aria-hidden />}
      loading={loading}
      aria-label={label}
      {...rest}
      {...disabledProps}
    >
      {text}
    </Button>
  ) : (
    <ActionIcon
      ref={mergedRef}
      variant="default"
      size="md"
      loading={loading}
      aria-label={label}
      {...rest}
      {...disabledProps}
    >
      <IconDownload size={16} aria-hidden />
    </ActionIcon>
  );
  // An icon says nothing by itself: its name shows on hover and keyboard focus too (issue 19).
  if (canExport) {
    return text ? (
      button
    ) : (
      <Tooltip
        label={label}
        withArrow
        openDelay={300}
        events={{ hover: true, focus: true, touch: false }}
      >
        {button}
      </Tooltip>
    );
  }
  return (
    <>
      <Tooltip label={t('export.viewerReason')} multiline w={240} withArrow>
        {button}
      </Tooltip>
      <VisuallyHidden id={reasonId}>{t('export.viewerReason')}</VisuallyHidden>
    </>
  );
});

/**
 * The menu gives focus back to its button when it closes, but the button is disabled while
 * the export runs (`loading`), so focus falls to <body> and a keyboard user starts again from
 * the top of the page. When the export ends, take focus back once the closing menu lets go
 * of it (a quick export ends before the menu's closing transition does), unless the user has
 * moved on to something else.
 */
function useFocusBackAfterLoading(loading: boolean, target: React.RefObject<HTMLElement | null>) {
  const wasLoading = useRef(false);
  useEffect(() => {
    if (loading) {
      wasLoading.current = true;
      return;
    }
    if (!wasLoading.current) return;
    wasLoading.current = false;
    let frame = 0;
    const giveUpAt = performance.now() + 1000;
    const check = () => {
      const active = document.activeElement;
      if (!active || active === document.body) target.current?.focus();
      else if (active.closest('[role="menu"]') && performance.now() < giveUpAt) {
        frame = requestAnimationFrame(check);
      }
    };
    check();
    return () => cancelAnimationFrame(frame);
  }, [loading, target]);
}
