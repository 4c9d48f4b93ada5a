/** Admin only: the security log, the accounts and their lockout state, unlocking. */
import type { FastifyInstance, preValidationAsyncHookHandler } from 'fastify';
import type { Store } from '../db/database';
import { listSecurityEvents, logSecurityEvent } from '../db/security-log';
import { listUsers, toUser, unlockUser } from '../db/users';
import { sendProblem } from '../http/problem';
import { requirePermission } from '../http/session';
import { readPaging } from '../../domain/paging';
import { pagingQuery } from './paging';

export function adminRoutes(
  app: FastifyInstance,
  store: Store,
  signedIn: preValidationAsyncHookHandler,
  now: () => number,
) {
  const adminOnly = [signedIn, requirePermission('administer')];

  app.get<{ Querystring: { limit?: string; before?: string } }>(
    '/admin/security-events',
    { preValidation: adminOnly, schema: { querystring: pagingQuery } },
    async (request, reply) => {
      const paging = readPaging(request.query);
      if ('error' in paging) return sendProblem(reply, 400, 'bad_request', paging.error);
      return listSecurityEvents(store, paging.limit, paging.before ?? null);
    },
  );

  app.get('/admin/users', { preValidation: adminOnly }, async () => {
    const t = now();
    return {
      users: (await listUsers(store)).map((r) => ({
        ...toUser(r),
        disabled: r.disabled === 1,
        lockedUntil:
          r.locked_until !== null && r.locked_until > t
            ? new Date(r.locked_until).toISOString()
            : null,
        failures: r.failures,
      })),
    };
  });

  app.post<{ Params: { username: string } }>(
    '/admin/users/:username/unlock',
    {
      preValidation: adminOnly,
      schema: {
        params: {
          type: 'object',
          required: ['username'],
          properties: { username: { type: 'string', maxLength: 64 } },
        },
      },
    },
    async (request, reply) => {
      const { username } = request.params;
      if (!(await unlockUser(store, username))) {
        return sendProblem(reply, 404, 'not_found', 'No such user');
      }
      await logSecurityEvent(store, {
        kind: 'account-unlocked',
        username,
        clientIp: request.ip,
        detail: `by ${request.user!.username}`,
      });
      return reply.code(204).send();
    },
  );
}
