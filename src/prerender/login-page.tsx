/**
 * The login page rendered to HTML at build time (scripts/prerender-login.mjs writes it into
 * dist/login.html). Runs in Node through Vite's SSR loader, never in the browser.
 *
 * Why: /login is where every visit starts, and its form used to appear only once ~150 KiB of
 * JavaScript had arrived and run. As HTML it paints with the stylesheet; the app then replaces
 * it with the same page (src/main.tsx waits for the login route's code first, so nothing
 * flickers) and takes over what was typed (src/features/auth/static-login-form.ts).
 */
import { renderToString } from 'react-dom/server';
import { ColorSchemeScript } from '@mantine/core';
import { Router } from 'wouter';
import { AppProviders } from '@/app/providers';
import { LoginPage } from '@/features/auth/login-page';
import { paths } from '@/config/paths';
import { ko } from '@/lib/i18n/ko';
import { initI18n } from '@/lib/i18n/setup';

export async function renderLoginPage(): Promise<string> {
  // The static page is Korean, the default; a stored English choice switches once the app runs.
  await initI18n('ko');
  return renderToString(
    <AppProviders>
      <Router ssrPath={paths.login}>
        <LoginPage interactive={false} />
      </Router>
    </AppProviders>,
  );
}

/**
 * Mantine's own colour-scheme script (what `ColorSchemeScript` puts inline), as text for a
 * file: the Content Security Policy allows no inline script. Without it a reader who chose the
 * dark scheme would see the static page light until the app starts.
 */
export function colorSchemeScript(): string {
  const html = renderToString(<ColorSchemeScript defaultColorScheme="light" />);
  const body = /<script[^>]*>([\s\S]*)<\/script>/.exec(html)?.[1];
  if (!body) throw new Error('ColorSchemeScript rendered no script');
  return body;
}

/**
 * Every Korean string the login page can show (its form, a failed attempt, an ended session):
 * the characters of its own small font, so a wrong password does not fetch the app font.
 */
export function loginPageText(): string {
  const { app, login, session, roles } = ko;
  return JSON.stringify({ app, login, session, roles });
}
