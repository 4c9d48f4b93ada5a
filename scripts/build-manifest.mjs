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
