// Real-browser benchmark of the production build: bytes on /login and /overview, paint /
// "all charts drawn" timings on /overview and filter change → all panels settled at 1x and 4x
// CPU; chart / page / briefing-pack export times at 1x. Prints one table; no pass/fail.
//
//   node scripts/bench.mjs [--runs N] [--cpu 4 | --cpu 1,4] [--export-runs N] [--export-cpu 1,4]
//                          [--no-build] [--timeout ms] [--only load,filters,exports,pack,lighthouse]
//
// Sections (--only picks some; default all):
//  - load: cold /login and /overview bytes, FCP / LCP / charts drawn (--runs per --cpu rate).
//  - filters: in the same signed-in /overview page, after the load timings: 10 filter changes
//    to new region sets, then 5 back to sets already seen (TanStack Query cache hits), through
//    the tile map (--runs per --cpu rate).
//  - exports: /data-dam chart PNG, page PNG, page PDF (--export-runs per --export-cpu rate,
//    default --runs at 1x only: 4x adds ~45 s a run with the pack; fresh context each).
//  - pack: pin 6 panels from 3 pages, then the briefing pack's PDF and PPTX (same runs).
//  - lighthouse: Lighthouse mobile performance score of /login (--runs runs; through npx at a
//    pinned version, see bench-lighthouse.mjs), with its FCP, LCP, TBT, CLS and Speed Index.
//  - server-load (only when named; needs PostgreSQL): 200 simulated users across 2 server
//    instances on one PostgreSQL database, p50/p95/p99 per endpoint, errors, requests/s,
//    each instance's RSS, then `npm run audit:verify` (bench-server-load.mjs).
//  - server: the real server (dist-server/, `npm start`'s build) beside demo mode in the same
//    run: login → all charts drawn in both (--runs each, 1x, alternating), /login JS as served
//    by the server, cold start to ready (first start and reopen), idle RSS, and one panel
//    endpoint at 50 connections for 10 s (autocannon, loopback) with p50/p99, req/s, errors.
//
// Serving: NOT vite preview (it does not compress). dist/ is snapshotted to a temp folder
// (so a concurrent `npm run build` cannot change files under the bench) and served by the
// small node:http + node:zlib server in bench-lib.mjs: brotli q11 (Chromium sends
// `Accept-Encoding: br` even on http://localhost), gzip -9 as fallback, hashed /assets
// cached immutable, SPA fallback to index.html except under /assets (404).
//
// Bytes come from the CDP Network domain of the page. Two demo-mode details:
//  - Once the MSW service worker controls the page, every request (lazy chunks, fonts) is
//    answered by the worker, which fetches it from the network itself. The page then gets
//    loadingFinished.encodedDataLength = 0, but responseReceived.response.encodedDataLength
//    holds the compressed body the worker received; we take that (headers, ~250 B per
//    file, are then not counted; for direct responses they are).
//  - /mockServiceWorker.js is fetched by the browser for the worker registration and never
//    shows in the page's Network domain; its bytes come from the server's own log.
// Mock API responses are synthesised in the worker: 0 bytes, bucket "other".
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import {
  BUCKETS,
  classify,
  findChartChunks,
  fmtKiB,
  fmtMs,
  pdfPageCount,
  pngSize,
  renderTable,
  startStaticServer,
  summarize,
} from './bench-lib.mjs';
import { LIGHTHOUSE, lighthouseRun } from './bench-lighthouse.mjs';
import { renderWithLibreOffice } from './bench-libreoffice.mjs';
import { mockOnlyFiles, readManifest, ROUTES } from './build-manifest.mjs';
import { serverLoad, serverLoadTable } from './bench-server-load.mjs';
import { panelLoad, rssMiB, SERVER_MAIN, startServerProcess } from './bench-server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DIST = join(ROOT, 'dist');
const OUT_DIR = join(ROOT, 'bench-results');
/** The exported files of the last run, kept to be opened and looked at (pdftoppm, soffice). */
const FILES_DIR = join(OUT_DIR, 'exports');

function keepFile(name, bytes) {
  mkdirSync(FILES_DIR, { recursive: true });
  writeFileSync(join(FILES_DIR, name), bytes);
}
const VIEWPORT = { width: 1440, height: 900 };
const USER = 'analyst';
const PASSWORD = 'demo1234!';
const QUIET_MS = 500; // network idle window that ends a byte-counting phase
const SECTIONS = ['load', 'filters', 'exports', 'pack', 'lighthouse', 'server', 'server-load'];
// server-load needs PostgreSQL (BENCH_DATABASE_URL, or scripts/ci-postgres.sh as root): asked
// for by name only.
const DEFAULT_SECTIONS = SECTIONS.filter((s) => s !== 'server-load');
// Filter changes: regions toggled on one by one (10 region sets never seen before), then the
// last CACHED_CHANGES toggled off again in reverse (each a set seen a moment ago).
const FILTER_REGIONS = [
  'gwangju',
  'seoul',
  'busan',
  'daegu',
  'incheon',
  'daejeon',
  'ulsan',
  'gyeonggi',
  'gangwon',
  'jeju',
];
const CACHED_CHANGES = 5;
const FILTER_PAUSE_MS = 300; // a user's pause between two changes
// Briefing pack: [page URL, panels to pin there].
const PACK = [
  ['/overview', ['ov-budget', 'ov-supplier-growth']],
  ['/data-dam', ['dd-vulnerable-breakdown', 'dd-suppliers']],
  ['/mec?region=gwangju', ['mec-services', 'mec-headline']],
];

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const opts = {
    runs: 5,
    exportRuns: null, // default: --runs
    rates: [1, 4],
    exportRates: [1],
    build: true,
    timeout: 30_000,
    only: [...DEFAULT_SECTIONS],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--no-build') opts.build = false;
    else if (a.startsWith('--runs')) opts.runs = Number(val());
    else if (a.startsWith('--export-runs')) opts.exportRuns = Number(val());
    else if (a.startsWith('--cpu')) opts.rates = val().split(',').map(Number);
    else if (a.startsWith('--export-cpu')) opts.exportRates = val().split(',').map(Number);
    else if (a.startsWith('--timeout')) opts.timeout = Number(val());
    else if (a.startsWith('--only')) opts.only = val().split(',').filter(Boolean);
    else if (a === '--help' || a === '-h') {
      console.log(
        'usage: node scripts/bench.mjs [--runs N] [--cpu 4|1,4] [--export-runs N] [--export-cpu 1,4]\n' +
          `                              [--no-build] [--timeout ms] [--only ${SECTIONS.join(',')}]`,
      );
      process.exit(0);
    } else throw new Error(`unknown argument: ${a}`);
  }
  opts.exportRuns ??= opts.runs;
  for (const k of ['runs', 'exportRuns'])
    if (!Number.isInteger(opts[k]) || opts[k] < 1)
      throw new Error(`--${k === 'runs' ? 'runs' : 'export-runs'} must be a positive integer`);
  for (const [k, flag] of [
    ['rates', '--cpu'],
    ['exportRates', '--export-cpu'],
  ])
    if (opts[k].length === 0 || opts[k].some((r) => !(r >= 1)))
      throw new Error(`${flag} must be ≥ 1`);
  if (!(opts.timeout > 0)) throw new Error('--timeout must be positive');
  const unknown = opts.only.filter((x) => !SECTIONS.includes(x));
  if (unknown.length || opts.only.length === 0)
    throw new Error(`--only takes a list of ${SECTIONS.join(', ')}`);
  return opts;
}

