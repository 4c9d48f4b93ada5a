/**
 * The export audit log endpoints of the mock, over the rules of domain/audit.ts (what a client
 * may record, the hash chain), like the server's. In the browser (dev server and demo build)
 * the log lives in IndexedDB, so it survives a reload; under Vitest it lives in memory.
 */
import { createStore, del, entries as idbEntries, set } from 'idb-keyval';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { auditEntryInputSchema, exportFormatSchema } from '@/lib/api/schemas';
import { may } from '../domain/accounts';
import { readPaging } from '../domain/paging';
import {
  auditEntryOf,
  auditInputProblem,
  chainText,
  GENESIS_HASH,
  verifyChain,
  type ChainLink,
} from '../domain/audit';
import { error, injected } from './respond';
import { userOf } from './session-cookie';

const API = '*/api/v1';

const inBrowser =
  typeof indexedDB !== 'undefined' &&
  typeof window !== 'undefined' &&
  import.meta.env.MODE !== 'test';

/** A stored link, with its position (the key orders them). */
type Stored = ChainLink & { seq: number };

interface AuditTable {
  add(link: Stored): Promise<void>;
  all(): Promise<Stored[]>;
  clear(): Promise<void>;
}

function memoryTable(): AuditTable {
  let rows: Stored[] = [];
  return {
    add: async (e) => {
      rows.push(e);
    },
    all: async () => [...rows],
    clear: async () => {
      rows = [];
    },
  };
}

function indexedDbTable(): AuditTable {
  const store = createStore('mock-api', 'audit-chain');
  return {
    add: (e) => set(e.seq, e, store),
    all: async () => (await idbEntries<number, Stored>(store)).map(([, v]) => v),
    clear: async () => {
      for (const [k] of await idbEntries<number, Stored>(store)) await del(k, store);
    },
  };
}

const table: AuditTable = inBrowser ? indexedDbTable() : memoryTable();

async function sha256(text: string): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const oldestFirst = (rows: Stored[]) => rows.sort((a, b) => a.seq - b.seq);

/** Tests start from an empty log. */
export function resetAuditStore() {
  return table.clear();
}

// Appends take turns, so two exports at once cannot both chain onto the same head.
let appending: Promise<unknown> = Promise.resolve();

export const auditHandlers: HttpHandler[] = [
  http.post(`${API}/audit`, async ({ request, cookies }) => {
    const fault = await injected('audit');
    if (fault) return fault;
    const user = userOf(cookies);
    if (!user) return error(401, 'unauthorized', 'Not signed in');
    if (!may(user.role, 'export')) return error(403, 'forbidden', 'Viewers cannot export');
    const parsed = auditEntryInputSchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) return error(400, 'bad_request', 'Not an audit entry');
    const problem = auditInputProblem(parsed.data);
    if (problem) return error(400, 'bad_request', problem);
    const append = appending.then(async () => {
      const rows = oldestFirst(await table.all());
      const head = rows.at(-1);
      const now = new Date();
      const entry = auditEntryOf(parsed.data, user, now, crypto.randomUUID());
      const prevHash = head?.hash ?? GENESIS_HASH;
      const link: Stored = {
        entry,
        clientIp: null,
        prevHash,
        hash: await sha256(chainText(prevHash, { entry, clientIp: null })),
        seq: (head?.seq ?? 0) + 1,
      };
      await table.add(link);
      return entry;
    });
    appending = append.catch(() => {});
    return HttpResponse.json(await append, { status: 201 });
  }),

  http.get(`${API}/audit`, async ({ request, cookies }) => {
    const fault = await injected('audit');
    if (fault) return fault;
    const user = userOf(cookies);
    if (!user) return error(401, 'unauthorized', 'Not signed in');
    if (!may(user.role, 'administer')) return error(403, 'forbidden', 'Only admins read the log');
    const url = new URL(request.url);
    const byUser = url.searchParams.get('user');
    const byFormat = url.searchParams.get('format');
    if (byFormat && !exportFormatSchema.safeParse(byFormat).success) {
      return error(400, 'bad_request', 'Unknown format');
    }
    const paging = readPaging({
      limit: url.searchParams.get('limit'),
      before: url.searchParams.get('before'),
    });
    if ('error' in paging) return error(400, 'bad_request', paging.error);
    const { limit } = paging;
    const before = paging.before ?? null;
    const all = oldestFirst(await table.all());
    const matching = all
      .filter((l) => !byUser || l.entry.user.username === byUser)
      .filter((l) => !byFormat || l.entry.format === byFormat)
      .reverse();
    const from = before === null ? matching : matching.filter((l) => l.seq < before);
    const page = from.slice(0, limit);
    return HttpResponse.json({
      entries: page.map((l) => l.entry),
      total: matching.length,
      nextBefore: from.length > limit ? (page.at(-1)?.seq ?? null) : null,
      chain: before === null ? await verifyChain(all, sha256) : null,
    });
  }),
];
