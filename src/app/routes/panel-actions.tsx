import { createContext, use } from 'react';
import { PinButton } from '@/features/briefing/components/pin-button';
import type { PanelActionContext } from '@/features/dashboard/components/panel-card';
import { PanelExportMenu } from '@/features/export/components/panel-export-menu';
import type { ExportContext } from '@/features/export/types';
import { useFilters } from '@/features/filters/use-filters';
import type { PageId } from '@/lib/api/schemas';
import { useLang } from '@/lib/i18n/use-lang';

/** What a flagship page's panel actions act with: who and where (the filters come from the URL). */
export interface PanelActionsState {
  pageId: PageId;
  /** The signed-in user's name, or null. */
  user: string | null;
  /** Whether this user's role may export and build briefing packs. */
  mayExport: boolean;
  /**
   * The export context (it names the filters) as of the last render, read when an export
   * starts: the same function for the page's life. It answers null until the page's data (its
   * title and source, which exports name) has arrived; cards, and so their actions, show only
   * after that.
   */
  getExportCtx: () => ExportContext | null;
}

/**
 * Handed to the actions through context, not through the cards, and the same while only the
 * filters change. A filter change then re-renders each card's pin, which reads the filters
 * from the URL itself (it says whether this panel is pinned with them), but neither the cards,
 * which are memoised on what they show (PanelCard), nor their export menus, which read the
 * filters when an export starts. (Filters in this context would make React search the whole
 * page for its readers on every change.)
 */
export const PanelActionsContext = createContext<PanelActionsState | null>(null);

/** A card's pin and export buttons. */
function PanelActions({ panel, element }: Pick<PanelActionContext, 'panel' | 'element'>) {
  const lang = useLang();
  const state = use(PanelActionsContext);
  if (!state) throw new Error('PanelActions needs a PanelActionsContext');
  const { region, sector } = useFilters();
  return (
    <>
      <PinButton
        user={state.user}
        allowed={state.mayExport}
        pageId={state.pageId}
        panelId={panel.id}
        panelTitle={panel.title[lang]}
        filters={{ region, sector }}
      />
      <PanelExportMenu
        panel={panel}
        element={element}
        lang={lang}
        canExport={state.mayExport}
        getCtx={state.getExportCtx}
      />
    </>
  );
}

/** For DashboardPage's `renderPanelActions`: one function for the app's life, so cards stay memoised. */
export const renderPanelActions = ({ panel, element }: PanelActionContext) => (
  <PanelActions panel={panel} element={element} />
);
