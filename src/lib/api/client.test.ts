import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { server } from '../../../mocks/node';
import { apiRequest, configureApiClient, type ApiError } from './client';

const schema = z.object({ n: z.number() });

async function failure(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    return e as ApiError;
  }
  throw new Error('expected a failure');
}

describe('apiRequest', () => {
  it('returns the parsed body', async () => {
    server.use(http.get('*/api/v1/x', () => HttpResponse.json({ n: 1 })));
    await expect(apiRequest('/x', schema)).resolves.toEqual({ n: 1 });
  });

  it('turns a body that breaks the contract into invalid-response, naming the field', async () => {
    server.use(http.get('*/api/v1/x', () => HttpResponse.json({ n: '12,486' })));
    const e = await failure(apiRequest('/x', schema));
    expect(e.kind).toBe('invalid-response');
    expect(e.message).toContain('n');
  });

  it('says in English what the field should have been (zod/mini ships no messages of its own)', async () => {
    server.use(http.get('*/api/v1/x', () => HttpResponse.json({ n: '12,486' })));
    const e = await failure(apiRequest('/x', schema));
    expect(e.message).toBe(
      'The response of /x does not match the contract: n: Invalid input: expected number, received string',
    );
  });

  it('turns non-JSON into invalid-response', async () => {
    server.use(http.get('*/api/v1/x', () => new HttpResponse('<html>', { status: 200 })));
    expect((await failure(apiRequest('/x', schema))).kind).toBe('invalid-response');
  });

  it('reports a 500 as http with its status', async () => {
    server.use(
      http.get('*/api/v1/x', () =>
        HttpResponse.json({ code: 'x', message: 'boom' }, { status: 500 }),
      ),
    );
    const e = await failure(apiRequest('/x', schema));
    expect([e.kind, e.status, e.message]).toEqual(['http', 500, 'boom']);
  });

  it('ends the session on a 401 only for a request made in that session', async () => {
    const onUnauthorized = vi.fn();
    server.use(http.get('*/api/v1/x', () => new HttpResponse(null, { status: 401 })));
    configureApiClient({ getSession: () => null, onUnauthorized });
    expect((await failure(apiRequest('/x', schema))).kind).toBe('unauthorized');
    expect(onUnauthorized).not.toHaveBeenCalled();
    const session = {};
    configureApiClient({ getSession: () => session, onUnauthorized });
    await failure(apiRequest('/x', schema));
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('a late 401 for a request of an earlier sign-in does not end the current one', async () => {
    const onUnauthorized = vi.fn();
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    let reached = () => {};
    const atServer = new Promise<void>((r) => (reached = r));
    server.use(
      http.get('*/api/v1/x', async () => {
        reached();
        await held;
        return new HttpResponse(null, { status: 401 });
      }),
    );
    let current: object = {};
    configureApiClient({ getSession: () => current, onUnauthorized });
    const late = failure(apiRequest('/x', schema)); // sent in the first sign-in
    await atServer;
    current = {}; // signed out and in again while it was on its way
    release();
    expect((await late).kind).toBe('unauthorized');
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('reports an unreachable server as network', async () => {
    server.use(http.get('*/api/v1/x', () => HttpResponse.error()));
    expect((await failure(apiRequest('/x', schema))).kind).toBe('network');
  });
});
