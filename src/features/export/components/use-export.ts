import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { ExportFormat, Panel } from '@/lib/api/schemas';
import { recordExport } from '../api';
import { auditFiltersText } from '../frame';
import { progressNotice } from './export-progress';
import type { ExportResult } from '../run-export';
import type { ExportContext } from '../types';

class AuditRefusedError extends Error {
  override name = 'AuditRefusedError';
}

function detail(e: unknown) {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Runs one export: shows progress, says what happened (including a clipboard refused and
 * downloaded instead), records it in the audit log, and leaves a performance measure
 * (`export:<format>`) for the bench and the browser tests. The context is read when an export
 * starts (`getCtx`), so the filters it names are those in force at the click; none yet (the
 * page still loading) means no export.
 */
export function useExportRunner(getCtx: () => ExportContext | null) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  const run = async (
    format: ExportFormat,
    panel: Panel | null,
    job: (gated: ExportContext) => Promise<ExportResult>,
  ) => {
    const ctx = getCtx();
    if (busy || !ctx?.canExport) return;
    setBusy(format);
    const start = performance.now();
    let recorded = false;
    // The audit record comes first: the file leaves the app only once the server accepted it
    // (a viewer, an expired session or a failing server stops the export, not just the log).
    const authorize = async (fileName: string, fmt: ExportFormat) => {
      try {
        await recordExport({
          pageId: ctx.pageId,
          pageTitle: ctx.pageTitle,
          panelId: panel?.id ?? null,
          panelTitle: panel?.title ?? null,
          filters: ctx.filters,
          filtersText: auditFiltersText(ctx, panel),
          format: fmt,
          fileName,
        });
      } catch (e) {
        throw new AuditRefusedError(detail(e));
      }
      recorded = true;
    };
    const controller = new AbortController();
    const notice = progressNotice(t, () => controller.abort());
    try {
      const result = await job({
        ...ctx,
        authorize: async (fileName, fmt) => {
          // Cancelled: nothing is recorded and nothing leaves the app.
          controller.signal.throwIfAborted();
          await authorize(fileName, fmt);
        },
        signal: controller.signal,
        progress: notice.progress,
      });
      if (!recorded) throw new Error('The export was not recorded in the audit log');
      performance.measure(`export:${format}`, { start, end: performance.now() });
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
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
    } catch (e) {
      if (controller.signal.aborted) {
        notifications.show({ color: 'gray', message: t('export.cancelled') });
        return;
      }
      notifications.show({
        color: 'red',
        message:
          e instanceof AuditRefusedError
            ? t('export.auditFailed', { detail: e.message })
            : // A failed or loading panel: nothing was made, and the message says which.
              e instanceof Error && e.name === 'ExportRefusedError'
              ? e.message
              : e instanceof Error && e.name === 'NotSettledError'
                ? t('export.notSettled')
                : t('export.failed', { detail: detail(e) }),
      });
    } finally {
      notice.close();
      setBusy(null);
    }
  };
  return { busy, run, t };
}
