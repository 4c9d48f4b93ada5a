// Helpers for scripts/bench.mjs: a compressing static server for dist/, chunk scanning,
// statistics and the plain-text table.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants as zc, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
// Already-compressed formats (woff2, png) are sent as they are.
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.txt',
  '.webmanifest',
  '.ico',
]);

/**
 * Serves `root` (dist/) the way a production static host would: brotli (quality 11, as for
 * precompressed assets) when the browser accepts it, else gzip -9, else identity; long-lived
 * immutable caching for hashed /assets, `no-cache` for the rest; `<path>.html` when there is one
 * (a prerendered page), then the SPA fallback to index.html
 * for unknown paths, except under /assets/ where a missing file is a 404.
 * Compressed bodies are computed once and cached, so compression time never enters a timing.
 * Every response is logged (path, encoding, body and header bytes) for cross-checking.
 */
export function startStaticServer(root, { host = '127.0.0.1' } = {}) {
  const rootAbs = resolve(root);
  const cache = new Map(); // `${file}|${encoding}` -> Buffer
  const log = [];

  function body(file, encoding) {
    const key = `${file}|${encoding}`;
    let buf = cache.get(key);
    if (!buf) {
      const raw = readFileSync(file);
      if (encoding === 'br') {
        buf = brotliCompressSync(raw, {
          params: {
            [zc.BROTLI_PARAM_QUALITY]: 11,
            [zc.BROTLI_PARAM_SIZE_HINT]: raw.length,
            [zc.BROTLI_PARAM_MODE]: zc.BROTLI_MODE_TEXT,
          },
        });
      } else if (encoding === 'gzip') buf = gzipSync(raw, { level: 9 });
      else buf = raw;
      cache.set(key, buf);
    }
    return buf;
  }

  function pickEncoding(header, ext) {
    if (!COMPRESSIBLE.has(ext)) return 'identity';
    const accepted = new Set(
      String(header ?? '')
        .split(',')
        .map((s) => s.split(';')[0].trim().toLowerCase())
        .filter(Boolean),
    );
    if (accepted.has('br')) return 'br';
    if (accepted.has('gzip')) return 'gzip';
    return 'identity';
  }

  function resolveFile(urlPath) {
    let p;
    try {
      p = decodeURIComponent(urlPath);
    } catch {
      return { status: 400 };
    }
    const abs = normalize(join(rootAbs, p));
    if (abs !== rootAbs && !abs.startsWith(rootAbs + sep)) return { status: 403 };
    try {
      if (statSync(abs).isFile()) return { file: abs };
    } catch {
      /* not found */
    }
    if (p.startsWith('/assets/')) return { status: 404 };
    // A prerendered page (dist/login.html for /login), as `vite preview` and docs/deploy.md do.
    try {
      if (statSync(`${abs}.html`).isFile()) return { file: `${abs}.html` };
    } catch {
      /* none */
    }
    return { file: join(rootAbs, 'index.html'), fallback: true };
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const r = resolveFile(url.pathname);
    if (!r.file) {
      res.writeHead(r.status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`${r.status}\n`);
      log.push({ path: url.pathname, status: r.status, encoding: 'identity', bytes: 0 });
      return;
    }
    const ext = extname(r.file).toLowerCase();
    const encoding = pickEncoding(req.headers['accept-encoding'], ext);
    const buf = body(r.file, encoding);
    const headers = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Content-Length': buf.length,
      'Cache-Control': url.pathname.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      Vary: 'Accept-Encoding',
    };
    if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : buf);
    log.push({
      path: url.pathname,
      status: 200,
      encoding,
      bytes: buf.length,
      fallback: !!r.fallback,
    });
  });

  /** Compresses every text file up front (both encodings) so the first run is not slower. */
  function warm() {
    const walk = (dir) => {
      for (const name of readdirSync(dir)) {
        const abs = join(dir, name);
        if (statSync(abs).isDirectory()) walk(abs);
        else if (COMPRESSIBLE.has(extname(abs).toLowerCase())) {
          body(abs, 'br');
          body(abs, 'gzip');
        }
      }
    };
    walk(rootAbs);
  }

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address();
      resolvePromise({
        port,
        origin: `http://localhost:${port}`,
        log,
        warm,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

/** Files in dist/assets whose text holds chart (recharts) code. */
export function findChartChunks(distDir) {
  const dir = join(distDir, 'assets');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .filter((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return text.includes('recharts') || text.includes('CartesianGrid');
    });
}

/**
 * Sorts a resource (by URL and CDP resource type / MIME type) into a byte bucket. `mockOnly`:
 * the build's files (`assets/…`) that the page loads only for demo mode's mock API
 * (build-manifest.mjs, mockOnlyFiles).
 */
export function classify(url, cdpType, mimeType, mockOnly = new Set()) {
  let path;
  try {
    path = new URL(url).pathname;
  } catch {
    return 'other';
  }
  const file = path.split('/').pop() ?? '';
  if (path === '/mockServiceWorker.js') return 'mockJs';
  if (path.startsWith('/assets/') && file.startsWith('browser-') && file.endsWith('.js'))
    return 'mockJs';
  if (mockOnly.has(path.slice(1))) return 'mockJs';
  const mime = String(mimeType ?? '').toLowerCase();
  if (/\.(woff2?|ttf|otf)$/i.test(file) || cdpType === 'Font' || mime.startsWith('font/'))
    return 'fonts';
  if (file.endsWith('.css') || cdpType === 'Stylesheet' || mime === 'text/css') return 'css';
  if (/\.m?js$/i.test(file) || cdpType === 'Script' || mime.includes('javascript')) return 'appJs';
  if (cdpType === 'Document' || mime === 'text/html') return 'html';
  return 'other';
}

export const BUCKETS = ['appJs', 'css', 'fonts', 'mockJs', 'html', 'other'];

export function summarize(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v[v.length - 1], n: v.length };
}

export function fmtKiB(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

export function fmtMs(ms) {
  return `${Math.round(ms)} ms`;
}

/**
 * One plain-text table: rows of [label, median, min, max], [label, text] (text spans) or
 * [heading] (a section line; it does not widen the label column).
 */
export function renderTable(rows) {
  const head = ['metric', 'median', 'min', 'max'];
  const w0 =
    Math.max(head[0].length, ...rows.filter((r) => r.length > 1).map((r) => r[0].length)) + 2;
  const cols = rows.filter((r) => r.length === 4);
  const wn = Math.max(8, ...cols.flatMap((r) => r.slice(1).map((c) => c.length))) + 2;
  const line = (r) =>
    r.length === 4
      ? r[0].padEnd(w0) +
        r
          .slice(1)
          .map((c) => c.padStart(wn))
          .join('')
      : r[0].padEnd(w0) + String(r[1] ?? '');
  return [line(head), '-'.repeat(w0 + 3 * wn), ...rows.map(line)].join('\n');
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(buf) {
  if (buf.length < 24 || buf.subarray(1, 4).toString('latin1') !== 'PNG') return null;
  if (buf.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Page count of a PDF (page objects, not the page tree). */
export function pdfPageCount(buf) {
  return buf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
}
