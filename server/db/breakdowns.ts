/**
 * Official breakdowns in the database: append a version (an import or a restore), read the
 * history, read the versions in force. The rules (numbering, what a restore copies) are
 * domain/official-breakdowns.ts; this file only stores. Append-only (migration 002).
 */
import { sql } from 'kysely';
import { activeBreakdowns, type OfficialBreakdowns } from '../../domain/official-breakdowns';
import type { Dimension } from '../../src/lib/api/schemas';
import type { BreakdownVersion } from '../../src/lib/api/breakdown-schemas';
import type { Store } from './database';
import { toUser } from './users';
import type { BreakdownVersionsTable } from './schema';

/** Any constant: the advisory lock that makes writers of one breakdown take turns. */
const BREAKDOWN_LOCK = 7_204_417;

type Row = Omit<BreakdownVersionsTable, 'seq'> & { seq: number };

function toVersion(r: Row): BreakdownVersion {
  return {
    factId: r.fact_id,
    dimension: r.dimension,
    version: r.version,
    action: r.action,
    restoredFrom: r.restored_from,
    values: r.values_json === null ? null : (JSON.parse(r.values_json) as Record<string, number>),
    source: r.source,
    note: r.note,
    totalBefore: r.total_before,
    totalAfter: r.total_after,
    at: r.at,
    user: toUser(r),
  };
}

/** Every version, newest first; of one fact when named. */
export async function breakdownHistory(store: Store, factId?: string, limit = 500) {
  let q = store.db.selectFrom('breakdown_versions').selectAll().orderBy('seq', 'desc').limit(limit);
  if (factId !== undefined) q = q.where('fact_id', '=', factId);
  return ((await q.execute()) as Row[]).map(toVersion);
}

/**
 * The breakdowns in force, read per request (one small query: the newest version of each
 * fact and dimension), so every instance shows an import the moment it is committed.
 */
export async function officialBreakdowns(store: Store): Promise<OfficialBreakdowns> {
  const rows = (await store.db
    .selectFrom('breakdown_versions as b')
    .selectAll()
    .where('b.version', '=', (eb) =>
      eb
        .selectFrom('breakdown_versions as m')
        .select((m) => m.fn.max('m.version').as('v'))
        .whereRef('m.fact_id', '=', 'b.fact_id')
        .whereRef('m.dimension', '=', 'b.dimension'),
    )
    .execute()) as Row[];
  return activeBreakdowns(rows.map(toVersion));
}

/**
 * Appends the version `make` computes from the current history of (fact, dimension), in one
 * transaction: the history is read and the row written under a lock (PostgreSQL: an advisory
 * lock across instances; SQLite: one writer at a time), so concurrent imports get consecutive
 * versions and none is lost. `make` may refuse (an error): then nothing is written.
 */
export async function appendBreakdownVersion(
  store: Store,
  factId: string,
  dimension: Dimension,
  make: (history: BreakdownVersion[]) => BreakdownVersion | { error: string },
  clientIp: string | null,
): Promise<BreakdownVersion | { error: string }> {
  return store.db.transaction().execute(async (tx) => {
    if (store.dialect === 'postgres') {
      await sql`select pg_advisory_xact_lock(${BREAKDOWN_LOCK})`.execute(tx);
    }
    const rows = (await tx
      .selectFrom('breakdown_versions')
      .selectAll()
      .where('fact_id', '=', factId)
      .where('dimension', '=', dimension)
      .execute()) as Row[];
    const v = make(rows.map(toVersion));
    if ('error' in v) return v;
    await tx
      .insertInto('breakdown_versions')
      .values({
        fact_id: v.factId,
        dimension: v.dimension,
        version: v.version,
        action: v.action,
        restored_from: v.restoredFrom,
        values_json: v.values === null ? null : JSON.stringify(v.values),
        source: v.source,
        note: v.note,
        total_before: v.totalBefore,
        total_after: v.totalAfter,
        at: v.at,
        username: v.user.username,
        display_ko: v.user.displayName.ko,
        display_en: v.user.displayName.en,
        role: v.user.role,
        client_ip: clientIp,
      })
      .execute();
    return v;
  });
}
