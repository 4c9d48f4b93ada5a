import { forwardRef, useId, type ReactNode } from 'react';
import { ActionIcon, Button, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

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
      ref={ref}
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
      ref={ref}
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
  if (canExport) return button;
  return (
    <>
      <Tooltip label={t('export.viewerReason')} multiline w={240} withArrow>
        {button}
      </Tooltip>
      <VisuallyHidden id={reasonId}>{t('export.viewerReason')}</VisuallyHidden>
    </>
  );
});
