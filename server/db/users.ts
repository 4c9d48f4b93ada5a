/** The accounts table: who may sign in, their role, and their lockout state. */
import type { Role, User } from '../../src/lib/api/schemas';
import type { Store } from './database';
import type { UsersTable } from './schema';

export type UserRow = UsersTable;

export function toUser(row: UserRow): User {
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
 * Counts one wrong password, atomically in the database, so failures through several
 * instances add up: the update increments and locks in one statement. An expired lock starts
 * the count again. Returns the new state.
 */
export async function recordFailure(
  store: Store,
  username: string,
  now: number,
  maxAttempts: number,
  lockMs: number,
): Promise<{ failures: number; lockedUntil: number | null }> {
  return store.db.transaction().execute(async (tx) => {
    const row = await tx
      .updateTable('users')
      .set((eb) => ({
        failures: eb
          .case()
          .when('locked_until', 'is not', null)
          .then(1)
          .else(eb('failures', '+', 1))
          .end(),
        locked_until: null,
      }))
      .where('username', '=', username)
      .returning(['failures'])
      .executeTakeFirstOrThrow();
    if (row.failures < maxAttempts) return { failures: row.failures, lockedUntil: null };
    const lockedUntil = now + lockMs;
    await tx
      .updateTable('users')
      .set({ locked_until: lockedUntil })
      .where('username', '=', username)
      .execute();
    return { failures: row.failures, lockedUntil };
  });
}

export async function clearFailures(store: Store, username: string) {
  await store.db
    .updateTable('users')
    .set({ failures: 0, locked_until: null })
    .where('username', '=', username)
    .execute();
}
