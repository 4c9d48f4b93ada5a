/** The security log: sign-ins, failures, lockouts, unlocks, throttling. Append-only. */
import type { SecurityEventKind } from '../../domain/accounts';
import type { Store } from './database';

export type { SecurityEventKind };

export interface SecurityEvent {
  seq: number;
  at: string;
  kind: SecurityEventKind;
  username: string | null;
  clientIp: string | null;
  detail: string | null;
}

export async function logSecurityEvent(
  store: Store,
  e: {
    kind: SecurityEventKind;
    username?: string | null;
    clientIp?: string | null;
    detail?: string | null;
  },
  now = new Date(),
) {
  await store.db
    .insertInto('security_log')
    .values({
      at: now.toISOString(),
      kind: e.kind,
      username: e.username ?? null,
      client_ip: e.clientIp ?? null,
      detail: e.detail ?? null,
    })
    .execute();
}

/** Newest first, `limit` at a time, before a sequence number (keyset paging). */
export async function listSecurityEvents(store: Store, limit: number, before: number | null) {
  let q = store.db
    .selectFrom('security_log')
    .selectAll()
    .orderBy('seq', 'desc')
    .limit(limit + 1);
  if (before !== null) q = q.where('seq', '<', before);
  const rows = await q.execute();
  const page = rows.slice(0, limit);
  return {
    events: page.map((r): SecurityEvent => ({
      seq: r.seq,
      at: r.at,
      kind: r.kind as SecurityEventKind,
      username: r.username,
      clientIp: r.client_ip,
      detail: r.detail,
    })),
    nextBefore: rows.length > limit ? (page.at(-1)?.seq ?? null) : null,
  };
}
