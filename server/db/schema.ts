/** The tables, as Kysely sees them. Times are epoch milliseconds unless named `at`. */
import type { Generated } from 'kysely';
import type { Role } from '../../src/lib/api/schemas';

export interface UsersTable {
  username: string;
  display_ko: string;
  display_en: string;
  role: Role;
  /** argon2id in PHC form, naming its parameters (server/passwords.ts). */
  password_hash: string;
  disabled: number;
  /** Wrong passwords in a row; reset by a sign-in, an unlock or an expired lock. */
  failures: number;
  locked_until: number | null;
  created_at: number;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token: a stolen table holds no usable credential. */
  token_hash: string;
  username: string;
  created_at: number;
  last_seen: number;
}

export interface AuditLogTable {
  seq: Generated<number>;
  id: string;
  at: string;
  username: string;
  display_ko: string;
  display_en: string;
  role: Role;
  page_id: string;
  page_title_ko: string;
  page_title_en: string;
  panel_id: string | null;
  panel_title_ko: string | null;
  panel_title_en: string | null;
  /** Slugs, comma-joined (slugs have no commas). */
  region: string;
  sector: string;
  filters_text: string;
  format: string;
  file_name: string;
  client_ip: string | null;
  prev_hash: string;
  hash: string;
}

export interface SecurityLogTable {
  seq: Generated<number>;
  at: string;
  kind: string;
  username: string | null;
  client_ip: string | null;
  detail: string | null;
}

/** One version of an official breakdown (domain/official-breakdowns.ts). Append-only. */
export interface BreakdownVersionsTable {
  seq: Generated<number>;
  fact_id: string;
  dimension: 'region' | 'sector';
  version: number;
  action: 'import' | 'restore';
  restored_from: number | null;
  /** The values by slug as JSON; null for a restore of the illustrative split. */
  values_json: string | null;
  source: string | null;
  note: string | null;
  total_before: number;
  total_after: number;
  at: string;
  username: string;
  display_ko: string;
  display_en: string;
  role: Role;
  client_ip: string | null;
}

/** Which engine a store runs on: the embedded SQLite, or PostgreSQL. */
export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  security_log: SecurityLogTable;
  breakdown_versions: BreakdownVersionsTable;
}
