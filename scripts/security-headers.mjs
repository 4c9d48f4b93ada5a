/**
 * The security headers the production build is served with (docs/deploy.md). `vite preview`
 * sends them, so the browser tests run with the Content Security Policy enforced.
 *
 * - script-src 'self': no inline scripts and no eval (zod runs jitless, see src/lib/zod.ts).
 * - style-src 'self' 'unsafe-inline': Mantine writes CSS variables into <style> elements and
 *   style props into style attributes at run time; a static host cannot issue per-request
 *   nonces, so inline styles are allowed. Inline styles cannot run code.
 * - worker-src 'self': the demo build's mock API is a service worker from this origin.
 * - img-src data: blob:: exported images are built in the page as data/blob URLs.
 */
export function contentSecurityPolicy(apiOrigin = '') {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    "img-src 'self' data: blob:",
    `connect-src 'self'${apiOrigin ? ` ${apiOrigin}` : ''}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(apiOrigin = '') {
  return {
    'Content-Security-Policy': contentSecurityPolicy(apiOrigin),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    'X-Frame-Options': 'DENY',
  };
}
