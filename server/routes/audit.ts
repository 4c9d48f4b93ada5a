/**
 * POST /audit (analysts and admins) and GET /audit (admins). The client names only what was
 * exported; who, when and from which address come from the session and the connection.
 */
import type { FastifyInstance, preValidationAsyncHookHandler } from 'fastify';
import { auditInputProblem } from '../../domain/audit';
import type { AuditEntryInput, ExportFormat } from '../../src/lib/api/schemas';
import { ref } from '../contract';
import { appendAudit, listAudit, verifyAuditChain } from '../db/audit-log';
import type { Store } from '../db/database';
import { sendProblem } from '../http/problem';
import { requirePermission } from '../http/session';
import { readPaging } from '../../domain/paging';
import { pagingQuery } from './paging';

export function auditRoutes(
  app: FastifyInstance,
  store: Store,
  signedIn: preValidationAsyncHookHandler,
) {
  app.post<{ Body: AuditEntryInput }>(
    '/audit',
    {
      preValidation: [signedIn, requirePermission('export')],
      schema: { body: ref('AuditEntryInput') },
    },
    async (request, reply) => {
      const problem = auditInputProblem(request.body);
      if (problem) return sendProblem(reply, 400, 'bad_request', problem);
      const entry = await appendAudit(store, request.body, request.user!, request.ip);
      return reply.code(201).send(entry);
    },
  );

  app.get<{
    Querystring: { user?: string; format?: ExportFormat; limit?: string; before?: string };
  }>(
    '/audit',
    {
      preValidation: [signedIn, requirePermission('administer')],
      schema: {
        querystring: {
          type: 'object',
          properties: {
            user: { type: 'string', maxLength: 64 },
            format: ref('ExportFormat'),
            ...pagingQuery.properties,
          },
        },
      },
    },
    async (request, reply) => {
      const paging = readPaging(request.query);
      if ('error' in paging) return sendProblem(reply, 400, 'bad_request', paging.error);
      const { user, format } = request.query;
      const page = await listAudit(store, { user, format, ...paging });
      // The chain is verified with the first page (the page an admin opens), not every page.
      const chain = paging.before === undefined ? await verifyAuditChain(store) : null;
      return { ...page, chain };
    },
  );
}
