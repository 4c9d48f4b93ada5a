/**
 * A browser's cookie jar for Node's fetch in Vitest. In a browser the session cookie the
 * (mock) server sets goes back with every same-origin request by itself; Node's fetch keeps
 * no cookies, and MSW keeps none in Node either. This wraps the fetch MSW intercepts, so the
 * app's client runs its one code path (it never touches the credential) in the tests too.
 */
const jar = new Map<string, string>();

export function installCookieJar() {
  const inner = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const headers = new Headers(
      init.headers ?? (input instanceof Request ? input.headers : undefined),
    );
    if (jar.size > 0) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await inner(input, { ...init, headers });
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age\s*=\s*0\s*$/i.test(a));
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    return res;
  };
}

export function clearCookieJar() {
  jar.clear();
}
