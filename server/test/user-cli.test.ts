/** `npm run user -- …` on the store the server uses; passwords come from the reader (stdin). */
import { afterEach, describe, expect, it } from 'vitest';
import { run, UsageError } from '../cli/user';
import { retireDemoUsers } from '../seed';
import { ENGINES, startServer, type TestServer } from './harness';

describe.each(ENGINES)('user command (%s)', (engine) => {
  let s: TestServer;
  afterEach(() => s.close());
  const password = (p: string) => async () => p;

  it('adds a user who can sign in, changes the role, resets the password, unlocks and disables', async () => {
    s = await startServer({ engine });
    expect(
      await run(
        ['add', 'Kim.Officer', '--role', 'analyst', '--display-ko', '김담당'],
        s.store,
        password('correct horse 9'),
      ),
    ).toMatch(/Added kim.officer/);
    const c = s.client();
    expect((await c.login('kim.officer', 'correct horse 9')).body).toMatchObject({
      user: { username: 'kim.officer', role: 'analyst', displayName: { ko: '김담당' } },
    });

    await run(['role', 'kim.officer', 'admin'], s.store);
    expect((await c.get('/api/v1/auth/me')).body).toMatchObject({ user: { role: 'admin' } });

    for (let i = 0; i < 5; i++) await s.client().login('kim.officer', 'nope');
    expect((await s.client().login('kim.officer', 'correct horse 9')).status).toBe(423);
    await run(['unlock', 'kim.officer'], s.store);
    expect((await s.client().login('kim.officer', 'correct horse 9')).status).toBe(200);

    await run(['reset-password', 'kim.officer'], s.store, password('another horse 10'));
    expect((await c.get('/api/v1/auth/me')).status).toBe(401); // a reset ends the sessions
    expect((await s.client().login('kim.officer', 'correct horse 9')).status).toBe(401);
    expect((await s.client().login('kim.officer', 'another horse 10')).status).toBe(200);

    await run(['disable', 'kim.officer'], s.store);
    expect((await s.client().login('kim.officer', 'another horse 10')).status).toBe(401);

    const admin = s.client();
    await admin.login('admin');
    const events = (await admin.get('/api/v1/admin/security-events')).body as {
      events: { kind: string; detail: string | null }[];
    };
    expect(events.events.map((e) => e.kind)).toEqual(
      expect.arrayContaining([
        'user-added',
        'role-changed',
        'account-unlocked',
        'password-reset',
        'account-disabled',
      ]),
    );
    // The password is never written anywhere but as its hash.
    expect(JSON.stringify(events)).not.toContain('horse');
  });

  it('refuses bad names, roles, short passwords and unknown users with a message', async () => {
    s = await startServer({ engine });
    await expect(
      run(['add', 'x', '--role', 'analyst'], s.store, password('long enough pw')),
    ).rejects.toThrow(UsageError);
    await expect(
      run(['add', 'newbie', '--role', 'root'], s.store, password('long enough pw')),
    ).rejects.toThrow(/role/);
    await expect(
      run(['add', 'newbie', '--role', 'viewer'], s.store, password('short')),
    ).rejects.toThrow(/at least/);
    await expect(
      run(['add', 'viewer', '--role', 'viewer'], s.store, password('long enough pw')),
    ).rejects.toThrow(/exists/);
    await expect(run(['unlock', 'ghost'], s.store)).rejects.toThrow(/No user/);
    await expect(run(['frobnicate', 'viewer'], s.store)).rejects.toThrow(/Unknown command/);
  });
});

describe.each(ENGINES)('demo accounts outside demo mode (%s)', (engine) => {
  let s: TestServer;
  afterEach(() => s.close());

  it('disables a demo account that still has the demo password, and keeps one whose password changed', async () => {
    s = await startServer({ engine }); // seeded as in demo mode
    const admin = s.client();
    await admin.login('admin');
    await run(['reset-password', 'analyst'], s.store, async () => 'a real password 42');
    expect(await retireDemoUsers(s.store)).toEqual(['viewer', 'admin']);
    expect((await s.client().login('admin')).status).toBe(401);
    expect((await admin.get('/api/v1/auth/me')).status).toBe(401); // its session ended
    expect((await s.client().login('analyst', 'a real password 42')).status).toBe(200);
  });
});
