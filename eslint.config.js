// @ts-check
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['auth', 'filters', 'dashboard', 'flagships', 'export', 'briefing'];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-server',
      'data',
      'node_modules',
      'public/mockServiceWorker.js',
      'playwright-report',
      'test-results*',
      'bench-results',
      '.scratch',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX },
    languageOptions: { globals: { ...globals.browser } },
    settings: {
      // Resolves the `@/` alias, so the boundary zones below see aliased imports too.
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'import-x/no-cycle': 'error',
      // Text from the API is rendered by React, which escapes it; raw HTML is never injected.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No raw HTML: render data as text (CSP and XSS, docs/deploy.md).',
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // The `@/` alias is resolved by Vite and TypeScript; import-x only needs to check paths.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // One way only: shared layers → features → app (bulletproof-react).
            ...FEATURES.map((f) => ({
              target: `./src/features/${f}`,
              from: './src/features',
              except: [`./${f}`],
              message: 'A feature never imports another feature; compose them in src/app.',
            })),
            {
              target: ['./src/lib', './src/components', './src/config'],
              from: ['./src/features', './src/app'],
              message: 'Shared layers must not depend on features or the app.',
            },
            {
              target: './src/features',
              from: './src/app',
              message: 'Features must not import from the app layer.',
            },
            {
              // One direction: domain/ builds on src/config and the contract's types; the
              // browser app never imports the domain (its data stays behind the API).
              target: './src',
              from: ['./domain', './server'],
              message:
                'src/ does not import domain/ or server/: facts it shares live in src/config.',
            },
            {
              target: './domain',
              from: ['./server', './mocks', './src/features', './src/app'],
              message:
                'domain/ is shared by the mock and the server: it imports neither, nor the UI.',
            },
            {
              target: './src',
              from: './mocks',
              except: [],
              message:
                'src/ never imports the mock API (only main.tsx, dynamically, in demo mode).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      // ESLint cannot see that the @/ alias points at src/features; ban the aliased form too.
      'no-restricted-imports': [
        'error',
        {
          // Classic zod is 13 KiB more on every page (docs/decisions/007-performance-budgets.md).
          paths: ['zod', 'zod/v4', 'zod/v3'].map((name) => ({
            name,
            message: "Use `z` from '@/lib/zod' (zod/mini, configured for the CSP).",
          })),
          patterns: [
            {
              group: ['**/mocks/*', '@mocks/*'],
              message: 'src/ never imports mocks/ (except the dynamic import in main.tsx).',
            },
          ],
        },
      ],
    },
  },
  {
    // The one sanctioned door into mocks/: the dynamic import that starts demo mode.
    files: ['src/main.tsx'],
    rules: { 'no-restricted-imports': 'off', 'import-x/no-restricted-paths': 'off' },
  },
  {
    files: ['tests/**/*.{ts,tsx}', '**/*.test.{ts,tsx}', 'mocks/**/*.ts'],
    rules: { 'import-x/no-restricted-paths': 'off', 'no-restricted-imports': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.{js,ts,cjs}', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The server and its commands run on Node only.
    files: ['server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Bench and screenshot scripts pass functions into the page: browser globals there.
    files: ['scripts/**/*.mjs', 'tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
