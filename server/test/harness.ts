/**
 * Runs the real server (the same buildApp as `npm start`) on a loopback port, on a fresh
 * store: the embedded database in a temporary folder, or, when TEST_DATABASE_URL is set, a
 * new PostgreSQL database made for the test and dropped after. Every answer can be checked
 * against the contract.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp, type AppDeps } from '../app';
import { openStore, type Dialect, type Store } from '../db/database';
import { seedDemoUsers } from '../seed';
import { assertMatchesContract } from './contract-validator';

export const ENGINES: Dialect[] = process.env.TEST_DATABASE_URL
  ? ['sqlite', 'postgres']
  : ['sqlite'];

export interface TestServer {
  url: string;
  app: FastifyInstance;
  store: Store;
  clock: { now: number };
  /** A new client with its own cookie jar (a browser, or a machine). */
  client(opts?: { ip?: string }): TestClient;
  close(): Promise<void>;
  /** For a second instance on the same database. */
  databaseUrl: string | null;
  dataDir: string | null;
}

export interface TestResponse {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

export class TestClient {
  cookie: string | null = null;
  constructor(
    private base: string,
    private ip: string | undefined,
  ) {}

  async request(
    method: string,
    path: string,
    opts: {
      json?: unknown;
      body?: string;
      /** A multipart body (fetch sets its content type and boundary). */
      form?: FormData;
      headers?: Record<string, string>;
      contract?: boolean;
    } = {},
  ): Promise<TestResponse> {
    const headers: Record<string, string> = { ...opts.headers };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.ip) headers['x-forwarded-for'] = this.ip;
    let body: string | FormData | undefined = opts.form ?? opts.body;
    if (opts.json !== undefined) {
      body = JSON.stringify(opts.json);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(this.base + path, { method, headers, body, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, value] = pair!.split('=');
      if (name === 'dnd_session') this.cookie = value ? `dnd_session=${value}` : null;
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: the text is the body
    }
    if (opts.contract !== false && path.startsWith('/api/v1/')) {
      assertMatchesContract(method, path, res.status, res.headers.get('content-type'), parsed);
    }
    return { status: res.status, headers: res.headers, body: parsed, text };
  }

  get = (path: string, opts?: Parameters<TestClient['request']>[2]) =>
    this.request('GET', path, opts);
  post = (path: string, json?: unknown, opts?: Parameters<TestClient['request']>[2]) =>
    this.request('POST', path, { ...opts, json });

  async login(username: string, password = 'demo1234!') {
    return this.post('/api/v1/auth/login', { username, password });
  }
}

export async function freshPostgres(
  adminUrl = process.env.TEST_DATABASE_URL!,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = new URL(adminUrl);
  const name = `dnd_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  const url = new URL(admin.toString());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const d = new pg.Client({ connectionString: admin.toString() });
      await d.connect();
      await d.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await d.end();
    },
  };
}

export interface StartOptions {
  engine: Dialect;
  config?: Partial<AppDeps['config']>;
  staticDir?: string | null;
  /** Join an existing database (a second instance). */
  join?: { databaseUrl: string | null; dataDir: string | null };
  /** Make the PostgreSQL database on this server instead of TEST_DATABASE_URL's. */
  postgresAdminUrl?: string;
  /** Capture the server's JSON log (default: no log). */
  logStream?: NodeJS.WritableStream;
}

export async function startServer(opts: StartOptions): Promise<TestServer> {
  let dataDir: string | null = null;
  let databaseUrl: string | null = null;
  let cleanup = async () => {};
  if (opts.join) {
    ({ dataDir, databaseUrl } = opts.join);
  } else if (opts.engine === 'postgres') {
    const db = await freshPostgres(opts.postgresAdminUrl);
    databaseUrl = db.url;
    cleanup = db.drop;
  } else {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dnd-test-'));
    const dir = dataDir;
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const store = await openStore({ dataDir: dataDir ?? '', databaseUrl, poolSize: 4 });
  if (!opts.join) await seedDemoUsers(store);
  const clock = { now: Date.now() };
  const app = await buildApp({
    config: {
      demo: true,
      idleTimeoutMs: 30 * 60_000,
      absoluteSessionMs: 8 * 3_600_000,
      trustProxy: ['127.0.0.1'], // tests play several client addresses through X-Forwarded-For
      loginRatePerMinute: 1000,
      logLevel: 'info',
      staticDir: opts.staticDir ?? null,
      ...opts.config,
    },
    store,
    now: () => clock.now,
    logStream: opts.logStream ?? false,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    app,
    store,
    clock,
    databaseUrl,
    dataDir,
    client: (c) => new TestClient(url, c?.ip),
    async close() {
      await app.close();
      await store.close();
      if (!opts.join) await cleanup();
    },
  };
}
