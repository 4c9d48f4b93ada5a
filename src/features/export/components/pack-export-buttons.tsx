import { Button, Group } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf, IconPresentation } from '@tabler/icons-react';
import type { PackItem, PackMeta } from '../run-pack-export';
import type { ExportContext } from '../types';
import { useExportRunner } from './use-export';

interface Props {
  ctx: ExportContext;
  meta: PackMeta;
  /** The pinned panels as they stand at click time (live elements, captions, filters). */
  getItems: () => PackItem[];
  disabled: boolean;
}

/** The briefing pack's two exports: one multi-page PDF and one PPTX deck. */
export function PackExportButtons({ ctx, meta, getItems, disabled }: Props) {
  const { busy, run, t } = useExportRunner(() => ctx);
  const go = (format: 'pack-pdf' | 'pack-pptx' | 'pack-xlsx') =>
    void run(format, null, async (gated) => {
      const items = getItems();
      const mod = await import('../run-pack-export');
      return format === 'pack-pdf'
        ? mod.exportPackPdf(items, meta, gated, t)
        : format === 'pack-pptx'
          ? mod.exportPackPptx(items, meta, gated, t)
          : mod.exportPackXlsx(items, meta, gated, t);
    });
  return (
    <Group gap="xs">
      <Button
        leftSection={<IconFileTypePdf size={16} aria-hidden />}
        onClick={() => go('pack-pdf')}
        loading={busy === 'pack-pdf'}
        disabled={disabled || (busy !== null && busy !== 'pack-pdf')}
      >
        {t('briefing.exportPdf')}
      </Button>
      <Button
        variant="light"
        leftSection={<IconPresentation size={16} aria-hidden />}
        onClick={() => go('pack-pptx')}
        loading={busy === 'pack-pptx'}
        disabled={disabled || (busy !== null && busy !== 'pack-pptx')}
      >
        {t('briefing.exportPptx')}
      </Button>
      <Button
        variant="light"
        leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
        onClick={() => go('pack-xlsx')}
        loading={busy === 'pack-xlsx'}
        disabled={disabled || (busy !== null && busy !== 'pack-xlsx')}
      >
        {t('export.xlsx')}
      </Button>
    </Group>
  );
}
