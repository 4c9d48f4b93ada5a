/**
 * The lockout rule (PRODUCT.md): five wrong passwords in a row lock an account for five
 * minutes; a right password clears the count; an expired lock starts it again. The mock and
 * the server's memory of unknown names use these functions; the server's accounts table
 * applies the same rule in one atomic UPDATE (server/db/users.ts, takeAttempt).
 */
import { LOCK_MS, MAX_ATTEMPTS } from './accounts';

export interface AttemptState {
  failures: number;
  lockedUntil: number | null;
}

export const isLocked = (s: AttemptState | undefined, now: number) =>
  s?.lockedUntil != null && s.lockedUntil > now;

/** The state after one more wrong password (call only when not locked). */
export function afterFailure(s: AttemptState | undefined, now: number): AttemptState {
  const expired = s?.lockedUntil != null && s.lockedUntil <= now;
  const failures = (!s || expired ? 0 : s.failures) + 1;
  return { failures, lockedUntil: failures >= MAX_ATTEMPTS ? now + LOCK_MS : null };
}

export const remainingAttempts = (s: AttemptState) => Math.max(0, MAX_ATTEMPTS - s.failures);
