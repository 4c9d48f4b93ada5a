// The server's figures for `npm run bench` (section `server`): cold start to ready, idle
// memory, and one panel endpoint under load (autocannon, loopback only, bounded in time).
// bench.mjs runs the browser timings of server mode beside demo mode's with these helpers.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const SERVER_MAIN = join(ROOT, 'dist-server/server/main.js');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts `npm start`'s server (the built bundle) and times spawn → /readyz answering 200:
 * what an operator waits for after a restart.
 */
export async function startServerProcess({ port, dataDir, env = {}, timeout = 60_000 }) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((r) => child.once('exit', r));
  const origin = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited: ${stderr.slice(0, 500)}`);
    if (performance.now() - t0 > timeout) {
      child.kill('SIGKILL');
      throw new Error('the server was not ready in time');
    }
    try {
      const res = await fetch(`${origin}/readyz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await sleep(20);
  }
  return {
    origin,
    pid: child.pid,
    startMs: performance.now() - t0,
    log: [], // the static server's request log shape bench.mjs reads; unused here
    async stop() {
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(10_000).then(() => child.kill('SIGKILL'))]);
    },
  };
}

/** Resident memory of a process, from /proc (Linux). */
export function rssMiB(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : null;
}

export async function signIn(origin, username = 'analyst', password = 'demo1234!') {
  const res = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`sign-in answered ${res.status}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('dnd_session='));
  return cookie.split(';')[0];
}

/** One panel, filtered, at `connections` concurrent connections for `seconds`. */
export async function panelLoad(origin, { connections = 50, seconds = 10 } = {}) {
  const cookie = await signIn(origin);
  const result = await autocannon({
    url: `${origin}/api/v1/panels/ov-participants-by-region?region=gwangju,seoul`,
    connections,
    duration: seconds,
    headers: { cookie, 'accept-encoding': 'br, gzip' },
  });
  return {
    connections,
    seconds,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