const log = (...a) => console.error('[bench]', ...a);

/** Runs `fn`, turning any failure into an error that names the step. */
async function step(name, fn) {
  try {
    return await fn();
  } catch (e) {
    const err = new Error(
      `step "${name}" failed: ${e instanceof Error ? e.message.split('\n')[0] : e}`,
    );
    err.cause = e;
    throw err;
  }
}

async function until(name, cond, timeout, interval = 50) {
  const end = Date.now() + timeout;
  for (;;) {
    if (await cond()) return;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${name}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

// ---------------------------------------------------------------- build and serve

function runBuild(script = 'build') {
  return new Promise((res, rej) => {
    log(`npm run ${script} …`);
    // Build output goes to stderr so stdout holds only the table.
    const child = spawn('npm', ['run', script], { cwd: ROOT, stdio: ['ignore', 2, 2] });
    child.on('error', rej);
    child.on('exit', (code, sig) =>
      code === 0 ? res() : rej(new Error(`npm run ${script} exited ${code ?? sig}`)),
    );
  });
}

/**
 * The server beside demo mode, in this run: cold starts, idle memory, login → all charts
 * drawn in both modes (alternating, 1x), a panel endpoint under load. See bench-server.mjs.
 */
async function serverSection(browser, demoServer, opts, { chartChunks, mockOnly }) {
  if (!existsSync(SERVER_MAIN))
    throw new Error('dist-server/ missing: run npm run build:server (or drop --no-build)');
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-server-data-'));
  const port = 4300 + Math.floor(Math.random() * 500);
  const out = { demo: [], server: [] };
  try {
    // First start: a new database, migrations, the demo accounts hashed and seeded.
    const first = await step('server first start', () => startServerProcess({ port, dataDir }));
    out.firstStartMs = first.startMs;
    await first.stop();
    const srv = await step('server reopen', () => startServerProcess({ port, dataDir }));
    out.reopenMs = srv.startMs;
    try {
      await new Promise((r) => setTimeout(r, 3000));
      out.idleRssMiB = rssMiB(srv.pid);
      const none = { login: new Set(), overview: new Set() };
      for (let i = 1; i <= opts.runs; i++) {
        for (const [target, list, mocks] of [
          [demoServer, out.demo, mockOnly],
          [srv, out.server, none],
        ]) {
          const r = await oneRun(browser, target, {
            rate: 1,
            timeout: opts.timeout,
            chartChunks,
            mockOnly: mocks,
            runIndex: i,
            filters: false,
          });
          list.push(r);
        }
        const last = (l) => l.at(-1)?.loginToCharts;
        log(
          `server run ${i}/${opts.runs}: login→charts demo ${fmtMs(last(out.demo))}, server ${fmtMs(last(out.server))}`,
        );
      }
      out.load = await step('panel load (autocannon)', () => panelLoad(srv.origin));
      out.rssAfterLoadMiB = rssMiB(srv.pid);
      log(
        `panel at 50 connections: p50 ${out.load.p50} ms, p99 ${out.load.p99} ms, ` +
          `${Math.round(out.load.rps)} req/s, ${out.load.errors} errors`,
      );
    } finally {
      await srv.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return out;
}

function serverTable(b) {
  const ms = (v) => (v == null ? 'n/a' : `${Math.round(v)} ms`);
  const stat = (name, values, fmt = ms) => {
    const s = summarize(values);
    return s ? [name, fmt(s.median), fmt(s.min), fmt(s.max)] : [name, 'n/a'];
  };
  const demo = b.demo.map((r) => r.loginToCharts);
  const server = b.server.map((r) => r.loginToCharts);
  const ratio =
    summarize(server) && summarize(demo) ? summarize(server).median / summarize(demo).median : null;
  const loginJs = b.server.map((r) => r.login.bytes.appJs + r.login.bytes.mockJs);
  const rows = [
    ['server mode beside demo mode (same run, 1x)'],
    stat('login → all charts drawn, demo mode', demo),
    stat('login → all charts drawn, server mode', server),
    ['server / demo (target ≤ 0.7×)', ratio == null ? 'n/a' : `${ratio.toFixed(2)}×`],
    stat('/login JS as served, server mode (all of it)', loginJs, fmtKiB),
    ['cold start to ready: first (new database)', ms(b.firstStartMs)],
    ['cold start to ready: reopen (target ≤ 3 s)', ms(b.reopenMs)],
    [
      'idle RSS (target ≤ 250 MiB)',
      b.idleRssMiB == null ? 'n/a' : `${b.idleRssMiB.toFixed(0)} MiB`,
    ],
  ];
  if (b.load) {
    rows.push(
      [
        `panel, ${b.load.connections} connections × ${b.load.seconds} s: p50 / p99`,
        `${b.load.p50} / ${b.load.p99} ms (target p99 ≤ 20)`,
      ],
      ['  requests/s (target ≥ 2,000)', `${Math.round(b.load.rps)} (${b.load.requests} requests)`],
      ['  errors', String(b.load.errors)],
      ['  RSS after the load', `${b.rssAfterLoadMiB?.toFixed(0)} MiB`],
    );
  }
  return renderTable(rows);
}

async function selfTest(origin) {
  const check = async (path, want) => {
    const r = await fetch(origin + path);
    await r.arrayBuffer();
    const type = r.headers.get('content-type') ?? '';
    if (r.status !== want.status || (want.type && !type.includes(want.type))) {
      throw new Error(`${path}: got ${r.status} ${type}, want ${want.status} ${want.type ?? ''}`);
    }
  };
  await check('/login', { status: 200, type: 'text/html' });
  await check('/mockServiceWorker.js', { status: 200, type: 'application/javascript' });
  await check('/assets/does-not-exist.js', { status: 404 });
}

// ---------------------------------------------------------------- in-page probe

/**
 * Init script, runs in every document before the app. Records the first Enter keydown, LCP
 * entries, and polls once per animation frame until "all charts drawn" first holds:
 *  - at least one [data-panel-id] card, none with data-state="loading";
 *  - every ready bar/donut/comparison card holds an svg.recharts-surface (legend icons
 *    excluded) with a path or rect (outside <defs>) of non-zero size. A ready chart card
 *    with no recharts container at all (e.g. a comparison with no comparable pair) is
 *    listed in `chartless` and does not block.
 * `blocking` keeps the ids still holding the condition back, for timeout messages.
 * `panelsAt` (extra, diagnostic): first frame with panels and none loading.
 */
function probe() {
  if (window !== window.top) return;
  const B = (window.__bench = {
    chartsAt: null,
    panelsAt: null,
    enterAt: null,
    lcp: [],
    cls: 0, // cumulative layout shift (shifts without recent input), from the first paint
    blocking: [],
    chartless: [],
    panels: 0,
  });
  addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Enter' && B.enterAt === null) B.enterAt = performance.now();
    },
    true,
  );
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        B.lcp.push({ t: e.startTime, size: e.size, tag: e.element?.tagName ?? null });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    /* LCP unsupported */
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) B.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    /* layout-shift unsupported */
  }
  const CHART = '[data-panel-kind="bar"],[data-panel-kind="donut"],[data-panel-kind="comparison"]';
  const drawnShape = (svg) =>
    [...svg.querySelectorAll('path, rect')].some((el) => {
      if (el.closest('defs, clipPath, mask, pattern')) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    });
  const check = () => {
    const cards = document.querySelectorAll('[data-panel-id]');
    if (cards.length === 0) return ['(no panels yet)'];
    const blocking = [];
    const chartless = [];
    for (const card of cards) {
      const id = card.getAttribute('data-panel-id');
      const state = card.getAttribute('data-state');
      if (state === 'loading') {
        blocking.push(`${id}:loading`);
        continue;
      }
      if (state !== 'ready' || !card.matches(CHART)) continue;
      const svgs = [...card.querySelectorAll('svg.recharts-surface')].filter(
        (s) => !s.closest('.recharts-legend-wrapper'),
      );
      if (svgs.some(drawnShape)) continue;
      if (
        svgs.length === 0 &&
        !card.querySelector('.recharts-responsive-container, .recharts-wrapper')
      ) {
        chartless.push(id);
        continue;
      }
      blocking.push(`${id}:not drawn`);
    }
    B.panels = cards.length;
    B.chartless = chartless;
    return blocking;
  };
  const tick = () => {
    B.blocking = check();
    if (B.panelsAt === null && B.panels > 0 && !B.blocking.some((b) => b.endsWith(':loading'))) {
      B.panelsAt = performance.now();
    }
    if (B.blocking.length === 0) B.chartsAt = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * Init script for the filter, export and pack sections. Defines in every document:
 *  - `__benchSettled()`: what holds back "all panels settled" (empty when settled): every
 *    [data-panel-id] card has data-state ≠ "loading" and aria-busy ≠ "true" (a card keeps the
 *    previous figures while a new filter loads, so aria-busy is what says it is refetching),
 *    and every .recharts-responsive-container in a ready card has at least one
 *    svg.recharts-surface path or rect of non-zero width. At least one card must exist.
 *  - `__benchArmFilter({ slug, pressed, region })`: before a tile click. A capturing click
 *    listener takes t0 = performance.now(); from then on a MutationObserver (every DOM
 *    change) and a requestAnimationFrame loop check, first, that the change has reached the
 *    screen (URL ?region= is the expected set and the tile's aria-pressed flipped: until then
 *    the old, settled cards would pass), then `__benchSettled()`; t1 is the first time both
 *    hold. Results in `window.__benchFilter`.
 */
function helpers() {
  if (window !== window.top) return;
  const drawn = (el) => el.getBoundingClientRect().width > 0;
  const settledBlocking = () => {
    const cards = document.querySelectorAll('[data-panel-id]');
    if (cards.length === 0) return ['(no panels)'];
    const out = [];
    for (const card of cards) {
      const id = card.getAttribute('data-panel-id');
      const state = card.getAttribute('data-state');
      if (state === 'loading') out.push(`${id}:loading`);
      else if (card.getAttribute('aria-busy') === 'true') out.push(`${id}:busy`);
      else if (state === 'ready') {
        for (const c of card.querySelectorAll('.recharts-responsive-container')) {
          const shapes = c.querySelectorAll('svg.recharts-surface path, svg.recharts-surface rect');
          if (![...shapes].some(drawn)) {
            out.push(`${id}:not drawn`);
            break;
          }
        }
      }
    }
    return out;
  };
  window.__benchSettled = settledBlocking;
  window.__benchArmFilter = ({ slug, pressed, region }) => {
    const S = { t0: null, appliedAt: null, t1: null, checks: 0, blocking: ['(no click yet)'] };
    window.__benchFilter = S;
    const want = [...region].sort().join(',');
    const applied = () => {
      const got = (new URLSearchParams(location.search).get('region') ?? '')
        .split(',')
        .filter(Boolean)
        .sort()
        .join(',');
      const tile = document.querySelector(`[data-region="${slug}"]`);
      return got === want && tile?.getAttribute('aria-pressed') === String(pressed);
    };
    let mo = null;
    const check = () => {
      if (S.t1 !== null) return;
      S.checks++;
      if (!applied()) {
        S.blocking = ['(filter change not on screen yet)'];
        return;
      }
      if (S.appliedAt === null) S.appliedAt = performance.now();
      S.blocking = settledBlocking();
      if (S.blocking.length === 0) {
        S.t1 = performance.now();
        mo?.disconnect();
      }
    };
    const frame = () => {
      check();
      if (S.t1 === null) requestAnimationFrame(frame);
    };
    const onClick = () => {
      if (S.t0 !== null) return;
      S.t0 = performance.now();
      removeEventListener('click', onClick, true);
      mo = new MutationObserver(check);
      mo.observe(document.documentElement, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      requestAnimationFrame(frame);
    };
    addEventListener('click', onClick, true);
  };
}

// ---------------------------------------------------------------- network recording

class NetRecorder {
  constructor(cdp) {
    this.reqs = new Map(); // requestId -> record
    this.seq = 0;
    this.inflight = new Set();
    this.lastActivity = Date.now();
    const touch = () => (this.lastActivity = Date.now());
    cdp.on('Network.requestWillBeSent', (e) => {
      touch();
      if (!/^https?:/.test(e.request.url)) return;
      if (this.reqs.has(e.requestId)) return; // redirect hop: keep the first record
      this.reqs.set(e.requestId, {
        url: e.request.url,
        type: e.type,
        seq: ++this.seq,
        bytes: 0,
        done: false,
      });
      this.inflight.add(e.requestId);
    });
    cdp.on('Network.responseReceived', (e) => {
      touch();
      const r = this.reqs.get(e.requestId);
      if (!r) return;
      r.type = e.type ?? r.type;
      r.status = e.response.status;
      r.mime = e.response.mimeType;
      r.sw = !!e.response.fromServiceWorker;
      r.swBodyBytes = e.response.encodedDataLength ?? 0;
      r.encoding =
        e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] ?? null;
    });
    cdp.on('Network.loadingFinished', (e) => {
      touch();
      const r = this.reqs.get(e.requestId);
      this.inflight.delete(e.requestId);
      if (!r) return;
      r.done = true;
      // See the header comment: worker-served responses carry their size on responseReceived.
      r.bytes = r.sw ? Math.max(e.encodedDataLength, r.swBodyBytes ?? 0) : e.encodedDataLength;
    });
    cdp.on('Network.loadingFailed', (e) => {
      touch();
      this.inflight.delete(e.requestId);
      const r = this.reqs.get(e.requestId);
      if (r) r.failed = e.errorText;
    });
  }

  mark() {
    return this.seq;
  }

  quiet() {
    return this.inflight.size === 0 && Date.now() - this.lastActivity >= QUIET_MS;
  }

  /** Requests started after mark `from` (and up to mark `to`), as loaded resources. */
  between(from, to = Infinity) {
    return [...this.reqs.values()].filter((r) => r.seq > from && r.seq <= to);
  }
}

/** Byte buckets for one phase, plus the list of resources for the JSON. */
function tally(resources, serverEntries, mockOnly) {
  const bytes = Object.fromEntries(BUCKETS.map((b) => [b, 0]));
  const files = [];
  for (const r of resources) {
    const bucket = classify(r.url, r.type, r.mime, mockOnly);
    bytes[bucket] += r.bytes;
    files.push({
      path: new URL(r.url).pathname,
      bucket,
      bytes: r.bytes,
      sw: r.sw ?? false,
      type: r.type,
      encoding: r.encoding,
    });
  }
  // The worker script never appears in the page's Network domain: take it from the server log.
  if (!files.some((f) => f.path === '/mockServiceWorker.js')) {
    for (const e of serverEntries.filter((x) => x.path === '/mockServiceWorker.js')) {
      bytes.mockJs += e.bytes;
      files.push({
        path: e.path,
        bucket: 'mockJs',
        bytes: e.bytes,
        sw: false,
        type: 'ServiceWorker',
        encoding: e.encoding,
        from: 'server log',
      });
    }
  }
  bytes.total = BUCKETS.reduce((s, b) => s + bytes[b], 0);
  return { bytes, files };
}

// ---------------------------------------------------------------- one run

async function waitCharts(page, name, timeout) {
  try {
    await page.waitForFunction(() => window.__bench?.chartsAt != null, null, {
      timeout,
      polling: 100,
    });
    return { ok: true };
  } catch (e) {
    const state = await page.evaluate(() => window.__bench ?? null).catch(() => null);
    const blocking = state?.blocking ?? [];
    const msg = `step "${name}" timed out after ${timeout} ms; still blocking: ${blocking.join(', ') || '?'}`;
    if (!String(e?.message).includes('Timeout'))
      throw new Error(`step "${name}" failed: ${e.message}`);
    return { ok: false, msg, blocking };
  }
}

async function oneRun(
  browser,
  server,
  { rate, timeout, chartChunks, mockOnly, runIndex, filters },
) {
  const origin = server.origin;
  const context = await browser.newContext({ viewport: VIEWPORT });
  context.setDefaultTimeout(timeout);
  context.setDefaultNavigationTimeout(timeout);
  const result = { run: runIndex, cpu: rate, warnings: [] };
  try {
    await context.addInitScript(probe);
    await context.addInitScript(helpers);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
    const cdp = await context.newCDPSession(page);
    const net = new NetRecorder(cdp);
    await cdp.send('Network.enable');
    const throttle = () => cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await throttle();

    // a. /login cold load
    const s0 = server.log.length;
    await step('open /login', () => page.goto(`${origin}/login`, { waitUntil: 'load' }));
    await step('login form visible', () =>
      page.getByLabel(/^아이디/).waitFor({ state: 'visible' }),
    );
    await step('/login fonts ready', () =>
      page.evaluate(() => document.fonts.ready.then(() => true)),
    );
    await step('/login network quiet', () =>
      until('network quiet on /login', () => net.quiet(), timeout),
    );
    const mLogin = net.mark();
    const s1 = server.log.length;
    result.login = tally(net.between(0, mLogin), server.log.slice(s0, s1), mockOnly.login);
    const loaded = new Set(result.login.files.map((f) => f.path.split('/').pop()));
    result.login.chartChunksLoaded = chartChunks.filter((c) => loaded.has(c));

    // b/c. log in; client-side navigation to /overview
    await step('fill username', () => page.getByLabel(/^아이디/).fill(USER));
    await step('fill password', () => page.getByLabel(/^비밀번호/).fill(PASSWORD));
    await step('press Enter', () => page.getByLabel(/^비밀번호/).press('Enter'));
    await step('URL /overview after login', () => page.waitForURL('**/overview', { timeout }));
    const soft = await waitCharts(page, 'login → all charts drawn', timeout);
    const b1 = await page.evaluate(() => ({ ...window.__bench }));
    result.loginToCharts = soft.ok ? b1.chartsAt - b1.enterAt : null;
    result.loginToPanels = b1.panelsAt != null ? b1.panelsAt - b1.enterAt : null;
    result.panels = b1.panels;
    result.chartless = b1.chartless;
    if (!soft.ok) result.warnings.push(soft.msg);
    await step('/overview network quiet', () =>
      until('network quiet on /overview', () => net.quiet(), timeout),
    );
    const mOverview = net.mark();
    const s2 = server.log.length;
    result.overview = tally(net.between(0, mOverview), server.log.slice(s0, s2), mockOnly.overview);
    result.overviewAdded = tally(
      net.between(mLogin, mOverview),
      server.log.slice(s1, s2),
      mockOnly.overview,
    );

    // b. hard load of /overview (session survives in sessionStorage)
    await throttle();
    await step('hard load /overview', () =>
      page.goto(`${origin}/overview`, { waitUntil: 'commit' }),
    );
    const hard = await waitCharts(page, '/overview (hard load) all charts drawn', timeout);
    if (!hard.ok) result.warnings.push(hard.msg);
    if (!new URL(page.url()).pathname.startsWith('/overview')) {
      throw new Error(`step "hard load /overview" ended on ${page.url()} (session lost?)`);
    }
    // Let LCP settle on the last paints, then read.
    await page.evaluate(
      () =>
        new Promise((r) =>
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300))),
        ),
    );
    const b2 = await page.evaluate(() => ({
      ...window.__bench,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }));
    result.fcp = b2.fcp;
    result.lcp = b2.lcp.length ? b2.lcp[b2.lcp.length - 1].t : null;
    result.lcpElement = b2.lcp.length ? b2.lcp[b2.lcp.length - 1].tag : null;
    // Layout shift of the hard load, until all charts are drawn and LCP settled.
    result.cls = b2.cls;
    result.chartsDrawn = hard.ok ? b2.chartsAt : null;
    result.panelsSettled = b2.panelsAt;
    result.blocking = hard.ok ? [] : hard.blocking;
    // d. filter changes through the tile map, on the same page and CPU rate. A failure here
    // is reported (warning, n/a in the table) without losing the load figures above.
    if (filters) {
      try {
        result.filterChanges = await filterChanges(page, timeout);
      } catch (e) {
        result.filterChanges = [];
        result.filterError = e instanceof Error ? e.message : String(e);
        result.warnings.push(result.filterError);
      }
    }
    result.pageErrors = errors;
    return result;
  } finally {
    await context.close().catch(() => {});
  }
}

