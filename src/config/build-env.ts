/**
 * The build's settings (`VITE_*` variables), checked where they are read: by vite.config.ts,
 * in Node, when `dev`, `build` or a test run starts. A typo fails the build, not a reader's
 * page, and the app itself carries no checking code for them (src/config/env.ts reads the
 * checked values, which the build writes in).
 */
// Relative and with its extension, not '@/lib/zod': vite.config.ts imports this file, in Node,
// before any alias exists.
import { z } from '../lib/zod.ts';
import { DEFAULT_IDLE_MINUTES } from './accounts.ts';

const buildEnvSchema = z.object({
  VITE_API_BASE_URL: z._default(z.string(), ''),
  /** `mock`: the in-browser mock API (dev server, demo build); `server`: the real server. */
  VITE_API_MODE: z._default(z.enum(['mock', 'server']), 'mock'),
  VITE_IDLE_TIMEOUT_MINUTES: z._default(
    z.coerce.number().check(z.positive()),
    DEFAULT_IDLE_MINUTES,
  ),
  VITE_API_TIMEOUT_MS: z._default(z.coerce.number().check(z.int(), z.positive()), 10_000),
});

export interface AppEnv {
  /** The backend's origin, no trailing slash; empty in demo mode. */
  apiBaseUrl: string;
  /** No backend: the embedded mock API (MSW) answers /api/v1 in the browser. */
  mockMode: boolean;
  idleTimeoutMinutes: number;
  apiTimeoutMs: number;
}

/** Throws, naming the variable, when a setting is malformed. */
export function checkBuildEnv(vars: Record<string, string | undefined>): AppEnv {
  const parsed = buildEnvSchema.safeParse(vars);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid build settings: ${problems.join('; ')}`);
  }
  const { data } = parsed;
  return {
    apiBaseUrl: data.VITE_API_BASE_URL.replace(/\/$/, ''),
    mockMode: data.VITE_API_MODE === 'mock' && data.VITE_API_BASE_URL === '',
    idleTimeoutMinutes: data.VITE_IDLE_TIMEOUT_MINUTES,
    apiTimeoutMs: data.VITE_API_TIMEOUT_MS,
  };
}
