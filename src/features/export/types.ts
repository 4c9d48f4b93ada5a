import type { ExportFormat, LocalizedText, PageId } from '@/lib/api/schemas';
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
  /** Whether the signed-in user may export (analyst, admin). */
  canExport: boolean;
  /**
   * Records the export in the audit log and resolves only when the server accepted it. Every
   * export calls it right before the file leaves the app (download or clipboard): a refused or
   * failed record stops the export. Set by useExportRunner for each run.
   */
  authorize?: (fileName: string, format: ExportFormat) => Promise<void>;
}