/**
 * On a signed-in /overview with no filter and all panels settled: opens the tile map, then
 * toggles FILTER_REGIONS on one by one (each a region set not seen before: real fetches), then
 * the last CACHED_CHANGES off again in reverse (each a set seen before: cache hits). Every
 * change is timed in the page from the click to all panels settled (see helpers()).
 */
async function filterChanges(page, timeout) {
  await waitSettled(page, 'filters: /overview settled before the first change', timeout);
  const mapButton = page.getByRole('button', { name: '지도에서 지역 선택' });
  await step('filters: open the tile map', () => mapButton.click());
  const map = page.getByRole('group', { name: '시·도 타일 지도' });
  await step('filters: tile map visible', () => map.waitFor({ state: 'visible' }));
  const plan = [
    ...FILTER_REGIONS.map((slug) => ({ slug, on: true })),
    ...FILTER_REGIONS.slice(-CACHED_CHANGES)
      .reverse()
      .map((slug) => ({ slug, on: false })),
  ];
  const seen = new Set(['']);
  let region = [];
  const out = [];
  for (const [n, { slug, on }] of plan.entries()) {
    region = on ? [...region, slug] : region.filter((r) => r !== slug);
    const key = [...region].sort().join(',');
    const kind = seen.has(key) ? 'cached' : 'new';
    seen.add(key);
    const name = `filters: change ${n + 1}/${plan.length} (${on ? '+' : '−'}${slug}, ${kind})`;
    await step(`${name}: arm`, () =>
      page.evaluate((arg) => window.__benchArmFilter(arg), { slug, pressed: on, region }),
    );
    await step(`${name}: click tile`, () => map.locator(`[data-region="${slug}"]`).click());
    try {
      await page.waitForFunction(() => window.__benchFilter?.t1 != null, null, {
        timeout,
        polling: 100,
      });
    } catch (e) {
      const S = await page.evaluate(() => window.__benchFilter ?? null).catch(() => null);
      const why =
        S?.t0 == null
          ? 'the click never reached the page'
          : S.t1 != null
            ? `settled just after the timeout (${Math.round(S.t1 - S.t0)} ms)`
            : `still blocking: ${S.blocking.join(', ')}`;
      throw new Error(`step "${name}: all panels settled" failed after ${timeout} ms: ${why}`, {
        cause: e,
      });
    }
    const S = await page.evaluate(() => ({ ...window.__benchFilter }));
    out.push({
      region: key,
      kind,
      ms: S.t1 - S.t0,
      onScreenMs: S.appliedAt - S.t0, // click → new filter rendered (cards may still refetch)
      checks: S.checks,
    });
    await page.waitForTimeout(FILTER_PAUSE_MS);
  }
  return out;
}

