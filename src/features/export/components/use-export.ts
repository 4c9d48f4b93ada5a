import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, Panel } from '@/lib/api/schemas';
import { recordExport } from '../api';
import type { ExportResult } from '../run-export';
import type { ExportContext } from '../types';

function detail(e: unknown) {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Runs one export: shows progress, says what happened (including a clipboard refused and
 * downloaded instead), records it in the audit log, and leaves a performance measure
 * (`export:<format>`) for the bench and the browser tests.
 */
export function useExportRunner(ctx: ExportContext) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  const run = async (
    format: ExportFormat,
    panel: Panel | null,
    job: () => Promise<ExportResult>,
  ) => {
    if (busy || !ctx.canExport) return;
    setBusy(format);
    const start = performance.now();
    try {
      const result = await job();
      performance.measure(`export:${format}`, { start, end: performance.now() });
      if (result.format === 'clipboard' && !result.copied) {
        notifications.show({
          color: 'orange',
          message: t('export.clipboardFallback', { file: result.fileName }),
        });
      } else {
        notifications.show({
          color: 'green',
          message:
            result.format === 'clipboard'
              ? t('export.copied')
              : t('export.done', { file: result.fileName }),
        });
      }
      try {
        await recordExport({
          pageId: ctx.pageId,
          pageTitle: ctx.pageTitle,
          panelId: panel?.id ?? null,
          panelTitle: panel?.title ?? null,
          filters: ctx.filters,
          filtersText: ctx.filtersText,
          format: result.format,
          fileName: result.fileName,
        });
        void queryClient.invalidateQueries({ queryKey: ['audit'] });
      } catch (e) {
        notifications.show({
          color: 'yellow',
          message: t('export.auditFailed', { detail: detail(e) }),
        });
      }
    } catch (e) {
      notifications.show({
        color: 'red',
        message:
          e instanceof Error && e.name === 'NotSettledError'
            ? t('export.notSettled')
            : t('export.failed', { detail: detail(e) }),
      });
    } finally {
      setBusy(null);
    }
  };
  return { busy, run, t };
}
