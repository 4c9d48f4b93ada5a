/**
 * GET /auth/demo: the demo accounts, for the login page, only while the server runs in demo
 * mode (a 404 otherwise). The app built for the server holds no demo password of its own.
 */
import type { FastifyInstance } from 'fastify';
import { DEMO_PASSWORD, DEMO_USERS } from '../../domain/accounts';
import { sendProblem } from '../http/problem';

export function demoRoute(app: FastifyInstance, demo: boolean) {
  app.get('/auth/demo', async (_request, reply) =>
    demo
      ? {
          accounts: DEMO_USERS.map(({ username, role }) => ({ username, role })),
          password: DEMO_PASSWORD,
        }
      : sendProblem(reply, 404, 'not_found', 'Demo mode is off'),
  );
}
