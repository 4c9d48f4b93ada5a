import { describe, expect, it, vi } from 'vitest';
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

describe('the server’s view of a remembered session', () => {
  it('takes up a changed role, and ends the session when the cookie now belongs to someone else', async () => {
    const { server } = await import('../../../mocks/node');
    const { http, HttpResponse } = await import('msw');
    const me = (username: string, role: string) =>
      http.get('*/api/v1/auth/me', () =>
        HttpResponse.json({
          expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
          idleTimeoutMinutes: 30,
          user: { username, displayName: { ko: '김분석', en: 'Kim Analyst' }, role },
        }),
      );
    server.use(me('analyst', 'viewer'));
    sessionStorage.setItem(KEY, stored(inAnHour()));
    await restoreSession();
    await vi.waitFor(() => expect(sessionStore.get()?.user.role).toBe('viewer'));

    sessionStore.reset();
    server.use(me('admin', 'admin'));
    sessionStorage.setItem(KEY, stored(inAnHour()));
    await restoreSession();
    await vi.waitFor(() => expect(sessionStore.get()).toBeNull());
    expect(sessionStore.endReason()).toBe('expired');
  });
});
