/**
 * The mock backend: implements api/openapi.yaml over the domain module (domain/), the same
 * code the server answers from. The same handlers serve the browser (dev server and demo
 * build), Vitest and the browser tests. Each handler is routing, a fault hook and a session
 * check; what it answers comes from domain/api.ts.
 */
import { http, HttpResponse } from 'msw';
import { env } from '@/config/env';
import { DEMO_PASSWORD, DEMO_USERS, may } from '../domain/accounts';
import { factList, filtersOf, pageById, panelById } from '../domain/api';
import { auditHandlers } from './audit-handlers';
import { breakdownHandlers, officialBreakdownsNow } from './breakdown-handlers';
import * as auth from './auth-store';
import { error, injected } from './respond';
import { clearCookie, setCookie, tokenOf, userOf } from './session-cookie';

const API = '*/api/v1';

export const handlers = [
  ...auditHandlers,
  ...breakdownHandlers,
  http.get(`${API}/auth/demo`, () =>
    HttpResponse.json({
      accounts: DEMO_USERS.map(({ username, role }) => ({ username, role })),
      password: DEMO_PASSWORD,
    }),
  ),

  http.post(`${API}/auth/login`, async ({ request, cookies }) => {
    const fault = await injected('login');
    if (fault) return fault;
    const body = (await request.json().catch(() => null)) as {
      username?: unknown;
      password?: unknown;
    } | null;
    if (
      typeof body?.username !== 'string' ||
      typeof body.password !== 'string' ||
      body.username.length > 64 ||
      body.password.length > 1024
    ) {
      return error(
        400,
        'bad_request',
        'username and password are required (at most 64 and 1024 characters)',
      );
    }
    // Rotation, as on the server: this browser's earlier session ends at a new sign-in.
    auth.logout(tokenOf(cookies));
    const result = auth.login(body.username, body.password);
    if (result.ok) {
      return HttpResponse.json(
        {
          user: result.user,
          expiresAt: new Date(result.expiresAt).toISOString(),
          idleTimeoutMinutes: env.idleTimeoutMinutes,
        },
        { headers: { 'Set-Cookie': setCookie(result.token) } },
      );
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

  http.post(`${API}/auth/logout`, async ({ cookies }) => {
    const fault = await injected('logout');
    if (fault) return fault;
    auth.logout(tokenOf(cookies));
    return new HttpResponse(null, { status: 204, headers: { 'Set-Cookie': clearCookie() } });
  }),

  http.get(`${API}/auth/me`, async ({ cookies }) => {
    const fault = await injected('me');
    if (fault) return fault;
    const token = tokenOf(cookies);
    const user = auth.userForToken(token);
    if (!user || !token) return error(401, 'unauthorized', 'Not signed in');
    return HttpResponse.json({
      user,
      expiresAt: new Date(auth.expiryOf(token) ?? Date.now()).toISOString(),
      idleTimeoutMinutes: env.idleTimeoutMinutes,
    });
  }),

  http.get(`${API}/pages/:pageId`, async ({ cookies, params }) => {
    const fault = await injected(`page:${String(params.pageId)}`);
    if (fault) return fault;
    if (!userOf(cookies)) return error(401, 'unauthorized', 'Not signed in');
    const page = pageById(String(params.pageId), officialBreakdownsNow());
    return page ? HttpResponse.json(page) : error(404, 'not_found', 'No such page');
  }),

  http.get(`${API}/panels/:panelId`, async ({ request, cookies, params }) => {
    const fault = await injected(`panel:${String(params.panelId)}`);
    if (fault) return fault;
    if (!userOf(cookies)) return error(401, 'unauthorized', 'Not signed in');
    const url = new URL(request.url);
    const panel = panelById(
      String(params.panelId),
      filtersOf((n) => url.searchParams.getAll(n).join(',')),
      officialBreakdownsNow(),
    );
    return panel ? HttpResponse.json(panel) : error(404, 'not_found', 'No such panel');
  }),

  http.get(`${API}/admin/users`, ({ cookies }) => {
    const user = userOf(cookies);
    if (!user) return error(401, 'unauthorized', 'Not signed in');
    if (!may(user.role, 'administer')) return error(403, 'forbidden', 'Admins only');
    return HttpResponse.json({ users: auth.accountStates() });
  }),

  http.post(`${API}/admin/users/:username/unlock`, ({ cookies, params }) => {
    const user = userOf(cookies);
    if (!user) return error(401, 'unauthorized', 'Not signed in');
    if (!may(user.role, 'administer')) return error(403, 'forbidden', 'Admins only');
    return auth.unlock(String(params.username), user.username)
      ? new HttpResponse(null, { status: 204 })
      : error(404, 'not_found', 'No such user');
  }),

  http.get(`${API}/admin/security-events`, ({ cookies }) => {
    const user = userOf(cookies);
    if (!user) return error(401, 'unauthorized', 'Not signed in');
    if (!may(user.role, 'administer')) return error(403, 'forbidden', 'Admins only');
    // The demo's log is short: one page.
    return HttpResponse.json({ events: auth.securityEvents().slice(0, 500), nextBefore: null });
  }),

  http.get(`${API}/facts`, async ({ cookies }) => {
    const fault = await injected('facts');
    if (fault) return fault;
    if (!userOf(cookies)) return error(401, 'unauthorized', 'Not signed in');
    return HttpResponse.json(factList());
  }),
];
