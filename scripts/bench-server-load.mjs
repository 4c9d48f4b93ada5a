// `npm run bench -- --only server-load` (issue 16): 200 simulated users across 2 server
// instances on one PostgreSQL database, on loopback only, bounded in count and time.
//
// Each user: signs in (through a proxy-like X-Forwarded-For of its own, so the per-address
// sign-in throttle sees 200 addresses, as behind nginx), opens /overview and its 12 panels
// (6 at a time, like a browser), makes 10 filter changes (a new region set each: the panels
// the filter touches are fetched again), and records 2 exports. Users start over RAMP_MS and
// pause THINK_MS between steps. User i works through instance i % 2.
//
// Reported: p50 / p95 / p99 per endpoint, errors, requests/s, each instance's RSS (peak and
// at the end), then `npm run audit:verify` on the same database: the chain must verify.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { renderTable } from './bench-lib.mjs';
import { rssMiB, startServerProcess } from './bench-server.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const USERS = 200;
const RAMP_MS = 20_000;
const THINK_MS = [150, 600];
const FILTER_CHANGES = 10;
const EXPORTS = 2;
const TIME_LIMIT_MS = 180_000;
const REGIONS = [
  'seoul',
  'busan',
  'daegu',
  'incheon',
  'gwangju',
  'daejeon',
  'ulsan',
  'sejong',
  'gyeonggi',
  'gangwon',
  'chungbuk',
  'chungnam',
  'jeonbuk',
  'jeonnam',
  'gyeongbuk',
  'gyeongnam',
  'jeju',
];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const think = () => sleep(THINK_MS[0] + Math.random() * (THINK_MS[1] - THINK_MS[0]));

/** The admin URL to make the bench's database with: the env's, or the CI script's cluster. */
function postgresAdminUrl() {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (url) return url;
  const r = spawnSync('bash', [join(ROOT, 'scripts/ci-postgres.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0)
    throw new Error(
      'no PostgreSQL: set BENCH_DATABASE_URL or run as root (scripts/ci-postgres.sh)',
    );
  return r.stdout.trim();
}

async function withAdmin(adminUrl, sqlText) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(sqlText);
  } finally {
    await c.end();
  }
}

class Recorder {
  constructor() {
    this.byEndpoint = new Map();
    this.errors = [];
    this.requests = 0;
  }
  async call(endpoint, fn) {
    const t = performance.now();
    let res;
    try {
      res = await fn();
      await res.arrayBuffer();
    } catch (e) {
      this.errors.push(`${endpoint}: ${e.message}`);
      return null;
    } finally {
      this.requests++;
      const list = this.byEndpoint.get(endpoint) ?? [];
      list.push(performance.now() - t);
      this.byEndpoint.set(endpoint, list);
    }
    if (!res.ok) this.errors.push(`${endpoint}: HTTP ${res.status}`);
    return res;
  }
}

async function user(i, origin, rec, deadline) {
  const ip = `10.${Math.floor(i / 250)}.${i % 250}.${1 + (i % 200)}`;
  const base = { 'x-forwarded-for': ip, 'accept-encoding': 'br, gzip' };
  const login = await rec.call('POST /auth/login', () =>
    fetch(`${origin}/api/v1/auth/login`, {
      method: 'POST',
      headers: { ...base, 'content-type': 'application/json' },
      body: JSON.stringify({ username: i % 3 === 0 ? 'admin' : 'analyst', password: 'demo1234!' }),
    }),
  );
  if (!login?.ok) return;
  const cookie = login.headers
    .getSetCookie()
    .find((c) => c.startsWith('dnd_session='))
    .split(';')[0];
  const headers = { ...base, cookie };
  const get = (endpoint, path) => rec.call(endpoint, () => fetch(`${origin}${path}`, { headers }));
  await think();
  const page = await get('GET /pages/{id}', '/api/v1/pages/overview');
  if (!page?.ok) return;
  // The body was read by the recorder; ask again for the panel list (cheap, and realistic: a
  // browser's TanStack cache would have it, but a new tab would not).
  const refs = (await (await fetch(`${origin}/api/v1/pages/overview`, { headers })).json()).panels;
  const panels = async (filter, which) => {
    const queue = [...which];
    const lane = async () => {
      while (queue.length) {
        const p = queue.shift();
        await get('GET /panels/{id}', `/api/v1/panels/${p.id}${filter}`);
      }
    };
    await Promise.all(Array.from({ length: 6 }, lane)); // a browser's 6 connections per host
  };
  await panels('', refs);
  const touched = refs.filter((r) => r.scope.region !== 'national');
  for (let f = 0; f < FILTER_CHANGES && Date.now() < deadline; f++) {
    await think();
    const set = REGIONS.filter(() => Math.random() < 0.15).slice(0, 4);
    await panels(set.length ? `?region=${set.join(',')}` : '', touched);
  }
  for (let e = 0; e < EXPORTS && Date.now() < deadline; e++) {
    await think();
    await rec.call('POST /audit', () =>
      fetch(`${origin}/api/v1/audit`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({
          pageId: 'overview',
          pageTitle: { ko: '종합 현황', en: 'Overview' },
          panelId: 'ov-budget',
          panelTitle: { ko: '예산', en: 'Budget' },
          filters: { region: [], sector: [] },
          filtersText: '지역: 전국 · 업종: 전 업종',
          format: e ? 'csv' : 'png',
          fileName: `load-${i}-${e}.${e ? 'csv' : 'png'}`,
        }),
      }),
    );
  }
}

