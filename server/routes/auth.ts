/**
 * POST /auth/login, POST /auth/logout, GET /auth/me. Lockout lives in the users table, so it
 * holds whatever browser, machine or instance the next attempt comes from; sign-in attempts
 * are also throttled per client address (server/app.ts) so one address can neither guess at
 * speed nor lock many accounts.
 */
import type { FastifyInstance } from 'fastify';
import { LOCK_MS, MAX_ATTEMPTS, normalizeUsername } from '../../domain/accounts';
import { ref } from '../contract';
import type { Store } from '../db/database';
import { logSecurityEvent } from '../db/security-log';
import { createSession, deleteSession, type SessionTimes } from '../db/sessions';
import { clearFailures, findUser, recordFailure, toUser } from '../db/users';
import { sendProblem } from '../http/problem';
import {
  clearSessionCookie,
  requireSession,
  sessionAnswer,
  SESSION_COOKIE,
  setSessionCookie,
} from '../http/session';
import { decoyHash, verifyPassword } from '../passwords';

export interface AuthRouteDeps {
  store: Store;
  times: SessionTimes;
  now: () => number;
  loginRatePerMinute: number;
}

const UNKNOWN_NAMES_KEPT = 10_000;

export function authRoutes(app: FastifyInstance, deps: AuthRouteDeps) {
  const { store, times, now } = deps;
  /**
   * Failures for names that have no account, in this instance's memory, so an unknown name
   * answers exactly like a known one (remaining attempts, then a lock) and reveals nothing.
   * Bounded: past 10,000 names it starts again.
   */
  const unknownNameFailures = new Map<string, { failures: number; lockedUntil: number | null }>();

  app.post<{ Body: { username: string; password: string } }>(
    '/auth/login',
    {
      schema: { body: ref('LoginRequest') },
      config: {
        rateLimit: {
          max: deps.loginRatePerMinute,
          timeWindow: 60_000,
          // Counted per address; a throttled attempt is not a password failure.
          onExceeded: (request) =>
            void logSecurityEvent(store, { kind: 'login-throttled', clientIp: request.ip }).catch(
              () => {},
            ),
        },
      },
    },
    async (request, reply) => {
      const username = normalizeUsername(request.body.username);
      const { password } = request.body;
      const t = now();
      const clientIp = request.ip;
      const row = username ? await findUser(store, username) : undefined;

      if (!row) {
        await verifyPassword(password, await decoyHash()); // same time as a real check
        const state = unknownNameFailures.get(username) ?? { failures: 0, lockedUntil: null };
        if (state.lockedUntil !== null && state.lockedUntil > t) {
          return sendProblem(reply, 423, 'locked', 'Account locked', {
            lockedUntil: new Date(state.lockedUntil).toISOString(),
          });
        }
        if (state.lockedUntil !== null) Object.assign(state, { failures: 0, lockedUntil: null });
        state.failures += 1;
        if (state.failures >= MAX_ATTEMPTS) state.lockedUntil = t + LOCK_MS;
        if (unknownNameFailures.size >= UNKNOWN_NAMES_KEPT) unknownNameFailures.clear();
        unknownNameFailures.set(username, state);
        await logSecurityEvent(store, {
          kind: 'login-failed',
          username,
          clientIp,
          detail: 'unknown user',
        });
        return state.lockedUntil
          ? sendProblem(reply, 423, 'locked', 'Account locked', {
              lockedUntil: new Date(state.lockedUntil).toISOString(),
            })
          : sendProblem(reply, 401, 'invalid_credentials', 'Invalid ID or password', {
              remainingAttempts: MAX_ATTEMPTS - state.failures,
            });
      }

      if (row.locked_until !== null && row.locked_until > t) {
        await logSecurityEvent(store, { kind: 'login-while-locked', username, clientIp });
        return sendProblem(reply, 423, 'locked', 'Account locked', {
          lockedUntil: new Date(row.locked_until).toISOString(),
        });
      }

      const ok = await verifyPassword(password, row.password_hash);
      if (!ok) {
        const state = await recordFailure(store, username, t, MAX_ATTEMPTS, LOCK_MS);
        await logSecurityEvent(store, {
          kind: state.lockedUntil ? 'account-locked' : 'login-failed',
          username,
          clientIp,
          detail: `failure ${state.failures} of ${MAX_ATTEMPTS}`,
        });
        return state.lockedUntil
          ? sendProblem(reply, 423, 'locked', 'Account locked', {
              lockedUntil: new Date(state.lockedUntil).toISOString(),
            })
          : sendProblem(reply, 401, 'invalid_credentials', 'Invalid ID or password', {
              remainingAttempts: MAX_ATTEMPTS - state.failures,
            });
      }

      // A disabled account is told nothing more than a wrong password would be.
      if (row.disabled) {
        await logSecurityEvent(store, { kind: 'login-disabled', username, clientIp });
        return sendProblem(reply, 401, 'invalid_credentials', 'Invalid ID or password', {
          remainingAttempts: MAX_ATTEMPTS,
        });
      }

      await clearFailures(store, username);
      // Rotation: whatever session this browser had ends; the new one gets a new token.
      const previous = request.cookies[SESSION_COOKIE];
      if (previous) await deleteSession(store, previous);
      const token = await createSession(store, username, t);
      setSessionCookie(request, reply, token, times.absoluteMs);
      await logSecurityEvent(store, { kind: 'login-succeeded', username, clientIp });
      return sessionAnswer(toUser(row), t + times.absoluteMs, times);
    },
  );

  app.post('/auth/logout', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      await deleteSession(store, token);
      await logSecurityEvent(store, { kind: 'logout', clientIp: request.ip });
    }
    clearSessionCookie(request, reply);
    return reply.code(204).send();
  });

  app.get('/auth/me', { preValidation: requireSession({ store, times, now }) }, async (request) =>
    sessionAnswer(request.user!, request.sessionExpiresAt!, times),
  );
}
