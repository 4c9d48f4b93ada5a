/** Demo mode's accounts (viewer / analyst / admin, demo1234!), hashed like any password. */
import { DEMO_PASSWORD, DEMO_USERS } from '../domain/accounts';
import type { Store } from './db/database';
import { logSecurityEvent } from './db/security-log';
import { deleteUserSessions } from './db/sessions';
import { findUser, insertUser, setDisabled } from './db/users';
import { hashPassword, verifyPassword } from './passwords';

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

/**
 * Outside demo mode, a demo account that still has the public demo password is disabled (and
 * its sessions ended): a store first started in demo mode must not keep `admin / demo1234!`
 * working once the server runs for real. An account whose password was changed stays.
 */
export async function retireDemoUsers(store: Store): Promise<string[]> {
  const retired: string[] = [];
  for (const { username } of DEMO_USERS) {
    const row = await findUser(store, username);
    if (!row || row.disabled) continue;
    if (!(await verifyPassword(DEMO_PASSWORD, row.password_hash))) continue;
    await setDisabled(store, username, true);
    await deleteUserSessions(store, username);
    await logSecurityEvent(store, {
      kind: 'account-disabled',
      username,
      detail: 'demo password while demo mode is off',
    });
    retired.push(username);
  }
  return retired;
}
