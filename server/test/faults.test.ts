/**
 * PostgreSQL stops under two running instances, then comes back (issue 16): requests answer
 * 503 problem+json, /readyz turns false, nothing crashes, both instances recover by themselves,
 * and every export acknowledged before the stop is still in an intact chain after it.
 *
 * It stops and starts a cluster of its own (PG_FAULT_CLUSTER, e.g. "15/dndfaults", whose
 * admin URL is PG_FAULT_URL: scripts/ci-postgres-faults.sh makes it), so no other test loses
 * its database. .ci/run sets both; without them the test does not run.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../db/audit-log';
import { exportEntry } from '../../tests/fixtures/export-entry';
import { startServer, type TestServer } from './harness';

const cluster = process.env.PG_FAULT_CLUSTER;
const adminUrl = process.env.PG_FAULT_URL;

function pgctl(action: 'stop' | 'start') {
  const [version, name] = cluster!.split('/');
  execFileSync(
    'pg_ctlcluster',
    [version!, name!, action, ...(action === 'stop' ? ['-m', 'fast'] : [])],
    {
      stdio: 'ignore',
    },
  );
}

async function until(what: string, check: () => Promise<boolean>, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what}: not within ${ms} ms`);
}

describe.runIf(Boolean(cluster && adminUrl))('PostgreSQL stops and comes back', () => {
  let a: TestServer;
  let b: TestServer;
  afterAll(async () => {
    try {
      pgctl('start'); // whatever happened, leave the cluster running
    } catch {
      // it is running already
    }
    await b?.close();
    await a?.close();
  });

  it('answers 503, reports not ready, recovers on both instances, and loses nothing acknowledged', async () => {
    a = await startServer({ engine: 'postgres', postgresAdminUrl: adminUrl });
    b = await startServer({
      engine: 'postgres',
      join: { databaseUrl: a.databaseUrl, dataDir: null },
    });
    const onA = a.client();
    const onB = b.client();
    await onA.login('analyst');
    await onB.login('admin');
    const acknowledged: string[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await (i % 2 ? onB : onA).post(
        '/api/v1/audit',
        exportEntry({ fileName: `before-${i}.png` }),
      );
      expect(res.status).toBe(201);
      acknowledged.push((res.body as { id: string }).id);
    }

    pgctl('stop');
    for (const [server, c] of [
      [a, onA],
      [b, onB],
    ] as const) {
      const panel = await c.get('/api/v1/panels/ov-headline');
      expect(panel.status).toBe(503);
      expect(panel.headers.get('content-type')).toMatch(/problem\+json/);
      expect(panel.body).toMatchObject({ code: 'unavailable' });
      const write = await c.post('/api/v1/audit', exportEntry({ fileName: 'during.png' }));
      expect(write.status).toBe(503);
      expect((await c.login('viewer')).status).toBe(503);
      expect((await server.client().get('/readyz')).status).toBe(503);
      expect((await server.client().get('/healthz')).status).toBe(200); // alive, not ready
    }

    pgctl('start');
    for (const server of [a, b]) {
      await until('ready again', async () => (await server.client().get('/readyz')).status === 200);
    }
    // Sessions were in the database: they survive; both instances serve again.
    expect((await onA.get('/api/v1/panels/ov-headline')).status).toBe(200);
    expect((await onB.get('/api/v1/panels/ov-headline')).status).toBe(200);
    const after = await onA.post('/api/v1/audit', exportEntry({ fileName: 'after.png' }));
    expect(after.status).toBe(201);

    const log = (await onB.get('/api/v1/audit?limit=100')).body as {
      entries: { id: string; fileName: string }[];
      chain: { verified: boolean; checked: number };
    };
    for (const id of acknowledged) expect(log.entries.map((e) => e.id)).toContain(id);
    expect(log.entries.some((e) => e.fileName === 'during.png')).toBe(false); // refused, not half-written
    expect(log.chain).toMatchObject({ verified: true, checked: 7 });
    expect(await verifyAuditChain(a.store)).toMatchObject({ verified: true, checked: 7 });
  });
});
