/**
 * Account facts the browser app needs too (the demo accounts on the login page, the idle
 * default, the security log's kinds). domain/accounts.ts builds the rules on these; the
 * server and the mock read them from there. The demo password reaches a build only in demo
 * mode (src/features/auth/demo-accounts.ts drops it from a server build).
 */
import type { User } from '@/lib/api/schemas';

export const DEMO_PASSWORD = 'demo1234!';

export const DEMO_USERS: readonly User[] = [
  { username: 'viewer', displayName: { ko: '김열람', en: 'Kim (viewer)' }, role: 'viewer' },
  { username: 'analyst', displayName: { ko: '이분석', en: 'Lee (analyst)' }, role: 'analyst' },
  { username: 'admin', displayName: { ko: '박관리', en: 'Park (admin)' }, role: 'admin' },
];

/** The default idle timeout; the server's setting is sent to the client with the session. */
export const DEFAULT_IDLE_MINUTES = 30;

/** What the security log records (GET /admin/security-events, `kind`). */
export const SECURITY_EVENT_KINDS = [
  'login-succeeded',
  'login-failed',
  'account-locked',
  'login-while-locked',
  'login-disabled',
  'login-throttled',
  'logout',
  'account-unlocked',
  'user-added',
  'role-changed',
  'password-reset',
  'account-disabled',
  'account-enabled',
] as const;
export type SecurityEventKind = (typeof SECURITY_EVENT_KINDS)[number];
