import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { loadEnv } from 'vite';
import { defineConfig } from 'vitest/config';
import { appFont } from './scripts/app-font.mjs';
import { securityHeaders } from './scripts/security-headers.mjs';
import { checkBuildEnv } from './src/config/build-env.ts';

const src = fileURLToPath(new URL('./src', import.meta.url));
const mocks = fileURLToPath(new URL('./mocks', import.meta.url));

export default defineConfig(({ mode }) => {
  const appEnv = checkBuildEnv(loadEnv(mode, process.cwd(), 'VITE_'));
  const apiOrigin = appEnv.apiBaseUrl ? new URL(appEnv.apiBaseUrl).origin : '';
  return {
    plugins: [appFont(), react()],
    // src/config/env.ts reads the checked settings; the page carries no code to check them.
    define: { __APP_ENV__: JSON.stringify(appEnv) },
    resolve: { alias: { '@': src, '@mocks': mocks } },
    server: { port: 5173, strictPort: false },
    // The production build is previewed (and browser-tested) under its real security headers.
    preview: { port: 4173, headers: securityHeaders(apiOrigin) },
    build: {
      target: 'es2022',
      // The Korean font ships as ~120 unicode-range subsets; none should be inlined as base64.
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 700,
      // scripts/check-budgets.mjs reads which chunks each route loads from the manifest.
      manifest: true,
    },
    test: {
      globals: true,
      environment: 'jsdom',
      setupFiles: ['./tests/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
      css: false,
      // jsdom + Mantine is heavy; two cores here.
      pool: 'threads',
      testTimeout: 15000,
    },
  };
});
