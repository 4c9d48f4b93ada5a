import type { z } from 'zod/mini';
import { env } from '@/config/env';
import type { ApiErrorBody } from './schemas';

export type ApiErrorKind =
  | 'unauthorized' // 401: the session is over
  | 'forbidden' // 403: the role may not do this
  | 'http' // any other non-2xx
  | 'network' // no answer at all (offline, refused)
  | 'timeout' // no answer in time
  | 'invalid-response'; // an answer that breaks the contract

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status: number | null = null,
    readonly body: ApiErrorBody | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

let currentSession: () => object | null = () => null;
let unauthorizedListener: () => void = () => {};
let serverReady: Promise<unknown> = Promise.resolve();

/**
 * Requests wait for this before they are sent. Demo mode passes the in-browser mock API's
 * start-up, so the app can paint (the login page) while the mock is still loading, instead of
 * after it. A start-up that fails makes every request fail as "could not be reached".
 */
export function setServerReady(ready: Promise<unknown>) {
  serverReady = ready;
}

/**
 * Auth registers these; the client never reaches into UI state itself. The credential is a
 * cookie the page cannot read (httpOnly on the server; the mock sets its own): the client
 * only needs to know which session a request was made in, to tell whether a 401 ends it.
 */
export function configureApiClient(opts: {
  getSession: () => object | null;
  onUnauthorized: () => void;
}) {
  currentSession = opts.getSession;
  unauthorizedListener = opts.onUnauthorized;
}

export type QueryParams = Record<string, string | readonly string[] | undefined>;

function buildUrl(path: string, params?: QueryParams): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) {
    if (v === undefined) continue;
    const s = typeof v === 'string' ? v : v.join(',');
    if (s !== '') search.set(k, s);
  }
  const qs = search.toString();
  return `${env.apiBaseUrl}/api/v1${path}${qs ? `?${qs}` : ''}`;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'DELETE';
  params?: QueryParams;
  /** JSON, or a multipart form (a file upload) sent as it is. */
  body?: unknown;
  signal?: AbortSignal;
}

export async function apiRequest<S extends z.ZodMiniType>(
  path: string,
  schema: S,
  { method = 'GET', params, body, signal }: RequestOptions = {},
): Promise<z.infer<S>> {
  try {
    await serverReady;
  } catch {
    throw new ApiError('network', 'The server could not be reached.');
  }
  const timeout = AbortSignal.timeout(env.apiTimeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const headers: Record<string, string> = { Accept: 'application/json' };
  const session = currentSession();
  // By its tag, not instanceof: a test's FormData may come from another realm than the page's.
  const isForm = Object.prototype.toString.call(body) === '[object FormData]';
  // A form's content type (with its boundary) is set by fetch itself.
  if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json';

  let res: Response;
  try {
    res = await fetch(buildUrl(path, params), {
      method,
      headers,
      body: body === undefined ? undefined : isForm ? (body as FormData) : JSON.stringify(body),
      signal: combined,
      // The session cookie goes with every call to the app's own origin.
      credentials: 'same-origin',
    });
  } catch (e) {
    if (timeout.aborted) throw new ApiError('timeout', 'The server did not answer in time.');
    if (signal?.aborted) throw e; // a cancelled query: let TanStack Query handle it
    throw new ApiError('network', 'The server could not be reached.');
  }

  let json: unknown = null;
  const text = await res.text().catch(() => '');
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }

  if (!res.ok) {
    const parsedBody = await parseErrorBody(json);
    const message = parsedBody?.message ?? `HTTP ${res.status}`;
    if (res.status === 401) {
      // Only a call made in a session ends that session; a failed login is just an answer.
      // A late 401 for an older session (a request started before logout or re-login) must
      // not end the session that is current now.
      if (session && session === currentSession()) unauthorizedListener();
      throw new ApiError('unauthorized', message, 401, parsedBody);
    }
    if (res.status === 403) throw new ApiError('forbidden', message, 403, parsedBody);
    throw new ApiError('http', message, res.status, parsedBody);
  }

  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(
      'invalid-response',
      `The response of ${path} does not match the contract: ${parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
        .join('; ')}`,
      res.status,
    );
  }
  return parsed.data;
}

/**
 * The error body's fields (a message, attempts left), or none when it is not the contract's.
 * Its schema is imported here, not at the top: the client is on /login, which loads no zod
 * until a request is made (docs/decisions/013). Every feature's API module imports the schemas
 * module, so by the time an error arrives this import is answered from the module cache.
 */
async function parseErrorBody(json: unknown): Promise<ApiErrorBody | null> {
  try {
    const { apiErrorBody } = await import('./schemas');
    const parsed = apiErrorBody.safeParse(json);
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // its code could not load: the status alone still says what happened
  }
}
