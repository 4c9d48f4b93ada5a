/**
 * Every operation of api/openapi.yaml for every role, the audit log and its chain, the
 * cross-origin refusal, the security headers and the built app's serving, over HTTP against
 * the running server. Every /api/v1 answer is checked against the contract by the harness.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../scripts/security-headers.mjs';
import { verifyAuditChain } from '../db/audit-log';
import { ROLES } from '../../domain/accounts';
import { exportEntry } from '../../tests/fixtures/export-entry';
import { ENGINES, startServer, type TestClient, type TestServer } from './harness';

type Who = 'anonymous' | (typeof ROLES)[number];
const WHO: Who[] = ['anonymous', ...ROLES];

/** Each operation, and the status each kind of caller gets. */
const OPERATIONS: {
  name: string;
  call: (c: TestClient) => ReturnType<TestClient['get']>;
  expect: Record<Who, number>;
}[] = [
  {
    name: 'GET /auth/me',
    call: (c) => c.get('/api/v1/auth/me'),
    expect: { anonymous: 401, viewer: 200, analyst: 200, admin: 200 },
  },
  {
    name: 'GET /auth/demo',
    call: (c) => c.get('/api/v1/auth/demo'),
    expect: { anonymous: 200, viewer: 200, analyst: 200, admin: 200 },
  },
  {
    name: 'GET /pages/{pageId}',
    call: (c) => c.get('/api/v1/pages/mec'),
    expect: { anonymous: 401, viewer: 200, analyst: 200, admin: 200 },
  },
  {
    name: 'GET /panels/{panelId}',
    call: (c) => c.get('/api/v1/panels/mec-services?region=gwangju'),
    expect: { anonymous: 401, viewer: 200, analyst: 200, admin: 200 },
  },
  {
    name: 'GET /facts',
    call: (c) => c.get('/api/v1/facts'),
    expect: { anonymous: 401, viewer: 200, analyst: 200, admin: 200 },
  },
  {
    name: 'POST /audit',
    call: (c) => c.post('/api/v1/audit', exportEntry()),
    expect: { anonymous: 401, viewer: 403, analyst: 201, admin: 201 },
  },
  {
    name: 'GET /audit',
    call: (c) => c.get('/api/v1/audit'),
    expect: { anonymous: 401, viewer: 403, analyst: 403, admin: 200 },
  },
  {
    name: 'GET /admin/security-events',
    call: (c) => c.get('/api/v1/admin/security-events'),
    expect: { anonymous: 401, viewer: 403, analyst: 403, admin: 200 },
  },
  {
    name: 'GET /admin/users',
    call: (c) => c.get('/api/v1/admin/users'),
    expect: { anonymous: 401, viewer: 403, analyst: 403, admin: 200 },
  },
  {
    name: 'POST /admin/users/{username}/unlock',
    call: (c) => c.post('/api/v1/admin/users/viewer/unlock'),
    expect: { anonymous: 401, viewer: 403, analyst: 403, admin: 204 },
  },
  {
    name: 'POST /auth/logout',
    call: (c) => c.post('/api/v1/auth/logout'),
    expect: { anonymous: 204, viewer: 204, analyst: 204, admin: 204 },
  },
];

