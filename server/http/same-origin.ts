/**
 * Refuses a state-changing request sent from another origin (CSRF), on top of the SameSite
 * cookie: Fetch Metadata first (Sec-Fetch-Site, sent by every current browser), then Origin.
 * A request with neither header is not from a browser page (curl, a script) and carries no
 * ambient cookie a browser would add, so it passes to the normal session check.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from './problem';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isCrossOrigin(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') return site !== 'same-origin' && site !== 'none';
  const origin = request.headers.origin;
  if (typeof origin !== 'string') return false;
  try {
    return new URL(origin).host !== request.host;
  } catch {
    return true; // "null" or garbage: not this origin
  }
}

export async function refuseCrossOrigin(request: FastifyRequest, reply: FastifyReply) {
  if (SAFE_METHODS.has(request.method)) return;
  if (isCrossOrigin(request)) {
    return sendProblem(reply, 403, 'cross_origin', 'Requests from another site are refused');
  }
}
