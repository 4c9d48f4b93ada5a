import { describe, expect, it } from 'vitest';
import { restoreSession, sessionStore } from './session-store';

const KEY = 'dnd.session';
const stored = (expiresAt: string) =>
  JSON.stringify({
    expiresAt,
    idleTimeoutMinutes: 30,
    user: {
      username: 'analyst',
      displayName: { ko: '김분석', en: 'Kim Analyst' },
      role: 'analyst',
    },
  });
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

// tests/setup.ts clears sessionStorage and resets the store after each test.
describe('restoreSession', () => {
  it('takes up a stored session that is well-formed and not expired', async () => {
    sessionStorage.setItem(KEY, stored(inAnHour()));
    expect(sessionStore.get()).toBeNull();
    await restoreSession();
    expect(sessionStore.get()?.user.role).toBe('analyst');
  });

  it('forgets a session past its expiry', async () => {
    sessionStorage.setItem(KEY, stored(new Date(Date.now() - 1000).toISOString()));
    await restoreSession();
    expect(sessionStore.get()).toBeNull();
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });

  it('forgets a stored value that is not a session, or not JSON', async () => {
    for (const bad of ['{"expiresAt":1}', 'not json', stored('tomorrow')]) {
      sessionStorage.setItem(KEY, bad);
      await restoreSession();
      expect(sessionStore.get(), bad).toBeNull();
      expect(sessionStorage.getItem(KEY), bad).toBeNull();
    }
  });

  it('with nothing stored, stays signed out', async () => {
    await restoreSession();
    expect(sessionStore.get()).toBeNull();
  });
});
