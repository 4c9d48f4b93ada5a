/**
 * Two server instances on one PostgreSQL database (issue 16): they share sessions, lockout
 * and one audit chain, and start together safely. PostgreSQL only: the embedded database is
 * one process by design (docs/deploy.md). .ci/run provides TEST_DATABASE_URL.
 */
import { sql } from 'kysely';
import { REGIONS } from '@/config/regions';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../db/audit-log';
import { openStore } from '../db/database';
import { exportEntry } from '../../tests/fixtures/export-entry';
import { freshPostgres, startServer, type TestClient, type TestServer } from './harness';

const postgres = Boolean(process.env.TEST_DATABASE_URL);

describe.runIf(postgres)('two instances on one PostgreSQL', () => {
  let a: TestServer;
  let b: TestServer;
  afterEach(async () => {
    await b?.close();
    await a?.close();
  });

  async function pair() {
    a = await startServer({ engine: 'postgres' });
    b = await startServer({
      engine: 'postgres',
      join: { databaseUrl: a.databaseUrl, dataDir: null },
    });
  }

  it('shares sessions: sign in on A, work on B, sign out on B ends it on A', async () => {
    await pair();
    const onA = a.client();
    await onA.login('analyst');
    const onB = b.client();
    onB.cookie = onA.cookie;
    expect((await onB.get('/api/v1/panels/ov-headline')).status).toBe(200);
    expect((await onB.post('/api/v1/audit', exportEntry())).status).toBe(201);
    expect((await onB.post('/api/v1/auth/logout')).status).toBe(204);
    expect((await onA.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('shares official breakdowns: an import on A shows on B at once, with a new ETag', async () => {
    await pair();
    const onA = a.client();
    await onA.login('admin');
    const onB = b.client();
    onB.cookie = onA.cookie;
    const before = await onB.get('/api/v1/panels/kc-consulting-by-region');
    expect(before.body).toMatchObject({ provenance: 'illustrative' });
    const csv = REGIONS.map((r, i) => `${r.slug},${i === 0 ? 775 - 16 : 1}`).join('\n');
    const form = new FormData();
    form.append('file', new Blob([csv]), 'x.csv');
    form.append('dimension', 'region');
    form.append('source', 'KISA');
    const imported = await onA.request(
      'POST',
      '/api/v1/facts/security-consulting-smes/breakdowns',
      {
        form,
      },
    );
    expect(imported.status).toBe(201);
    const after = await onB.get('/api/v1/panels/kc-consulting-by-region', {
      headers: { 'if-none-match': before.headers.get('etag')! },
    });
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({
      provenance: 'official',
      officialBreakdown: { source: 'KISA' },
    });
  });

  it('shares lockout: 4 failures on A and 1 on B lock the account on both', async () => {
    await pair();
    for (let i = 0; i < 4; i++)
      expect((await a.client().login('viewer', 'wrong')).status).toBe(401);
    expect((await b.client().login('viewer', 'wrong')).status).toBe(423);
    expect((await a.client().login('viewer')).status).toBe(423);
    expect((await b.client().login('viewer')).status).toBe(423);
  });

  it('keeps one audit chain under 40 concurrent exports through both instances', async () => {
    await pair();
    const clients: TestClient[] = [];
    for (const server of [a, b, a, b]) {
      const c = server.client();
      await c.login(clients.length % 2 ? 'admin' : 'analyst');
      clients.push(c);
    }
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        clients[i % 4]!.post('/api/v1/audit', exportEntry({ fileName: `two-${i}.png` })),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(40).fill(201));
    // Read through a third connection, as `npm run audit:verify` does.
    const reader = await openStore({ dataDir: '', databaseUrl: a.databaseUrl, poolSize: 1 });
    try {
      expect(await verifyAuditChain(reader)).toMatchObject({
        verified: true,
        checked: 40,
        brokenAt: null,
      });
    } finally {
      await reader.close();
    }
  });

  it('migrates once when instances start at the same moment', async () => {
    const db = await freshPostgres();
    try {
      const stores = await Promise.all(
        [0, 1, 2, 3].map(() => openStore({ dataDir: '', databaseUrl: db.url, poolSize: 2 })),
      );
      const rows = await sql<{ name: string }>`select name from kysely_migration`.execute(
        stores[0]!.db,
      );
      // Each migration recorded once (no duplicate from a racing instance).
      expect(rows.rows.map((r) => r.name)).toEqual([
        '001-accounts-sessions-logs',
        '002-breakdown-versions',
      ]);
      await Promise.all(stores.map((s) => s.close()));
    } finally {
      await db.drop();
    }
  });
});
