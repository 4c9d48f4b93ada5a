/** GET /pages/{pageId}, /panels/{panelId}, /facts: the domain's answers, behind a session. */
import type { FastifyInstance, preValidationAsyncHookHandler } from 'fastify';
import { factList, filtersOf, pageById, panelById } from '../../domain/api';
import { officialBreakdowns } from '../db/breakdowns';
import type { Store } from '../db/database';
import { sendProblem } from '../http/problem';

/** A query value as Fastify parses it: a repeated parameter arrives as a list. */
type QueryValue = string | string[] | undefined;
const joined = (v: QueryValue) => (Array.isArray(v) ? v.join(',') : v);

const idParam = (name: string) => ({
  type: 'object',
  required: [name],
  properties: { [name]: { type: 'string', maxLength: 100 } },
});

const filterQuery = {
  type: 'object',
  properties: {
    region: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    sector: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
  },
};

/**
 * Pages and panels read the official breakdowns in force from the database on every request
 * (one small query), so every instance answers an import at once; the ETag is of the answer,
 * so it changes with them.
 */
export function dashboardRoutes(
  app: FastifyInstance,
  store: Store,
  signedIn: preValidationAsyncHookHandler,
) {
  app.get<{ Params: { pageId: string } }>(
    '/pages/:pageId',
    { preValidation: signedIn, schema: { params: idParam('pageId') } },
    async (request, reply) =>
      pageById(request.params.pageId, await officialBreakdowns(store)) ??
      sendProblem(reply, 404, 'not_found', 'No such page'),
  );

  app.get<{
    Params: { panelId: string };
    Querystring: { region?: QueryValue; sector?: QueryValue };
  }>(
    '/panels/:panelId',
    { preValidation: signedIn, schema: { params: idParam('panelId'), querystring: filterQuery } },
    async (request, reply) => {
      const q = request.query;
      const filters = filtersOf((name) => joined(name === 'region' ? q.region : q.sector));
      return (
        panelById(request.params.panelId, filters, await officialBreakdowns(store)) ??
        sendProblem(reply, 404, 'not_found', 'No such panel')
      );
    },
  );

  app.get('/facts', { preValidation: signedIn }, async () => factList());
}
