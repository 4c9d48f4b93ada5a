import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, LOCK_MS, login, logout, userForToken } from './auth-store';

describe('mock auth server', () => {
  it('counts down the tries and locks after the fifth failure, for 5 minutes', () => {
    const t0 = 1_000_000;
    const remaining = [1, 2, 3, 4].map((i) => login('analyst', 'bad', t0 + i));
    expect(
      remaining.map((r) => (r.ok ? null : r.reason === 'invalid' && r.remainingAttempts)),
    ).toEqual([4, 3, 2, 1]);
    const fifth = login('analyst', 'bad', t0 + 5);
    expect(fifth).toEqual({ ok: false, reason: 'locked', lockedUntil: t0 + 5 + LOCK_MS });
    // locked: even the right password is refused, by the server
    expect(login('analyst', DEMO_PASSWORD, t0 + 10)).toMatchObject({ ok: false, reason: 'locked' });
    expect(login('analyst', DEMO_PASSWORD, t0 + 5 + LOCK_MS - 1)).toMatchObject({
      reason: 'locked',
    });
    // after 5 minutes the lock expires and the count starts again
    expect(login('analyst', DEMO_PASSWORD, t0 + 5 + LOCK_MS)).toMatchObject({ ok: true });
  });

  it('a success resets the count', () => {
    login('viewer', 'bad');
    login('viewer', 'bad');
    expect(login('viewer', DEMO_PASSWORD)).toMatchObject({ ok: true });
    expect(login('viewer', 'bad')).toMatchObject({ remainingAttempts: 4 });
  });

  it('an unknown ID is answered like a wrong password (no account enumeration)', () => {
    expect(login('nobody', DEMO_PASSWORD)).toEqual({
      ok: false,
      reason: 'invalid',
      remainingAttempts: 4,
    });
  });

  it('logout revokes the token', () => {
    const s = login('admin', DEMO_PASSWORD);
    if (!s.ok) throw new Error('login failed');
    expect(userForToken(s.token)?.role).toBe('admin');
    logout(s.token);
    expect(userForToken(s.token)).toBeNull();
  });
});