/** A fresh context, signed in as USER through the login form, on `returnTo`. */
async function signedIn(browser, server, { timeout, rate }, returnTo, contextOptions = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, ...contextOptions });
  context.setDefaultTimeout(timeout);
  context.setDefaultNavigationTimeout(timeout);
  try {
    await context.addInitScript(helpers);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
    const cdp = await context.newCDPSession(page);
    // Re-applied after each page.goto, as the load section does.
    const throttle = () => cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await throttle();
    const url = `${server.origin}/login?returnTo=${encodeURIComponent(returnTo)}`;
    await step('sign in: open /login', () => page.goto(url, { waitUntil: 'load' }));
    await step('sign in: fill username', () => page.getByLabel(/^아이디/).fill(USER));
    await step('sign in: fill password', () => page.getByLabel(/^비밀번호/).fill(PASSWORD));
    await step('sign in: press Enter', () => page.getByLabel(/^비밀번호/).press('Enter'));
    const path = returnTo.split('?')[0];
    await step(`sign in: land on ${returnTo}`, () =>
      page.waitForURL((u) => u.pathname === path, { timeout }),
    );
    return { context, page, errors, throttle };
  } catch (e) {
    await context.close().catch(() => {});
    throw e;
  }
}

/** Waits for __benchSettled() to be empty; on timeout the error names the step and the cards. */
async function waitSettled(page, name, timeout) {
  try {
    await page.waitForFunction(() => window.__benchSettled?.().length === 0, null, {
      timeout,
      polling: 100,
    });
  } catch (e) {
    const blocking = await page.evaluate(() => window.__benchSettled?.() ?? null).catch(() => null);
    const why = !blocking
      ? e.message.split('\n')[0]
      : blocking.length
        ? `still blocking: ${blocking.join(', ')}`
        : 'settled just after the timeout';
    throw new Error(`step "${name}" failed after ${timeout} ms: ${why}`, { cause: e });
  }
}

