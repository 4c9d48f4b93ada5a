/**
 * The session cookie and the checks every endpoint uses: who is signed in (from the cookie
 * alone; page script never sees the credential), and whether their role may do this.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { may, type Permission } from '../../domain/accounts';
import type { Session, User } from '../../src/lib/api/schemas';
import { useSession, type SessionTimes } from '../db/sessions';
import type { Store } from '../db/database';
import { sendProblem } from './problem';

import { SESSION_COOKIE } from '../../domain/accounts';

export interface AuthContext {
  store: Store;
  times: SessionTimes;
  now: () => number;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by requireSession for the handlers after it. */
    user: User | null;
    /** The session's absolute end. */
    sessionExpiresAt: number | null;
  }
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  maxAgeMs: number,
) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    // Over HTTPS (directly or behind a proxy that says so) the cookie never travels in clear.
    secure: request.protocol === 'https',
    maxAge: Math.ceil(maxAgeMs / 1000),
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
  });
}

/**
 * What the client learns about its session (never the credential): its absolute end, and the
 * idle timeout the server enforces, which the client's warning uses.
 */
export function sessionAnswer(user: User, expiresAt: number, times: SessionTimes): Session {
  return {
    user,
    expiresAt: new Date(expiresAt).toISOString(),
    idleTimeoutMinutes: Math.round(times.idleMs / 60_000),
  };
}

/** A preValidation hook (before the body is checked, so an anonymous request gets 401, not 400): 401 without a live session; otherwise request.user is set. */
export function requireSession(ctx: AuthContext) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const token = request.cookies[SESSION_COOKIE];
    const now = ctx.now();
    const s = token ? await useSession(ctx.store, token, now, ctx.times) : null;
    if (!s) {
      if (token) clearSessionCookie(request, reply);
      return sendProblem(reply, 401, 'unauthorized', 'Not signed in');
    }
    request.user = {
      username: s.username,
      displayName: { ko: s.display_ko, en: s.display_en },
      role: s.role,
    };
    request.sessionExpiresAt = s.created_at + ctx.times.absoluteMs;
  };
}

/** A hook after requireSession: 403 unless the role has the permission. */
export function requirePermission(permission: Permission) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.user || !may(request.user.role, permission)) {
      return sendProblem(reply, 403, 'forbidden', 'Your role may not do this');
    }
  };
}
