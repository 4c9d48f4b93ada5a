/**
 * Official breakdowns over HTTP (issue 17), on each engine: import (dry run and applied),
 * the panel turning official (and its ETag changing), history and restore, roles, every bad
 * input the issue names, and concurrent imports. Every answer is checked against the contract.
 */
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGIONS } from '@/config/regions';
import type { Panel } from '../../src/lib/api/schemas';
import type {
  BreakdownHistory,
  BreakdownOverview,
  ImportResult,
} from '../../src/lib/api/breakdown-schemas';
import { FACTS } from '../../domain/facts';
import { importTargets } from '../../domain/official-breakdowns';
import { ENGINES, startServer, type TestClient, type TestServer } from './harness';

const FACT = 'data-dam-jobs'; // 40,105 people, split by region on dd-jobs-by-region
const PANEL = 'dd-jobs-by-region';
const TOTAL = 40105;
const UNSPLIT = FACTS.find((f) => !importTargets().some((t) => t.factId === f.id))!.id;

/** 17 rows that add up to `total` (서울 takes the remainder), under a header. */
function regionCsv(total = TOTAL, names: (r: (typeof REGIONS)[number]) => string = (r) => r.ko) {
  const rows = REGIONS.map((r, i) => [names(r), i === 0 ? total - 16 * 100 : 100] as const);
  return ['시도,참여인력', ...rows.map(([n, v]) => `${n},${v}`)].join('\r\n');
}

function form(
  file: Uint8Array | string,
  fields: Record<string, string> = { dimension: 'region', source: '과기정통부 2021-03 집계' },
  fileName = 'breakdown.csv',
) {
  const f = new FormData();
  const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file;
  f.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'text/csv' }), fileName);
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

const importPath = (factId = FACT, query = '') => `/api/v1/facts/${factId}/breakdowns${query}`;

