/**
 * dist/login.html holds the login form as static HTML (src/prerender/login-page.tsx), so a
 * reader can start typing before the app's code has run. When the app's form replaces it, it
 * takes over what was typed there, the field that had focus and an Enter: nothing is lost.
 */
export const STATIC_FORM_ATTR = 'data-static-form';
/**
 * Kept on the static form by its page's head script (scripts/prerender-login.mjs), which runs
 * before the form can take a key: the field that has focus now, and whether Enter was pressed
 * (the form's button waits for the app, so the app's form sends it on taking over).
 */
export const FOCUSED_FIELD_ATTR = 'data-focused-field';
export const SUBMIT_REQUESTED_ATTR = 'data-submit-requested';

export type LoginField = 'username' | 'password';

/** Whether this page load began as the static login page (src/main.tsx waits for its code). */
export function hasStaticLoginForm(): boolean {
  return findStaticLoginForm() !== null;
}

/**
 * The static form, found while the app's form first renders (React has not replaced it yet).
 * Null once it is gone: only a visit's first login form takes anything over.
 */
export function findStaticLoginForm(): HTMLFormElement | null {
  if (typeof document === 'undefined') return null;
  return document.querySelector<HTMLFormElement>(`form[${STATIC_FORM_ATTR}]`);
}

export interface StaticFormState {
  username: string;
  password: string;
  focused: LoginField | null;
  submitRequested: boolean;
}

/**
 * What the static form holds. Read in a layout effect, when React has just swapped it out (it
 * stays readable, detached): no keystroke or focus change can land between this read and the
 * new form showing. (Read when rendering starts instead, a time-sliced first render let the
 * reader move on meanwhile: focus went back to a field they had left.)
 */
export function readStaticForm(form: HTMLFormElement): StaticFormState {
  const value = (name: LoginField) => {
    const el = form.elements.namedItem(name);
    return el instanceof HTMLInputElement ? el.value : '';
  };
  const focused = form.getAttribute(FOCUSED_FIELD_ATTR);
  return {
    username: value('username'),
    password: value('password'),
    focused: focused === 'username' || focused === 'password' ? focused : null,
    submitRequested: form.hasAttribute(SUBMIT_REQUESTED_ATTR),
  };
}