/** Text of the app's toasts, as evidence when an export does not finish. */
const toasts = (page) =>
  page
    .evaluate(() =>
      [...document.querySelectorAll('.mantine-Notification-root')]
        .map((n) => n.textContent?.trim())
        .join(' | '),
    )
    .catch(() => '');

/**
 * Runs one export: `start()` clicks whatever starts it; waits for the download and for a new
 * `performance.measure(measure)` entry the app leaves when the export is done; then for
 * `idle()` (the trigger usable again: the app ignores a second export while one runs).
 * Returns the measure's duration and the downloaded bytes.
 */
async function timedExport(page, name, measure, start, idle, timeout) {
  const before = await page.evaluate((m) => performance.getEntriesByName(m).length, measure);
  let download;
  try {
    [download] = await Promise.all([page.waitForEvent('download', { timeout }), start()]);
  } catch (e) {
    const said = await toasts(page);
    throw new Error(
      `step "${name}: download" failed: ${e.message.split('\n')[0]}${said ? `; app says: ${said}` : ''}`,
      { cause: e },
    );
  }
  await step(`${name}: performance.measure ${measure}`, () =>
    page.waitForFunction(
      ([m, b]) => performance.getEntriesByName(m).length > b,
      [measure, before],
      {
        timeout,
        polling: 50,
      },
    ),
  );
  const ms = await page.evaluate((m) => performance.getEntriesByName(m).at(-1).duration, measure);
  // Where the time went: the app's export-phase measures (src/features/export/phases.ts).
  const phases = await page.evaluate(() => {
    const all = performance
      .getEntriesByType('measure')
      .filter((e) => e.name.startsWith('export-phase:'));
    for (const e of all) performance.clearMeasures(e.name);
    return all.map((e) => `${e.name.split(':').slice(2).join(':')} ${Math.round(e.duration)}`);
  });
  const bytes = await step(`${name}: read the download`, async () =>
    readFileSync(await download.path()),
  );
  await step(`${name}: ready for the next export`, () => until(`${name} to finish`, idle, timeout));
  return { ms, bytes, file: download.suggestedFilename(), phases };
}

/** Opens an export menu (its trigger's aria-controls) and picks an item. */
async function exportFromMenu(page, trigger, item, measure, name, timeout) {
  return timedExport(
    page,
    name,
    measure,
    async () => {
      await step(`${name}: open the menu`, () => trigger.click());
      const id = await trigger.getAttribute('aria-controls');
      if (!id) throw new Error(`step "${name}: open the menu": trigger has no aria-controls`);
      await step(`${name}: menu item ${item}`, () =>
        page.locator(`[id="${id}"]`).getByRole('menuitem', { name: item, exact: true }).click(),
      );
    },
    () => trigger.isEnabled(),
    timeout,
  );
}

/** /data-dam as analyst: chart PNG, page PNG, page PDF, in a fresh context, at 1x CPU. */
async function exportRun(browser, server, { timeout, rate, runIndex }) {
  const { context, page, errors } = await signedIn(
    browser,
    server,
    { timeout, rate },
    '/data-dam',
    {
      acceptDownloads: true,
    },
  );
  const result = { run: runIndex, cpu: rate };
  try {
    await waitSettled(page, 'exports: /data-dam all panels settled', timeout);
    const card = page.locator('[data-panel-id="dd-vulnerable-breakdown"]');
    const chart = await exportFromMenu(
      page,
      card.getByRole('button', { name: /내보내기$/ }),
      'PNG 이미지 내려받기',
      'export:png',
      'exports: chart PNG',
      timeout,
    );
    // The same export again: what every export after the session's first costs (snapDOM's
    // setup and the fonts it embeds are paid once; the app warms them on idle or on intent).
    const again = await exportFromMenu(
      page,
      card.getByRole('button', { name: /내보내기$/ }),
      'PNG 이미지 내려받기',
      'export:png',
      'exports: chart PNG again',
      timeout,
    );
    result.chartPngAgain = { ms: again.ms, phases: again.phases };
    // The card at the height of its content: on the page it is stretched to its row, and the
    // export captures its content (run-export.ts, atNaturalHeight).
    const box = await card.evaluate((el) => {
      const before = el.style.height;
      el.style.height = 'auto';
      const r = el.getBoundingClientRect();
      el.style.height = before;
      return { width: r.width, height: r.height };
    });
    result.chartPng = {
      ms: chart.ms,
      file: chart.file,
      bytes: chart.bytes.length,
      size: pngSize(chart.bytes),
      cardBox: box && { width: box.width, height: box.height },
    };
    const pageMenu = page.getByRole('button', { name: '페이지 내보내기', exact: true });
    const png = await exportFromMenu(
      page,
      pageMenu,
      '페이지 전체 PNG',
      'export:page-png',
      'exports: page PNG',
      timeout,
    );
    result.pagePng = {
      ms: png.ms,
      file: png.file,
      bytes: png.bytes.length,
      size: pngSize(png.bytes),
    };
    const pdf = await exportFromMenu(
      page,
      pageMenu,
      '페이지 전체 PDF (A4 가로)',
      'export:pdf',
      'exports: page PDF',
      timeout,
    );
    result.pagePdf = {
      ms: pdf.ms,
      file: pdf.file,
      bytes: pdf.bytes.length,
      pages: pdfPageCount(pdf.bytes),
      phases: pdf.phases,
    };
    result.chartPng.phases = chart.phases;
    // The issue's target is the longest page: /overview (a page PDF of ~3 screens).
    await step('exports: open /overview', () =>
      page.getByRole('link', { name: '종합 현황', exact: true }).first().click(),
    );
    await step('exports: land on /overview', () =>
      page.waitForURL((u) => u.pathname === '/overview', { timeout }),
    );
    await waitSettled(page, 'exports: /overview all panels settled', timeout);
    const overview = await exportFromMenu(
      page,
      page.getByRole('button', { name: '페이지 내보내기', exact: true }),
      '페이지 전체 PDF (A4 가로)',
      'export:pdf',
      'exports: /overview page PDF',
      timeout,
    );
    keepFile('data-dam.pdf', pdf.bytes);
    keepFile('overview.pdf', overview.bytes);
    keepFile('chart.png', chart.bytes);
    result.overviewPdf = {
      ms: overview.ms,
      file: overview.file,
      bytes: overview.bytes.length,
      pages: pdfPageCount(overview.bytes),
      phases: overview.phases,
    };
    result.pageErrors = errors;
    return result;
  } finally {
    await context.close().catch(() => {});
  }
}

