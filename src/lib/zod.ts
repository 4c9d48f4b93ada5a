/**
 * The one door to zod in src/: its tree-shakable `zod/mini` form, configured before any schema
 * is built. Classic `zod` costs 13 KiB more on every page that checks data (docs/decisions/007),
 * so ESLint keeps it out of src/.
 */
import { en } from 'zod/locales';
import { z } from 'zod/mini';

z.config({
  // No `new Function`: the build runs under a CSP without 'unsafe-eval' (docs/deploy.md).
  jitless: true,
  // Classic zod installs English messages by itself; zod/mini has none, and the client quotes
  // them in an `invalid-response` error (src/lib/api/client.ts), which /login shows.
  ...en(),
});

export { z };