describe.each(ENGINES)('official breakdowns (%s)', (engine) => {
  let s: TestServer;
  let admin: TestClient;
  beforeAll(async () => {
    s = await startServer({ engine });
    admin = s.client();
    expect((await admin.login('admin')).status).toBe(200);
  });
  afterAll(() => s.close());

  const post = (c: TestClient, f: FormData, query = '', factId = FACT) =>
    c.request('POST', importPath(factId, query), { form: f });

  it('lets only admins import, list and restore', async () => {
    for (const who of ['viewer', 'analyst'] as const) {
      const c = s.client();
      await c.login(who);
      expect((await post(c, form(regionCsv()))).status).toBe(403);
      expect((await c.get('/api/v1/breakdowns')).status).toBe(403);
      expect((await c.get(importPath())).status).toBe(403);
      expect((await c.post(`${importPath()}/region/0/restore`)).status).toBe(403);
    }
    const anonymous = s.client();
    expect((await post(anonymous, form(regionCsv()))).status).toBe(401);
    expect((await anonymous.get('/api/v1/breakdowns')).status).toBe(401);
  });

  it('refuses an import sent from another site', async () => {
    const res = await admin.request('POST', importPath(), {
      form: form(regionCsv()),
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'cross_origin' });
  });

  it('previews a CP949 file on a dry run and stores nothing', async () => {
    const bytes = new Uint8Array(
      iconv.encode(
        regionCsv(TOTAL, (r) => `${r.ko}`),
        'cp949',
      ),
    );
    const res = await post(admin, form(bytes), '?dryRun=true');
    expect(res.status).toBe(200);
    const { preview, version } = res.body as ImportResult;
    expect(version).toBeNull();
    expect(preview).toMatchObject({ encoding: 'cp949', problems: [], missing: [], total: TOTAL });
    expect(preview.rows).toHaveLength(17);
    expect((await admin.get(importPath())).body).toEqual({ versions: [] });
    expect(((await admin.get(`/api/v1/panels/${PANEL}`)).body as Panel).provenance).toBe(
      'illustrative',
    );
  });

  it('applies an import: the panel turns official with the file’s values, its ETag changes', async () => {
    const before = await admin.get(`/api/v1/panels/${PANEL}`);
    const etag = before.headers.get('etag')!;
    expect(etag).toBeTruthy();

    const csv = regionCsv(TOTAL, (r) => `${r.ko}특별시`.replace(/특별시$/, '')); // short names
    const res = await post(admin, form(csv));
    expect(res.status).toBe(201);
    const { version } = res.body as ImportResult;
    expect(version).toMatchObject({
      version: 1,
      action: 'import',
      totalBefore: TOTAL,
      totalAfter: TOTAL,
      user: { username: 'admin' },
      source: '과기정통부 2021-03 집계',
    });

    const again = await admin.get(`/api/v1/panels/${PANEL}`, {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(200); // not 304: the answer changed
    expect(again.headers.get('etag')).not.toBe(etag);
    const panel = again.body as Panel;
    expect(panel.provenance).toBe('official');
    expect(panel.officialBreakdown).toMatchObject({
      version: 1,
      source: '과기정통부 2021-03 집계',
    });
    expect(panel.items.reduce((sum, d) => sum + (d.value ?? 0), 0)).toBe(TOTAL);

    const filtered = (await admin.get(`/api/v1/panels/${PANEL}?region=busan,jeju&sector=ict`))
      .body as Panel;
    expect(filtered.items.map((d) => d.value)).toEqual([100, 100]);
    expect(filtered.scope).toEqual({ region: 'split', sector: 'national' });
    const page = (await admin.get('/api/v1/pages/data-dam')).body as {
      panels: { id: string; scope: unknown }[];
    };
    expect(page.panels.find((p) => p.id === PANEL)?.scope).toEqual({
      region: 'split',
      sector: 'national',
    });
  });

  it('refuses a differing total without a note, and applies it with one', async () => {
    const bad = await post(admin, form(regionCsv(TOTAL + 5)));
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ code: 'invalid_breakdown' });
    expect((bad.body as { preview: { problems: string[] } }).preview.problems[0]).toMatch(
      /differs/,
    );

    const ok = await post(
      admin,
      form(regionCsv(TOTAL + 5), {
        dimension: 'region',
        source: '시·도 자체 집계',
        note: '중복 참여 5명 포함',
      }),
    );
    expect(ok.status).toBe(201);
    const panel = (await admin.get(`/api/v1/panels/${PANEL}`)).body as Panel;
    expect(panel.officialBreakdown).toMatchObject({ version: 2, note: '중복 참여 5명 포함' });
    expect(panel.items.reduce((sum, d) => sum + (d.value ?? 0), 0)).toBe(TOTAL + 5);
  });

  it('restores an earlier version as a new one, and version 0 brings the illustrative back', async () => {
    const one = await admin.post(`${importPath()}/region/1/restore`);
    expect(one.status).toBe(201);
    expect(one.body).toMatchObject({
      version: 3,
      action: 'restore',
      restoredFrom: 1,
      totalBefore: TOTAL + 5,
      totalAfter: TOTAL,
    });
    expect(
      ((await admin.get(`/api/v1/panels/${PANEL}`)).body as Panel).officialBreakdown,
    ).toMatchObject({ version: 3, note: null });

    const zero = await admin.post(`${importPath()}/region/0/restore`);
    expect(zero.status).toBe(201);
    expect(zero.body).toMatchObject({ version: 4, values: null, totalAfter: TOTAL });
    const panel = (await admin.get(`/api/v1/panels/${PANEL}`)).body as Panel;
    expect(panel.provenance).toBe('illustrative');
    expect(panel.officialBreakdown).toBeUndefined();

    expect((await admin.post(`${importPath()}/region/99/restore`)).status).toBe(404);
    expect((await admin.post(`${importPath()}/region/-1/restore`)).status).toBe(400);
    expect((await admin.post(`${importPath()}/sector/0/restore`)).status).toBe(400);

    const history = (await admin.get(importPath())).body as BreakdownHistory;
    expect(history.versions.map((v) => v.version)).toEqual([4, 3, 2, 1]);
    const overview = (await admin.get('/api/v1/breakdowns')).body as BreakdownOverview;
    expect(overview.log.length).toBeGreaterThanOrEqual(4);
    expect(overview.targets.find((t) => t.factId === FACT)?.active).toBeNull();
  });

  it('never changes or removes a stored version (the database refuses)', async () => {
    await expect(
      s.store.db.updateTable('breakdown_versions').set({ source: 'x' }).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(s.store.db.deleteFrom('breakdown_versions').execute()).rejects.toThrow(
      /append-only/,
    );
  });

  it('refuses each bad input with a 4xx problem, applying nothing', async () => {
    const count = async () =>
      ((await admin.get(importPath())).body as BreakdownHistory).versions.length;
    const n = await count();
    const big = new Uint8Array(10 * 1024 * 1024).fill(0x41);
    const cases: [string, Promise<{ status: number; body: unknown }>, number, RegExp?][] = [
      ['a 10 MB file', post(admin, form(big)), 413],
      [
        'a binary file',
        post(admin, form(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))),
        400,
        /not a text/,
      ],
      ['an unknown fact', post(admin, form(regionCsv()), '', 'no-such-fact'), 404],
      ['a fact no panel splits', post(admin, form(regionCsv()), '', UNSPLIT), 400, /No panel/],
      [
        'the wrong dimension',
        post(admin, form(regionCsv(), { dimension: 'sector', source: 'x' })),
        400,
        /split by region/,
      ],
      ['no dimension', post(admin, form(regionCsv(), { source: 'x' })), 400],
      ['no source', post(admin, form(regionCsv(), { dimension: 'region' })), 400, /source/],
      [
        'a formula in the source',
        post(admin, form(regionCsv(), { dimension: 'region', source: '=cmd|"/c calc"!A1' })),
        400,
        /formula/,
      ],
      [
        'formula cells',
        post(admin, form(regionCsv().replace('부산,100', '부산,=cmd|"/c calc"!A1'))),
        422,
      ],
      [
        'no file',
        admin.request('POST', importPath(), {
          form: (() => {
            const f = new FormData();
            f.append('dimension', 'region');
            f.append('source', 'x');
            return f;
          })(),
        }),
        400,
      ],
      ['a JSON body', admin.post(importPath(), { dimension: 'region' }), 415],
      ['a bad dryRun', post(admin, form(regionCsv()), '?dryRun=yes'), 400],
      [
        'an unexpected field',
        post(admin, form(regionCsv(), { dimension: 'region', source: 'x', extra: '1' })),
        400,
      ],
    ];
    for (const [name, res, status, message] of cases) {
      const r = await res;
      expect(r.status, name).toBe(status);
      expect(r.body, name).toMatchObject({ status });
      if (message) expect((r.body as { message: string }).message, name).toMatch(message);
    }
    expect(await count()).toBe(n);
  });

  it('stores HTML in the source as inert text', async () => {
    const source = '<img src=x onerror=alert(1)> 통계청';
    const res = await post(admin, form(regionCsv(), { dimension: 'region', source }));
    expect(res.status).toBe(201);
    const panel = (await admin.get(`/api/v1/panels/${PANEL}`)).body as Panel;
    expect(panel.officialBreakdown?.source).toBe(source); // text, shown escaped by React
  });

  it('gives concurrent imports consecutive versions, none lost', async () => {
    const before = ((await admin.get(importPath())).body as BreakdownHistory).versions;
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        post(admin, form(regionCsv(), { dimension: 'region', source: `동시 ${i}` })),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(6).fill(201));
    const after = ((await admin.get(importPath())).body as BreakdownHistory).versions;
    const top = before[0]?.version ?? 0;
    expect(after.map((v) => v.version).slice(0, 6)).toEqual([6, 5, 4, 3, 2, 1].map((k) => top + k));
    expect(new Set(after.slice(0, 6).map((v) => v.source)).size).toBe(6);
  });
});
