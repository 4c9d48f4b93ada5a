/** Demo mode's accounts (viewer / analyst / admin, demo1234!), hashed like any password. */
import { DEMO_PASSWORD, DEMO_USERS } from '../domain/accounts';
import type { Store } from './db/database';
import { findUser, insertUser } from './db/users';
import { hashPassword } from './passwords';

/**
 * Adds the demo accounts that are missing; an existing account is left as it is (its
 * password, role or lock may have been changed on purpose). Hashes in parallel: argon2 runs
 * on libuv's thread pool, so three hashes take about the time of one.
 */
export async function seedDemoUsers(store: Store, now = Date.now()): Promise<string[]> {
  const missing = [];
  for (const user of DEMO_USERS) if (!(await findUser(store, user.username))) missing.push(user);
  const hashes = await Promise.all(missing.map(() => hashPassword(DEMO_PASSWORD)));
  const added: string[] = [];
  for (const [i, user] of missing.entries()) {
    if (await insertUser(store, user, hashes[i]!, now)) added.push(user.username);
  }
  return added;
}
