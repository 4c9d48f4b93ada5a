/**
 * The demo's breakdown endpoints (mocks/breakdown-handlers.ts, MSW) answer as the server does:
 * the same import, dry run, restore and refusals over the same domain code. Run here, in Node,
 * because MSW parses a multipart body with Node's own File, which jsdom's test environment
 * replaces; in the browser the demo reads the browser's form.
 */
import iconv from 'iconv-lite';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REGIONS } from '@/config/regions';
import { pageSchema, panelSchema } from '../../src/lib/api/schemas';
import {
  breakdownHistorySchema,
  breakdownOverviewSchema,
  breakdownVersionSchema,
  importResultSchema,
} from '../../src/lib/api/breakdown-schemas';
import { resetBreakdowns } from '../../mocks/breakdown-handlers';
import { handlers } from '../../mocks/handlers';

const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => server.close());

const BASE = 'http://localhost/api/v1';
let cookie = '';

async function as(user: 'viewer' | 'analyst' | 'admin') {
  const res = await fetch(`${BASE}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: user, password: 'demo1234!' }),
  });
  expect(res.status).toBe(200);
  cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
}

async function get<T>(url: string, schema: { parse: (x: unknown) => T }): Promise<T> {
  const res = await fetch(`${BASE}${url}`, { headers: { cookie } });
  expect(res.status, url).toBe(200);
  return schema.parse(await res.json());
}

async function post(url: string) {
  const res = await fetch(`${BASE}${url}`, { method: 'POST', headers: { cookie } });
  return { status: res.status, body: (await res.json()) as unknown };
}

const TOTAL = 775; // security-consulting-smes, split by region on kc-consulting-by-region
const csv = (total = TOTAL) =>
  ['시도,기업 수', ...REGIONS.map((r, i) => `${r.ko},${i === 0 ? total - 16 * 10 : 10}`)].join(
    '\n',
  );

/**
 * A multipart body, written out. jsdom's FormData (the test environment's) is not one Node's
 * fetch can send, so the test writes the bytes a browser would; in a browser the app's
 * client sends the browser's own FormData.
 */
function form(file: Uint8Array, fields: Record<string, string>) {
  const boundary = '----dnd-test-boundary';
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [
    enc.encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.csv"\r\n` +
        'Content-Type: text/csv\r\n\r\n',
    ),
    file,
    enc.encode('\r\n'),
    ...Object.entries(fields).map(([k, v]) =>
      enc.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
    ),
    enc.encode(`--${boundary}--\r\n`),
  ];
  const body = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    body.set(p, at);
    at += p.length;
  }
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

async function upload(url: string, f: ReturnType<typeof form>) {
  const res = await fetch(`${BASE}${url}`, {
    method: 'POST',
    body: f.body,
    headers: { 'content-type': f.type, cookie },
  });
  return { status: res.status, body: (await res.json()) as unknown };
}

const path = '/facts/security-consulting-smes/breakdowns';

describe('breakdown import API (mock)', () => {
  beforeEach(() => resetBreakdowns());

  it('imports a CP949 file, turns the panel official, and restores the illustrative', async () => {
    await as('admin');
    const bytes = new Uint8Array(iconv.encode(csv(), 'cp949'));
    const fields = { dimension: 'region', source: 'KISA 2021-02' };
    const dry = await upload(`${path}?dryRun=true`, form(bytes, fields));
    expect(dry.status).toBe(200);
    expect(importResultSchema.parse(dry.body)).toMatchObject({
      version: null,
      preview: { encoding: 'cp949', problems: [] },
    });

    const done = await upload(path, form(bytes, fields));
    expect(done.status).toBe(201);
    expect(importResultSchema.parse(done.body).version).toMatchObject({
      version: 1,
      source: 'KISA 2021-02',
    });
    const panel = await get(
      '/panels/kc-consulting-by-region?region=seoul,busan&sector=ict',
      panelSchema,
    );
    expect(panel.provenance).toBe('official');
    expect(panel.items.map((d) => d.value)).toEqual([TOTAL - 160, 10]);
    const page = await get('/pages/k-cyber', pageSchema);
    expect(page.panels.find((p) => p.id === panel.id)?.scope).toEqual(panel.scope);

    const restored = await post(`${path}/region/0/restore`);
    expect(restored.status).toBe(201);
    expect(breakdownVersionSchema.parse(restored.body)).toMatchObject({ values: null });
    const back = await get('/panels/kc-consulting-by-region', panelSchema);
    expect(back.provenance).toBe('illustrative');
    const { versions } = await get(path, breakdownHistorySchema);
    expect(versions.map((v) => [v.version, v.action])).toEqual([
      [2, 'restore'],
      [1, 'import'],
    ]);
    const overview = await get('/breakdowns', breakdownOverviewSchema);
    expect(overview.log).toHaveLength(2);
  });

  it('refuses a differing total without a note, a wrong dimension, and non-admins', async () => {
    await as('admin');
    const bytes = new TextEncoder().encode(csv(TOTAL + 1));
    const differs = await upload(path, form(bytes, { dimension: 'region', source: 'x' }));
    expect(differs).toMatchObject({ status: 422, body: { code: 'invalid_breakdown' } });
    expect(await upload(path, form(bytes, { dimension: 'sector', source: 'x' }))).toMatchObject({
      status: 400,
      body: { code: 'not_importable' },
    });
    const { versions } = await get(path, breakdownHistorySchema);
    expect(versions).toEqual([]);
    await as('analyst');
    expect(
      (await upload(path, form(bytes, { dimension: 'region', source: 'x', note: 'why' }))).status,
    ).toBe(403);
  });
});
