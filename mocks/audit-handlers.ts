/**
 * The export audit log endpoints (issue: export for briefings). Filled in with the export
 * feature; kept apart from handlers.ts so the two can change independently.
 *
 * In the browser (dev server and demo build) the log lives in IndexedDB, so it survives a
 * reload like a real server's table would; under Vitest it lives in memory.
 */
import { createStore, del, entries as idbEntries, set } from 'idb-keyval';
import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  auditEntryInputSchema,
  exportFormatSchema,
  type AuditEntry,
  type Role,
} from '@/lib/api/schemas';
import { userForToken } from './auth-store';
import { error, injected } from './respond';

const API = '*/api/v1';
const MAY_EXPORT: Role[] = ['analyst', 'admin'];
const MAY_READ: Role[] = ['admin'];

const inBrowser =
  typeof indexedDB !== 'undefined' &&
  typeof window !== 'undefined' &&
  import.meta.env.MODE !== 'test';

interface AuditTable {
  add(entry: AuditEntry): Promise<void>;
  all(): Promise<AuditEntry[]>;
  clear(): Promise<void>;
}

function memoryTable(): AuditTable {
  let rows: AuditEntry[] = [];
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
  const store = createStore('mock-api', 'audit');
  return {
    add: (e) => set(e.id, e, store),
    all: async () => (await idbEntries<string, AuditEntry>(store)).map(([, v]) => v),
    clear: async () => {
      for (const [k] of await idbEntries<string, AuditEntry>(store)) await del(k, store);
    },
  };
}

const table: AuditTable = inBrowser ? indexedDbTable() : memoryTable();

/** Tests start from an empty log. */
export function resetAuditStore() {
  return table.clear();
}

function userOf(request: Request) {
  const h = request.headers.get('Authorization');
  return userForToken(h?.startsWith('Bearer ') ? h.slice(7) : null);
}

let seq = 0;

export const auditHandlers: HttpHandler[] = [
  http.post(`${API}/audit`, async ({ request }) => {
    const fault = await injected('audit');
    if (fault) return fault;
    const user = userOf(request);
    if (!user) return error(401, 'unauthorized', 'Not signed in');
    if (!MAY_EXPORT.includes(user.role)) return error(403, 'forbidden', 'Viewers cannot export');
    const parsed = auditEntryInputSchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) return error(400, 'bad_request', 'Not an audit entry');
    const now = new Date();
    // Time first, then a counter: ids sort like the entries were made.
    const id = `${now.getTime().toString(36).padStart(9, '0')}-${(seq++).toString(36)}-${crypto.randomUUID().slice(0, 8)}`;
    const entry: AuditEntry = { ...parsed.data, id, at: now.toISOString(), user };
    await table.add(entry);
    return HttpResponse.json(entry, { status: 201 });
  }),

  http.get(`${API}/audit`, async ({ request }) => {
    const fault = await injected('audit');
    if (fault) return fault;
    const user = userOf(request);
    if (!user) return error(401, 'unauthorized', 'Not signed in');
    if (!MAY_READ.includes(user.role)) return error(403, 'forbidden', 'Only admins read the log');
    const url = new URL(request.url);
    const byUser = url.searchParams.get('user');
    const byFormat = url.searchParams.get('format');
    if (byFormat && !exportFormatSchema.safeParse(byFormat).success) {
      return error(400, 'bad_request', 'Unknown format');
    }
    const rows = (await table.all())
      .filter((e) => !byUser || e.user.username === byUser)
      .filter((e) => !byFormat || e.format === byFormat)
      .sort((a, b) => (a.at === b.at ? b.id.localeCompare(a.id) : b.at.localeCompare(a.at)));
    return HttpResponse.json({ entries: rows });
  }),
];
