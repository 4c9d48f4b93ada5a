import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startServer, type TestServer } from './harness';

describe.each(ENGINES)('smoke (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer({ engine });
  });
  afterAll(() => s.close());

  it('signs in and reads a panel', async () => {
    const c = s.client();
    const login = await c.login('analyst');
    expect(login.status).toBe(200);
    const panel = await c.get('/api/v1/panels/ov-headline');
    expect(panel.status).toBe(200);
  });
});
