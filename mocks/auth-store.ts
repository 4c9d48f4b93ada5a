/**
 * The mock server's accounts and sessions. Demo accounts are public by design (PRODUCT.md);
 * there is no real secret here. Lockout is enforced here, on the "server", not only in the UI.
 */
import type { Role, User } from '@/lib/api/schemas';

export const DEMO_PASSWORD = 'demo1234!';
export const MAX_ATTEMPTS = 5;
export const LOCK_MS = 5 * 60 * 1000;
const SESSION_MS = 8 * 60 * 60 * 1000;

const ACCOUNTS: Record<string, User> = {
  viewer: { username: 'viewer', displayName: { ko: '김열람', en: 'Kim (viewer)' }, role: 'viewer' },
  analyst: {
    username: 'analyst',
    displayName: { ko: '이분석', en: 'Lee (analyst)' },
    role: 'analyst',
  },
  admin: { username: 'admin', displayName: { ko: '박관리', en: 'Park (admin)' }, role: 'admin' },
};

interface Attempts {
  failures: number;
  lockedUntil: number | null;
}

/**
 * In the browser the mock "server" keeps its tables in Web Storage so a page reload (which
 * restarts the worker's handlers) does not forget who is signed in or locked out: sessions
 * per tab (sessionStorage, like the app's token), failed attempts per browser (localStorage).
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
const attempts = persistedMap<Attempts>('mock-api.login-attempts', () =>
  inBrowser ? window.localStorage : undefined,
);
const sessions = persistedMap<{ user: User; expiresAt: number }>('mock-api.sessions', () =>
  inBrowser ? window.sessionStorage : undefined,
);

export type LoginResult =
  | { ok: true; token: string; user: User; expiresAt: number }
  | { ok: false; reason: 'invalid'; remainingAttempts: number }
  | { ok: false; reason: 'locked'; lockedUntil: number };

export function login(username: string, password: string, now = Date.now()): LoginResult {
  const key = username.trim().toLowerCase();
  const state = attempts.get(key) ?? { failures: 0, lockedUntil: null };
  if (state.lockedUntil !== null && state.lockedUntil > now) {
    return { ok: false, reason: 'locked', lockedUntil: state.lockedUntil };
  }
  if (state.lockedUntil !== null) {
    state.failures = 0;
    state.lockedUntil = null;
  }
  const user = ACCOUNTS[key];
  if (!user || password !== DEMO_PASSWORD) {
    state.failures += 1;
    if (state.failures >= MAX_ATTEMPTS) state.lockedUntil = now + LOCK_MS;
    attempts.set(key, state);
    return state.lockedUntil
      ? { ok: false, reason: 'locked', lockedUntil: state.lockedUntil }
      : { ok: false, reason: 'invalid', remainingAttempts: MAX_ATTEMPTS - state.failures };
  }
  attempts.delete(key);
  const token = crypto.randomUUID();
  const expiresAt = now + SESSION_MS;
  sessions.set(token, { user, expiresAt });
  return { ok: true, token, user, expiresAt };
}

export function userForToken(token: string | null, now = Date.now()): User | null {
  if (!token) return null;
  const s = sessions.get(token);
  if (!s || s.expiresAt <= now) return null;
  return s.user;
}

export function logout(token: string | null) {
  if (token) sessions.delete(token);
}

export function hasRole(user: User, roles: Role[]): boolean {
  return roles.includes(user.role);
}

/** Tests start from a clean server. */
export function resetAuthStore() {
  attempts.clear();
  sessions.clear();
}