describe.each(ENGINES)('API (%s)', (engine) => {
  let s: TestServer;
  const clients = {} as Record<Who, TestClient>;
  beforeAll(async () => {
    s = await startServer({ engine });
    for (const who of WHO) {
      clients[who] = s.client();
      if (who !== 'anonymous') expect((await clients[who].login(who)).status).toBe(200);
    }
  });
  afterAll(() => s.close());

  describe.each(OPERATIONS)('$name', (op) => {
    it.each(WHO)('as %s', async (who) => {
      // logout ends the session; give each caller a fresh one for it
      const c = op.name === 'POST /auth/logout' && who !== 'anonymous' ? s.client() : clients[who];
      if (c !== clients[who]) await c.login(who);
      const res = await op.call(c);
      expect(res.status).toBe(op.expect[who]);
    });
  });

  it('derives who, when and from where itself; a body that claims another user changes nothing', async () => {
    const analyst = s.client({ ip: '192.0.2.7' });
    await analyst.login('analyst');
    const forged = {
      ...exportEntry(),
      user: { username: 'admin', role: 'admin' },
      at: '1999-01-01T00:00:00Z',
    };
    const res = await analyst.post('/api/v1/audit', forged);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ user: { username: 'analyst', role: 'analyst' } });
    expect((res.body as { at: string }).at).not.toBe('1999-01-01T00:00:00Z');
    const row = await s.store.db
      .selectFrom('audit_log')
      .select(['username', 'client_ip'])
      .where('id', '=', (res.body as { id: string }).id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ username: 'analyst', client_ip: '192.0.2.7' });
  });

  it('refuses unknown ids and slugs and over-long texts in an export record', async () => {
    const c = clients.analyst;
    for (const bad of [
      exportEntry({ pageId: 'nope' as never }),
      exportEntry({ panelId: 'not-a-panel' }),
      exportEntry({ panelId: 'ov-headline' }), // a real panel, of another page
      exportEntry({ filters: { region: ['atlantis'], sector: [] } }),
      exportEntry({ filters: { region: [], sector: ['piracy'] } }),
      exportEntry({ fileName: 'x'.repeat(301) }),
      exportEntry({ format: 'exe' as never }),
    ]) {
      const res = await c.post('/api/v1/audit', bad);
      expect(res.status, JSON.stringify(bad).slice(0, 80)).toBe(400);
    }
  });

  it('lists the log newest first, a page at a time, with the chain verified', async () => {
    const admin = clients.admin;
    for (let i = 0; i < 5; i++)
      await clients.analyst.post(
        '/api/v1/audit',
        exportEntry({ format: 'csv', fileName: `n${i}.csv` }),
      );
    const first = await admin.get('/api/v1/audit?format=csv&limit=2');
    const body = first.body as {
      entries: { fileName: string }[];
      total: number;
      nextBefore: number;
      chain: { verified: boolean };
    };
    expect(body.entries.map((e) => e.fileName)).toEqual(['n4.csv', 'n3.csv']);
    expect(body.total).toBe(5);
    expect(body.chain.verified).toBe(true);
    const second = await admin.get(`/api/v1/audit?format=csv&limit=2&before=${body.nextBefore}`);
    expect(
      (second.body as { entries: { fileName: string }[] }).entries.map((e) => e.fileName),
    ).toEqual(['n2.csv', 'n1.csv']);
    expect((second.body as { chain: unknown }).chain).toBeNull();
    expect((await admin.get('/api/v1/audit?limit=0')).status).toBe(400);
    expect((await admin.get('/api/v1/audit?limit=501')).status).toBe(400);
  });

  it('has no way to change or delete an entry: no such route, and the database refuses', async () => {
    const admin = clients.admin;
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      const res = await admin.request(method, '/api/v1/audit', { json: {}, contract: false });
      expect([404, 405]).toContain(res.status);
    }
    await expect(
      sql`update audit_log set file_name = 'forged'`.execute(s.store.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(s.store.db)).rejects.toThrow(/append-only/);
  });

  it('refuses a state-changing request from another origin with 403', async () => {
    const c = clients.analyst;
    const evil = await c.post('/api/v1/audit', exportEntry(), {
      headers: { origin: 'https://evil.example' },
    });
    expect(evil.status).toBe(403);
    expect(evil.body).toMatchObject({ code: 'cross_origin' });
    const site = await c.post('/api/v1/audit', exportEntry(), {
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(site.status).toBe(403);
    const loginCsrf = await s
      .client()
      .post(
        '/api/v1/auth/login',
        { username: 'admin', password: 'demo1234!' },
        { headers: { 'sec-fetch-site': 'cross-site' } },
      );
    expect(loginCsrf.status).toBe(403);
    const same = await c.post('/api/v1/audit', exportEntry(), {
      headers: { origin: new URL(s.url).origin, 'sec-fetch-site': 'same-origin' },
    });
    expect(same.status).toBe(201);
    // A read from another origin is harmless (the browser keeps the answer from the page).
    expect(
      (await c.get('/api/v1/pages/overview', { headers: { 'sec-fetch-site': 'cross-site' } }))
        .status,
    ).toBe(200);
  });

  it('sends the security headers on every answer, errors and 404s included', async () => {
    const expected = securityHeaders();
    for (const res of [
      await s.client().get('/api/v1/pages/overview'),
      await clients.viewer.get('/api/v1/pages/nope'),
      await s.client().get('/healthz'),
      await s.client().request('GET', '/no/such/file.js'),
    ]) {
      for (const [name, value] of Object.entries(expected))
        expect(res.headers.get(name), name).toBe(value);
    }
  });

  it('answers health and readiness', async () => {
    expect((await s.client().get('/healthz')).status).toBe(200);
    expect((await s.client().get('/readyz')).body).toMatchObject({
      status: 'ready',
      storage: engine,
    });
  });
});

