/**
 * Opens the store: the embedded database (SQLite, built into Node) in DATA_DIR by default,
 * PostgreSQL when DATABASE_URL is set. One query layer (Kysely) over both; migrations run here.
 * docs/decisions/014-server-stack.md says why.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { migrate } from './migrations';
import { openNodeSqlite } from './node-sqlite';
import type { Database, Dialect } from './schema';

export type { Dialect };

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the data lives, for the start-up log (no password). */
  location: string;
  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

// PostgreSQL's bigint (int8) arrives as text by default; every bigint here is an epoch
// millisecond or a sequence number, well inside a double's exact range.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export interface OpenOptions {
  dataDir: string;
  databaseUrl: string | null;
  poolSize?: number;
  /** Called when an idle pooled connection fails (PostgreSQL restarted): log it, do not crash. */
  onPoolError?: (err: Error) => void;
}

export async function openStore(opts: OpenOptions): Promise<Store> {
  let db: Kysely<Database>;
  let dialect: Dialect;
  let location: string;
  if (opts.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: opts.poolSize ?? 10,
      connectionTimeoutMillis: 3000,
      // A statement that hangs (a lock, a dead connection) fails instead of holding a request.
      statement_timeout: 5000,
      query_timeout: 6000,
    });
    // Without a listener an idle client's error (the server went away) crashes the process.
    pool.on('error', (err) => opts.onPoolError?.(err));
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    dialect = 'postgres';
    const u = new URL(opts.databaseUrl);
    location = `postgresql://${u.host}${u.pathname}`;
  } else {
    fs.mkdirSync(opts.dataDir, { recursive: true });
    const file = path.join(opts.dataDir, 'dashboard.sqlite');
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: openNodeSqlite(file) }) });
    dialect = 'sqlite';
    location = file;
  }
  try {
    await migrate(db as unknown as Kysely<unknown>, dialect);
  } catch (e) {
    await db.destroy().catch(() => {});
    throw e;
  }
  return {
    db,
    dialect,
    location,
    async ping() {
      try {
        await sql`select 1`.execute(db);
        return true;
      } catch {
        return false;
      }
    },
    close: () => db.destroy(),
  };
}
