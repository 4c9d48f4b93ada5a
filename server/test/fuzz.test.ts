/**
 * Malformed input, generated: every parameter and body field of every operation gets values
 * of every shape (fast-check), and raw bodies get bytes that are not JSON at all. The server
 * must answer each with a 2xx or a 4xx the contract lists (the harness checks the contract),
 * never a 5xx, and keep running.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../scripts/security-headers.mjs';
import { exportEntry } from '../../tests/fixtures/export-entry';
import { ENGINES, startServer, type TestClient, type TestServer } from './harness';

const RUNS = 60;

const anyValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  // Every code point, NUL and lone surrogates included (PostgreSQL refuses NUL in text).
  fc.string({ unit: 'binary' }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.anything(), { maxKeys: 3 }),
  fc.string({ minLength: 200, maxLength: 2000 }),
);
const queryText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', ',', ',,,', 'seoul,,busan', '%', '%zz', '-1', '1e9', '999999999999999999'),
);

const notServerError = (status: number) => status < 500;

describe.each(ENGINES)('fuzzing every parameter and body field (%s)', (engine) => {
  let s: TestServer;
  let admin: TestClient;
  let analyst: TestClient;

  beforeAll(async () => {
    s = await startServer({ engine, config: { loginRatePerMinute: 100_000 } });
    admin = s.client();
    analyst = s.client();
    await admin.login('admin');
    await analyst.login('analyst');
  });
  afterAll(() => s.close());

  it('login: any body field of any type', async () => {
    await fc.assert(
      fc.asyncProperty(anyValue, anyValue, fc.boolean(), async (username, password, dropOne) => {
        const body = dropOne ? { username } : { username, password };
        const res = await s.client({ ip: '203.0.113.1' }).post('/api/v1/auth/login', body);
        expect(res.status).toSatisfy(notServerError);
      }),
      { numRuns: RUNS },
    );
  });

  it('audit record: each field replaced by any value', async () => {
    const fields = Object.keys(exportEntry());
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), anyValue, async (field, value) => {
        const res = await analyst.post('/api/v1/audit', { ...exportEntry(), [field]: value });
        expect(res.status).toSatisfy(notServerError);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('panel and page: any id, any region and sector text', async () => {
    await fc.assert(
      fc.asyncProperty(queryText, queryText, queryText, async (id, region, sector) => {
        const qs = new URLSearchParams({ region, sector }).toString();
        const panel = await analyst.get(`/api/v1/panels/${encodeURIComponent(id || 'x')}?${qs}`);
        expect(panel.status).toSatisfy(notServerError);
        const page = await analyst.get(`/api/v1/pages/${encodeURIComponent(id || 'x')}`);
        expect(page.status).toSatisfy(notServerError);
      }),
      { numRuns: RUNS },
    );
  });

  it('log pages: any user, format, limit and before', async () => {
    await fc.assert(
      fc.asyncProperty(
        queryText,
        queryText,
        queryText,
        queryText,
        async (user, format, limit, before) => {
          const qs = new URLSearchParams({ user, format, limit, before }).toString();
          expect((await admin.get(`/api/v1/audit?${qs}`)).status).toSatisfy(notServerError);
          const events = new URLSearchParams({ limit, before }).toString();
          expect((await admin.get(`/api/v1/admin/security-events?${events}`)).status).toSatisfy(
            notServerError,
          );
          const unlock = await admin.post(
            `/api/v1/admin/users/${encodeURIComponent(user || 'x')}/unlock`,
          );
          expect(unlock.status).toSatisfy(notServerError);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('raw bodies that are not JSON, wrong content types, repeated parameters', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('latin1')),
        ),
        fc.constantFrom(
          'application/json',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data',
          'application/json; charset=latin1',
        ),
        async (body, type) => {
          for (const path of [
            '/api/v1/auth/login',
            '/api/v1/audit',
            '/api/v1/facts/data-dam-jobs/breakdowns',
          ]) {
            const res = await analyst.request('POST', path, {
              body,
              headers: { 'content-type': type },
            });
            expect(res.status, `${path} ${type}`).toSatisfy(notServerError);
          }
        },
      ),
      { numRuns: RUNS },
    );
    const repeated = await analyst.get(
      '/api/v1/panels/mec-services?region=gwangju&region=seoul&sector=ict',
    );
    expect(repeated.status).toBe(200);
  });

  it('breakdown import: any field of any text, any file bytes, any fact and query', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc.string({ unit: 'binary', maxLength: 400 }).map((t) => new TextEncoder().encode(t)),
      fc
        .array(fc.tuple(fc.string(), fc.string()), { maxLength: 20 })
        .map((rows) => new TextEncoder().encode(rows.map(([a, b]) => `${a},${b}`).join('\n'))),
    );
    const field = fc.option(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), queryText));
    await fc.assert(
      fc.asyncProperty(
        bytes,
        field,
        field,
        field,
        fc.oneof(fc.constant('data-dam-jobs'), queryText),
        fc.oneof(
          fc.constantFrom('', '?dryRun=true', '?dryRun=false'),
          queryText.map((q) => `?dryRun=${encodeURIComponent(q)}`),
        ),
        async (file, dimension, source, note, factId, query) => {
          const f = new FormData();
          f.append('file', new Blob([file as Uint8Array<ArrayBuffer>]), 'x.csv');
          if (dimension !== null) f.append('dimension', dimension);
          if (source !== null) f.append('source', source);
          if (note !== null) f.append('note', note);
          const path = `/api/v1/facts/${encodeURIComponent(factId || 'x')}/breakdowns${query}`;
          const res = await admin.request('POST', path, { form: f });
          expect(res.status).toSatisfy(notServerError);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('breakdown history and restore: any fact, dimension and version', async () => {
    await fc.assert(
      fc.asyncProperty(queryText, queryText, queryText, async (factId, dimension, version) => {
        const fact = encodeURIComponent(factId || 'x');
        expect((await admin.get(`/api/v1/facts/${fact}/breakdowns`)).status).toSatisfy(
          notServerError,
        );
        const restore = await admin.post(
          `/api/v1/facts/${fact}/breakdowns/${encodeURIComponent(dimension || 'x')}/${encodeURIComponent(version || 'x')}/restore`,
        );
        expect(restore.status).toSatisfy(notServerError);
      }),
      { numRuns: RUNS },
    );
  });

  it('a NUL character anywhere (which PostgreSQL cannot store in text) is a 400, not a 500', async () => {
    const nul = 'a\u0000b';
    const answers = [
      await s
        .client({ ip: '203.0.113.9' })
        .post('/api/v1/auth/login', { username: nul, password: 'x' }),
      await analyst.post('/api/v1/audit', exportEntry({ fileName: nul })),
      await analyst.post('/api/v1/audit', exportEntry({ filtersText: nul })),
      await admin.get(`/api/v1/audit?user=${encodeURIComponent(nul)}`),
      await admin.post(`/api/v1/admin/users/${encodeURIComponent(nul)}/unlock`),
      await analyst.get(`/api/v1/panels/${encodeURIComponent(nul)}`),
    ];
    for (const res of answers) expect([400, 401, 404]).toContain(res.status);
    expect(answers.map((r) => r.status)).not.toContain(500);
  });

  it('a URL that is not valid percent-encoding is a problem with the security headers', async () => {
    for (const path of ['/api/v1/pages/%E0%A4%A', '/api/v1/panels/%zz?region=%', '/%']) {
      const res = await analyst.request('GET', path, { contract: false });
      expect(res.status, path).toBe(400);
      expect(res.headers.get('content-type'), path).toMatch(/problem\+json/);
      for (const [name, value] of Object.entries(securityHeaders())) {
        expect(res.headers.get(name), `${path} ${name}`).toBe(value);
      }
    }
  });

  it('a body over the size limit is refused with 413, and the server goes on', async () => {
    const res = await analyst.request('POST', '/api/v1/audit', {
      body: JSON.stringify({ ...exportEntry(), fileName: 'x'.repeat(200_000) }),
      headers: { 'content-type': 'application/json' },
      contract: false,
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    expect((await analyst.get('/api/v1/auth/me')).status).toBe(200);
  });
});
