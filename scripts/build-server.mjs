// `npm run build:server`: what `npm start` serves, in dist-server/:
// - public/: the app built for the real server (VITE_API_MODE=server): no mock API, no
//   service worker, no demo password; its /login prerendered like the demo build's;
// - server/: the server and its commands (user, audit-verify) bundled for Node 24, with the
//   contract (api/openapi.yaml) inside; packages stay in node_modules.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist-server`;
rmSync(out, { recursive: true, force: true });
execFileSync(process.execPath, [`${root}scripts/check-dataset.mjs`], { stdio: 'inherit' });

process.env.VITE_API_MODE = 'server';
await build({ root, mode: 'production', logLevel: 'warn', build: { outDir: `${out}/public` } });
execFileSync(process.execPath, [`${root}scripts/prerender-login.mjs`, `${out}/public`], {
  stdio: 'inherit',
  env: { ...process.env, VITE_API_MODE: 'server' },
});

// Text files compressed once here (brotli q11, gzip -9), so the server sends them as they
// are (@fastify/static preCompressed) instead of compressing on every request.
function precompress(dir) {
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) precompress(file);
    else if (/\.(js|css|html|svg|json|txt)$/.test(name)) {
      const bytes = readFileSync(file);
      writeFileSync(
        `${file}.br`,
        brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      );
      writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
    }
  }
}
precompress(`${out}/public`);

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  resolve: { alias: { '@': `${root}src` } },
  build: {
    ssr: true,
    target: 'node24',
    outDir: `${out}/server`,
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      input: {
        main: `${root}server/main.ts`,
        user: `${root}server/cli/user.ts`,
        'audit-verify': `${root}server/cli/audit-verify.ts`,
      },
      output: { format: 'esm', entryFileNames: '[name].js' },
    },
  },
});
// The stamp `npm start` compares with the sources to know whether to build again.
writeFileSync(`${out}/.built`, new Date().toISOString());
console.log('built dist-server/ (public/ and server/)');
