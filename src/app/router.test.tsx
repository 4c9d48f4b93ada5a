import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp, signIn } from '../../tests/render';

const pageHeading = (name: string) => screen.findByRole('heading', { level: 1, name });

describe('routes', () => {
  it('sends / to the overview, keeping the query string, in place of the entry', async () => {
    await signIn('viewer');
    const { location, history } = renderApp('/?region=gwangju');
    // The test ends once the overview has drawn, not at the address change: a test that ended
    // while the page's code was still loading left React a suspended render, whose code then
    // arrived during the next test, outside act (the flaky "suspended resource" error there).
    await pageHeading('종합 현황');
    expect(location().pathname).toBe('/overview');
    expect(location().search).toBe('?region=gwangju');
    expect(history).toHaveLength(1);
  });

  it('shows an unknown path as not found, inside the shell', async () => {
    await signIn('viewer');
    renderApp('/no-such-page');
    expect(await pageHeading('페이지를 찾을 수 없습니다')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: '주 메뉴' })).toBeInTheDocument();
  });

  it('keeps the shell mounted between pages; a link to the page shown adds no entry', async () => {
    await signIn('viewer');
    const { user, location, history } = renderApp('/overview');
    await pageHeading('종합 현황');
    const nav = screen.getByRole('navigation', { name: '주 메뉴' });
    await user.click(screen.getByRole('link', { name: '데이터 댐' }));
    await pageHeading('데이터 댐');
    expect(location().pathname).toBe('/data-dam');
    expect(screen.getByRole('navigation', { name: '주 메뉴' })).toBe(nav);
    expect(history).toHaveLength(2);
    await user.click(screen.getByRole('link', { name: '데이터 댐' }));
    expect(history).toHaveLength(2);
  });

  it('shows the route error, with a way back, when a page’s code cannot be loaded', async () => {
    // No other test here opens /admin/audit, so its lazy import is still to come.
    vi.doMock('./routes/audit-route', () => {
      throw new Error('offline');
    });
    // React reports the error it caught; here that is the expected outcome, not a bug.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await signIn('admin');
    renderApp('/admin/audit');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '화면을 그리는 중 오류가 발생했습니다.',
    );
    expect(screen.getByRole('link', { name: '종합 현황으로 돌아가기' })).toHaveAttribute(
      'href',
      '/overview',
    );
  });
});
