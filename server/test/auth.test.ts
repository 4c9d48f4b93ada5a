/**
 * Sign-in, sessions, lockout and throttling, over HTTP against the running server, on every
 * engine the run has (the embedded database; PostgreSQL with TEST_DATABASE_URL).
 */
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { ENGINES, startServer, type TestServer } from './harness';

const MINUTE = 60_000;

describe.each(ENGINES)('auth (%s)', (engine) => {
  let s: TestServer;
  afterEach(() => s?.close());

  it('sets an httpOnly, SameSite=Strict cookie, stored only as a hash, and never sends the token in the body', async () => {
    s = await startServer({ engine });
    const c = s.client();
    const res = await c.login('analyst');
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/^dnd_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).not.toMatch(/Secure/i); // plain http on loopback
    expect(res.text).not.toContain(c.cookie!.split('=')[1]);
    expect(res.body).toMatchObject({
      user: { username: 'analyst', role: 'analyst' },
      idleTimeoutMinutes: 30,
    });
    const rows = await s.store.db.selectFrom('sessions').select('token_hash').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]!.token_hash).not.toBe(c.cookie!.split('=')[1]);
  });

  it('marks the cookie Secure behind an HTTPS proxy', async () => {
    s = await startServer({ engine });
    const res = await s
      .client()
      .post(
        '/api/v1/auth/login',
        { username: 'viewer', password: 'demo1234!' },
        { headers: { 'x-forwarded-proto': 'https' } },
      );
    expect(res.headers.getSetCookie()[0]).toMatch(/Secure/i);
  });

  it('rotates the token at sign-in: the earlier session of the browser ends', async () => {
    s = await startServer({ engine });
    const c = s.client();
    await c.login('analyst');
    const first = c.cookie;
    await c.login('analyst');
    expect(c.cookie).not.toBe(first);
    const stale = s.client();
    stale.cookie = first;
    expect((await stale.get('/api/v1/auth/me')).status).toBe(401);
    expect((await c.get('/api/v1/auth/me')).status).toBe(200);
  });

  it('sign-out deletes the server session: the old cookie no longer works', async () => {
    s = await startServer({ engine });
    const c = s.client();
    await c.login('admin');
    const cookie = c.cookie;
    expect((await c.post('/api/v1/auth/logout')).status).toBe(204);
    const replay = s.client();
    replay.cookie = cookie;
    expect((await replay.get('/api/v1/pages/overview')).status).toBe(401);
    expect(await s.store.db.selectFrom('sessions').selectAll().execute()).toHaveLength(0);
  });

  it('ends a session after the idle timeout, which slides with use (fake clock)', async () => {
    s = await startServer({ engine });
    const c = s.client();
    await c.login('viewer');
    s.clock.now += 29 * MINUTE;
    expect((await c.get('/api/v1/pages/overview')).status).toBe(200); // used: the timeout slides
    s.clock.now += 29 * MINUTE;
    expect((await c.get('/api/v1/pages/overview')).status).toBe(200);
    s.clock.now += 30 * MINUTE + 1000;
    const late = await c.get('/api/v1/pages/overview');
    expect(late.status).toBe(401);
    expect(late.body).toMatchObject({ code: 'unauthorized' });
  });

  it('ends a session at its absolute lifetime however active it is', async () => {
    s = await startServer({ engine });
    const c = s.client();
    await c.login('viewer');
    for (let i = 0; i < 23; i++) {
      s.clock.now += 20 * MINUTE;
      expect((await c.get('/api/v1/auth/me')).status, `after ${(i + 1) * 20} min`).toBe(200);
    }
    s.clock.now += 20 * MINUTE; // 8 h after sign-in, with a request every 20 minutes
    expect((await c.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('locks an account after 5 wrong passwords whichever client tries: 4 from one, 1 from another', async () => {
    s = await startServer({ engine });
    const a = s.client({ ip: '10.0.0.1' });
    const b = s.client({ ip: '10.0.0.2' });
    for (let i = 1; i <= 4; i++) {
      const r = await a.login('analyst', 'wrong');
      expect(r.status).toBe(401);
      expect(r.body).toMatchObject({ code: 'invalid_credentials', remainingAttempts: 5 - i });
    }
    const fifth = await b.login('analyst', 'wrong');
    expect(fifth.status).toBe(423);
    expect(fifth.body).toMatchObject({ code: 'locked' });
    // Locked for both, even with the right password, and from a third address.
    expect((await a.login('analyst')).status).toBe(423);
    expect((await s.client({ ip: '10.0.0.3' }).login('analyst')).status).toBe(423);
    // The lock ends after 5 minutes.
    s.clock.now += 5 * MINUTE + 1000;
    expect((await b.login('analyst')).status).toBe(200);
  });

  it('holds the limit when guesses arrive at the same moment: 11 at once, then the right password is refused', async () => {
    s = await startServer({ engine });
    const guesses = await Promise.all(
      Array.from({ length: 11 }, (_, i) =>
        s.client({ ip: `10.9.0.${i + 1}` }).login('viewer', `guess-${i}`),
      ),
    );
    const statuses = guesses.map((g) => g.status).sort();
    expect(statuses.filter((x) => x === 401)).toHaveLength(4);
    expect(statuses.filter((x) => x === 423)).toHaveLength(7);
    expect((await s.client().login('viewer')).status).toBe(423);
    const row = await s.store.db
      .selectFrom('users')
      .select(['failures', 'locked_until'])
      .where('username', '=', 'viewer')
      .executeTakeFirstOrThrow();
    expect(row.failures).toBe(5);
    expect(row.locked_until).toBeGreaterThan(s.clock.now);
  });

  it('answers a disabled account with the right password exactly like a wrong password', async () => {
    s = await startServer({ engine });
    await s.store.db
      .updateTable('users')
      .set({ disabled: 1 })
      .where('username', '=', 'analyst')
      .execute();
    const right = await s.client().login('analyst');
    const wrong = await s.client().login('analyst', 'nope');
    expect(right.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(right.body).toMatchObject({ code: 'invalid_credentials', remainingAttempts: 4 });
    expect(wrong.body).toMatchObject({ code: 'invalid_credentials', remainingAttempts: 3 });
  });

  it('counts only genuine password failures: malformed and throttled attempts do not lock', async () => {
    s = await startServer({ engine, config: { loginRatePerMinute: 3 } });
    const a = s.client({ ip: '10.0.0.9' });
    expect((await a.post('/api/v1/auth/login', { username: 'admin' })).status).toBe(400);
    expect((await a.post('/api/v1/auth/login', { username: 'admin', password: 5 })).status).toBe(
      400,
    );
    expect((await a.login('admin', 'wrong')).status).toBe(401);
    const throttled = await a.login('admin', 'wrong');
    expect(throttled.status).toBe(429);
    expect(throttled.body).toMatchObject({ code: 'too_many_requests' });
    const row = await s.store.db
      .selectFrom('users')
      .select(['failures'])
      .where('username', '=', 'admin')
      .executeTakeFirstOrThrow();
    expect(row.failures).toBe(1);
    // Another address is not throttled, and signs in.
    expect((await s.client({ ip: '10.0.0.10' }).login('admin')).status).toBe(200);
  });

  it('answers an unknown user exactly like a wrong password (no enumeration)', async () => {
    s = await startServer({ engine });
    const r = await s.client().login('nobody', 'x');
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ code: 'invalid_credentials', remainingAttempts: 4 });
  });

  it('lets an admin unlock an account, and logs sign-ins, failures, lockouts and the unlock', async () => {
    s = await startServer({ engine });
    const attacker = s.client({ ip: '10.1.1.1' });
    for (let i = 0; i < 5; i++) await attacker.login('viewer', 'guess');
    const admin = s.client({ ip: '10.2.2.2' });
    await admin.login('admin');
    const users = await admin.get('/api/v1/admin/users');
    const viewer = (
      users.body as { users: { username: string; lockedUntil: string | null }[] }
    ).users.find((u) => u.username === 'viewer');
    expect(viewer?.lockedUntil).not.toBeNull();
    expect((await admin.post('/api/v1/admin/users/viewer/unlock')).status).toBe(204);
    expect((await s.client().login('viewer')).status).toBe(200);
    const log = await admin.get('/api/v1/admin/security-events');
    const kinds = (
      log.body as { events: { kind: string; username: string | null; clientIp: string | null }[] }
    ).events;
    expect(kinds.map((e) => e.kind)).toEqual(
      expect.arrayContaining([
        'login-failed',
        'account-locked',
        'account-unlocked',
        'login-succeeded',
      ]),
    );
    expect(kinds.find((e) => e.kind === 'account-locked')).toMatchObject({
      username: 'viewer',
      clientIp: '10.1.1.1',
    });
  });

  it('ends every session of a disabled account at its next request', async () => {
    s = await startServer({ engine });
    const c = s.client();
    await c.login('analyst');
    await s.store.db
      .updateTable('users')
      .set({ disabled: 1 })
      .where('username', '=', 'analyst')
      .execute();
    expect((await c.get('/api/v1/auth/me')).status).toBe(401);
    expect((await s.client().login('analyst')).status).toBe(401);
  });

  it('shows a changed role at the next request (/auth/me)', async () => {
    s = await startServer({ engine });
    const c = s.client();
    await c.login('analyst');
    await s.store.db
      .updateTable('users')
      .set({ role: 'viewer' })
      .where('username', '=', 'analyst')
      .execute();
    expect((await c.get('/api/v1/auth/me')).body).toMatchObject({ user: { role: 'viewer' } });
    expect((await c.post('/api/v1/audit', {})).status).toBe(403);
  });

  it('keeps the session table free of plain tokens even after many sign-ins', async () => {
    s = await startServer({ engine });
    const tokens: string[] = [];
    for (const name of ['viewer', 'analyst', 'admin']) {
      const c = s.client();
      await c.login(name);
      tokens.push(c.cookie!.split('=')[1]!);
    }
    const dump = JSON.stringify(await sql`select * from sessions`.execute(s.store.db));
    for (const t of tokens) expect(dump).not.toContain(t);
  });
});
