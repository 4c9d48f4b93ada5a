/**
 * The mock backend: implements api/openapi.yaml over the release's dataset. The same
 * handlers serve the browser (dev server and demo build), Vitest and the browser tests.
 */
import { http, HttpResponse } from 'msw';
import { REGION_SLUGS, SECTOR_SLUGS } from '@/config/regions';
import { auditHandlers } from './audit-handlers';
import * as auth from './auth-store';
import { buildPage, buildPanel, pageDef, panelDef, PAGES } from './data/build-panel';
import { FACTS } from './data/facts';
import { error, injected } from './respond';

const API = '*/api/v1';

function bearer(request: Request): string | null {
  const h = request.headers.get('Authorization');
  return h?.startsWith('Bearer ') ? h.slice(7) : null;
}

function requireUser(request: Request) {
  return auth.userForToken(bearer(request));
}

/** Unknown slugs are dropped here too; the client reports them to the user. */
function filtersOf(url: URL) {
  const list = (name: string, allowed: readonly string[]) =>
    (url.searchParams.get(name) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => allowed.includes(s));
  return { region: list('region', REGION_SLUGS), sector: list('sector', SECTOR_SLUGS) };
}

export const handlers = [
  ...auditHandlers,
  http.post(`${API}/auth/login`, async ({ request }) => {
    const fault = await injected('login');
    if (fault) return fault;
    const body = (await request.json().catch(() => null)) as {
      username?: unknown;
      password?: unknown;
    } | null;
    if (typeof body?.username !== 'string' || typeof body.password !== 'string') {
      return error(400, 'bad_request', 'username and password are required');
    }
    const result = auth.login(body.username, body.password);
    if (result.ok) {
      return HttpResponse.json({
        token: result.token,
        user: result.user,
        expiresAt: new Date(result.expiresAt).toISOString(),
      });
    }
    if (result.reason === 'locked') {
      return error(423, 'locked', 'Account locked', {
        lockedUntil: new Date(result.lockedUntil).toISOString(),
      });
    }
    return error(401, 'invalid_credentials', 'Invalid ID or password', {
      remainingAttempts: result.remainingAttempts,
    });
  }),

  http.post(`${API}/auth/logout`, async ({ request }) => {
    const fault = await injected('logout');
    if (fault) return fault;
    auth.logout(bearer(request));
    return new HttpResponse(null, { status: 204 });
  }),

  http.get(`${API}/auth/me`, async ({ request }) => {
    const fault = await injected('me');
    if (fault) return fault;
    const user = requireUser(request);
    if (!user) return error(401, 'unauthorized', 'Not signed in');
    return HttpResponse.json(user);
  }),

  http.get(`${API}/pages/:pageId`, async ({ request, params }) => {
    const fault = await injected(`page:${String(params.pageId)}`);
    if (fault) return fault;
    if (!requireUser(request)) return error(401, 'unauthorized', 'Not signed in');
    const def = pageDef(String(params.pageId));
    if (!def) return error(404, 'not_found', 'No such page');
    return HttpResponse.json(buildPage(def));
  }),

  http.get(`${API}/panels/:panelId`, async ({ request, params }) => {
    const fault = await injected(`panel:${String(params.panelId)}`);
    if (fault) return fault;
    if (!requireUser(request)) return error(401, 'unauthorized', 'Not signed in');
    const found = panelDef(String(params.panelId));
    if (!found) return error(404, 'not_found', 'No such panel');
    return HttpResponse.json(buildPanel(found.page, found.panel, filtersOf(new URL(request.url))));
  }),

  http.get(`${API}/facts`, async ({ request }) => {
    const fault = await injected('facts');
    if (fault) return fault;
    if (!requireUser(request)) return error(401, 'unauthorized', 'Not signed in');
    return HttpResponse.json({
      facts: FACTS.map((f) => ({
        id: f.id,
        flagship: f.flagship,
        label: { ko: f.label_ko, en: f.label_en },
        value: f.value,
        unit: f.unit,
        quote: f.quote,
      })),
    });
  }),
];

export { PAGES };
