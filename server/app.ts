/**
 * The server: the contract of api/openapi.yaml under /api/v1, the built app beside it, the
 * security headers on every answer, problem+json for every error. Storage is handed in, so
 * tests run the same app on either database and on a fake clock.
 */
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyEtag from '@fastify/etag';
import fastifyRateLimit from '@fastify/rate-limit';
import { constants as zlibConstants } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { securityHeaders } from '../scripts/security-headers.mjs';
import type { ServerConfig } from './config';
import { registerContract } from './contract';
import type { Store } from './db/database';
import { problemBody, sendProblem } from './http/problem';
import { refuseCrossOrigin } from './http/same-origin';
import { requireSession } from './http/session';
import { staticApp } from './http/static-app';
import { adminRoutes } from './routes/admin';
import { auditRoutes } from './routes/audit';
import { authRoutes } from './routes/auth';
import { breakdownRoutes } from './routes/breakdowns';
import { dashboardRoutes } from './routes/dashboard';
import { demoRoute } from './routes/demo';

export interface AppDeps {
  config: Pick<
    ServerConfig,
    | 'demo'
    | 'idleTimeoutMs'
    | 'absoluteSessionMs'
    | 'trustProxy'
    | 'loginRatePerMinute'
    | 'logLevel'
  > & { staticDir: string | null };
  store: Store;
  /** The clock (tests move it). */
  now?: () => number;
  /** Where the JSON log goes (default stdout); false for none (tests). */
  logStream?: NodeJS.WritableStream | false;
}

const HEADERS = Object.entries(securityHeaders());

/**
 * Errors that mean the database is unreachable or busy now: 503, not 500 (the request may be
 * retried). PostgreSQL's connection and shutdown classes (08, 57P), a statement that ran past
 * its timeout (57014), SQLite's busy/locked, and the pool's own connection failures.
 */
function isStorageDown(err: unknown): boolean {
  const e = err as { code?: string; errcode?: number } | null;
  const code = e?.code ?? '';
  const message = err instanceof Error ? err.message : '';
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57014'].includes(code) ||
    code.startsWith('08') ||
    code.startsWith('57P') ||
    e?.errcode === 5 || // SQLITE_BUSY
    e?.errcode === 6 || // SQLITE_LOCKED
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)|Query read timeout/i.test(
      message,
    )
  );
}

/**
 * A value the database refuses to store (PostgreSQL's class 22, "data exception": a NUL
 * character in a text, a number out of range): the request's fault, a 400.
 */
