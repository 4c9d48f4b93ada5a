/**
 * The export audit log: append and read, nothing else (no update or delete path exists, and
 * the database refuses one: see the triggers in migrations.ts). Each row is a link of the hash
 * chain of domain/audit.ts.
 */
import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import {
  auditEntryOf,
  chainText,
  GENESIS_HASH,
  verifyChain,
  type ChainLink,
} from '../../domain/audit';
import type { AuditEntry, AuditEntryInput, ExportFormat, User } from '../../src/lib/api/schemas';
import type { Store } from './database';
import { toUser } from './users';
import type { AuditLogTable } from './schema';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Any constant: the key of the advisory lock that serialises appends across instances. */
const CHAIN_LOCK = 7_204_410;

type Row = Omit<AuditLogTable, 'seq'> & { seq: number };

function toLink(r: Row): ChainLink {
  return {
    entry: {
      id: r.id,
      at: r.at,
      user: toUser(r),
      pageId: r.page_id as AuditEntry['pageId'],
      pageTitle: { ko: r.page_title_ko, en: r.page_title_en },
      panelId: r.panel_id,
      panelTitle:
        r.panel_title_ko === null || r.panel_title_en === null
          ? null
          : { ko: r.panel_title_ko, en: r.panel_title_en },
      filters: {
        region: r.region ? r.region.split(',') : [],
        sector: r.sector ? r.sector.split(',') : [],
      },
      filtersText: r.filters_text,
      format: r.format as ExportFormat,
      fileName: r.file_name,
    },
    clientIp: r.client_ip,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/**
 * Appends one entry at the chain's head. The head is read and the row written in one
 * transaction; on PostgreSQL an advisory lock makes concurrent appends from every instance
 * take turns (the unique prev_hash would refuse a fork anyway).
 */
export async function appendAudit(
  store: Store,
  input: AuditEntryInput,
  user: User,
  clientIp: string | null,
  now = new Date(),
): Promise<AuditEntry> {
  return store.db.transaction().execute(async (tx) => {
    if (store.dialect === 'postgres')
      await sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`.execute(tx);
    const head = await tx
      .selectFrom('audit_log')
      .select('hash')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const prevHash = head?.hash ?? GENESIS_HASH;
    const entry = auditEntryOf(input, user, now, randomUUID());
    const hash = sha256(chainText(prevHash, { entry, clientIp }));
    await tx
      .insertInto('audit_log')
      .values({
        id: entry.id,
        at: entry.at,
        username: user.username,
        display_ko: user.displayName.ko,
        display_en: user.displayName.en,
        role: user.role,
        page_id: entry.pageId,
        page_title_ko: entry.pageTitle.ko,
        page_title_en: entry.pageTitle.en,
        panel_id: entry.panelId,
        panel_title_ko: entry.panelTitle?.ko ?? null,
        panel_title_en: entry.panelTitle?.en ?? null,
        region: entry.filters.region.join(','),
        sector: entry.filters.sector.join(','),
        filters_text: entry.filtersText,
        format: entry.format,
        file_name: entry.fileName,
        client_ip: clientIp,
        prev_hash: prevHash,
        hash,
      })
      .execute();
    return entry;
  });
}

export interface AuditQuery {
  user?: string | undefined;
  format?: ExportFormat | undefined;
  limit: number;
  /** Keyset paging: entries older than this sequence number. */
  before?: number | undefined;
}

/** Newest first, one page at a time. */
export async function listAudit(store: Store, q: AuditQuery) {
  let query = store.db
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('seq', 'desc')
    .limit(q.limit + 1);
  if (q.user) query = query.where('username', '=', q.user);
  if (q.format) query = query.where('format', '=', q.format);
  if (q.before !== undefined) query = query.where('seq', '<', q.before);
  const rows = (await query.execute()) as Row[];
  const page = rows.slice(0, q.limit);
  let countQuery = store.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'));
  if (q.user) countQuery = countQuery.where('username', '=', q.user);
  if (q.format) countQuery = countQuery.where('format', '=', q.format);
  const { n } = await countQuery.executeTakeFirstOrThrow();
  return {
    entries: page.map((r) => toLink(r).entry),
    total: Number(n),
    nextBefore: rows.length > q.limit ? (page.at(-1)?.seq ?? null) : null,
  };
}

/** Reads the whole chain oldest first, in batches, so a long log never sits in memory at once. */
async function* allLinks(store: Store, batch = 2000): AsyncGenerator<ChainLink> {
  let after = 0;
  for (;;) {
    const rows = (await store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq', 'asc')
      .limit(batch)
      .execute()) as Row[];
    for (const r of rows) yield toLink(r);
    if (rows.length < batch) return;
    after = rows.at(-1)!.seq;
  }
}

export function verifyAuditChain(store: Store) {
  return verifyChain(allLinks(store), sha256);
}
