/**
 * dist/login.html holds the login form as static HTML (src/prerender/login-page.tsx), so a
 * reader can start typing before the app's code has run. When the app's form replaces it, it
 * takes over what was typed there and the field that had focus: nothing typed is lost.
 */
export const STATIC_FORM_ATTR = 'data-static-form';
/**
 * Set on the static form by its page's loader (scripts/prerender-login.mjs) when Enter is
 * pressed in it: its button cannot send it yet, so the app's form sends it on taking over.
 */
export const SUBMIT_REQUESTED_ATTR = 'data-submit-requested';

export type LoginField = 'username' | 'password';

export interface StaticLoginForm {
  form: HTMLFormElement;
  focused: LoginField | null;
}

/** Whether this page load began as the static login page (src/main.tsx waits for its code). */
export function hasStaticLoginForm(): boolean {
  return document.querySelector(`form[${STATIC_FORM_ATTR}]`) !== null;
}

/**
 * The static form, found while the app's form first renders (React has not replaced it yet),
 * and the field that has focus then. Null once it is gone: only a visit's first form gets it.
 */
export function findStaticLoginForm(): StaticLoginForm | null {
  if (typeof document === 'undefined') return null;
  const form = document.querySelector<HTMLFormElement>(`form[${STATIC_FORM_ATTR}]`);
  if (!form) return null;
  const active = document.activeElement;
  const focused =
    active instanceof HTMLInputElement && form.contains(active) && isLoginField(active.name)
      ? active.name
      : null;
  return { form, focused };
}

/**
 * What the static form holds, and whether Enter was pressed in it. Read in a layout effect, when React has just swapped it out (it
 * stays readable, detached): no keystroke can land between this read and the new form showing.
 */
export function typedInto(
  form: HTMLFormElement,
): Record<LoginField, string> & { submitRequested: boolean } {
  const value = (name: LoginField) => {
    const el = form.elements.namedItem(name);
    return el instanceof HTMLInputElement ? el.value : '';
  };
  return {
    username: value('username'),
    password: value('password'),
    submitRequested: form.hasAttribute(SUBMIT_REQUESTED_ATTR),
  };
}

function isLoginField(name: string): name is LoginField {
  return name === 'username' || name === 'password';
}
