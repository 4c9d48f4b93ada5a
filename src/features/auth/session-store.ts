/**
 * The signed-in session. The token lives in sessionStorage (never localStorage): it dies
 * with the tab and is not shared with other tabs. Components read it with useSession().
 */
import { useSyncExternalStore } from 'react';
import { sessionSchema, type Session } from '@/lib/api/schemas';

const KEY = 'dnd.session';

/** Why the last session ended: the login page says so, and the guard keeps returnTo unless it was a logout. */
export type EndReason = 'logout' | 'expired' | 'idle' | null;

let current: Session | null = read();
let endReason: EndReason = null;
const listeners = new Set<() => void>();

function read(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const parsed = sessionSchema.safeParse(JSON.parse(raw));
    // A session past its expiry is not restored: no signed-in shell until the first 401.
    if (!parsed.success || Date.parse(parsed.data.expiresAt) <= Date.now()) {
      sessionStorage.removeItem(KEY);
      return null;
    }
    return parsed.data;
  } catch {
    return null;
  }
}

function emit() {
  for (const l of listeners) l();
}

export const sessionStore = {
  get: () => current,
  token: () => current?.token ?? null,
  endReason: () => endReason,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  start(session: Session) {
    current = session;
    endReason = null;
    sessionStorage.setItem(KEY, JSON.stringify(session));
    emit();
  },
  end(reason: Exclude<EndReason, null>) {
    if (!current) return; // already over: a burst of 401s ends it once
    current = null;
    endReason = reason;
    sessionStorage.removeItem(KEY);
    emit();
  },
  /** Tests start signed out. */
  reset() {
    current = read();
    endReason = null;
  },
};

/** The session; none when the login page is rendered to HTML at build time (no one is signed in). */
export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get, () => null);
}
