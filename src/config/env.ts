import { z } from '@/lib/zod';

/**
 * Build-time configuration, checked once at start-up so a typo fails loudly.
 * VITE_API_BASE_URL empty (the default) means demo mode: the embedded mock API (MSW)
 * answers /api/v1 in the browser. Set it to a backend origin to use a real API instead.
 */
const envSchema = z.object({
  VITE_API_BASE_URL: z._default(z.string(), ''),
  VITE_IDLE_TIMEOUT_MINUTES: z._default(z.coerce.number().check(z.positive()), 30),
  VITE_API_TIMEOUT_MS: z._default(z.coerce.number().check(z.int(), z.positive()), 10_000),
});

const parsed = envSchema.parse(import.meta.env);

export const env = {
  apiBaseUrl: parsed.VITE_API_BASE_URL.replace(/\/$/, ''),
  mockMode: parsed.VITE_API_BASE_URL === '',
  idleTimeoutMinutes: parsed.VITE_IDLE_TIMEOUT_MINUTES,
  apiTimeoutMs: parsed.VITE_API_TIMEOUT_MS,
} as const;
