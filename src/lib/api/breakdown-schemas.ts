/**
 * The official-breakdown operations' shapes (issue 17; api/openapi.yaml, tag breakdowns), apart
 * from schemas.ts so the dashboard's and the login page's bundles do not carry them: only
 * /admin/data (lazy-loaded), the demo's mock and the server use them.
 */
import { z } from '@/lib/zod';
import {
  dimensionSchema,
  localizedText,
  officialBreakdownSchema,
  pageIdSchema,
  userSchema,
} from './schemas';

const finite = z.number().check(z.refine(Number.isFinite, 'must be a finite number'));

/**
 * Values by slug. A custom check rather than z.record: the bundler would put zod's record type
 * into the schemas chunk every dashboard page loads, for this admin page's sake.
 */
const isValues = (v: unknown): v is Record<string, number> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.values(v).every((x) => typeof x === 'number' && Number.isFinite(x));
const values = z.custom<Record<string, number>>(isValues, 'must map names to finite numbers');

/** One row of an import preview (domain/breakdown-import.ts). */
export const previewRowSchema = z.object({
  line: z.number(),
  name: z.string(),
  valueText: z.string(),
  slug: z.nullable(z.string()),
  value: z.nullable(finite),
  problem: z.nullable(
    z.enum(['unknown-name', 'duplicate', 'not-a-number', 'negative', 'formula', 'missing-value']),
  ),
});
export type PreviewRow = z.infer<typeof previewRowSchema>;

export const breakdownPreviewSchema = z.object({
  dimension: dimensionSchema,
  encoding: z.string(),
  rows: z.array(previewRowSchema),
  missing: z.array(z.string()),
  total: finite,
  officialTotal: finite,
  values,
  problems: z.array(z.string()),
});
export type BreakdownPreviewBody = z.infer<typeof breakdownPreviewSchema>;

/**
 * One version in a breakdown's history: an import, or a restore of an earlier version
 * (version 0 is the illustrative split). Versions are never changed or removed.
 */
export const breakdownVersionSchema = z.object({
  factId: z.string(),
  dimension: dimensionSchema,
  version: z.number(),
  action: z.enum(['import', 'restore']),
  restoredFrom: z.nullable(z.number()),
  /** Null: the illustrative split (a restore of version 0). */
  values: z.nullable(values),
  source: z.nullable(z.string()),
  note: z.nullable(z.string()),
  /** The total in force before and after (the official national figure for the illustrative). */
  totalBefore: finite,
  totalAfter: finite,
  at: z.string(),
  user: userSchema,
});
export type BreakdownVersion = z.infer<typeof breakdownVersionSchema>;

export const breakdownHistorySchema = z.object({ versions: z.array(breakdownVersionSchema) });
export type BreakdownHistory = z.infer<typeof breakdownHistorySchema>;

export const importResultSchema = z.object({
  preview: breakdownPreviewSchema,
  /** Null for a dry run. */
  version: z.nullable(breakdownVersionSchema),
});
export type ImportResult = z.infer<typeof importResultSchema>;

/** What can be imported: each fact a panel splits, in that panel's dimension. */
export const breakdownTargetSchema = z.object({
  factId: z.string(),
  dimension: dimensionSchema,
  label: localizedText,
  unit: z.string(),
  officialTotal: finite,
  panels: z.array(z.object({ id: z.string(), pageId: pageIdSchema, title: localizedText })),
  active: z.nullable(officialBreakdownSchema),
});
export type BreakdownTarget = z.infer<typeof breakdownTargetSchema>;

export const breakdownOverviewSchema = z.object({
  targets: z.array(breakdownTargetSchema),
  /** Every import and restore, newest first. */
  log: z.array(breakdownVersionSchema),
});
export type BreakdownOverview = z.infer<typeof breakdownOverviewSchema>;
