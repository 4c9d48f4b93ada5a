// `npm start`: builds dist-server/ when it is missing or older than the sources, then runs
// the server in this same process (on the Node 24 of node_modules/.bin, like every npm script
// here), so stopping this process by its PID stops the server: nothing is left running.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stamp = join(root, 'dist-server/.built');
const SOURCES = [
  'src',
  'server',
  'domain',
  'dataset',
  'api',
  'public',
  'index.html',
  'package-lock.json',
  'vite.config.ts',
];

function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = s.mtimeMs;
  for (const e of readdirSync(path))
    if (!e.endsWith('.test.ts') && !e.endsWith('.test.tsx')) t = Math.max(t, newest(join(path, e)));
  return t;
}

const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const changed = SOURCES.some((s) => existsSync(join(root, s)) && newest(join(root, s)) > built);
if (changed) {
  console.log(
    built
      ? 'Sources changed since the last build: building…'
      : 'First start: building the app and the server…',
  );
  const r = spawnSync(process.execPath, [join(root, 'scripts/build-server.mjs')], {
    stdio: 'inherit',
    cwd: root,
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

await import(pathToFileURL(join(root, 'dist-server/server/main.js')).href);
