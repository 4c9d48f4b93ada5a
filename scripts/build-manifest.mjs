// The production build's manifest (dist/.vite/manifest.json), read by the size budgets and the
// login prerender: which files each route loads before it runs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The manifest and its entry chunk's key; exits with a hint when there is no build. */
export function readManifest(dist) {
  const path = join(dist, '.vite', 'manifest.json');
  if (!existsSync(path)) {
    console.error(`${path} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry)?.[0];
  if (!entry) throw new Error('the manifest has no entry chunk');
  return { manifest, entry };
}

/**
 * The files chunks load before they run: themselves, their CSS and their static imports,
 * recursively, in the order met (a chunk before its imports).
 */
export function staticClosure(manifest, keys, seen = new Set()) {
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) continue;
    seen.add(chunk.file);
    for (const css of chunk.css ?? []) seen.add(css);
    staticClosure(manifest, chunk.imports ?? [], seen);
  }
  return seen;
}

/** Source modules that start each part of the app (the router's lazy imports) and the mock. */
export const ROUTES = {
  login: 'src/app/routes/login-route.tsx',
  dashboard: ['src/app/routes/protected-layout.tsx', 'src/app/routes/dashboard-route.tsx'],
  /** The panels that draw charts: loaded on their own, in parallel with a page's data. */
  chartPanels: [
    'src/features/dashboard/components/comparison-panel.tsx',
    'src/features/dashboard/components/parts-panel.tsx',
  ],
  mock: 'mocks/browser.ts',
};

/**
 * The files a page loads only because demo mode's mock API needs them: the mock's static
 * closure less what the app's own code for that page (appKeys, and the entry) loads. A chunk
 * the two share, such as zod's, is the app's once the app's page needs it, the mock's before.
 */
export function mockOnlyFiles(manifest, entry, appKeys) {
  const app = staticClosure(manifest, [entry, ...appKeys]);
  return new Set([...staticClosure(manifest, [ROUTES.mock])].filter((f) => !app.has(f)));
}
