import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { appFont } from './scripts/app-font.mjs';
import { securityHeaders } from './scripts/security-headers.mjs';
import { stopWithParent } from './scripts/stop-with-parent.mjs';
import { checkBuildEnv } from './src/config/build-env.ts';

const src = fileURLToPath(new URL('./src', import.meta.url));
const mocks = fileURLToPath(new URL('./mocks', import.meta.url));

/** A build for the real server ships no mock API: its service worker file goes too. */
function withoutMockWorker(mockMode: boolean): Plugin {
  let outDir = 'dist';
  return {
    name: 'without-mock-worker',
    apply: 'build',
    configResolved: (c) => void (outDir = c.build.outDir),
    closeBundle: () => {
      if (!mockMode) rmSync(join(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

export default defineConfig(({ mode }) => {
  const appEnv = checkBuildEnv(loadEnv(mode, process.cwd(), 'VITE_'));
  const apiOrigin = appEnv.apiBaseUrl ? new URL(appEnv.apiBaseUrl).origin : '';
  return {
    plugins: [appFont(), react(), withoutMockWorker(appEnv.mockMode), stopWithParent()],
    // src/config/env.ts reads the checked settings; the page carries no code to check them.
    define: {
      __APP_ENV__: JSON.stringify(appEnv),
      // A literal, so a server build drops the demo accounts' code (src/features/auth/demo-accounts.ts).
      __MOCK_MODE__: JSON.stringify(appEnv.mockMode),
    },
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
      testTimeout: 15000,
      projects: [
        {
          extends: true,
          test: {
            name: 'web',
            globals: true,
            environment: 'jsdom',
            setupFiles: ['./tests/setup.ts'],
            include: [
              'src/**/*.test.{ts,tsx}',
              'mocks/**/*.test.ts',
              'domain/**/*.test.ts',
              'tests/unit/**/*.test.{ts,tsx}',
            ],
            css: false,
            // jsdom + Mantine is heavy; two cores here.
            pool: 'threads',
          },
        },
        {
          // The server over HTTP on loopback, on the embedded database (and on PostgreSQL when
          // TEST_DATABASE_URL is set, as .ci/run does).
          extends: true,
          test: {
            name: 'server',
            globals: true,
            environment: 'node',
            include: ['server/**/*.test.ts'],
            pool: 'forks',
            testTimeout: 30000,
            hookTimeout: 60000,
          },
        },
      ],
    },
  };
});
