// `npm run user -- …` and `npm run audit:verify`: the server's commands, built with the
// server (scripts/build-server.mjs); built first if dist-server/ is missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const [name, ...args] = process.argv.slice(2);
const file = join(root, 'dist-server/server', `${name}.js`);
if (!existsSync(file)) {
  const r = spawnSync(process.execPath, [join(root, 'scripts/build-server.mjs')], {
    stdio: ['ignore', 'inherit', 'inherit'],
    cwd: root,
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const r = spawnSync(process.execPath, [file, ...args], { stdio: 'inherit', cwd: root });
process.exit(r.status ?? 1);
