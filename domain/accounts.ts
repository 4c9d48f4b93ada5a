/**
 * Who may sign in and what each role may do: one source for the in-browser mock and the
 * server. The demo accounts are public by design (PRODUCT.md); the server seeds them only in
 * demo mode, with their password hashed like any other.
 */
import type { Role } from '@/lib/api/schemas';
import {
  DEFAULT_IDLE_MINUTES,
  DEMO_PASSWORD,
  DEMO_USERS,
  SECURITY_EVENT_KINDS,
  type SecurityEventKind,
} from '@/config/accounts';

export { DEFAULT_IDLE_MINUTES, DEMO_PASSWORD, DEMO_USERS, SECURITY_EVENT_KINDS };
export type { SecurityEventKind };

/** Five wrong passwords in a row lock the account for five minutes (PRODUCT.md). */
export const MAX_ATTEMPTS = 5;
export const LOCK_MS = 5 * 60 * 1000;

/** A session ends after this long whatever its activity (absolute lifetime). */
export const SESSION_ABSOLUTE_MS = 8 * 60 * 60 * 1000;

export const ROLES: readonly Role[] = ['viewer', 'analyst', 'admin'];

/** The session cookie's name, set by the server and by the demo's mock alike. */
export const SESSION_COOKIE = 'dnd_session';

/** What each role may do. Every endpoint checks one of these, on the server. */
export const PERMISSIONS = {
  /** Record an export (PNG, CSV, PDF, packs). */
  export: ['analyst', 'admin'],
  /** Read the export audit log and the security log; unlock accounts. */
  administer: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function may(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Usernames are compared trimmed and case-insensitively (api/openapi.yaml, login). */
export function normalizeUsername(name: string): string {
  return name.trim().toLowerCase();
}

/** A username the user command accepts: letters, digits, dot, dash, underscore; 2–64. */
export const USERNAME_PATTERN = /^[a-z0-9._-]{2,64}$/;