/**
 * Briefing pack in a fresh context (the pack lives in localStorage per user): pin the PACK
 * panels page by page, open /briefing, wait for the 6 live panels, export PDF then PPTX.
 */
async function packRun(browser, server, { timeout, rate, runIndex }) {
  const { context, page, errors, throttle } = await signedIn(
    browser,
    server,
    { timeout, rate },
    PACK[0][0],
    { acceptDownloads: true },
  );
  const result = { run: runIndex, cpu: rate };
  try {
    const total = PACK.reduce((n, [, ids]) => n + ids.length, 0);
    for (const [n, [url, ids]] of PACK.entries()) {
      if (n > 0) {
        await step(`pack: open ${url}`, () =>
          page.goto(server.origin + url, { waitUntil: 'commit' }),
        );
        await throttle();
      }
      await waitSettled(page, `pack: ${url} all panels settled`, timeout);
      for (const id of ids) {
        const card = page.locator(`[data-panel-id="${id}"]`);
        await step(`pack: pin ${id}`, () =>
          card.getByRole('button', { name: /^바구니에 담기/ }).click(),
        );
        await step(`pack: ${id} shows as pinned`, () =>
          card.getByRole('button', { name: /^바구니에 담김/ }).waitFor({ state: 'visible' }),
        );
      }
    }
    await step(`pack: header says ${total} pinned`, () =>
      page
        .getByRole('link', { name: `보고서 바구니: ${total}개` })
        .first()
        .waitFor({ state: 'attached' }),
    );
    await step('pack: open /briefing', () =>
      page.goto(`${server.origin}/briefing`, { waitUntil: 'commit' }),
    );
    await throttle();
    await step(`pack: /briefing shows ${total} panels`, () =>
      until(
        `${total} panels on /briefing`,
        async () => (await page.locator('[data-panel-id]').count()) === total,
        timeout,
      ),
    );
    await waitSettled(page, 'pack: /briefing all panels settled', timeout);
    const pdfButton = page.getByRole('button', { name: 'PDF로 내보내기', exact: true });
    const pptxButton = page.getByRole('button', { name: 'PPTX로 내보내기', exact: true });
    const bothIdle = async () => (await pdfButton.isEnabled()) && (await pptxButton.isEnabled());
    const pdf = await timedExport(
      page,
      'pack: PDF',
      'export:pack-pdf',
      () => pdfButton.click(),
      bothIdle,
      timeout,
    );
    result.packPdf = {
      ms: pdf.ms,
      file: pdf.file,
      bytes: pdf.bytes.length,
      pages: pdfPageCount(pdf.bytes),
    };
    const pptx = await timedExport(
      page,
      'pack: PPTX',
      'export:pack-pptx',
      () => pptxButton.click(),
      bothIdle,
      timeout,
    );
    result.packPptx = { ms: pptx.ms, file: pptx.file, bytes: pptx.bytes.length };
    keepFile('pack.pdf', pdf.bytes);
    // LibreOffice must render the deck: one page per slide, no error (first run only: ~10–20 s).
    if (runIndex === 1) {
      mkdirSync(FILES_DIR, { recursive: true });
      result.libreOffice = await step('pack: LibreOffice renders the PPTX', () =>
        renderWithLibreOffice(pptx.bytes, 'pack-slides.pptx', FILES_DIR),
      );
    }
    result.pageErrors = errors;
    return result;
  } finally {
    await context.close().catch(() => {});
  }
}

// ---------------------------------------------------------------- report

