// Lighthouse (mobile, performance only) for the bench's `lighthouse` section.
//
// Lighthouse is not a dependency of the project: it is ~180 MB with its own Puppeteer and
// Sentry, which every `npm ci` (and CI run) would install for a figure read now and then.
// It runs through `npx` at a pinned version, fetched from the npm registry on first use and
// cached by npm after that; it drives the machine's Chromium (CHROME_PATH). Lighthouse 13
// needs Node 22.19+: npm scripts run on the Node 24 from node_modules/.bin (decision 001).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const run = promisify(execFile);
export const LIGHTHOUSE = 'lighthouse@13.5.0';

const AUDITS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
};

/** One Lighthouse run on `url` (default mobile emulation and simulated throttling). */
export async function lighthouseRun(url) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lh-'));
  try {
    const out = join(dir, 'report.json');
    await run(
      'npx',
      [
        '--yes',
        LIGHTHOUSE,
        url,
        '--only-categories=performance',
        '--output=json',
        `--output-path=${out}`,
        `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
        '--quiet',
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, timeout: 180_000 },
    );
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const result = { score: Math.round(report.categories.performance.score * 100) };
    for (const [key, id] of Object.entries(AUDITS)) result[key] = report.audits[id]?.numericValue;
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
