/**
 * The briefing frame, one model for every format (PNG, PDF, PPTX, CSV, pack contents): a pure
 * function of the panel (its scope and provenance), the filters in force, the user and the
 * time. PRODUCT.md "Export for briefings": the title, the filters in words *as they apply to
 * this panel* (a national figure under a region filter says 전국 — 지역 필터 미적용, never
 * 지역: 서울, 광주), reference period and source, 예시 데이터 where it applies, the stamp with
 * the exporting user and time, 내부용, and the dashboard link back to the view. Each format only
 * lays these lines out; none writes its own.
 */
import type { OfficialBreakdown, Panel, PanelScope, Provenance } from '@/lib/api/schemas';
import type { TFunction } from '@/lib/i18n/i18n';
import type { Lang } from '@/lib/format';
import { filtersAsApplied, type ChosenFilters } from '@/lib/filter-words';
import { officialImportText } from '@/lib/panel/datum-text';

export type FrameFilters = ChosenFilters;

export interface FrameText {
  title: string;
  /** The staffer's caption in a briefing pack: the headline above everything else. */
  caption: string | null;
  /** Under the title: the filters as they apply, then reference period · source, then the link. */
  lines: string[];
  /** The filters as they apply, alone (also lines[0]). */
  filters: string;
  /** A filter in force that this panel's figures do not answer (a national panel). */
  notApplied: boolean;
  /** Set when any illustrative figure is inside. */
  illustrative: string | null;
  stamp: string;
  internal: string;
  /** The dashboard URL with its filters, or null (the pack's cover). */
  url: string | null;
}

/** Local time with its UTC offset, e.g. 2026-11-25 15:04 (UTC+09:00). */
export function stampTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  const abs = Math.abs(off);
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(
    d.getMinutes(),
  )} (UTC${sign}${p(Math.floor(abs / 60))}:${p(abs % 60)})`;
}

/**
 * Who exports, as the stamp names them: 이분석 (분석관) · Lee (Analyst). A display name that
 * already ends in the role in brackets (the mock's "Lee (analyst)") does not get it twice.
 */
export function userStamp(displayName: string, role: string, roleLabel: string): string {
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(displayName);
  const inner = m?.[2]?.trim().toLowerCase();
  const base =
    m && (inner === role.toLowerCase() || inner === roleLabel.toLowerCase()) ? m[1]! : displayName;
  return `${base.trim()} (${roleLabel})`;
}

/** What a panel itself puts in its frame: how each filter applies, its period, its provenance. */
export const panelFrameFacts = (panel: Panel) => ({
  scope: panel.scope,
  referencePeriod: panel.referenceDate,
  provenance: panel.provenance,
  officialBreakdown: panel.officialBreakdown ?? null,
});

export interface FrameInput {
  lang: Lang;
  /** Page · panel, or the page's title for a whole page. */
  title: string;
  caption?: string | null;
  /** The panel's scope; null for a whole page. */
  scope: PanelScope | null;
  filters: FrameFilters;
  /** 2020: the period the figures describe. */
  referencePeriod: string;
  sourceText: string;
  /** From userStamp. */
  userText: string;
  /** An imported official breakdown the panel shows: its source joins the source line. */
  officialBreakdown?: OfficialBreakdown | null;
  /** The panel's provenance, or whether anything illustrative is on the page. */
  provenance: Provenance | 'mixed';
  at: Date;
  url?: string | null;
}

/** The frame's lines for one panel or page: the one function every format lays out. */
export function buildFrame(input: FrameInput, t: TFunction): FrameText {
  const applied = filtersAsApplied(input.scope, input.filters, input.lang);
  const url = input.url ?? null;
  return {
    title: input.title,
    caption: input.caption?.trim() || null,
    lines: [
      applied.text,
      [
        t('export.frame.reference', { period: input.referencePeriod }),
        input.sourceText,
        input.officialBreakdown && officialImportText(input.officialBreakdown, t),
      ]
        .filter(Boolean)
        .join(' · '),
      ...(url ? [url] : []),
    ],
    filters: applied.text,
    notApplied: applied.notApplied,
    illustrative: input.provenance === 'official' ? null : t('export.frame.illustrative'),
    stamp: t('export.frame.stamp', { user: input.userText, time: stampTime(input.at) }),
    internal: t('export.frame.internal'),
    url,
  };
}

/**
 * The filters as the audit log records an export: for one panel, as they applied to it (what
 * its frame printed: a national panel under a region filter is 전국 — 지역 필터 미적용, never
 * the regions chosen); for a whole page or a pack, the words the context already holds.
 */
export function auditFiltersText(
  ctx: { filters: FrameFilters; lang: Lang; filtersText: string },
  panel: Pick<Panel, 'scope'> | null,
): string {
  return panel ? filtersAsApplied(panel.scope, ctx.filters, ctx.lang).text : ctx.filtersText;
}

/** The dashboard URL with its filters: the way back to the view from a file. */
export function viewUrl(origin: string, path: string, filters: FrameFilters): string {
  const q = new URLSearchParams();
  if (filters.region.length) q.set('region', filters.region.join(','));
  if (filters.sector.length) q.set('sector', filters.sector.join(','));
  const search = q.toString().replace(/%2C/g, ',');
  return `${origin}${path}${search ? `?${search}` : ''}`;
}
