import { memo } from 'react';
import { Menu } from '@mantine/core';
import { IconClipboard, IconFileSpreadsheet, IconPhoto } from '@tabler/icons-react';
import type { Panel } from '@/lib/api/schemas';
import type { Lang } from '@/lib/format';
import { downloadBlob } from '../download';
import { IGNORE_ATTR } from '@/lib/capture-ignore';
import type { ExportContext } from '../types';
import { ExportTrigger } from './export-trigger';
import { prepareCapture } from './prepare-capture';
import { ImageOptionItems } from './image-option-items';
import { useExportRunner } from './use-export';
import { useImageOptions } from './use-image-options';

interface Props {
  panel: Panel;
  /** The card to capture. */
  element: HTMLElement | null;
  lang: Lang;
  canExport: boolean;
  /**
   * Where the export is made (page, filters, user), read when an export starts: the menu
   * does not re-render when only the filters change (every card has one).
   */
  getCtx: () => ExportContext | null;
}

/** A panel's export menu: PNG, copy image, CSV; then the image size and, if dark, keep dark. */
export const PanelExportMenu = memo(function PanelExportMenu({
  panel,
  element,
  lang,
  canExport,
  getCtx,
}: Props) {
  const { busy, run, t } = useExportRunner(getCtx);
  const [options, setOptions] = useImageOptions();
  const label = t('export.menuFor', { title: panel.title[lang] });
  const ignore = { [IGNORE_ATTR]: '' };
  if (!canExport) {
    return (
      <span {...ignore}>
        <ExportTrigger label={label} canExport={false} loading={false} />
      </span>
    );
  }

  const image = (how: 'png' | 'clipboard') =>
    void run(how, panel, async (gated) => {
      if (!element) throw new Error('No element to capture');
      const { exportPanelImage } = await import('../run-export');
      return exportPanelImage(how, panel, element, gated, t, options);
    });

  const csv = () =>
    void run('csv', panel, async (gated) => {
      const start = performance.now();
      // Loaded on the click, as the image exports are: no export code rides with a dashboard.
      const [{ panelCsv }, { exportFileName }] = await Promise.all([
        import('../csv'),
        import('../file-name'),
      ]);
      const at = new Date();
      const fileName = exportFileName({
        date: at,
        pageTitle: gated.pageTitle[gated.lang],
        panelTitle: panel.title[gated.lang],
        filters: gated.filters,
        scope: panel.scope,
        lang: gated.lang,
        ext: 'csv',
      });
      const text = panelCsv(
        panel,
        {
          pageTitle: gated.pageTitle[gated.lang],
          filters: gated.filters,
          sourceText: gated.sourceText,
          userText: gated.userText,
          at,
          lang: gated.lang,
        },
        t,
      );
      await gated.authorize?.(fileName, 'csv');
      downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName);
      return { format: 'csv', fileName, ms: performance.now() - start };
    });

  return (
    <span {...ignore}>
      <Menu
        position="bottom-end"
        withinPortal
        withInitialFocusPlaceholder={false}
        onOpen={prepareCapture}
      >
        <Menu.Target>
          <ExportTrigger label={label} canExport loading={busy !== null} />
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconPhoto size={16} aria-hidden />} onClick={() => image('png')}>
            {t('export.png')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconClipboard size={16} aria-hidden />}
            onClick={() => image('clipboard')}
          >
            {t('export.clipboard')}
          </Menu.Item>
          <Menu.Item leftSection={<IconFileSpreadsheet size={16} aria-hidden />} onClick={csv}>
            {t('export.csv')}
          </Menu.Item>
          <ImageOptionItems
            label={t('export.size.label')}
            options={options}
            onChange={setOptions}
          />
        </Menu.Dropdown>
      </Menu>
    </span>
  );
});
