// Real-browser benchmark of the production build: bytes on /login and /overview, and paint /
// "all charts drawn" timings on /overview at 1x and 4x CPU. Prints one table; no pass/fail.
//
//   node scripts/bench.mjs [--runs N] [--cpu 4 | --cpu 1,4] [--no-build] [--timeout ms]
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
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import {
  BUCKETS,
  classify,
  findChartChunks,
  fmtKiB,
  fmtMs,
  renderTable,
  startStaticServer,
  summarize,
} from './bench-lib.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DIST = join(ROOT, 'dist');
const OUT_DIR = join(ROOT, 'bench-results');
const VIEWPORT = { width: 1440, height: 900 };
const USER = 'analyst';
const PASSWORD = 'demo1234!';
const QUIET_MS = 500; // network idle window that ends a byte-counting phase

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const opts = { runs: 5, rates: [1, 4], build: true, timeout: 30_000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--no-build') opts.build = false;
    else if (a.startsWith('--runs')) opts.runs = Number(val());
    else if (a.startsWith('--cpu')) opts.rates = val().split(',').map(Number);
    else if (a.startsWith('--timeout')) opts.timeout = Number(val());
    else if (a === '--help' || a === '-h') {
      console.log(
        'usage: node scripts/bench.mjs [--runs N] [--cpu 4|1,4] [--no-build] [--timeout ms]',
      );
      process.exit(0);
    } else throw new Error(`unknown argument: ${a}`);
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1)
    throw new Error('--runs must be a positive integer');
  if (opts.rates.length === 0 || opts.rates.some((r) => !(r >= 1)))
    throw new Error('--cpu must be ≥ 1');
  if (!(opts.timeout > 0)) throw new Error('--timeout must be positive');
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

function runBuild() {
  return new Promise((res, rej) => {
    log('npm run build …');
    // Build output goes to stderr so stdout holds only the table.
    const child = spawn('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
    child.on('error', rej);
    child.on('exit', (code, sig) =>
      code === 0 ? res() : rej(new Error(`npm run build exited ${code ?? sig}`)),
    );
  });
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
function tally(resources, serverEntries) {
  const bytes = Object.fromEntries(BUCKETS.map((b) => [b, 0]));
  const files = [];
  for (const r of resources) {
    const bucket = classify(r.url, r.type, r.mime);
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

async function oneRun(browser, server, { rate, timeout, chartChunks, runIndex }) {
  const origin = server.origin;
  const context = await browser.newContext({ viewport: VIEWPORT });
  context.setDefaultTimeout(timeout);
  context.setDefaultNavigationTimeout(timeout);
  const result = { run: runIndex, cpu: rate, warnings: [] };
  try {
    await context.addInitScript(probe);
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
    result.login = tally(net.between(0, mLogin), server.log.slice(s0, s1));
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
    result.overview = tally(net.between(0, mOverview), server.log.slice(s0, s2));
    result.overviewAdded = tally(net.between(mLogin, mOverview), server.log.slice(s1, s2));

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
    result.chartsDrawn = hard.ok ? b2.chartsAt : null;
    result.panelsSettled = b2.panelsAt;
    result.blocking = hard.ok ? [] : hard.blocking;
    result.pageErrors = errors;
    return result;
  } finally {
    await context.close().catch(() => {});
  }
}

// ---------------------------------------------------------------- report

function buildTable(results, opts, chartChunks) {
  const rows = [];
  const kib = (label, vals) => {
    const s = summarize(vals);
    rows.push(s ? [label, fmtKiB(s.median), fmtKiB(s.min), fmtKiB(s.max)] : [label, 'n/a']);
  };
  const ms = (label, vals, failures) => {
    const s = summarize(vals);
    const note = failures > 0 ? `  (${failures}/${vals.length} runs timed out)` : '';
    rows.push(
      s
        ? [label, fmtMs(s.median), fmtMs(s.min), fmtMs(s.max) + note]
        : [label, `n/a — timed out in all ${vals.length} runs`],
    );
  };
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
  for (const rate of opts.rates) {
    const rs = results.filter((r) => r.cpu === rate);
    const fails = (key) => rs.filter((r) => r[key] == null).length;
    rows.push([`— CPU ${rate}x (${rs.length} runs) —`]);
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
    if (opts.build) await step('npm run build', runBuild);
    if (!existsSync(join(DIST, 'index.html')))
      throw new Error('dist/index.html missing: build first (drop --no-build)');
    const served = mkdtempSync(join(tmpdir(), 'bench-dist-'));
    cleanups.push(async () => rmSync(served, { recursive: true, force: true }));
    cpSync(DIST, served, { recursive: true });
    const chartChunks = findChartChunks(served);

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

    const results = [];
    for (let i = 1; i <= opts.runs; i++) {
      for (const rate of opts.rates) {
        const t = Date.now();
        const r = await oneRun(browser, server, {
          rate,
          timeout: opts.timeout,
          chartChunks,
          runIndex: i,
        });
        results.push(r);
        const f = (v) => (v == null ? 'timeout' : `${Math.round(v)} ms`);
        log(
          `run ${i}/${opts.runs} @${rate}x: FCP ${f(r.fcp)}, LCP ${f(r.lcp)}, charts ${f(r.chartsDrawn)}, ` +
            `login→charts ${f(r.loginToCharts)} (${((Date.now() - t) / 1000).toFixed(1)} s)`,
        );
        for (const w of r.warnings) log('  warning:', w);
        for (const e of r.pageErrors ?? []) log('  page error:', e);
      }
    }

    const encodings = [
      ...new Set(results.flatMap((r) => r.overview.files.map((f) => f.encoding).filter(Boolean))),
    ];
    const table = buildTable(results, opts, chartChunks);
    console.log(table);

    mkdirSync(OUT_DIR, { recursive: true });
    const json = {
      date: new Date().toISOString(),
      options: opts,
      chromium: browser.version(),
      node: process.version,
      viewport: VIEWPORT,
      serving: { server: 'node:http + zlib (bench-lib.mjs)', encodings },
      chartChunks,
      runs: results,
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
