/**
 * Official breakdowns (issue 17): which facts can take one, and the rules of their history.
 * Pure functions shared by the server (which stores versions in its database) and the demo
 * (which keeps them in localStorage):
 * - a fact is importable only in the dimension a panel splits it by, so every import shows;
 * - versions are append-only: an import adds one, a restore adds a copy of an earlier one
 *   (version 0 is the illustrative split), so the history never loses anything;
 * - the active breakdown of a (fact, dimension) is its newest version, unless that version is
 *   a restore of the illustrative.
 */
import type { Dimension, OfficialBreakdown, User } from '@/lib/api/schemas';
import type {
  BreakdownPreviewBody,
  BreakdownTarget,
  BreakdownVersion,
} from '@/lib/api/breakdown-schemas';
import {
  MAX_NOTE_CHARS,
  MAX_SOURCE_CHARS,
  cleanText,
  decodeCsv,
  previewBreakdown,
  roundedSum,
} from './breakdown-import';
import { currentValue, factById, hasFact } from './facts';
import { PAGES } from './panels';

/** An official breakdown in force: what a panel shows of it, and its values by slug. */
export interface ActiveBreakdown extends OfficialBreakdown {
  values: Record<string, number>;
}

/** The active official breakdowns, by `${factId}:${dimension}`. */
export type OfficialBreakdowns = ReadonlyMap<string, ActiveBreakdown>;

export const NO_BREAKDOWNS: OfficialBreakdowns = new Map();

export const breakdownKey = (factId: string, dimension: Dimension) => `${factId}:${dimension}`;

export const isDimension = (s: unknown): s is Dimension => s === 'region' || s === 'sector';

/** What a panel or a listing says of a breakdown (its values stay out). */
export function metaOf(b: ActiveBreakdown | undefined): OfficialBreakdown | null {
  if (!b) return null;
  const { version, dimension, source, note, importedAt, total } = b;
  return { version, dimension, source, note, importedAt, total };
}

/** The official national figure a breakdown of this fact is checked against. */
const officialTotalOf = (factId: string): number => currentValue(factById(factId)) ?? 0;

/**
 * Every (fact, dimension) some panel splits, with those panels, in page order: the pages do not
 * change while the process runs, so this is worked out once; only what is in force varies.
 */
const TARGETS: readonly Omit<BreakdownTarget, 'active'>[] = (() => {
  const targets = new Map<string, Omit<BreakdownTarget, 'active'>>();
  for (const page of PAGES) {
    for (const panel of page.panels) {
      if (!panel.split) continue;
      const { factId, by } = panel.split;
      const key = breakdownKey(factId, by);
      let target = targets.get(key);
      if (!target) {
        const f = factById(factId);
        target = {
          factId,
          dimension: by,
          label: f.label,
          unit: f.unit,
          officialTotal: officialTotalOf(factId),
          panels: [],
        };
        targets.set(key, target);
      }
      target.panels.push({ id: panel.id, pageId: page.id, title: panel.title });
    }
  }
  return [...targets.values()];
})();

/** The import targets with the breakdown in force on each. */
export function importTargets(active: OfficialBreakdowns = NO_BREAKDOWNS): BreakdownTarget[] {
  return TARGETS.map((t) => ({
    ...t,
    panels: [...t.panels],
    active: metaOf(active.get(breakdownKey(t.factId, t.dimension))),
  }));
}

/** Why this fact cannot take a breakdown in this dimension, or null when it can. */
export function importRefusal(factId: string, dimension: Dimension): string | null {
  if (!hasFact(factId)) return 'No such fact';
  const targets = TARGETS.filter((t) => t.factId === factId);
  if (targets.length === 0) {
    return 'No panel splits this fact, so an imported breakdown would show nowhere';
  }
  if (!targets.some((t) => t.dimension === dimension)) {
    const by = targets.map((t) => t.dimension).join(' or ');
    return `This fact is split by ${by} on the dashboard, not by ${dimension}`;
  }
  return null;
}

export interface ImportRequest {
  factId: string;
  dimension: Dimension;
  bytes: Uint8Array;
  source: string;
  note: string | null;
}

export type ImportCheck =
  { preview: BreakdownPreviewBody; source: string; note: string | null } | { error: string };

