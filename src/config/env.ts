import type { AppEnv } from './build-env';

/** Written in by the build (vite.config.ts `define`) after src/config/build-env.ts checked it. */
declare const __APP_ENV__: AppEnv;

/**
 * Build-time configuration. VITE_API_BASE_URL empty (the default) means demo mode: the
 * embedded mock API (MSW) answers /api/v1 in the browser. Set it to a backend origin to use a
 * real API instead.
 */
export const env: Readonly<AppEnv> = __APP_ENV__;
