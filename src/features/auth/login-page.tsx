import {
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useRef,
  useState,
  type FormEvent,
} from 'react';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Center,
  Code,
  List,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from '@/lib/i18n/use-translation';
import { Redirect, useLocation, useSearch } from 'wouter';
import { isApiError } from '@/lib/api/client';
import { useDemoAccounts } from './demo-accounts';
import { safeReturnTo } from './return-to';
import { sessionStore, useSession } from './session-store';
import { findStaticLoginForm, readStaticForm, STATIC_FORM_ATTR } from './static-login-form';

function minutesLeft(until: string | undefined, now: number): string {
  if (!until) return '5:00';
  const ms = Math.max(0, new Date(until).getTime() - now);
  const m = Math.floor(ms / 60000);
  const s = Math.floor((ms % 60000) / 1000);
  return `${m}:${String(s).padStart(2, '0')}`;
}

interface Credentials {
  username: string;
  password: string;
}

interface Props {
  /**
   * Called when the reader starts signing in: at their first keystroke in the form (or on
   * taking over text typed into the static page), and again whenever the form is sent. The app
   * starts loading what comes next while the rest is typed; a load that failed is tried again
   * when the form is sent.
   */
  onLoginIntent?: () => void;
  /** Called with the destination once the session exists, before navigating there. */
  onSignedIn?: (to: string) => void;
  /**
   * False when rendered to static HTML (dist/login.html): the form shows, can be typed into,
   * and cannot be sent until the app's code has taken over (its button shows it is loading).
   */
  interactive?: boolean;
}

/**
 * The sign-in request, with the schema its answer is checked against (zod), loads at the first
 * keystroke, not with the page: a signed-out /login loads no validation code (decision 013).
 */
const loadAuthApi = () => import('./api');

/**
 * The sign-in code did not arrive. A browser keeps a failed import() for the life of the page,
 * so trying again cannot help: the reader is asked to reload.
 */
class SignInCodeError extends Error {
  constructor(cause: unknown) {
    super('The sign-in code could not be downloaded.', { cause });
    this.name = 'SignInCodeError';
  }
}

async function signIn({ username, password }: Credentials) {
  let api;
  try {
    api = await loadAuthApi();
  } catch (e) {
    throw new SignInCodeError(e);
  }
  return api.login(username.trim(), password);
}

