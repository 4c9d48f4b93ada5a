/**
 * node:sqlite (built into Node 24, no native addon to download or compile) behind the
 * better-sqlite3 shape that Kysely's own SqliteDialect drives. The only gap is `reader`:
 * a statement that returns rows (a SELECT, or a write with RETURNING) has result columns.
 */
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

type Params = ReadonlyArray<unknown>;

// node:sqlite binds numbers, bigints, strings, null and byte arrays; Kysely passes those.
type Bindable = null | number | bigint | string | NodeJS.ArrayBufferView;
const bind = (p: Params) => p as Bindable[];

function statement(stmt: StatementSync): SqliteStatement {
  return {
    reader: stmt.columns().length > 0,
    all: (p: Params) => stmt.all(...bind(p)),
    run: (p: Params) => stmt.run(...bind(p)),
    iterate: (p: Params) => stmt.iterate(...bind(p)),
  };
}

export function openNodeSqlite(file: string): SqliteDatabase & { raw: DatabaseSync } {
  const db = new DatabaseSync(file);
  // WAL: readers never wait for the writer; a busy timeout instead of an instant SQLITE_BUSY.
  db.exec('PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;');
  return {
    raw: db,
    close: () => db.close(),
    prepare: (sql: string) => statement(db.prepare(sql)),
  };
}
