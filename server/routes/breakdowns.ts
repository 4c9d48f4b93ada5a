/**
 * Official breakdowns (issue 17), admins only: the overview of what can be imported and the
 * record of every import and restore, one fact's history, the import itself (multipart; a
 * dry run answers the preview only) and a restore. The rules are the domain's
 * (official-breakdowns.ts, breakdown-import.ts); the versions are stored append-only.
 */
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, preValidationAsyncHookHandler } from 'fastify';
import { MAX_IMPORT_BYTES } from '../../domain/breakdown-import';
import {
  checkImport,
  importRefusal,
  importTargets,
  importVersion,
  isDimension,
  restoreVersion,
} from '../../domain/official-breakdowns';
import { hasFact } from '../../domain/facts';
import type { Dimension } from '../../src/lib/api/schemas';
import { appendBreakdownVersion, breakdownHistory, officialBreakdowns } from '../db/breakdowns';
import type { Store } from '../db/database';
import { sendProblem } from '../http/problem';
import { requirePermission } from '../http/session';

const factParams = {
  type: 'object',
  required: ['factId'],
  properties: { factId: { type: 'string', maxLength: 100 } },
};

const FIELDS = new Set(['dimension', 'source', 'note']);

export async function breakdownRoutes(
  app: FastifyInstance,
  store: Store,
  signedIn: preValidationAsyncHookHandler,
  now: () => number,
) {
  // Only these routes read multipart bodies. Limits: one file no larger than the import's
  // own cap (a bigger one is a 413 before it is read), three short text fields.
  await app.register(fastifyMultipart, {
    limits: {
      fileSize: MAX_IMPORT_BYTES,
      files: 1,
      fields: 3,
      parts: 4,
      fieldSize: 4 * 1024,
      fieldNameSize: 100,
      headerPairs: 50,
    },
  });
  const adminOnly = [signedIn, requirePermission('administer')];

  app.get('/breakdowns', { preValidation: adminOnly }, async () => ({
    targets: importTargets(await officialBreakdowns(store)),
    log: await breakdownHistory(store),
  }));

  app.get<{ Params: { factId: string } }>(
    '/facts/:factId/breakdowns',
    { preValidation: adminOnly, schema: { params: factParams } },
    async (request, reply) => {
      if (!hasFact(request.params.factId))
        return sendProblem(reply, 404, 'not_found', 'No such fact');
      return { versions: await breakdownHistory(store, request.params.factId) };
    },
  );

  app.post<{ Params: { factId: string }; Querystring: { dryRun?: 'true' | 'false' } }>(
    '/facts/:factId/breakdowns',
    {
      preValidation: adminOnly,
      schema: {
        params: factParams,
        querystring: {
          type: 'object',
          properties: { dryRun: { type: 'string', enum: ['true', 'false'] } },
          additionalProperties: false,
        },
      },
    },
    async (request, reply) => {
      const { factId } = request.params;
      if (!hasFact(factId)) return sendProblem(reply, 404, 'not_found', 'No such fact');
      if (!request.isMultipart()) {
        return sendProblem(reply, 415, 'bad_request', 'Send the file as multipart/form-data');
      }
      // Every part is read before any answer (a reply mid-stream would leave the body unread).
      const fields: Record<string, string> = {};
      let bytes: Uint8Array | null = null;
      const problems: string[] = [];
      for await (const part of request.parts()) {
        if (part.type === 'file') {
          const buffer = await part.toBuffer(); // over the limit: a 413 (RequestFileTooLarge)
          if (part.fieldname === 'file') bytes = new Uint8Array(buffer);
          else problems.push(`Unexpected file field ${part.fieldname.slice(0, 40)}`);
        } else if (!FIELDS.has(part.fieldname)) {
          problems.push(`Unexpected field ${part.fieldname.slice(0, 40)}`);
        } else if (typeof part.value !== 'string' || part.valueTruncated) {
          problems.push(`The field ${part.fieldname} must be short text`);
        } else {
          fields[part.fieldname] = part.value;
        }
      }
      if (problems.length) return sendProblem(reply, 400, 'bad_request', problems.join('; '));
      if (!bytes) return sendProblem(reply, 400, 'bad_request', 'Attach the CSV as the field file');
      const dimension = fields.dimension;
      if (!isDimension(dimension)) {
        return sendProblem(reply, 400, 'bad_request', 'dimension must be region or sector');
      }
      const refusal = importRefusal(factId, dimension);
      if (refusal) return sendProblem(reply, 400, 'not_importable', refusal);
      const check = checkImport({
        factId,
        dimension,
        bytes,
        source: fields.source ?? '',
        note: fields.note ?? null,
      });
      if ('error' in check) return sendProblem(reply, 400, 'bad_file', check.error);
      const { preview } = check;
      if (request.query.dryRun === 'true') return { preview, version: null };
      if (preview.problems.length) {
        return sendProblem(
          reply,
          422,
          'invalid_breakdown',
          `Not applied: ${preview.problems.join('; ')}`,
          { preview },
        );
      }
      const version = await appendBreakdownVersion(
        store,
        factId,
        dimension,
        (history) =>
          importVersion(
            history,
            { factId, dimension, source: check.source, note: check.note },
            preview.values,
            request.user!,
            new Date(now()),
          ),
        request.ip,
      );
      return reply.code(201).send({ preview, version });
    },
  );

  app.post<{ Params: { factId: string; dimension: Dimension; version: string } }>(
    '/facts/:factId/breakdowns/:dimension/:version/restore',
    {
      preValidation: adminOnly,
      schema: {
        params: {
          type: 'object',
          required: ['factId', 'dimension', 'version'],
          properties: {
            factId: { type: 'string', maxLength: 100 },
            dimension: { type: 'string', enum: ['region', 'sector'] },
            version: { type: 'string', pattern: '^(0|[1-9][0-9]{0,8})$' },
          },
        },
      },
    },
    async (request, reply) => {
      const { factId, dimension } = request.params;
      if (!hasFact(factId)) return sendProblem(reply, 404, 'not_found', 'No such fact');
      const refusal = importRefusal(factId, dimension);
      if (refusal) return sendProblem(reply, 400, 'not_importable', refusal);
      const version = Number(request.params.version);
      const result = await appendBreakdownVersion(
        store,
        factId,
        dimension,
        (history) =>
          restoreVersion(history, factId, dimension, version, request.user!, new Date(now())),
        request.ip,
      );
      if ('error' in result) return sendProblem(reply, 404, 'not_found', result.error);
      return reply.code(201).send(result);
    },
  );
}
