/**
 * POST /auth/login, POST /auth/logout, GET /auth/me. Lockout lives in the users table, so it
 * holds whatever browser, machine or instance the next attempt comes from; sign-in attempts
 * are also throttled per client address (server/app.ts) so one address can neither guess at
 * speed nor lock many accounts.
 */
import type { FastifyInstance } from 'fastify';
import { LOCK_MS, MAX_ATTEMPTS, normalizeUsername, SESSION_COOKIE } from '../../domain/accounts';
import { afterFailure, isLocked, remainingAttempts, type AttemptState } from '../../domain/lockout';
import { ref } from '../contract';
import type { Store } from '../db/database';
import { logSecurityEvent } from '../db/security-log';
import { createSession, deleteSession, type SessionTimes } from '../db/sessions';
import { clearFailures, findUser, takeAttempt, toUser } from '../db/users';
import { sendProblem } from '../http/problem';
import {
  clearSessionCookie,
  requireSession,
  sessionAnswer,
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
  const unknownNameFailures = new Map<string, AttemptState>();
  const throttleLogged = new Set<string>();

  app.post<{ Body: { username: string; password: string } }>(
    '/auth/login',
    {
      schema: { body: ref('LoginRequest') },
      config: {
        rateLimit: {
          max: deps.loginRatePerMinute,
          timeWindow: 60_000,
          // Counted per address; a throttled attempt is not a password failure. Logged once
          // per address and minute, so the throttle also bounds the log's writes.
          onExceeded: (request) => {
            const key = `${request.ip}:${Math.floor(now() / 60_000)}`;
            if (throttleLogged.has(key)) return;
            if (throttleLogged.size >= UNKNOWN_NAMES_KEPT) throttleLogged.clear();
            throttleLogged.add(key);
            void logSecurityEvent(store, { kind: 'login-throttled', clientIp: request.ip }).catch(
              () => {},
            );
          },
        },
      },
    },
    async (request, reply) => {
      const username = normalizeUsername(request.body.username);
      const { password } = request.body;
      const t = now();
      const clientIp = request.ip;
      const locked = (until: number) =>
        sendProblem(reply, 423, 'locked', 'Account locked', {
          lockedUntil: new Date(until).toISOString(),
        });
      const wrong = (state: AttemptState) =>
        state.lockedUntil !== null
          ? locked(state.lockedUntil)
          : sendProblem(reply, 401, 'invalid_credentials', 'Invalid ID or password', {
              remainingAttempts: remainingAttempts(state),
            });
      const row = username ? await findUser(store, username) : undefined;

      if (!row) {
        // Answered exactly like a known name, after the same time (no enumeration).
        await verifyPassword(password, await decoyHash());
        const before = unknownNameFailures.get(username);
        if (isLocked(before, t)) return locked(before!.lockedUntil!);
        const state = afterFailure(before, t);
        if (unknownNameFailures.size >= UNKNOWN_NAMES_KEPT) unknownNameFailures.clear();
        unknownNameFailures.set(username, state);
        await logSecurityEvent(store, {
          kind: 'login-failed',
          username,
          clientIp,
          detail: 'unknown user',
        });
        return wrong(state);
      }

      // The attempt is counted before the (slow) password check: guesses sent together
      // cannot pass the limit, and a locked account is not checked at all.
      const attempt = await takeAttempt(store, username, t, MAX_ATTEMPTS, LOCK_MS);
      if (!attempt) {
        await verifyPassword(password, await decoyHash()); // same time as a check
        await logSecurityEvent(store, { kind: 'login-while-locked', username, clientIp });
        const current = await findUser(store, username);
        return locked(current?.locked_until ?? t + LOCK_MS);
      }

      const ok = await verifyPassword(password, row.password_hash);
      // A disabled account is answered like a wrong password (its count goes on), so its
      // password cannot be confirmed.
      if (!ok || row.disabled) {
        await logSecurityEvent(store, {
          kind:
            row.disabled && ok
              ? 'login-disabled'
              : attempt.lockedUntil
                ? 'account-locked'
                : 'login-failed',
          username,
          clientIp,
          detail: `failure ${attempt.failures} of ${MAX_ATTEMPTS}`,
        });
        return wrong(attempt);
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
    const username = token ? await deleteSession(store, token) : null;
    if (username) await logSecurityEvent(store, { kind: 'logout', username, clientIp: request.ip });
    clearSessionCookie(request, reply);
    return reply.code(204).send();
  });

  app.get('/auth/me', { preValidation: requireSession({ store, times, now }) }, async (request) =>
    sessionAnswer(request.user!, request.sessionExpiresAt!, times),
  );
}