/**
 * Reads and checks an import (nothing is stored). An error is a request that cannot be
 * previewed at all (not text, no source); a preview may still list problems that refuse it.
 */
export function checkImport(req: ImportRequest): ImportCheck {
  const source = cleanText(req.source, MAX_SOURCE_CHARS);
  if (!source) return { error: 'Name the source of the breakdown (a document, its date)' };
  const note = cleanText(req.note, MAX_NOTE_CHARS) || null;
  // Stored and shown as text everywhere; one that a spreadsheet would run (the CSV export
  // carries it) is refused rather than quietly changed.
  if ([source, note ?? ''].some((t) => /^[=+\-@]/.test(t))) {
    return {
      error: 'The source and note must not start with =, +, - or @ (a spreadsheet formula)',
    };
  }
  const decoded = decodeCsv(req.bytes);
  if ('error' in decoded) return { error: decoded.error };
  const preview = previewBreakdown(decoded.text, req.dimension, officialTotalOf(req.factId), note);
  return { preview: { ...preview, encoding: decoded.encoding }, source, note };
}

/** The newest version of one (fact, dimension) in a history (any order), or null. */
function newest(history: readonly BreakdownVersion[], factId: string, dimension: Dimension) {
  let best: BreakdownVersion | null = null;
  for (const v of history) {
    if (v.factId === factId && v.dimension === dimension && (!best || v.version > best.version)) {
      best = v;
    }
  }
  return best;
}

/** The total a version puts in force: its values' sum, or the official figure. */
const totalOf = (v: BreakdownVersion | null, factId: string) =>
  v?.values ? roundedSum(v.values) : officialTotalOf(factId);

/** The version an accepted import adds to a history. */
export function importVersion(
  history: readonly BreakdownVersion[],
  req: { factId: string; dimension: Dimension; source: string; note: string | null },
  values: Record<string, number>,
  user: User,
  at: Date,
): BreakdownVersion {
  const prev = newest(history, req.factId, req.dimension);
  return {
    factId: req.factId,
    dimension: req.dimension,
    version: (prev?.version ?? 0) + 1,
    action: 'import',
    restoredFrom: null,
    values,
    source: req.source,
    note: req.note,
    totalBefore: totalOf(prev, req.factId),
    totalAfter: roundedSum(values),
    at: at.toISOString(),
    user,
  };
}

/**
 * The version a restore adds: a copy of `version` (0 = the illustrative split), or an error
 * when there is no such version.
 */
export function restoreVersion(
  history: readonly BreakdownVersion[],
  factId: string,
  dimension: Dimension,
  version: number,
  user: User,
  at: Date,
): BreakdownVersion | { error: string } {
  const prev = newest(history, factId, dimension);
  if (!prev) return { error: 'There is no imported version to restore from' };
  const from =
    version === 0
      ? null
      : history.find(
          (v) => v.factId === factId && v.dimension === dimension && v.version === version,
        );
  if (from === undefined) return { error: 'No such version' };
  return {
    factId,
    dimension,
    version: prev.version + 1,
    action: 'restore',
    restoredFrom: version,
    values: from?.values ?? null,
    source: from?.source ?? null,
    note: from?.note ?? null,
    totalBefore: totalOf(prev, factId),
    totalAfter: totalOf(from, factId),
    at: at.toISOString(),
    user,
  };
}

/** The official breakdowns in force: the newest version of each (fact, dimension). */
export function activeBreakdowns(history: readonly BreakdownVersion[]): OfficialBreakdowns {
  const newestByKey = new Map<string, BreakdownVersion>();
  for (const v of history) {
    const key = breakdownKey(v.factId, v.dimension);
    const seen = newestByKey.get(key);
    if (!seen || v.version > seen.version) newestByKey.set(key, v);
  }
  const active = new Map<string, ActiveBreakdown>();
  for (const [key, v] of newestByKey) {
    if (!v.values) continue; // the illustrative split restored
    active.set(key, {
      version: v.version,
      dimension: v.dimension,
      source: v.source ?? '',
      note: v.note,
      importedAt: v.at,
      total: roundedSum(v.values),
      values: v.values,
    });
  }
  return active;
}
