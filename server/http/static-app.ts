/**
 * Serves the built app from the same origin as the API: /login → login.html (the static
 * login page), /assets/* immutable (their names carry a content hash) and a 404 when missing,
 * and index.html for every other page path (the router draws its own not-found page).
 */
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

export async function staticApp(app: FastifyInstance, root: string) {
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(`No built app in ${root}: run \`npm run build:server\` (npm start does it).`);
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: false, // files are listed at start; an unknown path falls through to the 404 handler
    index: false,
    // scripts/build-server.mjs writes .br and .gz beside each text file: served as they are,
    // with no compression work per request.
    preCompressed: true,
    setHeaders(res, filePath) {
      const rel = path.relative(root, filePath);
      res.header(
        'Cache-Control',
        rel.startsWith(`assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const page = (file: string) => (_req: unknown, reply: FastifyReply) =>
    reply.header('Cache-Control', 'no-cache').sendFile(file);
  app.get('/login', page('login.html'));
  return page('index.html');
}