function buildTable(
  { results, exportResults, packResults, lighthouseResults, machine },
  opts,
  chartChunks,
) {
  const rows = [];
  const kib = (label, vals) => {
    const s = summarize(vals);
    rows.push(s ? [label, fmtKiB(s.median), fmtKiB(s.min), fmtKiB(s.max)] : [label, 'n/a']);
  };
  const ms = (label, vals, failures, what = 'timed out') => {
    const s = summarize(vals);
    const note = failures > 0 ? `  (${failures}/${vals.length} runs ${what})` : '';
    rows.push(
      s
        ? [label, fmtMs(s.median), fmtMs(s.min), fmtMs(s.max) + note]
        : [label, `n/a — ${what} in all ${vals.length} runs`],
    );
  };
  // Pooled over every change of every run (a run whose filter section failed adds none).
  const changes = (label, rs, kind) => {
    const vals = rs.flatMap((r) =>
      (r.filterChanges ?? []).filter((c) => c.kind === kind).map((c) => c.ms),
    );
    const failed = rs.filter((r) => r.filterError).length;
    const s = summarize(vals);
    const note = failed > 0 ? `  (${failed}/${rs.length} runs failed)` : '';
    rows.push(
      s
        ? [`${label} (${s.n} changes)`, fmtMs(s.median), fmtMs(s.min), fmtMs(s.max) + note]
        : [label, `n/a — failed in all ${rs.length} runs`],
    );
  };
  if (opts.only.includes('load')) {
    const cats = [
      ['appJs', 'app JS (compressed)'],
      ['css', 'CSS'],
      ['fonts', 'fonts'],
      ['mockJs', 'mock JS (counted apart)'],
      ['total', 'total incl. HTML/other'],
    ];
    for (const [k, label] of cats)
      kib(
        `/login ${label}`,
        results.map((r) => r.login.bytes[k]),
      );
    const loadedIn = results.filter((r) => r.login.chartChunksLoaded.length > 0).length;
    rows.push([
      '/login chart code loaded',
      chartChunks.length === 0
        ? 'n/a (no chunk contains recharts)'
        : loadedIn === 0
          ? 'no'
          : `yes (${loadedIn}/${results.length} runs: ${[...new Set(results.flatMap((r) => r.login.chartChunksLoaded))].join(', ')})`,
    ]);
    for (const [k, label] of cats)
      kib(
        `/overview ${label}, cumulative`,
        results.map((r) => r.overview.bytes[k]),
      );
    for (const [k, label] of cats)
      kib(
        `  added by /overview: ${label}`,
        results.map((r) => r.overviewAdded.bytes[k]),
      );
  }
  for (const rate of opts.rates) {
    const rs = results.filter((r) => r.cpu === rate);
    if (rs.length === 0) continue;
    const fails = (key) => rs.filter((r) => r[key] == null).length;
    rows.push([`— CPU ${rate}x (${rs.length} runs) —`]);
    if (opts.only.includes('load')) {
      ms(
        `/overview FCP @${rate}x`,
        rs.map((r) => r.fcp),
        fails('fcp'),
      );
      ms(
        `/overview LCP @${rate}x`,
        rs.map((r) => r.lcp),
        fails('lcp'),
      );
      {
        const s = summarize(rs.map((r) => r.cls));
        if (s)
          rows.push([
            `/overview CLS (hard load) @${rate}x`,
            s.median.toFixed(3),
            s.min.toFixed(3),
            s.max.toFixed(3),
          ]);
      }
      ms(
        `/overview all panels settled @${rate}x`,
        rs.map((r) => r.panelsSettled),
        fails('panelsSettled'),
      );
      ms(
        `/overview all charts drawn @${rate}x`,
        rs.map((r) => r.chartsDrawn),
        fails('chartsDrawn'),
      );
      ms(
        `login → all charts drawn @${rate}x`,
        rs.map((r) => r.loginToCharts),
        fails('loginToCharts'),
      );
    }
    if (opts.only.includes('filters')) {
      changes(`filter change → all panels settled, new filter @${rate}x`, rs, 'new');
      changes(`filter change → all panels settled, cached filter @${rate}x`, rs, 'cached');
    }
  }
  for (const rate of opts.exportRates) {
    const rs = exportResults.filter((r) => r.cpu === rate);
    if (rs.length === 0) continue;
    const failed = rs.filter((r) => r.error).length;
    rows.push([`— exports, /data-dam, CPU ${rate}x (${rs.length} runs, fresh context each) —`]);
    ms(
      `export chart PNG (dd-vulnerable-breakdown) @${rate}x`,
      rs.map((r) => r.chartPng?.ms),
      failed,
      'failed',
    );
    ms(
      `export chart PNG, the session's second @${rate}x`,
      rs.map((r) => r.chartPngAgain?.ms),
      failed,
      'failed',
    );
    ms(
      `export page PNG @${rate}x`,
      rs.map((r) => r.pagePng?.ms),
      failed,
      'failed',
    );
    ms(
      `export page PDF (A4 landscape) @${rate}x`,
      rs.map((r) => r.pagePdf?.ms),
      failed,
      'failed',
    );
    ms(
      `export /overview page PDF (A4 landscape) @${rate}x`,
      rs.map((r) => r.overviewPdf?.ms),
      failed,
      'failed',
    );
    const sized = rs.find((r) => r.overviewPdf);
    if (sized) {
      const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
      rows.push([
        `file sizes (run ${sized.run})`,
        `chart PNG ${kb(sized.chartPng.bytes)} · /data-dam PDF ${kb(sized.pagePdf.bytes)}, ${sized.pagePdf.pages} pages · /overview PDF ${kb(sized.overviewPdf.bytes)}, ${sized.overviewPdf.pages} pages`,
      ]);
      for (const [name, r] of [
        ['chart PNG', sized.chartPng],
        ['chart PNG again', sized.chartPngAgain],
        ['/data-dam PDF', sized.pagePdf],
        ['/overview PDF', sized.overviewPdf],
      ])
        if (r.phases?.length) rows.push([`  phases, ${name} (ms)`, r.phases.join(' · ')]);
    }
    const first = rs.find((r) => r.chartPng?.size);
    if (first && rate === opts.exportRates[0]) {
      const { size, cardBox } = first.chartPng;
      const css = cardBox
        ? ` (card ${Math.round(cardBox.width)} × ${Math.round(cardBox.height)} CSS px)`
        : '';
      rows.push([`chart PNG size (run ${first.run})`, `${size.width} × ${size.height} px${css}`]);
    }
  }
  for (const rate of opts.exportRates) {
    const rs = packResults.filter((r) => r.cpu === rate);
    if (rs.length === 0) continue;
    const failed = rs.filter((r) => r.error).length;
    const total = PACK.reduce((n, [, ids]) => n + ids.length, 0);
    rows.push([
      `— briefing pack (${total} panels, ${PACK.length} pages), CPU ${rate}x (${rs.length} runs, fresh context each) —`,
    ]);
    ms(
      `export briefing pack PDF @${rate}x`,
      rs.map((r) => r.packPdf?.ms),
      failed,
      'failed',
    );
    ms(
      `export briefing pack PPTX @${rate}x`,
      rs.map((r) => r.packPptx?.ms),
      failed,
      'failed',
    );
    const lo = rs.find((r) => r.libreOffice)?.libreOffice;
    if (lo)
      rows.push([
        'LibreOffice renders the pack PPTX (soffice → PDF)',
        lo.error
          ? `FAILED: ${lo.error}`
          : `${lo.pages} pages for ${lo.slides} slides${lo.pages === lo.slides ? '' : ' — MISMATCH'}, ${(lo.ms / 1000).toFixed(1)} s${lo.warnings ? `; stderr: ${lo.warnings}` : ''}`,
      ]);
    const sized = rs.find((r) => r.packPptx);
    if (sized)
      rows.push([
        `pack file sizes (run ${sized.run})`,
        `PDF ${(sized.packPdf.bytes / 1024).toFixed(0)} KB, ${sized.packPdf.pages} pages · PPTX ${(sized.packPptx.bytes / 1024).toFixed(0)} KB`,
      ]);
    if (lo || sized) rows.push([`files kept in ${FILES_DIR.replace(ROOT + '/', '')}/`]);
  }
  if (lighthouseResults.length) {
    const ok = lighthouseResults.filter((r) => !r.error);
    const failed = lighthouseResults.length - ok.length;
    rows.push([`— Lighthouse ${LIGHTHOUSE}, /login, mobile (${lighthouseResults.length} runs) —`]);
    const score = summarize(ok.map((r) => r.score));
    rows.push(
      score
        ? ['/login performance score', String(score.median), String(score.min), String(score.max)]
        : ['/login performance score', `n/a (${failed} failed)`],
    );
    for (const [key, label] of [
      ['fcp', 'FCP (simulated)'],
      ['lcp', 'LCP (simulated)'],
      ['tbt', 'TBT (simulated)'],
      ['si', 'Speed Index (simulated)'],
    ]) {
      ms(
        `/login ${label}`,
        ok.map((r) => r[key]),
        failed,
        'failed',
      );
    }
    const cls = summarize(ok.map((r) => r.cls));
    if (cls)
      rows.push(['/login CLS', cls.median.toFixed(3), cls.min.toFixed(3), cls.max.toFixed(3)]);
  }
  rows.push([
    'machine load (1-min average), start → end',
    `${machine.loadStart.toFixed(1)} → ${machine.loadEnd.toFixed(1)} on ${machine.cpus} CPUs`,
  ]);
  return renderTable(rows);
}

