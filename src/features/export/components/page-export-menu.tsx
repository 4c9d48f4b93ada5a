import { Menu } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf, IconPhoto } from '@tabler/icons-react';
import { IGNORE_ATTR } from '@/lib/capture-ignore';
import type { ExportContext } from '../types';
import { ExportTrigger } from './export-trigger';
import { prepareCapture, usePrepareCaptureWhenIdle } from './prepare-capture';
import { ImageOptionItems } from './image-option-items';
import { useExportRunner } from './use-export';
import { useImageOptions } from './use-image-options';

const PDF_LABEL = {
  shown: 'export.pdf',
  slide: 'export.pdfSlide',
  a4half: 'export.pdfA4half',
} as const;

/**
 * The page's export menu: the whole page (below the fold too) as PNG or PDF (A4 landscape
 * unless a size is chosen); then the size and, if dark, keep dark (PNG and PDF). A size on a
 * whole page sets the PNG's width and the PDF's sheets, never one sheet for the whole page
 * (docs/decisions/008).
 */
export function PageExportMenu({ ctx }: { ctx: ExportContext }) {
  const { busy, run, t } = useExportRunner(() => ctx);
  const [options, setOptions] = useImageOptions();
  const ignore = { [IGNORE_ATTR]: '' };
  const label = t('export.pageMenu');
  usePrepareCaptureWhenIdle(ctx.canExport);
  if (!ctx.canExport) {
    return (
      <span {...ignore}>
        <ExportTrigger label={label} text={label} canExport={false} loading={false} />
      </span>
    );
  }
  const page = (how: 'page-png' | 'pdf') =>
    void run(how, null, async (gated) => {
      const root = document.querySelector<HTMLElement>(
        `.dashboard-page[data-page-id="${ctx.pageId}"]`,
      );
      if (!root) throw new Error('No page to capture');
      const { exportPage } = await import('../run-export');
      return exportPage(how, root, gated, t, options);
    });
  // The page's data: one sheet per panel and a 메타데이터 sheet (refused while one failed).
  const xlsx = () =>
    void run('xlsx', null, async (gated) => {
      const { exportPageXlsx } = await import('../run-data-export');
      return exportPageXlsx(gated, t);
    });
  return (
    <span {...ignore}>
      <Menu
        position="bottom-start"
        withinPortal
        withInitialFocusPlaceholder={false}
        onOpen={prepareCapture}
      >
        <Menu.Target>
          <ExportTrigger label={label} text={label} canExport loading={busy !== null} />
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconPhoto size={16} aria-hidden />}
            onClick={() => page('page-png')}
          >
            {t('export.pagePng')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconFileTypePdf size={16} aria-hidden />}
            onClick={() => page('pdf')}
          >
            {t(PDF_LABEL[options.preset])}
          </Menu.Item>
          <Menu.Item leftSection={<IconFileSpreadsheet size={16} aria-hidden />} onClick={xlsx}>
            {t('export.xlsx')}
          </Menu.Item>
          <ImageOptionItems
            label={t('export.size.pageLabel')}
            scope="page"
            options={options}
            onChange={setOptions}
          />
        </Menu.Dropdown>
      </Menu>
    </span>
  );
}
