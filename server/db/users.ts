/** The accounts table: who may sign in, their role, and their lockout state. */
import type { Role, User } from '../../src/lib/api/schemas';
import type { Store } from './database';
import type { UsersTable } from './schema';

export type UserRow = UsersTable;

/** A user as the API names one, from any row that records who (accounts, audit, breakdowns). */
export function toUser(
  row: Pick<UserRow, 'username' | 'display_ko' | 'display_en' | 'role'>,
): User {
  return {
    username: row.username,
    displayName: { ko: row.display_ko, en: row.display_en },
    role: row.role,
  };
}

export async function findUser(store: Store, username: string): Promise<UserRow | undefined> {
  return store.db
    .selectFrom('users')
    .selectAll()
    .where('username', '=', username)
    .executeTakeFirst();
}

export async function listUsers(store: Store): Promise<UserRow[]> {
  return store.db.selectFrom('users').selectAll().orderBy('username').execute();
}

export async function insertUser(
  store: Store,
  user: User,
  passwordHash: string,
  now: number,
): Promise<boolean> {
  const result = await store.db
    .insertInto('users')
    .values({
      username: user.username,
      display_ko: user.displayName.ko,
      display_en: user.displayName.en,
      role: user.role,
      password_hash: passwordHash,
      disabled: 0,
      failures: 0,
      locked_until: null,
      created_at: now,
    })
    .onConflict((oc) => oc.column('username').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function setRole(store: Store, username: string, role: Role) {
  const r = await store.db
    .updateTable('users')
    .set({ role })
    .where('username', '=', username)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function setPasswordHash(store: Store, username: string, hash: string) {
  const r = await store.db
    .updateTable('users')
    .set({ password_hash: hash, failures: 0, locked_until: null })
    .where('username', '=', username)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function setDisabled(store: Store, username: string, disabled: boolean) {
  const r = await store.db
    .updateTable('users')
    .set({ disabled: disabled ? 1 : 0 })
    .where('username', '=', username)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function unlockUser(store: Store, username: string) {
  const r = await store.db
    .updateTable('users')
    .set({ failures: 0, locked_until: null })
    .where('username', '=', username)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/**
 * Takes one sign-in attempt for this account, atomically, before its password is checked:
 * the count goes up (an expired lock starts it again at 1), and the attempt that reaches the
 * limit locks the account, in one UPDATE. An account locked now is not touched and answers
 * null. Because the row is counted before the slow password check, guesses sent at the same
 * moment cannot slip past the limit, and failures through several instances add up. A right
 * password then clears the count (clearFailures); a wrong one leaves it.
 */
export async function takeAttempt(
  store: Store,
  username: string,
  now: number,
  maxAttempts: number,
  lockMs: number,
): Promise<{ failures: number; lockedUntil: number | null } | null> {
  const row = await store.db
    .updateTable('users')
    .set((eb) => {
      // SET expressions read the row as it was: `next` is the count this attempt makes.
      const next = eb
        .case()
        .when(eb.and([eb('locked_until', 'is not', null), eb('locked_until', '<=', now)]))
        .then(1)
        .else(eb('failures', '+', 1))
        .end();
      return {
        failures: next,
        locked_until: eb
          .case()
          .when(next, '>=', maxAttempts)
          .then(now + lockMs)
          .else(null)
          .end(),
      };
    })
    .where('username', '=', username)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .returning(['failures', 'locked_until'])
    .executeTakeFirst();
  return row ? { failures: row.failures, lockedUntil: row.locked_until } : null;
}

export async function clearFailures(store: Store, username: string) {
  await store.db
    .updateTable('users')
    .set({ failures: 0, locked_until: null })
    .where('username', '=', username)
    .execute();
}