describe.each(ENGINES)('audit chain (%s)', (engine) => {
  let s: TestServer;
  afterEach(() => s.close());

  it('verifies an intact chain and names the first entry after a tampered one', async () => {
    s = await startServer({ engine });
    const c = s.client();
    await c.login('analyst');
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      ids.push(
        (
          (await c.post('/api/v1/audit', exportEntry({ fileName: `f${i}.png` }))).body as {
            id: string;
          }
        ).id,
      );
    }
    expect(await verifyAuditChain(s.store)).toMatchObject({
      verified: true,
      checked: 6,
      brokenAt: null,
    });
    // Someone with the database's own rights drops the guard and edits an entry: any stored
    // field of it breaks the chain there, and putting it back mends it.
    if (engine === 'postgres')
      await sql`drop trigger audit_log_append_only on audit_log`.execute(s.store.db);
    else await sql`drop trigger audit_log_no_update`.execute(s.store.db);
    const columns = [
      'file_name',
      'display_ko',
      'display_en',
      'role',
      'region',
      'client_ip',
      'panel_title_en',
      'at',
      'page_id',
    ];
    for (const column of columns) {
      const original = await sql<{
        v: string | null;
      }>`select ${sql.ref(column)} as v from audit_log where id = ${ids[3]}`.execute(s.store.db);
      await sql`update audit_log set ${sql.ref(column)} = ${'tampered'} where id = ${ids[3]}`.execute(
        s.store.db,
      );
      expect(await verifyAuditChain(s.store), column).toMatchObject({
        verified: false,
        checked: 3,
        brokenAt: ids[3],
      });
      await sql`update audit_log set ${sql.ref(column)} = ${original.rows[0]!.v} where id = ${ids[3]}`.execute(
        s.store.db,
      );
      expect((await verifyAuditChain(s.store)).verified, `${column} restored`).toBe(true);
    }
    await sql`update audit_log set file_name = 'innocent.png' where id = ${ids[3]}`.execute(
      s.store.db,
    );
    const admin = s.client();
    await admin.login('admin');
    expect((await admin.get('/api/v1/audit')).body).toMatchObject({
      chain: { verified: false, brokenAt: ids[3] },
    });
  });

  it('keeps one chain when 40 exports arrive at once', async () => {
    s = await startServer({ engine });
    const clients = await Promise.all(
      [0, 1, 2, 3].map(async () => {
        const c = s.client();
        await c.login('analyst');
        return c;
      }),
    );
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        clients[i % 4]!.post('/api/v1/audit', exportEntry({ fileName: `c${i}.png` })),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(40).fill(201));
    expect(await verifyAuditChain(s.store)).toMatchObject({
      verified: true,
      checked: 40,
      brokenAt: null,
    });
  });
});

describe('serving the built app', () => {
  let s: TestServer;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dnd-static-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>app</title>');
    fs.writeFileSync(path.join(dir, 'login.html'), '<!doctype html><title>login</title>');
    fs.writeFileSync(path.join(dir, 'assets', 'app-abc123.js'), 'console.log(1)');
    s = await startServer({ engine: 'sqlite', staticDir: dir });
  });
  afterAll(async () => {
    await s.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves /login as login.html, other pages as index.html, assets immutable, a missing asset as 404', async () => {
    const c = s.client();
    const login = await c.request('GET', '/login');
    expect(login.text).toContain('<title>login</title>');
    for (const page of ['/', '/overview', '/mec?region=gwangju', '/admin/audit', '/no-such-page']) {
      const res = await c.request('GET', page);
      expect(res.status, page).toBe(200);
      expect(res.text, page).toContain('<title>app</title>');
      expect(res.headers.get('cache-control'), page).toBe('no-cache');
    }
    const asset = await c.request('GET', '/assets/app-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await c.request('GET', '/assets/gone-000000.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/problem\+json/);
    const api404 = await c.request('GET', '/api/v1/nothing', { contract: false });
    expect(api404.status).toBe(404);
    expect(api404.text).not.toContain('<title>app</title>');
  });
});

describe.each(ENGINES)('caching (%s)', (engine) => {
  let s: TestServer;
  afterEach(() => s.close());

  it('gives panels an ETag and answers a repeat view with 304, privately, and never without a session', async () => {
    s = await startServer({ engine });
    const c = s.client();
    await c.login('viewer');
    const path = '/api/v1/panels/ov-participants-by-region?region=gwangju';
    const first = await c.get(path);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    const again = await c.get(path, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    // Another filter is another answer.
    const other = await c.get('/api/v1/panels/ov-participants-by-region?region=seoul', {
      headers: { 'if-none-match': etag! },
    });
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).not.toBe(etag);
    // The validator opens nothing without a session.
    const anonymous = await s.client().get(path, { headers: { 'if-none-match': etag! } });
    expect(anonymous.status).toBe(401);
    // Session answers are never stored.
    expect((await c.get('/api/v1/auth/me')).headers.get('cache-control')).toBe('no-store');
  });
});

describe('the contract and the domain agree', () => {
  it('lists exactly the security event kinds the server records', async () => {
    const { contract } = await import('../contract');
    const { SECURITY_EVENT_KINDS } = await import('../../domain/accounts');
    const schema = contract.components.schemas.SecurityEvent as {
      properties: { kind: { enum: string[] } };
    };
    expect(schema.properties.kind.enum).toEqual([...SECURITY_EVENT_KINDS]);
  });
});
