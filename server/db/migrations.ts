/**
 * Migrations, in code, run at every start (Kysely's Migrator). On PostgreSQL the Migrator
 * holds an advisory lock while it runs, so instances that start at the same moment take turns
 * and each migration runs once. Add a migration; never edit one that has shipped.
 */
import { sql, type Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';
import type { Dialect } from './schema';

function migrations(dialect: Dialect): Record<string, Migration> {
  const serial = dialect === 'postgres' ? 'bigserial' : 'integer';
  const bigint = dialect === 'postgres' ? 'bigint' : 'integer';
  return {
    '001-accounts-sessions-logs': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('users')
          .addColumn('username', 'text', (c) => c.primaryKey())
          .addColumn('display_ko', 'text', (c) => c.notNull())
          .addColumn('display_en', 'text', (c) => c.notNull())
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('password_hash', 'text', (c) => c.notNull())
          .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('locked_until', bigint)
          .addColumn('created_at', bigint, (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('sessions')
          .addColumn('token_hash', 'text', (c) => c.primaryKey())
          .addColumn('username', 'text', (c) =>
            c.notNull().references('users.username').onDelete('cascade'),
          )
          .addColumn('created_at', bigint, (c) => c.notNull())
          .addColumn('last_seen', bigint, (c) => c.notNull())
          .execute();
        await db.schema.createIndex('sessions_by_user').on('sessions').column('username').execute();
        await db.schema
          .createTable('audit_log')
          .addColumn('seq', serial, (c) =>
            dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('username', 'text', (c) => c.notNull())
          .addColumn('display_ko', 'text', (c) => c.notNull())
          .addColumn('display_en', 'text', (c) => c.notNull())
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('page_id', 'text', (c) => c.notNull())
          .addColumn('page_title_ko', 'text', (c) => c.notNull())
          .addColumn('page_title_en', 'text', (c) => c.notNull())
          .addColumn('panel_id', 'text')
          .addColumn('panel_title_ko', 'text')
          .addColumn('panel_title_en', 'text')
          .addColumn('region', 'text', (c) => c.notNull())
          .addColumn('sector', 'text', (c) => c.notNull())
          .addColumn('filters_text', 'text', (c) => c.notNull())
          .addColumn('format', 'text', (c) => c.notNull())
          .addColumn('file_name', 'text', (c) => c.notNull())
          .addColumn('client_ip', 'text')
          // Unique: two entries can never claim the same predecessor, so the chain cannot fork.
          .addColumn('prev_hash', 'text', (c) => c.notNull().unique())
          .addColumn('hash', 'text', (c) => c.notNull().unique())
          .execute();
        await db.schema
          .createTable('security_log')
          .addColumn('seq', serial, (c) =>
            dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('username', 'text')
          .addColumn('client_ip', 'text')
          .addColumn('detail', 'text')
          .execute();
        // Append-only in the database too: an UPDATE or DELETE of a log row is refused, so
        // only someone with the rights to drop the trigger first can (and the chain shows an
        // edited or removed entry; the newest ones removed, only against a recorded head).
        for (const table of ['audit_log', 'security_log']) {
          if (dialect === 'postgres') {
            await sql`CREATE OR REPLACE FUNCTION refuse_log_change() RETURNS trigger AS $$
              BEGIN RAISE EXCEPTION 'the log is append-only'; END; $$ LANGUAGE plpgsql`.execute(db);
            await sql`CREATE TRIGGER ${sql.raw(`${table}_append_only`)} BEFORE UPDATE OR DELETE
              ON ${sql.table(table)} FOR EACH ROW EXECUTE FUNCTION refuse_log_change()`.execute(db);
          } else {
            for (const op of ['UPDATE', 'DELETE']) {
              await sql`CREATE TRIGGER ${sql.raw(`${table}_no_${op.toLowerCase()}`)}
                BEFORE ${sql.raw(op)} ON ${sql.table(table)}
                BEGIN SELECT RAISE(ABORT, 'the log is append-only'); END`.execute(db);
            }
          }
        }
      },
    },
    // Official breakdowns (issue 17): every import and restore is one row, never changed or
    // removed (the same triggers as the logs), so the table is both the history a restore
    // reads and the record of who did what. The newest version of a (fact, dimension) is in
    // force; the unique key makes two concurrent writers of one version impossible.
    '002-breakdown-versions': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('breakdown_versions')
          .addColumn('seq', serial, (c) =>
            dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('fact_id', 'text', (c) => c.notNull())
          .addColumn('dimension', 'text', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('restored_from', 'integer')
          .addColumn('values_json', 'text')
          .addColumn('source', 'text')
          .addColumn('note', 'text')
          .addColumn('total_before', 'double precision', (c) => c.notNull())
          .addColumn('total_after', 'double precision', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('username', 'text', (c) => c.notNull())
          .addColumn('display_ko', 'text', (c) => c.notNull())
          .addColumn('display_en', 'text', (c) => c.notNull())
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('client_ip', 'text')
          .addUniqueConstraint('breakdown_versions_one_version', [
            'fact_id',
            'dimension',
            'version',
          ])
          .execute();
        const table = 'breakdown_versions';
        if (dialect === 'postgres') {
          // refuse_log_change() exists since migration 001.
          await sql`CREATE TRIGGER ${sql.raw(`${table}_append_only`)} BEFORE UPDATE OR DELETE
            ON ${sql.table(table)} FOR EACH ROW EXECUTE FUNCTION refuse_log_change()`.execute(db);
        } else {
          for (const op of ['UPDATE', 'DELETE']) {
            await sql`CREATE TRIGGER ${sql.raw(`${table}_no_${op.toLowerCase()}`)}
              BEFORE ${sql.raw(op)} ON ${sql.table(table)}
              BEGIN SELECT RAISE(ABORT, 'the log is append-only'); END`.execute(db);
          }
        }
      },
    },
  };
}

export async function migrate(db: Kysely<unknown>, dialect: Dialect): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(dialect) };
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
