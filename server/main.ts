/**
 * `npm start`: opens the store (embedded by default, PostgreSQL with DATABASE_URL), runs the
 * migrations, seeds the demo accounts in demo mode, serves the app and the API on PORT, and
 * stops cleanly on SIGTERM or SIGINT (in-flight requests finish, the pool closes).
 */
import { fileURLToPath } from 'node:url';
import { buildApp } from './app';
import { loadConfig } from './config';
import { openStore } from './db/database';
import { purgeExpiredSessions } from './db/sessions';
import { retireDemoUsers, seedDemoUsers } from './seed';
import { DEMO_PASSWORD } from '../domain/accounts';

const started = performance.now();
let config;
try {
  // main.js is dist-server/server/main.js; the app it serves is dist-server/public.
  config = loadConfig(
    process.env,
    process.cwd(),
    fileURLToPath(new URL('../public', import.meta.url)),
  );
} catch (e) {
  console.error(`Configuration error: ${(e as Error).message}`);
  process.exit(2);
}

let poolErrorLogger: (err: Error) => void = () => {};
const store = await openStore({
  dataDir: config.dataDir,
  databaseUrl: config.databaseUrl,
  poolSize: config.poolSize,
  onPoolError: (err) => poolErrorLogger(err),
}).catch((e: unknown) => {
  console.error(`The database could not be opened: ${(e as Error).message}`);
  process.exit(1);
});

const app = await buildApp({ config, store });
poolErrorLogger = (err) => app.log.warn({ err }, 'a pooled database connection failed');
const seeded = config.demo ? await seedDemoUsers(store) : [];
const retired = config.demo ? [] : await retireDemoUsers(store);
if (retired.length) {
  app.log.warn(
    { retired },
    'demo accounts with the demo password were disabled (demo mode is off)',
  );
}

const times = { idleMs: config.idleTimeoutMs, absoluteMs: config.absoluteSessionMs };
const purge = setInterval(
  () => void purgeExpiredSessions(store, Date.now(), times).catch(() => {}),
  10 * 60_000,
);
purge.unref();

await app.listen({ port: config.port, host: config.host });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
app.log.info(
  {
    url: `http://localhost:${port}`,
    storage: store.dialect,
    location: store.location,
    demo: config.demo,
    seeded,
    startupMs: Math.round(performance.now() - started),
  },
  config.demo
    ? 'ready — DEMO MODE: demo accounts viewer / analyst / admin are on (never in production)'
    : 'ready',
);
if (process.stdout.isTTY || process.env.npm_lifecycle_event === 'start') {
  // One plain line for a person at the terminal, beside the JSON log.
  console.log(
    `\n  디지털 뉴딜 성과 대시보드: http://localhost:${port}\n` +
      (config.demo
        ? `  Demo mode: sign in as viewer, analyst or admin with ${DEMO_PASSWORD}\n`
        : ''),
  );
}

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  try {
    await app.close();
    await store.close();
  } finally {
    process.exit(0);
  }
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