export function LoginPage({ onLoginIntent, onSignedIn, interactive = true }: Props = {}) {
  const { t } = useTranslation();
  const session = useSession();
  const [, navigate] = useLocation();
  const search = useSearch();
  const returnTo = safeReturnTo(new URLSearchParams(search).get('returnTo'));
  const demo = useDemoAccounts();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const endReason = sessionStore.endReason();

  const [now, setNow] = useState(() => Date.now());

  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: (s) => {
      sessionStore.start(s);
      onSignedIn?.(returnTo);
      navigate(returnTo, { replace: true });
    },
  });

  // The first keystroke (or text taken over from the static page) says a sign-in is coming.
  const typingSignalled = useRef(false);
  const signalTyping = () => {
    if (typingSignalled.current) return;
    typingSignalled.current = true;
    loadAuthApi().catch(() => undefined); // a failure is met again, and reported, on sending
    onLoginIntent?.();
  };

  /** Sends the form, or says what is missing. */
  const send = (c: Credentials) => {
    if (!c.username.trim() || !c.password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    onLoginIntent?.();
    mutation.mutate(c);
  };

  // Take over what was typed into the static page before the app's code ran: the values, the
  // focus, and an Enter pressed there (its button could not send the form yet).
  const [staticForm] = useState(findStaticLoginForm);
  const takeOver = useEffectEvent((form: HTMLFormElement) => {
    const typed = readStaticForm(form);
    setUsername(typed.username);
    setPassword(typed.password);
    if (typed.username || typed.password) signalTyping();
    if (typed.focused === 'username') usernameRef.current?.focus();
    if (typed.focused === 'password') passwordRef.current?.focus();
    if (typed.submitRequested) send(typed);
  });
  useLayoutEffect(() => {
    // State from outside React (the static form's DOM), read at the one moment nothing can be
    // typed between the read and the new form showing: just after the swap, before the paint.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (staticForm) takeOver(staticForm);
  }, [staticForm]);

  const lockedUntil = isApiError(mutation.error) ? mutation.error.body?.lockedUntil : undefined;
  // While locked, the remaining time counts down on screen.
  useEffect(() => {
    if (!lockedUntil) return;
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, [lockedUntil]);

  if (session && !mutation.isSuccess) return <Redirect to={returnTo} replace />;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    send({ username, password });
  };

  const err = mutation.error;
  let errorText: string | null = null;
  if (missing) errorText = t('login.required');
  else if (isApiError(err) && err.body?.code === 'locked') {
    errorText = t('login.locked', { time: minutesLeft(err.body.lockedUntil, now) });
  } else if (isApiError(err) && err.kind === 'unauthorized') {
    errorText = t('login.invalid');
    if (err.body?.remainingAttempts !== undefined) {
      errorText += ` ${t('login.remaining', { count: err.body.remainingAttempts })}`;
    }
  } else if (err instanceof SignInCodeError) {
    errorText = t('login.codeFailed');
  } else if (err) {
    errorText = t('login.failed', { detail: err.message });
  }

  return (
    <Center mih="100dvh" p="md" component="main" id="main-content">
      <Stack w="100%" maw={420} gap="lg">
        <Stack gap={4} align="center">
          <Text c="dimmed" size="sm">
            {t('app.ministry')}
          </Text>
          <Title order={1} ta="center" size="h2">
            {t('app.name')}
          </Title>
        </Stack>
        <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="login-title">
          {/* POST, so that a form sent before the app runs could never put a password in a URL
              (its button is disabled until then anyway). */}
          <form
            method="post"
            onSubmit={onSubmit}
            noValidate
            {...(interactive ? {} : { [STATIC_FORM_ATTR]: '' })}
          >
            <Stack>
              <Title order={2} size="h3" id="login-title">
                {t('login.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('login.subtitle')}
              </Text>
              {(endReason === 'expired' || endReason === 'idle') && !errorText && (
                <Alert color="orange" role="status">
                  {endReason === 'idle' ? t('session.idleEnded') : t('login.sessionEnded')}
                </Alert>
              )}
              <TextInput
                ref={usernameRef}
                label={t('login.username')}
                name="username"
                autoComplete="username"
                value={username}
                onChange={(e) => {
                  setUsername(e.currentTarget.value);
                  signalTyping();
                }}
                required
              />
              <PasswordInput
                ref={passwordRef}
                label={t('login.password')}
                name="password"
                autoComplete="current-password"
                visibilityToggleButtonProps={{ 'aria-label': t('login.togglePassword') }}
                value={password}
                onChange={(e) => {
                  setPassword(e.currentTarget.value);
                  signalTyping();
                }}
                required
              />
              {errorText && (
                <Alert color="red" role="alert">
                  {errorText}
                </Alert>
              )}
              <Button type="submit" loading={mutation.isPending || !interactive} fullWidth>
                {t('login.submit')}
              </Button>
            </Stack>
          </form>
        </Card>
        {demo && (
          <Card withBorder padding="md" radius="md" component="aside" aria-labelledby="demo-title">
            <Text fw={700} id="demo-title" size="sm">
              {t('login.demoTitle')}
            </Text>
            <List size="sm" mt="xs">
              {demo.accounts.map((a) => (
                <List.Item key={a.username}>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    onClick={() => {
                      setUsername(a.username);
                      setPassword(demo.password);
                    }}
                  >
                    <Code>{a.username}</Code>
                  </Anchor>{' '}
                  — {t(`roles.${a.role}`)}
                </List.Item>
              ))}
            </List>
            <Text size="sm" mt="xs">
              {t('login.demoBody', { password: demo.password })}
            </Text>
          </Card>
        )}
      </Stack>
    </Center>
  );
}
