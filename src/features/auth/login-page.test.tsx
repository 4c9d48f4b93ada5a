import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, renderApp } from '../../../tests/render';
import { LoginPage } from './login-page';
import { sessionStore } from './session-store';
import { FOCUSED_FIELD_ATTR, STATIC_FORM_ATTR, SUBMIT_REQUESTED_ATTR } from './static-login-form';

async function submit(user: ReturnType<typeof renderApp>['user'], id: string, pw: string) {
  await user.clear(screen.getByLabelText(/^아이디/));
  await user.type(screen.getByLabelText(/^아이디/), id);
  await user.clear(screen.getByLabelText(/^비밀번호/));
  await user.type(screen.getByLabelText(/^비밀번호/), pw);
  await user.click(screen.getByRole('button', { name: '로그인' }));
}

describe('login page', () => {
  it('sends a signed-out visitor to /login, keeping where they were going', async () => {
    const { location } = renderApp('/mec?region=gwangju');
    await screen.findByRole('heading', { name: '로그인' });
    expect(location().pathname).toBe('/login');
    expect(location().searchParams.get('returnTo')).toBe('/mec?region=gwangju');
  });

  it('lists the demo accounts in mock mode', async () => {
    renderApp('/login');
    expect(await screen.findByText('데모 계정 (모의 API 모드)')).toBeInTheDocument();
    expect(screen.getByText(/demo1234!/)).toBeInTheDocument();
  });

  it('says a wrong password is wrong without saying which field, and counts tries', async () => {
    const { user } = renderApp('/login');
    await screen.findByRole('heading', { name: '로그인' });
    await submit(user, 'analyst', 'wrong');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('아이디 또는 비밀번호가 올바르지 않습니다.');
    expect(alert).toHaveTextContent('남은 시도 횟수: 4회');
    // nothing typed is lost
    expect(screen.getByLabelText(/^아이디/)).toHaveValue('analyst');
  });

  it('asks for both fields before calling the server', async () => {
    const { user } = renderApp('/login');
    await user.click(await screen.findByRole('button', { name: '로그인' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('아이디와 비밀번호를 입력하세요.');
  });

  it('signs in and returns to the page and filters the user asked for', async () => {
    const { user, location } = renderApp('/login?returnTo=%2Fmec%3Fregion%3Dgwangju');
    await screen.findByRole('heading', { name: '로그인' });
    await submit(user, 'analyst', 'demo1234!');
    // Ends once the page has drawn, not at the address change (see router.test.tsx).
    await screen.findByRole('heading', { level: 1, name: '5G MEC 융합서비스' });
    expect(location().pathname).toBe('/mec');
    expect(location().search).toBe('?region=gwangju');
    expect(sessionStore.get()?.user.role).toBe('analyst');
    expect(sessionStorage.getItem('dnd.session')).toContain('analyst');
    expect(localStorage.getItem('dnd.session')).toBeNull();
  });

  it('ignores an external returnTo', async () => {
    const { user, location } = renderApp('/login?returnTo=https%3A%2F%2Fevil.example');
    await screen.findByRole('heading', { name: '로그인' });
    await submit(user, 'viewer', 'demo1234!');
    await screen.findByRole('heading', { level: 1, name: '종합 현황' });
    expect(location().pathname).toBe('/overview');
  });

  it('locks the account after five wrong passwords and shows the time left', async () => {
    const { user } = renderApp('/login');
    await screen.findByRole('heading', { name: '로그인' });
    for (let i = 0; i < 4; i++) await submit(user, 'admin', `wrong${i}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('남은 시도 횟수: 1회');
    await submit(user, 'admin', 'wrong5');
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(/계정이 잠겼습니다\. [45]:\d\d 후에/),
    );
    // the server refuses even the right password while locked
    await submit(user, 'admin', 'demo1234!');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('계정이 잠겼습니다'));
    expect(sessionStore.get()).toBeNull();
  });

  it('shows a viewer a clear 권한 없음 page on the briefing pack', async () => {
    const { signIn } = await import('../../../tests/render');
    await signIn('viewer');
    renderApp('/briefing');
    expect(await screen.findByRole('heading', { name: '권한 없음' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('현재 권한: 열람자');
  });
});

/** The static login page of dist/login.html, as a reader left it before the app's code ran. */
function staticLoginForm({ username = '', password = '', focused = '', enterPressed = false }) {
  const form = document.createElement('form');
  form.setAttribute(STATIC_FORM_ATTR, '');
  // What the page's head script records (scripts/prerender-login.mjs).
  if (focused) form.setAttribute(FOCUSED_FIELD_ATTR, focused);
  if (enterPressed) form.setAttribute(SUBMIT_REQUESTED_ATTR, '');
  for (const [name, value] of Object.entries({ username, password })) {
    const input = document.createElement('input');
    input.name = name;
    input.value = value;
    form.append(input);
  }
  document.body.append(form);
}

describe('login page without its sign-in code', () => {
  afterEach(() => {
    vi.doUnmock('./api');
  });

  it('asks for a reload when the code that signs in cannot be downloaded', async () => {
    // The sign-in request's module loads at the first keystroke (decision 013); here it fails.
    vi.doMock('./api', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const { user } = renderApp('/login');
    await screen.findByRole('heading', { name: '로그인' });
    await submit(user, 'analyst', 'demo1234!');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '로그인에 필요한 파일을 받지 못했습니다. 연결을 확인하고 페이지를 새로 고치세요.',
    );
    expect(sessionStore.get()).toBeNull();
    expect(screen.getByLabelText(/^아이디/)).toHaveValue('analyst'); // nothing typed is lost
  });
});

describe('login page taking over the static one', () => {
  afterEach(() => document.querySelector(`form[${STATIC_FORM_ATTR}]`)?.remove());

  it('keeps what was typed there and the field that had focus', async () => {
    staticLoginForm({ username: 'analyst', password: 'demo', focused: 'password' });
    const { location } = renderApp('/login');
    await screen.findByRole('heading', { name: '로그인' });
    expect(screen.getByLabelText(/^아이디/)).toHaveValue('analyst');
    expect(screen.getByLabelText(/^비밀번호/)).toHaveValue('demo');
    expect(screen.getByLabelText(/^비밀번호/)).toHaveFocus();
    // Nothing is sent without the reader's Enter.
    expect(location().pathname).toBe('/login');
    expect(sessionStore.get()).toBeNull();
  });

  it('sends the form when Enter was pressed there before the app could', async () => {
    staticLoginForm({ username: 'viewer', password: 'demo1234!', enterPressed: true });
    const { location } = renderApp('/login');
    await screen.findByRole('heading', { level: 1, name: '종합 현황' });
    expect(location().pathname).toBe('/overview');
    expect(sessionStore.get()?.user.role).toBe('viewer');
  });

  it('an Enter on an incomplete form asks for what is missing', async () => {
    staticLoginForm({ username: 'viewer', enterPressed: true });
    renderApp('/login');
    expect(await screen.findByRole('alert')).toHaveTextContent('아이디와 비밀번호를 입력하세요.');
    expect(screen.getByLabelText(/^아이디/)).toHaveValue('viewer');
  });
});

describe('login page loading ahead', () => {
  it('starts loading what comes next at the first keystroke, not when the form is sent', async () => {
    const onLoginIntent = vi.fn();
    const { user } = render(<LoginPage onLoginIntent={onLoginIntent} />);
    const username = await screen.findByLabelText(/^아이디/);
    expect(onLoginIntent).not.toHaveBeenCalled();
    await user.type(username, 'a');
    expect(onLoginIntent).toHaveBeenCalledTimes(1);
    // Once while typing; again when sent (a load that failed gets another try).
    await user.type(username, 'nalyst');
    await user.type(screen.getByLabelText(/^비밀번호/), 'wrong');
    expect(onLoginIntent).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: '로그인' }));
    expect(onLoginIntent).toHaveBeenCalledTimes(2);
  });
});
