/**
 * The server's settings, from the environment, checked once at start: a malformed value
 * stops the start with a message naming the variable, never a half-configured server.
 */
import path from 'node:path';
import { DEFAULT_IDLE_MINUTES, SESSION_ABSOLUTE_MS } from '../domain/accounts';

export interface ServerConfig {
  port: number;
  host: string;
  /** The embedded database's folder (default ./data); unused with DATABASE_URL. */
  dataDir: string;
  /** PostgreSQL instead of the embedded database. */
  databaseUrl: string | null;
  /** Seed the demo accounts (viewer / analyst / admin) and say so on the login page. */
  demo: boolean;
  production: boolean;
  idleTimeoutMs: number;
  absoluteSessionMs: number;
  /** The built app to serve (index.html, login.html, assets/). */
  staticDir: string;
  /**
   * Which proxy in front may say who the client is (X-Forwarded-For, -Proto): its addresses or
   * CIDRs, or how many proxies; false for none (docs/deploy.md).
   */
  trustProxy: false | number | string[];
  /** Sign-in attempts per client address per minute. */
  loginRatePerMinute: number;
  /** Connections in this instance's PostgreSQL pool. */
  poolSize: number;
  logLevel: string;
}

function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    throw new Error(`${name} must be an integer ≥ ${min} (got "${raw}")`);
  }
  return n;
}

function boolVar(env: NodeJS.ProcessEnv, name: string): boolean | null {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return null;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new Error(`${name} must be true or false (got "${env[name]}")`);
}

/** TRUST_PROXY: a hop count, or the proxies' addresses; never "anyone" (`true`). */
function trustProxyVar(env: NodeJS.ProcessEnv): false | number | string[] {
  const raw = env.TRUST_PROXY?.trim() ?? '';
  if (raw === '' || /^(false|no|off|0)$/i.test(raw)) return false;
  if (/^[1-9]\d?$/.test(raw)) return Number(raw);
  if (/^(true|yes|on)$/i.test(raw)) {
    throw new Error(
      "TRUST_PROXY=true would let any client forge its address; give the proxy's address (e.g. 127.0.0.1 or 10.0.0.0/8) or the number of proxies in front (e.g. 1)",
    );
  }
  const list = raw
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  if (!list.every((a) => /^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(a))) {
    throw new Error(
      `TRUST_PROXY must be addresses or CIDRs, comma-separated, or a count (got "${raw}")`,
    );
  }
  return list;
}

export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  root = process.cwd(),
  /** The built app beside the server bundle (dist-server/public), wherever it is started from. */
  defaultStaticDir = path.resolve(root, 'dist-server/public'),
): ServerConfig {
  const production = env.NODE_ENV === 'production';
  // Demo mode is the quick start's default; under NODE_ENV=production only when asked for.
  const demo = boolVar(env, 'DEMO_MODE') ?? !production;
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new Error(`LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent`);
  }
  return {
    port: intVar(env, 'PORT', 3000, 0),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(root, env.DATA_DIR ?? 'data'),
    databaseUrl,
    demo,
    production,
    idleTimeoutMs: intVar(env, 'IDLE_TIMEOUT_MINUTES', DEFAULT_IDLE_MINUTES, 1) * 60_000,
    absoluteSessionMs:
      intVar(env, 'SESSION_MAX_HOURS', SESSION_ABSOLUTE_MS / 3_600_000, 1) * 3_600_000,
    staticDir: env.STATIC_DIR ? path.resolve(root, env.STATIC_DIR) : defaultStaticDir,
    trustProxy: trustProxyVar(env),
    loginRatePerMinute: intVar(env, 'LOGIN_RATE_PER_MINUTE', 20, 1),
    poolSize: intVar(env, 'PG_POOL_SIZE', 10, 1),
    logLevel,
  };
}