const isDataException = (err: unknown) => /^22/.test((err as { code?: string } | null)?.code ?? '');

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, store } = deps;
  const now = deps.now ?? Date.now;
  const times = { idleMs: config.idleTimeoutMs, absoluteMs: config.absoluteSessionMs };

  const app = Fastify({
    logger:
      deps.logStream === false
        ? false
        : {
            level: config.logLevel,
            // Never a password, a token or a cookie in the log (no body is ever logged).
            redact: [
              'req.headers.cookie',
              'req.headers.authorization',
              'res.headers["set-cookie"]',
            ],
            ...(deps.logStream ? { stream: deps.logStream } : {}),
          },
    // A count trusts that many hops nearest the server (proxy-addr's rule for a number).
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    bodyLimit: 64 * 1024,
    ajv: {
      // Types exactly as the contract says (no "123" for a number, no 1 for a string), and
      // the contract's descriptive keywords (`example`) are not validation errors.
      customOptions: { strict: false, coerceTypes: false, removeAdditional: false },
    },
    return503OnClosing: true,
    // Errors Fastify meets before routing (a malformed percent-encoding in the URL) are
    // problems too, with the security headers like any other answer.
    frameworkErrors: (error, _request, reply) => {
      for (const [name, value] of HEADERS) reply.header(name, value);
      return sendProblem(reply, 400, 'bad_request', error.message);
    },
  });

  app.addHook('onSend', async (_request, reply) => {
    for (const [name, value] of HEADERS) reply.header(name, value);
  });

  // No text this product stores may hold a NUL character (PostgreSQL cannot, and no name,
  // title or file name needs one): refused the same way on both databases.
  app.addHook('onRequest', async (request, reply) => {
    if (/%00/i.test(request.url)) return sendProblem(reply, 400, 'bad_request', 'NUL in the URL');
  });
  app.addHook('preValidation', async (request, reply) => {
    if (request.body !== undefined && JSON.stringify(request.body).includes('\\u0000')) {
      return sendProblem(reply, 400, 'bad_request', 'NUL in the body');
    }
  });

  // Every error becomes a problem: validation and parse errors a 400, sizes a 413, the
  // storage being down a 503, anything unforeseen a 500 (logged with its stack).
  app.setErrorHandler((err, request, reply) => {
    const e = err as { validation?: unknown; statusCode?: number; code?: string; message: string };
    if (e.validation) return sendProblem(reply, 400, 'bad_request', e.message);
    if (isDataException(err)) {
      return sendProblem(
        reply,
        400,
        'bad_request',
        'The request holds a value that cannot be stored',
      );
    }
    if (isStorageDown(err)) {
      request.log.warn({ err }, 'storage unavailable');
      return sendProblem(
        reply,
        503,
        'unavailable',
        'The database is not reachable; try again shortly',
      );
    }
    const status = e.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return sendProblem(
        reply,
        status,
        status === 429 ? 'too_many_requests' : 'bad_request',
        e.message,
      );
    }
    request.log.error({ err }, 'unhandled error');
    return sendProblem(reply, 500, 'internal', 'Internal server error');
  });

  registerContract(app);
  // API answers (JSON) are compressed on the fly, quickly; the app's files come compressed
  // already (http/static-app.ts).
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => ({
      ...problemBody(
        429,
        'too_many_requests',
        `Too many sign-in attempts; try again in ${Math.ceil(context.ttl / 1000)} s`,
      ),
      statusCode: 429,
    }),
  });

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) =>
    (await store.ping())
      ? { status: 'ready', storage: store.dialect }
      : sendProblem(reply, 503, 'unavailable', 'The database is not reachable'),
  );

  const signedIn = requireSession({ store, times, now });
  await app.register(
    async (api) => {
      api.addHook('onRequest', refuseCrossOrigin);
      // API answers are per user and never cached by the browser or a proxy.
      api.addHook('onSend', async (_request, reply) => {
        if (!reply.hasHeader('Cache-Control')) reply.header('Cache-Control', 'no-store');
      });
      authRoutes(api, { store, times, now, loginRatePerMinute: config.loginRatePerMinute });
      demoRoute(api, config.demo);
      // Pages, panels and facts change only with a new release or an import: each answer
      // carries an ETag, and the browser revalidates (If-None-Match → 304, no body) instead of
      // downloading it again. Private: an answer needs a session and is never shared.
      await api.register(async (cached) => {
        await cached.register(fastifyEtag, { weak: true });
        cached.addHook('onRequest', async (_request, reply) => {
          reply.header('Cache-Control', 'private, no-cache');
        });
        dashboardRoutes(cached, store, signedIn);
      });
      auditRoutes(api, store, signedIn);
      adminRoutes(api, store, signedIn, now);
      await api.register(async (imports) => breakdownRoutes(imports, store, signedIn, now));
    },
    { prefix: '/api/v1' },
  );

  const index = config.staticDir ? await staticApp(app, config.staticDir) : null;
  app.setNotFoundHandler((request, reply) => {
    const url = request.url;
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !url.startsWith('/api/') &&
      !url.startsWith('/assets/') &&
      !/\.[a-z0-9]+($|\?)/i.test(url.split('?')[0] ?? '');
    if (index && isPage) return index(request, reply);
    return sendProblem(reply, 404, 'not_found', 'Not found');
  });

  return app;
}
