/**
 * Server sessions. The cookie holds a random token; the table holds only its SHA-256, so the
 * table leaks nothing usable. Idle expiry slides with use; the absolute lifetime does not.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Store } from './database';

export const newToken = () => randomBytes(32).toString('base64url');
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export interface SessionTimes {
  idleMs: number;
  absoluteMs: number;
}

export async function createSession(store: Store, username: string, now: number) {
  const token = newToken();
  await store.db
    .insertInto('sessions')
    .values({ token_hash: tokenHash(token), username, created_at: now, last_seen: now })
    .execute();
  return token;
}

/** When a session ends if nothing more happens: the idle deadline or the absolute one. */
export function sessionExpiry(s: { created_at: number; last_seen: number }, times: SessionTimes) {
  return Math.min(s.last_seen + times.idleMs, s.created_at + times.absoluteMs);
}

/**
 * The live session of this token with its user, touching its last use (the idle timeout
 * slides). An expired session is deleted and answers null.
 */
export async function useSession(store: Store, token: string, now: number, times: SessionTimes) {
  const hash = tokenHash(token);
  const row = await store.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.username', 'sessions.username')
    .select([
      'sessions.token_hash',
      'sessions.created_at',
      'sessions.last_seen',
      'users.username',
      'users.display_ko',
      'users.display_en',
      'users.role',
      'users.disabled',
    ])
    .where('sessions.token_hash', '=', hash)
    .executeTakeFirst();
  if (!row) return null;
  if (row.disabled || sessionExpiry(row, times) <= now) {
    await deleteSession(store, token);
    return null;
  }
  // Write the new last use at most every 5 s: a page's burst of panel requests costs one write.
  if (now - row.last_seen > 5000) {
    await store.db
      .updateTable('sessions')
      .set({ last_seen: now })
      .where('token_hash', '=', hash)
      .execute();
  }
  return { ...row, last_seen: Math.max(row.last_seen, now) };
}

/** Deletes the session of this token; answers whose it was (null when there was none). */
export async function deleteSession(store: Store, token: string): Promise<string | null> {
  const row = await store.db
    .deleteFrom('sessions')
    .where('token_hash', '=', tokenHash(token))
    .returning('username')
    .executeTakeFirst();
  return row?.username ?? null;
}

export async function deleteUserSessions(store: Store, username: string) {
  await store.db.deleteFrom('sessions').where('username', '=', username).execute();
}

/** Removes sessions past either deadline (run now and then; expiry is checked on use anyway). */
export async function purgeExpiredSessions(store: Store, now: number, times: SessionTimes) {
  await store.db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([
        eb('last_seen', '<=', now - times.idleMs),
        eb('created_at', '<=', now - times.absoluteMs),
      ]),
    )
    .execute();
}
