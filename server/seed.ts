/** Demo mode's accounts (viewer / analyst / admin, demo1234!), hashed like any password. */
import { DEMO_PASSWORD, DEMO_USERS } from '../domain/accounts';
import type { Store } from './db/database';
import { insertUser } from './db/users';
import { hashPassword } from './passwords';

/** Adds the demo accounts that are missing; an existing account is left as it is. */
export async function seedDemoUsers(store: Store, now = Date.now()): Promise<string[]> {
  const added: string[] = [];
  for (const user of DEMO_USERS) {
    if (await insertUser(store, user, await hashPassword(DEMO_PASSWORD), now)) added.push(user.username);
  }
  return added;
}
