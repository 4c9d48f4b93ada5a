/**
 * `npm run user -- <command> <name>`: manages accounts without a UI, on the store the server
 * uses (DATA_DIR or DATABASE_URL).
 *
 *   add <name> --role viewer|analyst|admin [--display-ko 이름] [--display-en Name]
 *   role <name> <viewer|analyst|admin>
 *   reset-password <name>
 *   unlock <name>
 *   disable <name>  /  enable <name>
 *
 * Passwords are read from standard input (typed at a hidden prompt, or piped), never from an
 * argument (which `ps` and the shell history would show), and are never echoed or logged.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { normalizeUsername, ROLES, USERNAME_PATTERN } from '../../domain/accounts';
import type { Role } from '../../src/lib/api/schemas';
import type { Store } from '../db/database';
import { logSecurityEvent } from '../db/security-log';
import { deleteUserSessions } from '../db/sessions';
import {
  findUser,
  insertUser,
  setDisabled,
  setPasswordHash,
  setRole,
  unlockUser,
} from '../db/users';
import { hashPassword } from '../passwords';
import { openStoreFromEnv } from './open-from-env';

const MIN_PASSWORD = 10;

export class UsageError extends Error {}

/** Reads one line from stdin; at a terminal, without echoing what is typed. */
async function readPassword(prompt: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    const rl = createInterface({ input });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    throw new UsageError('No password on standard input');
  }
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let value = '';
    const onData = (ch: string) => {
      for (const c of ch) {
        if (c === '\r' || c === '\n') {
          done();
          return resolve(value);
        }
        if (c === '\u0003') {
          done();
          return reject(new UsageError('Cancelled'));
        }
        if (c === '\u007f') value = value.slice(0, -1);
        else value += c;
      }
    };
    const done = () => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
    };
    input.on('data', onData);
  });
}

export type PasswordReader = (prompt: string) => Promise<string>;

async function newPassword(read: PasswordReader): Promise<string> {
  const first = await read('New password: ');
  if (first.length < MIN_PASSWORD)
    throw new UsageError(`A password has at least ${MIN_PASSWORD} characters`);
  if (process.stdin.isTTY) {
    const again = await read('Repeat it: ');
    if (again !== first) throw new UsageError('The two passwords differ');
  }
  return first;
}

function roleArg(value: string | undefined): Role {
  if (!value || !(ROLES as readonly string[]).includes(value)) {
    throw new UsageError(`A role is one of ${ROLES.join(', ')}`);
  }
  return value as Role;
}

async function mustExist(store: Store, name: string) {
  if (!(await findUser(store, name))) throw new UsageError(`No user "${name}"`);
}

export async function run(
  argv: string[],
  store: Store,
  read: PasswordReader = readPassword,
): Promise<string> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      'display-ko': { type: 'string' },
      'display-en': { type: 'string' },
    },
  });
  const [command, rawName, extra] = positionals;
  if (!command || !rawName) {
    throw new UsageError(
      'Usage: npm run user -- add|role|reset-password|unlock|disable|enable <name>',
    );
  }
  const name = normalizeUsername(rawName);
  if (!USERNAME_PATTERN.test(name)) {
    throw new UsageError('A name is 2–64 of a–z, 0–9, dot, dash, underscore');
  }
  const log = (kind: Parameters<typeof logSecurityEvent>[1]['kind'], detail?: string) =>
    logSecurityEvent(store, {
      kind,
      username: name,
      detail: `${detail ? `${detail}; ` : ''}by the user command`,
    });

  switch (command) {
    case 'add': {
      const role = roleArg(values.role);
      if (await findUser(store, name)) throw new UsageError(`"${name}" exists already`);
      const hash = await hashPassword(await newPassword(read));
      const displayName = { ko: values['display-ko'] ?? name, en: values['display-en'] ?? name };
      await insertUser(store, { username: name, displayName, role }, hash, Date.now());
      await log('user-added', `role ${role}`);
      return `Added ${name} (${role}).`;
    }
    case 'role': {
      const role = roleArg(extra ?? values.role);
      await mustExist(store, name);
      await setRole(store, name, role);
      await log('role-changed', `now ${role}`);
      return `${name} is now ${role}. Their open sessions see it at their next request.`;
    }
    case 'reset-password': {
      await mustExist(store, name);
      await setPasswordHash(store, name, await hashPassword(await newPassword(read)));
      await deleteUserSessions(store, name); // a reset ends every session of the old password
      await log('password-reset');
      return `Password of ${name} reset; their sessions were ended and the account unlocked.`;
    }
    case 'unlock':
      await mustExist(store, name);
      await unlockUser(store, name);
      await log('account-unlocked');
      return `${name} unlocked.`;
    case 'disable':
      await mustExist(store, name);
      await setDisabled(store, name, true);
      await deleteUserSessions(store, name);
      await log('account-disabled');
      return `${name} disabled; their sessions were ended.`;
    case 'enable':
      await mustExist(store, name);
      await setDisabled(store, name, false);
      await log('account-enabled');
      return `${name} enabled.`;
    default:
      throw new UsageError(`Unknown command "${command}"`);
  }
}

// Run as a program (not when a test imports run()).
if (process.argv[1] && /user\.(js|ts)$/.test(process.argv[1])) {
  const store = await openStoreFromEnv();
  try {
    console.log(await run(process.argv.slice(2), store));
    process.exitCode = 0;
  } catch (e) {
    console.error(e instanceof UsageError ? e.message : `Failed: ${(e as Error).message}`);
    process.exitCode = e instanceof UsageError ? 2 : 1;
  } finally {
    await store.close();
  }
}
