/**
 * The mock server's sessions and lockout, in the browser (demo mode) and in Vitest. The
 * accounts and the rules come from domain/accounts.ts, as the real server's do. Demo accounts
 * are public by design (PRODUCT.md); there is no real secret here.
 */
import type { User } from '@/lib/api/schemas';
import {
  DEMO_PASSWORD,
  DEMO_USERS,
  LOCK_MS,
  MAX_ATTEMPTS,
  normalizeUsername,
  SESSION_ABSOLUTE_MS,
} from '../domain/accounts';
import { afterFailure, isLocked, remainingAttempts, type AttemptState } from '../domain/lockout';

export { DEMO_PASSWORD, LOCK_MS, MAX_ATTEMPTS };

const ACCOUNTS = new Map<string, User>(DEMO_USERS.map((u) => [u.username, u]));

/**
 * In the browser the mock "server" keeps its tables in Web Storage so a page reload (which
 * restarts the worker's handlers) does not forget who is signed in or locked out: sessions
 * per tab (sessionStorage), failed attempts per browser (localStorage).
 * In Node (Vitest) they live in memory.
 */
function persistedMap<V>(key: string, storage: () => Storage | undefined) {
  const map = new Map<string, V>();
  try {
    const raw = storage()?.getItem(key);
    if (raw)
      for (const [k, v] of Object.entries(JSON.parse(raw) as Record<string, V>)) map.set(k, v);
  } catch {
    // unreadable table: start empty
  }
  const save = () => {
    try {
      storage()?.setItem(key, JSON.stringify(Object.fromEntries(map)));
    } catch {
      // storage full or blocked: memory only
    }
  };
  return {
    get: (k: string) => map.get(k),
    set: (k: string, v: V) => {
      map.set(k, v);
      save();
    },
    delete: (k: string) => {
      map.delete(k);
      save();
    },
    clear: () => {
      map.clear();
      save();
    },
  };
}

// Vitest runs in jsdom, which has a window: the mode tells the real browser apart.
const inBrowser = typeof window !== 'undefined' && import.meta.env.MODE !== 'test';
const attempts = persistedMap<AttemptState>('mock-api.login-attempts', () =>
  inBrowser ? window.localStorage : undefined,
);
const sessions = persistedMap<{ user: User; expiresAt: number }>('mock-api.sessions', () =>
  inBrowser ? window.sessionStorage : undefined,
);

export interface SecurityEvent {
  seq: number;
  at: string;
  kind: string;
  username: string | null;
  clientIp: string | null;
  detail: string | null;
}

/** The demo's security log: in memory (a reload of the demo starts it again). */
let securityLog: SecurityEvent[] = [];
function logEvent(kind: string, username: string | null, detail: string | null = null) {
  securityLog.push({
    seq: securityLog.length + 1,
    at: new Date().toISOString(),
    kind,
    username,
    clientIp: null,
    detail,
  });
}

export function securityEvents(): SecurityEvent[] {
  return [...securityLog].reverse();
}

/** The accounts with their lockout state, as GET /admin/users answers. */
export function accountStates(now = Date.now()) {
  return [...ACCOUNTS.values()].map((user) => {
    const state = attempts.get(user.username);
    return {
      ...user,
      disabled: false,
      lockedUntil: isLocked(state, now) ? new Date(state!.lockedUntil!).toISOString() : null,
      failures: state?.failures ?? 0,
    };
  });
}

export function unlock(username: string, by: string): boolean {
  if (!ACCOUNTS.get(username)) return false;
  attempts.delete(username);
  logEvent('account-unlocked', username, `by ${by}`);
  return true;
}

export type LoginResult =
  | { ok: true; token: string; user: User; expiresAt: number }
  | { ok: false; reason: 'invalid'; remainingAttempts: number }
  | { ok: false; reason: 'locked'; lockedUntil: number };

export function login(username: string, password: string, now = Date.now()): LoginResult {
  const key = normalizeUsername(username);
  const state = attempts.get(key);
  if (isLocked(state, now)) {
    logEvent('login-while-locked', key);
    return { ok: false, reason: 'locked', lockedUntil: state!.lockedUntil! };
  }
  const user = ACCOUNTS.get(key);
  if (!user || password !== DEMO_PASSWORD) {
    // The rule is domain/lockout.ts's, as the server's: an expired lock starts the count again.
    const next = afterFailure(state, now);
    attempts.set(key, next);
    logEvent(
      next.lockedUntil ? 'account-locked' : 'login-failed',
      key,
      `failure ${next.failures} of ${MAX_ATTEMPTS}`,
    );
    return next.lockedUntil
      ? { ok: false, reason: 'locked', lockedUntil: next.lockedUntil }
      : { ok: false, reason: 'invalid', remainingAttempts: remainingAttempts(next) };
  }
  attempts.delete(key);
  logEvent('login-succeeded', key);
  const token = crypto.randomUUID();
  const expiresAt = now + SESSION_ABSOLUTE_MS;
  sessions.set(token, { user, expiresAt });
  return { ok: true, token, user, expiresAt };
}

export function userForToken(token: string | null, now = Date.now()): User | null {
  if (!token) return null;
  const s = sessions.get(token);
  if (!s || s.expiresAt <= now) return null;
  return s.user;
}

export function expiryOf(token: string): number | null {
  return sessions.get(token)?.expiresAt ?? null;
}

export function logout(token: string | null) {
  if (token) sessions.delete(token);
}

/** Tests start from a clean server. */
export function resetAuthStore() {
  attempts.clear();
  sessions.clear();
  securityLog = [];
}
