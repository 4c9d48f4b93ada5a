/** Sends a problem+json answer (domain/problem.ts) from a Fastify handler. */
import type { FastifyReply } from 'fastify';
import { PROBLEM_CONTENT_TYPE, problemBody } from '../../domain/problem';

export { problemBody };

export function sendProblem(
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  extra: object = {},
) {
  return reply
    .code(status)
    .type(`${PROBLEM_CONTENT_TYPE}; charset=utf-8`)
    .send(problemBody(status, code, message, extra));
}
