/**
 * Where to go after login. Only a path inside this app is accepted: an absolute URL,
 * a protocol-relative `//host` or a backslash trick would turn login into an open redirect.
 */
export function safeReturnTo(raw: string | null | undefined, fallback = '/overview'): string {
  if (!raw) return fallback;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return fallback;
  try {
    const url = new URL(raw, 'http://internal.invalid');
    if (url.origin !== 'http://internal.invalid') return fallback;
    // Check the normalised path too: `/.//evil.example` normalises to `//evil.example`.
    if (url.pathname.startsWith('//') || url.pathname.startsWith('/\\')) return fallback;
    if (url.pathname === '/login') return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
