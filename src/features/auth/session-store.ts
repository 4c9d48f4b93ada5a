/**
 * The signed-in session. The token lives in sessionStorage (never localStorage): it dies
 * with the tab and is not shared with other tabs. Components read it with useSession().
 */
import { useSyncExternalStore } from 'react';
import type { Session } from '@/lib/api/schemas';

const KEY = 'dnd.session';

/** Why the last session ended: the login page says so, and the guard keeps returnTo unless it was a logout. */
export type EndReason = 'logout' | 'expired' | 'idle' | null;

let current: Session | null = null;
let endReason: EndReason = null;
const listeners = new Set<() => void>();

function storedText(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null; // storage blocked, or no storage at all (the login page rendered at build time)
  }
}

/** Whether this tab has stored a session (checked or not). */
export const hasStoredSession = () => storedText() !== null;

/**
 * Takes up the session this tab stored, if it is well-formed and not past its expiry; otherwise
 * forgets it (no signed-in shell until the first 401). main.tsx awaits this before the first
 * render. Checking it needs the response schemas (zod), so they load only when a session is
 * stored: a signed-out visit to /login loads no validation code (docs/decisions/013).
 */
export async function restoreSession(): Promise<void> {
  const raw = storedText();
  if (!raw) return;
  const { sessionSchema } = await import('@/lib/api/schemas');
  let parsed;
  try {
    parsed = sessionSchema.safeParse(JSON.parse(raw));
  } catch {
    parsed = null; // not JSON
  }
  // An expiry that is not a date counts as past (NaN > now is false).
  if (!parsed?.success || !(Date.parse(parsed.data.expiresAt) > Date.now())) {
    sessionStorage.removeItem(KEY);
    return;
  }
  current = parsed.data;
  emit();
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
  /** Tests start signed out (and call restoreSession() to take up a stored one). */
  reset() {
    current = null;
    endReason = null;
  },
};

/** The session; none when the login page is rendered to HTML at build time (no one is signed in). */
export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get, () => null);
}
