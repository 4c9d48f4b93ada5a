import type { PanelState } from '@/lib/panel/panel-state';
import type { ExportFormat, LocalizedText, PageId } from '@/lib/api/schemas';

export type { PanelState };
import type { Lang } from '@/lib/format';

/**
 * Everything an export needs to know about where it was made, handed in by the app layer
 * (the export feature never reads another feature's state).
 */
export interface ExportContext {
  lang: Lang;
  /** The dashboard page, or the briefing pack. */
  pageId: PageId | 'briefing';
  pageTitle: LocalizedText;
  filters: { region: string[]; sector: string[] };
  /** The filters in words, as the page says them: 지역: 광주 · 업종: 제조 */
  filtersText: string;
  /** The source line, as the page writes it: 출처: 과학기술정보통신부 보도자료, 2021.1.14 … */
  sourceText: string;
  /** The period the figures describe, e.g. 2020. */
  referencePeriod: string;
  /** Who exports, as the stamp names them: 이분석 (분석관). */
  userText: string;
  /**
   * The page's panels as the app holds them (their data and whether each answered), read when
   * an export starts: a page export is refused while one has failed, and says 예시 데이터 when
   * one is illustrative. Absent: the briefing pack, whose items carry their own.
   */
  getPanels?: () => PanelState[];
  /** The dashboard URL with its filters (the way back to the view), for the frame. */
  url?: string;
  /** Aborted when the user cancels the export: jobs check it between steps. */
  signal?: AbortSignal;
  /** Reports progress (pages or panels done of total), shown after the export's first second. */
  progress?: (done: number, total: number) => void;
  /** Whether the signed-in user may export (analyst, admin). */
  canExport: boolean;
  /**
   * Records the export in the audit log and resolves only when the server accepted it. Every
   * export calls it right before the file leaves the app (download or clipboard): a refused or
   * failed record stops the export. Set by useExportRunner for each run.
   */
  authorize?: (fileName: string, format: ExportFormat) => Promise<void>;
}

/**
 * An export refused before anything was made: a panel in it failed or is still loading. Its
 * message is for the user. (Named, so the runner tells it apart without importing this module.)
 */
export class ExportRefusedError extends Error {
  override name = 'ExportRefusedError';
}
