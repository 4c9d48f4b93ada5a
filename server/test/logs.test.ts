/**
 * The server's JSON logs carry requests and events, never a password, a session token or a
 * cookie value (issue 15). The log is captured as the process would write it (pino, info).
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startServer, type TestServer } from './harness';

describe.each(ENGINES)('logs (%s)', (engine) => {
  let s: TestServer;
  const lines: string[] = [];
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    s = await startServer({ engine, logStream: stream });
  });
  afterAll(() => s.close());

  it('are JSON lines without passwords, tokens or cookies', async () => {
    const c = s.client();
    await c.login('analyst', 'wrong-secret-123');
    await c.login('analyst');
    const token = c.cookie!.split('=')[1]!;
    await c.get('/api/v1/panels/ov-headline');
    await c.post('/api/v1/auth/logout');
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) {
      expect(() => JSON.parse(line)).not.toThrow();
      expect(line).not.toContain('demo1234!');
      expect(line).not.toContain('wrong-secret-123');
      expect(line).not.toContain(token);
    }
    // The requests themselves are there (method, URL, status).
    expect(lines.some((l) => l.includes('/api/v1/panels/ov-headline'))).toBe(true);
  });
});