// ---------------------------------------------------------------- main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const cleanups = [];
  const cleanup = async () => {
    while (cleanups.length)
      await cleanups
        .pop()()
        .catch((e) => log('cleanup:', e.message));
  };
  const onSignal = (sig) => {
    log(`${sig}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    if (opts.build) await step('npm run build', () => runBuild());
    if (opts.build && (opts.only.includes('server') || opts.only.includes('server-load')))
      await step('npm run build:server', () => runBuild('build:server'));
    if (opts.only.length === 1 && opts.only[0] === 'server-load') {
      // No browser: the simulated users speak HTTP.
      const r = await step('server load', () => serverLoad({ log }));
      console.log(serverLoadTable(r));
      mkdirSync(OUT_DIR, { recursive: true });
      writeFileSync(
        join(OUT_DIR, 'server-load.json'),
        `${JSON.stringify({ date: new Date().toISOString(), node: process.version, loadavg: loadavg(), ...r }, null, 2)}\n`,
      );
      log('raw numbers: bench-results/server-load.json');
      if (r.errors > 0 || r.audit.exitCode !== 0) process.exitCode = 1;
      return;
    }
    if (!existsSync(join(DIST, 'index.html')))
      throw new Error('dist/index.html missing: build first (drop --no-build)');
    const served = mkdtempSync(join(tmpdir(), 'bench-dist-'));
    cleanups.push(async () => rmSync(served, { recursive: true, force: true }));
    cpSync(DIST, served, { recursive: true });
    const chartChunks = findChartChunks(served);
    // Demo mode's mock API pulls in chunks the app shares (zod's): counted as the mock's on a
    // page whose own code does not need them (on /login), as the app's where it does.
    const { manifest, entry } = readManifest(served);
    const mockOnly = {
      login: mockOnlyFiles(manifest, entry, [ROUTES.login]),
      overview: mockOnlyFiles(manifest, entry, [
        ROUTES.login,
        ...ROUTES.dashboard,
        ...ROUTES.chartPanels,
      ]),
    };

    const server = await step('start static server', () => startStaticServer(served));
    cleanups.push(() => server.close());
    log(`serving a snapshot of dist/ on ${server.origin}; compressing …`);
    server.warm();
    await step('static server answers', () => selfTest(server.origin));
    server.log.length = 0;

    const browser = await step('launch Chromium', () =>
      chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }),
    );
    cleanups.push(() => browser.close());
    log(`Chromium ${browser.version()}; chart chunks: ${chartChunks.join(', ') || 'none'}`);
    // Timings are only as quiet as the machine: say how busy it was.
    const machine = { cpus: cpus().length, loadStart: loadavg()[0], loadEnd: null };
    if (machine.loadStart > machine.cpus)
      log(`warning: load average ${machine.loadStart.toFixed(1)} on ${machine.cpus} CPUs`);

    const results = [];
    if (opts.only.includes('load') || opts.only.includes('filters')) {
      for (let i = 1; i <= opts.runs; i++) {
        for (const rate of opts.rates) {
          const t = Date.now();
          const r = await oneRun(browser, server, {
            rate,
            timeout: opts.timeout,
            chartChunks,
            mockOnly,
            runIndex: i,
            filters: opts.only.includes('filters'),
          });
          results.push(r);
          const f = (v) => (v == null ? 'timeout' : `${Math.round(v)} ms`);
          const med = (kind) =>
            f(
              summarize((r.filterChanges ?? []).filter((c) => c.kind === kind).map((c) => c.ms))
                ?.median,
            );
          log(
            `run ${i}/${opts.runs} @${rate}x: FCP ${f(r.fcp)}, LCP ${f(r.lcp)}, charts ${f(r.chartsDrawn)}, ` +
              `login→charts ${f(r.loginToCharts)}` +
              (r.filterChanges
                ? `, filter→settled new ${med('new')} cached ${med('cached')}`
                : '') +
              ` (${((Date.now() - t) / 1000).toFixed(1)} s)`,
          );
          for (const w of r.warnings) log('  warning:', w);
          for (const e of r.pageErrors ?? []) log('  page error:', e);
        }
      }
    }

    // Export and pack runs: a failed run is logged and counted, the others still count.
    const sideRuns = async (section, fn, describe) => {
      const out = [];
      if (!opts.only.includes(section)) return out;
      for (let i = 1; i <= opts.exportRuns; i++) {
        for (const rate of opts.exportRates) {
          const t = Date.now();
          let r;
          try {
            r = await fn(browser, server, { timeout: opts.timeout, rate, runIndex: i });
          } catch (e) {
            r = { run: i, cpu: rate, error: e instanceof Error ? e.message : String(e) };
          }
          out.push(r);
          const secs = ((Date.now() - t) / 1000).toFixed(1);
          const what = r.error ? `FAILED: ${r.error}` : describe(r);
          log(`${section} ${i}/${opts.exportRuns} @${rate}x: ${what} (${secs} s)`);
          for (const e of r.pageErrors ?? []) log('  page error:', e);
        }
      }
      return out;
    };
    const f = (x) => (x?.ms == null ? 'n/a' : `${Math.round(x.ms)} ms`);
    const exportResults = await sideRuns(
      'exports',
      exportRun,
      (r) =>
        `chart PNG ${f(r.chartPng)} (${r.chartPng.size?.width}×${r.chartPng.size?.height}), ` +
        `page PNG ${f(r.pagePng)} (${r.pagePng.size?.width}×${r.pagePng.size?.height}), ` +
        `page PDF ${f(r.pagePdf)} (${r.pagePdf.pages} pages)`,
    );
    const packResults = await sideRuns(
      'pack',
      packRun,
      (r) =>
        `pack PDF ${f(r.packPdf)} (${r.packPdf.pages} pages, ${r.packPdf.bytes} B), ` +
        `pack PPTX ${f(r.packPptx)} (${r.packPptx.bytes} B)`,
    );

    let serverResults = null;
    if (opts.only.includes('server')) {
      try {
        serverResults = await serverSection(browser, server, opts, { chartChunks, mockOnly });
      } catch (e) {
        serverResults = { error: e instanceof Error ? e.message : String(e) };
        log(`server section FAILED: ${serverResults.error}`);
      }
    }

    const lighthouseResults = [];
    if (opts.only.includes('lighthouse')) {
      for (let i = 1; i <= opts.runs; i++) {
        const t = Date.now();
        try {
          const r = await lighthouseRun(`${server.origin}/login`);
          lighthouseResults.push(r);
          log(
            `lighthouse ${i}/${opts.runs}: score ${r.score} (${((Date.now() - t) / 1000).toFixed(1)} s)`,
          );
        } catch (e) {
          lighthouseResults.push({ error: e instanceof Error ? e.message : String(e) });
          log(`lighthouse ${i}/${opts.runs}: FAILED: ${e instanceof Error ? e.message : e}`);
        }
      }
    }

    const encodings = [
      ...new Set(results.flatMap((r) => r.overview.files.map((f) => f.encoding).filter(Boolean))),
    ];
    machine.loadEnd = loadavg()[0];
    const table = buildTable(
      { results, exportResults, packResults, lighthouseResults, machine },
      opts,
      chartChunks,
    );
    console.log(table);
    if (serverResults && !serverResults.error) console.log(`\n${serverTable(serverResults)}`);
    if (serverResults?.error) console.log(`\nserver section failed: ${serverResults.error}`);

    mkdirSync(OUT_DIR, { recursive: true });
    const json = {
      date: new Date().toISOString(),
      options: opts,
      chromium: browser.version(),
      node: process.version,
      machine,
      viewport: VIEWPORT,
      serving: { server: 'node:http + zlib (bench-lib.mjs)', encodings },
      chartChunks,
      runs: results,
      exportRuns: exportResults,
      packRuns: packResults,
      lighthouseRuns: lighthouseResults,
      server: serverResults,
    };
    writeFileSync(join(OUT_DIR, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
    log('raw numbers: bench-results/latest.json');
  } finally {
    await cleanup();
  }
}

main().catch((e) => {
  console.error(`[bench] ${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
});
