/**
 * Response helpers shared by the mock API's handlers: the contract's error body, and the
 * injected faults (faults.ts) applied at the top of each handler.
 */
import { delay, HttpResponse } from 'msw';
import { PROBLEM_CONTENT_TYPE, problemBody } from '../domain/problem';
import { faultFor } from './faults';

/** An error answer as the server gives it: problem+json (domain/problem.ts). */
export function error(status: number, code: string, message: string, extra: object = {}) {
  return HttpResponse.json(problemBody(status, code, message, extra), {
    status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE },
  });
}

/** Applies an injected fault for this endpoint, if any. */
export async function injected(endpoint: string): Promise<Response | null> {
  const fault = faultFor(endpoint);
  switch (fault) {
    case '500':
      return error(500, 'internal', 'Injected server error');
    case '401':
      return error(401, 'unauthorized', 'Session expired');
    case 'malformed':
      return HttpResponse.json({ unexpected: true, items: 'not-a-list' });
    case 'timeout':
      await delay('infinite');
      return null;
    default:
      return null;
  }
}
