/**
 * The signed-in session: who, their role, when it ends, the idle timeout. The credential is
 * not here: it is a cookie the page cannot read (docs/decisions/015-session-cookie.md). This
 * tab keeps the session's description in sessionStorage, so a reload does not pass through the
 * login page; the server confirms it at once (/auth/me). Components read it with useSession().
 */
import { useSyncExternalStore } from 'react';
import type { Session } from '@/lib/api/schemas';

const KEY = 'dnd.session';

/** Why the last session ended: the login page says so, and the guard keeps returnTo unless it was a logout. */
export type EndReason = 'logout' | 'expired' | 'idle' | null;

let current: Session | null = null;
/**
 * One object per sign-in: the API client keys requests on it, so a late 401 from an earlier
 * sign-in does not end this one. A refresh of the same session (a new role) keeps it.
 */
let epoch: object | null = null;
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
  epoch = {};
  emit();
  confirmWithServer();
}

/**
 * Asks the server about the session this tab remembered: a revoked session ends at once (the
 * client's 401 handling), a changed role or expiry is taken up. Not awaited: the page draws
 * from the remembered session meanwhile, and its own requests are checked by the server anyway.
 */
function confirmWithServer() {
  void import('./api')
    .then(({ fetchMe }) => fetchMe())
    .then((fresh) => {
      if (!current) return;
      // The cookie is shared by the browser's tabs: another tab may have signed in as
      // someone else. This tab must not go on showing one user while acting as another.
      if (fresh.user.username !== current.user.username) sessionStore.end('expired');
      else sessionStore.refresh(fresh);
    })
    .catch(() => {}); // a 401 already ended the session; a network error changes nothing
}

function emit() {
  for (const l of listeners) l();
}

export const sessionStore = {
  get: () => current,
  /** Which sign-in this is (for the API client's 401 handling); null when signed out. */
  key: () => epoch,
  endReason: () => endReason,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  start(session: Session) {
    current = session;
    epoch = {};
    endReason = null;
    sessionStorage.setItem(KEY, JSON.stringify(session));
    emit();
  },
  /** The server's newer view of the same session (a role changed by an admin). */
  refresh(session: Session) {
    if (!current || current.user.username !== session.user.username) return;
    current = session;
    sessionStorage.setItem(KEY, JSON.stringify(session));
    emit();
  },
  end(reason: Exclude<EndReason, null>) {
    if (!current) return; // already over: a burst of 401s ends it once
    current = null;
    epoch = null;
    endReason = reason;
    sessionStorage.removeItem(KEY);
    emit();
  },
  /** Tests start signed out (and call restoreSession() to take up a stored one). */
  reset() {
    current = null;
    epoch = null;
    endReason = null;
  },
};

/** The session; none when the login page is rendered to HTML at build time (no one is signed in). */
export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get, () => null);
}