export async function serverLoad({ log }) {
  const adminUrl = postgresAdminUrl();
  const name = `dnd_bench_${Date.now().toString(36)}`;
  await withAdmin(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const env = {
    DATABASE_URL: url.toString(),
    TRUST_PROXY: '127.0.0.1',
    PG_POOL_SIZE: '10',
    LOGIN_RATE_PER_MINUTE: '20',
  };
  const instances = [];
  try {
    // Both start at the same moment: the migrations take turns on their advisory lock.
    const base = 4800 + Math.floor(Math.random() * 100) * 2;
    instances.push(
      ...(await Promise.all(
        [0, 1].map((k) => startServerProcess({ port: base + k, dataDir: '/nonexistent', env })),
      )),
    );
    log(
      `2 instances ready (${instances.map((s) => `${Math.round(s.startMs)} ms`).join(', ')}) on PostgreSQL ${url.host}/${name}`,
    );
    const rec = new Recorder();
    const rss = instances.map(() => ({ peak: 0, end: 0 }));
    const sampler = setInterval(() => {
      instances.forEach((s, k) => (rss[k].peak = Math.max(rss[k].peak, rssMiB(s.pid) ?? 0)));
    }, 250);
    const t0 = performance.now();
    const deadline = Date.now() + TIME_LIMIT_MS;
    await Promise.all(
      Array.from({ length: USERS }, async (_, i) => {
        await sleep((RAMP_MS * i) / USERS);
        await user(i, instances[i % 2].origin, rec, deadline);
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    instances.forEach((s, k) => (rss[k].end = rssMiB(s.pid)));
    const verify = spawnSync('npm', ['run', '-s', 'audit:verify'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: url.toString() },
    });
    const endpoints = [...rec.byEndpoint].map(([endpoint, ms]) => {
      const sorted = [...ms].sort((a, b) => a - b);
      const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
      return { endpoint, n: ms.length, p50: q(50), p95: q(95), p99: q(99), max: sorted.at(-1) };
    });
    return {
      users: USERS,
      seconds,
      requests: rec.requests,
      rps: rec.requests / seconds,
      errors: rec.errors.length,
      errorSamples: rec.errors.slice(0, 5),
      endpoints,
      rss,
      audit: { exitCode: verify.status, output: (verify.stdout + verify.stderr).trim() },
    };
  } finally {
    await Promise.all(instances.map((s) => s.stop()));
    await withAdmin(adminUrl, `drop database if exists ${name} with (force)`).catch(() => {});
  }
}

export function serverLoadTable(r) {
  const ms = (v) => `${v.toFixed(1)} ms`;
  const rows = [
    [`server load: ${r.users} users, 2 instances, PostgreSQL (${r.seconds.toFixed(1)} s)`],
    ...r.endpoints.map((e) => [
      `${e.endpoint} (n=${e.n}) p50 / p95 / p99`,
      `${ms(e.p50)} / ${ms(e.p95)} / ${ms(e.p99)}`,
    ]),
    ['requests/s', r.rps.toFixed(0)],
    [
      'errors (target 0)',
      `${r.errors}${r.errorSamples.length ? `: ${r.errorSamples.join('; ')}` : ''}`,
    ],
    ...r.rss.map((x, k) => [
      `instance ${k + 1} RSS peak / end`,
      `${x.peak.toFixed(0)} / ${x.end?.toFixed(0)} MiB`,
    ]),
    [
      'audit chain afterwards (npm run audit:verify)',
      r.audit.exitCode === 0
        ? `verified — ${r.audit.output}`
        : `FAILED (${r.audit.exitCode}): ${r.audit.output}`,
    ],
  ];
  return renderTable(rows);
}
