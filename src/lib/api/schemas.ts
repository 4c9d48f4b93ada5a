/**
 * Runtime shape of every /api/v1 response. These schemas mirror api/openapi.yaml; the
 * client parses each response with them so a malformed body becomes a typed error on the
 * card that asked for it, never a wrong number on screen.
 */
import { z } from '@/lib/zod';

export const localizedText = z.object({ ko: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof localizedText>;

export const roleSchema = z.enum(['viewer', 'analyst', 'admin']);
export type Role = z.infer<typeof roleSchema>;

export const userSchema = z.object({
  username: z.string(),
  displayName: localizedText,
  role: roleSchema,
});
export type User = z.infer<typeof userSchema>;

export const sessionSchema = z.object({
  /** The session's absolute end (ISO 8601); idle expiry comes sooner without activity. */
  expiresAt: z.string(),
  /** The idle timeout the server enforces; the client warns a minute before it. */
  idleTimeoutMinutes: z.number().check(z.positive()),
  user: userSchema,
});
export type Session = z.infer<typeof sessionSchema>;

export const apiErrorBody = z.object({
  code: z.string(),
  message: z.string(),
  remainingAttempts: z.optional(z.number().check(z.int(), z.nonnegative())),
  lockedUntil: z.optional(z.string()),
});
export type ApiErrorBody = z.infer<typeof apiErrorBody>;

export const pageIdSchema = z.enum([
  'overview',
  'data-dam',
  'ai-x',
  'mec',
  'doctor-answer',
  'k-cyber',
  'talent-policy',
]);
export type PageId = z.infer<typeof pageIdSchema>;

export const panelKindSchema = z.enum([
  /** A page's few headline figures, in one band. */
  'headline',
  /** One key result per flagship, each with a link to its page (Datum.page). */
  'flagships',
  'kpi-group',
  'bar',
  'donut',
  'comparison',
  'list',
  'timeline',
]);
export type PanelKind = z.infer<typeof panelKindSchema>;

const finite = z.number().check(z.refine(Number.isFinite, 'must be a finite number'));

export const pointSchema = z.object({
  year: z.nullable(z.number().check(z.int())),
  value: finite,
  /** Set only where this point is in another unit than the figure (5 years vs 50 days). */
  unit: z.nullable(z.string()),
  asStated: z.nullable(z.string()),
});

/** The document a value comes from (issue 17: every value names its source). */
export const valueSourceSchema = z.object({
  id: z.string(),
  title: localizedText,
  publisher: localizedText,
  /** When the document was published (YYYY[-MM[-DD]]). */
  date: z.string(),
});
export type ValueSource = z.infer<typeof valueSourceSchema>;

/** One value of a figure for one period, with its source and the words it stands in. */
export const seriesValueSchema = z.object({
  /** YYYY or YYYY-MM; null where the source gives no period (before/after a change). */
  period: z.nullable(z.string()),
  value: finite,
  /** Set only where this value is in another unit than the figure. */
  unit: z.nullable(z.string()),
  asStated: z.nullable(z.string()),
  estimate: z.boolean(),
  source: valueSourceSchema,
  quote: z.nullable(z.string()),
});
export type SeriesValue = z.infer<typeof seriesValueSchema>;

export const memberSchema = z.object({
  label: localizedText,
  detail: z.nullable(localizedText),
  regions: z.array(z.string()),
});

export const datumSchema = z.object({
  id: z.string(),
  /** The fact this figure comes from; null only for illustrative breakdown parts. */
  factId: z.nullable(z.string()),
  label: localizedText,
  value: z.nullable(finite),
  unit: z.string(),
  /** For figures without a single number (15~40W, a date): the release's own words. */
  display: z.nullable(localizedText),
  approx: z.boolean(),
  /** A count tallied from a list in the release, not a figure the release states. */
  derived: z.boolean(),
  quote: z.nullable(z.string()),
  otherQuotes: z.array(z.string()),
  note: z.nullable(localizedText),
  /** Every value of the figure by period, oldest first; `value` is the last. */
  series: z.array(seriesValueSchema),
  /** The first and last values of a series of two or more, for a before/after view. */
  before: z.nullable(pointSchema),
  after: z.nullable(pointSchema),
  /** The change the release states (e.g. 94%), kept apart from the arithmetic. */
  statedChange: z.nullable(z.object({ value: finite, unit: z.string(), factId: z.string() })),
  members: z.array(memberSchema),
  /** False where the release lists only some members (it says 등). */
  completeList: z.boolean(),
  /** When it happened (YYYY-MM or YYYY-MM-DD), for milestones. */
  date: z.nullable(z.string()),
  regions: z.array(z.string()),
  /** The page that tells the rest of this figure's story (a flagship's key result). */
  page: z.optional(pageIdSchema),
});
export type Datum = z.infer<typeof datumSchema>;

export const provenanceSchema = z.enum(['official', 'illustrative']);
export type Provenance = z.infer<typeof provenanceSchema>;

export const filterScopeSchema = z.enum(['national', 'split', 'regional']);
export type FilterScope = z.infer<typeof filterScopeSchema>;

export const panelScopeSchema = z.object({ region: filterScopeSchema, sector: filterScopeSchema });
export type PanelScope = z.infer<typeof panelScopeSchema>;

export const dimensionSchema = z.enum(['region', 'sector']);
export type Dimension = z.infer<typeof dimensionSchema>;

/**
 * An official breakdown a data officer imported (issue 17): it replaces a panel's illustrative
 * split. The source and note are the officer's words, shown as text (never as markup).
 */
export const officialBreakdownSchema = z.object({
  version: z.number(),
  dimension: dimensionSchema,
  source: z.string(),
  /** Why the total differs from the official national figure (shown beside the panel). */
  note: z.nullable(z.string()),
  /** When it was imported, or restored (ISO 8601). */
  importedAt: z.string(),
  /** The sum of all the file's values (every region or sector, whatever the filter). */
  total: finite,
});
export type OfficialBreakdown = z.infer<typeof officialBreakdownSchema>;

/** What every panel has, whatever its kind. An optional field for all kinds goes here. */
const panelBase = z.object({
  id: z.string(),
  pageId: pageIdSchema,
  title: localizedText,
  provenance: provenanceSchema,
  /** The period the figures describe, e.g. 2020. */
  referenceDate: z.string(),
  /** How the panel answers a region/sector filter. */
  scope: panelScopeSchema,
  items: z.array(datumSchema),
  /** For an illustrative breakdown: the official national figure its parts add up to. */
  basis: z.nullable(datumSchema),
  notes: z.array(localizedText),
  /** Set when the split is an imported official breakdown (then provenance is official). */
  officialBreakdown: z.optional(officialBreakdownSchema),
});

/**
 * One member of the union per kind: today every kind has the base's fields and nothing more;
 * a field only one kind has goes into that kind's `z.extend` (and its branch in
 * api/openapi.yaml's `Panel`). Written out one by one, so the union narrows on `kind`.
 */
const panelOfKind = <K extends PanelKind>(kind: K) =>
  z.extend(panelBase, { kind: z.literal(kind) });

export const panelSchema = z.discriminatedUnion('kind', [
  panelOfKind('headline'),
  panelOfKind('flagships'),
  panelOfKind('kpi-group'),
  panelOfKind('bar'),
  panelOfKind('donut'),
  panelOfKind('comparison'),
  panelOfKind('list'),
  panelOfKind('timeline'),
]);
export type Panel = z.infer<typeof panelSchema>;
/** The panel of one kind: what that kind's registry entry and view receive. */
export type PanelOf<K extends PanelKind> = Extract<Panel, { kind: K }>;
// The union has one member per kind and no other: a kind added to the enum without its member
// (or the reverse) fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const unionCoversKinds: Same<Panel['kind'], PanelKind> = true;
void unionCoversKinds;

export const panelRefSchema = z.object({
  id: z.string(),
  kind: panelKindSchema,
  title: localizedText,
  scope: panelScopeSchema,
});
export type PanelRef = z.infer<typeof panelRefSchema>;

export const sourceSchema = z.object({
  title: localizedText,
  publisher: localizedText,
  distributedOn: z.string(),
  embargoedUntil: z.string(),
});
export type Source = z.infer<typeof sourceSchema>;

export const pageSchema = z.object({
  id: pageIdSchema,
  title: localizedText,
  lead: localizedText,
  source: sourceSchema,
  /** The period the page's figures describe, e.g. 2020 (the panels carry it too). */
  referenceDate: z.string(),
  panels: z.array(panelRefSchema),
});
export type Page = z.infer<typeof pageSchema>;

export const factSchema = z.object({
  id: z.string(),
  flagship: z.string(),
  label: localizedText,
  value: z.nullable(finite),
  unit: z.string(),
  quote: z.string(),
});
export type Fact = z.infer<typeof factSchema>;
export const factListSchema = z.object({ facts: z.array(factSchema) });
export type FactList = z.infer<typeof factListSchema>;

/** What was exported (issue "Export for briefings"): a panel's PNG, clipboard image or CSV; a page's PNG or PDF. */
export const exportFormatSchema = z.enum([
  'png',
  'clipboard',
  'csv',
  'page-png',
  'pdf',
  'pack-pdf',
  'pack-pptx',
  'xlsx',
  'pack-xlsx',
]);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** One export as the client reports it; the server adds who and when. */
export const auditEntryInputSchema = z.object({
  /** The dashboard page, or `briefing` for a briefing-pack export. */
  pageId: z.union([pageIdSchema, z.literal('briefing')]),
  pageTitle: localizedText,
  /** Null for a whole-page export. */
  panelId: z.nullable(z.string()),
  panelTitle: z.nullable(localizedText),
  filters: z.object({ region: z.array(z.string()), sector: z.array(z.string()) }),
  /** The filters in words, as the frame printed them (지역: 광주 · 업종: 제조). */
  filtersText: z.string(),
  format: exportFormatSchema,
  fileName: z.string(),
});
export type AuditEntryInput = z.infer<typeof auditEntryInputSchema>;

export const auditEntrySchema = z.extend(auditEntryInputSchema, {
  id: z.string(),
  /** When the server recorded it (ISO 8601). */
  at: z.string(),
  user: userSchema,
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** Whether the log's hash chain holds (domain/audit.ts), checked with the first page. */
export const chainReportSchema = z.object({
  verified: z.boolean(),
  checked: z.number(),
  brokenAt: z.nullable(z.string()),
  /** The newest good link's hash: an operator records it to detect a truncated log. */
  head: z.string(),
});
export type ChainReport = z.infer<typeof chainReportSchema>;

export const auditListSchema = z.object({
  entries: z.array(auditEntrySchema),
  /** Entries matching the query, all pages together. */
  total: z.number(),
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: z.nullable(z.number()),
  chain: z.nullable(chainReportSchema),
});
export type AuditList = z.infer<typeof auditListSchema>;

/** One entry of the security log (GET /admin/security-events). */
export const securityEventSchema = z.object({
  seq: z.number(),
  at: z.string(),
  kind: z.string(),
  username: z.nullable(z.string()),
  clientIp: z.nullable(z.string()),
  detail: z.nullable(z.string()),
});
export type SecurityEvent = z.infer<typeof securityEventSchema>;
export const securityEventListSchema = z.object({
  events: z.array(securityEventSchema),
  nextBefore: z.nullable(z.number()),
});

/** An account and its lockout state (GET /admin/users). */
export const accountStateSchema = z.extend(userSchema, {
  disabled: z.boolean(),
  lockedUntil: z.nullable(z.string()),
  failures: z.number(),
});
export type AccountState = z.infer<typeof accountStateSchema>;
export const userListSchema = z.object({ users: z.array(accountStateSchema) });
