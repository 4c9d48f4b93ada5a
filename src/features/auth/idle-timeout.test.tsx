import { act, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../../mocks/node';
import { render, signIn } from '../../../tests/render';
import { IdleTimeout } from './idle-timeout';
import { sessionStore } from './session-store';

describe('IdleTimeout', () => {
  beforeEach(async () => {
    await signIn('viewer');
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => vi.useRealTimers());

  it('warns a minute before, counts down, and “계속 사용” extends the session', async () => {
    render(<IdleTimeout timeoutMs={30 * 60_000} />);
    await act(() => vi.advanceTimersByTimeAsync(29 * 60_000 + 1_000));
    expect(screen.getByRole('dialog', { name: '곧 자동 로그아웃됩니다' })).toBeInTheDocument();
    expect(screen.getByText(/59초 후 로그아웃됩니다/)).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(screen.getByText(/49초 후 로그아웃됩니다/)).toBeInTheDocument();
    act(() => screen.getByRole('button', { name: '계속 사용' }).click());
    expect(screen.queryByRole('dialog')).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(28 * 60_000));
    expect(sessionStore.get()).not.toBeNull();
  });

  it('logs out when the time runs out, and says why', async () => {
    render(<IdleTimeout timeoutMs={30 * 60_000} />);
    await act(() => vi.advanceTimersByTimeAsync(30 * 60_000 + 1_000));
    expect(sessionStore.get()).toBeNull();
    expect(sessionStore.endReason()).toBe('idle');
  });

  it('activity before the warning resets the clock', async () => {
    render(<IdleTimeout timeoutMs={30 * 60_000} />);
    await act(() => vi.advanceTimersByTimeAsync(20 * 60_000));
    act(() => window.dispatchEvent(new Event('keydown')));
    await act(() => vi.advanceTimersByTimeAsync(20 * 60_000));
    expect(sessionStore.get()).not.toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('tells the server about activity (its idle clock sees only requests), and about 계속 사용', async () => {
    let asked = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/api/v1/auth/me')) asked++;
    });
    render(<IdleTimeout timeoutMs={30 * 60_000} />);
    await act(() => vi.advanceTimersByTimeAsync(2 * 60_000));
    act(() => window.dispatchEvent(new Event('keydown')));
    expect(asked).toBe(0); // not at every key: at most every quarter of the timeout
    await act(() => vi.advanceTimersByTimeAsync(6 * 60_000));
    act(() => window.dispatchEvent(new Event('keydown')));
    await act(() => vi.waitFor(() => expect(asked).toBe(1)));
    await act(() => vi.advanceTimersByTimeAsync(29 * 60_000 + 1_000));
    act(() => screen.getByRole('button', { name: '계속 사용' }).click());
    await act(() => vi.waitFor(() => expect(asked).toBe(2)));
    server.events.removeAllListeners();
  });

  it('a server that has ended the session ends it here at the next activity', async () => {
    server.use(
      http.get('*/api/v1/auth/me', () =>
        HttpResponse.json({ code: 'unauthorized', message: 'x' }, { status: 401 }),
      ),
    );
    render(<IdleTimeout timeoutMs={30 * 60_000} />);
    await act(() => vi.advanceTimersByTimeAsync(8 * 60_000));
    act(() => window.dispatchEvent(new Event('keydown')));
    await act(() => vi.waitFor(() => expect(sessionStore.get()).toBeNull()));
    expect(sessionStore.endReason()).toBe('expired');
  });
});
