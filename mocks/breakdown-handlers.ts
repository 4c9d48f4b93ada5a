/**
 * The official-breakdown endpoints of the mock (issue 17), over the same domain rules as the
 * server (domain/official-breakdowns.ts). The demo keeps its versions in the browser's
 * localStorage, so a reload keeps an import; under Vitest they live in memory. Pages and
 * panels (handlers.ts) read the breakdowns in force from here.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { breakdownVersionSchema, type BreakdownVersion } from '@/lib/api/breakdown-schemas';
import { z } from '@/lib/zod';
import { may } from '../domain/accounts';
import { MAX_IMPORT_BYTES } from '../domain/breakdown-import';
import { hasFact } from '../domain/facts';
import {
  activeBreakdowns,
  checkImport,
  importRefusal,
  importTargets,
  importVersion,
  isDimension,
  restoreVersion,
  type OfficialBreakdowns,
} from '../domain/official-breakdowns';
import { error } from './respond';
import { userOf } from './session-cookie';

const API = '*/api/v1';
const KEY = 'mock-api:breakdown-versions';

const storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null =
  typeof localStorage !== 'undefined' && import.meta.env.MODE !== 'test' ? localStorage : null;
let memory: BreakdownVersion[] = [];

/** Every stored version, oldest first. A damaged entry is dropped, never half-read. */
function load(): BreakdownVersion[] {
  if (!storage) return memory;
  try {
    const parsed = z
      .array(breakdownVersionSchema)
      .safeParse(JSON.parse(storage.getItem(KEY) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Stores one version (the handlers' own write; tests seed a history with it). */
export function appendBreakdownVersion(v: BreakdownVersion) {
  const all = [...load(), v];
  if (storage) storage.setItem(KEY, JSON.stringify(all));
  else memory = all;
}

/** For tests: an empty history. */
export function resetBreakdowns() {
  memory = [];
  storage?.removeItem(KEY);
}

export const officialBreakdownsNow = (): OfficialBreakdowns => activeBreakdowns(load());

const newestFirst = (vs: BreakdownVersion[]) => [...vs].reverse();

function adminOf(cookies: Record<string, string>) {
  const user = userOf(cookies);
  if (!user) return { refused: error(401, 'unauthorized', 'Not signed in') };
  if (!may(user.role, 'administer')) return { refused: error(403, 'forbidden', 'Admins only') };
  return { user };
}

export const breakdownHandlers: HttpHandler[] = [
  http.get(`${API}/breakdowns`, ({ cookies }) => {
    const who = adminOf(cookies);
    if ('refused' in who) return who.refused;
    const all = load();
    return HttpResponse.json({
      targets: importTargets(activeBreakdowns(all)),
      log: newestFirst(all),
    });
  }),

  http.get(`${API}/facts/:factId/breakdowns`, ({ cookies, params }) => {
    const who = adminOf(cookies);
    if ('refused' in who) return who.refused;
    const factId = String(params.factId);
    if (!hasFact(factId)) return error(404, 'not_found', 'No such fact');
    return HttpResponse.json({ versions: newestFirst(load().filter((v) => v.factId === factId)) });
  }),

  http.post(`${API}/facts/:factId/breakdowns`, async ({ request, cookies, params }) => {
    const who = adminOf(cookies);
    if ('refused' in who) return who.refused;
    const factId = String(params.factId);
    if (!hasFact(factId)) return error(404, 'not_found', 'No such fact');
    const dryRun = new URL(request.url).searchParams.get('dryRun');
    if (dryRun !== null && dryRun !== 'true' && dryRun !== 'false') {
      return error(400, 'bad_request', 'dryRun must be true or false');
    }
    const form = await request.formData().catch(() => null);
    if (!form) return error(415, 'bad_request', 'Send the file as multipart/form-data');
    const file = form.get('file');
    if (!(file instanceof Blob))
      return error(400, 'bad_request', 'Attach the CSV as the field file');
    if (file.size > MAX_IMPORT_BYTES) return error(413, 'bad_request', 'request file too large');
    const dimension = form.get('dimension');
    if (!isDimension(dimension))
      return error(400, 'bad_request', 'dimension must be region or sector');
    const refusal = importRefusal(factId, dimension);
    if (refusal) return error(400, 'not_importable', refusal);
    const text = (name: string) => {
      const v = form.get(name);
      return typeof v === 'string' ? v : null;
    };
    const check = checkImport({
      factId,
      dimension,
      bytes: new Uint8Array(await file.arrayBuffer()),
      source: text('source') ?? '',
      note: text('note'),
    });
    if ('error' in check) return error(400, 'bad_file', check.error);
    const { preview } = check;
    if (dryRun === 'true') return HttpResponse.json({ preview, version: null });
    if (preview.problems.length) {
      return error(422, 'invalid_breakdown', `Not applied: ${preview.problems.join('; ')}`, {
        preview,
      });
    }
    const version = importVersion(
      load(),
      { factId, dimension, source: check.source, note: check.note },
      preview.values,
      who.user,
      new Date(),
    );
    appendBreakdownVersion(version);
    return HttpResponse.json({ preview, version }, { status: 201 });
  }),

  http.post(
    `${API}/facts/:factId/breakdowns/:dimension/:version/restore`,
    ({ cookies, params }) => {
      const who = adminOf(cookies);
      if ('refused' in who) return who.refused;
      const factId = String(params.factId);
      const dimension = String(params.dimension);
      const version = String(params.version);
      if (!hasFact(factId)) return error(404, 'not_found', 'No such fact');
      if (!isDimension(dimension) || !/^(0|[1-9][0-9]{0,8})$/.test(version)) {
        return error(400, 'bad_request', 'dimension must be region or sector; version a number');
      }
      const refusal = importRefusal(factId, dimension);
      if (refusal) return error(400, 'not_importable', refusal);
      const result = restoreVersion(
        load(),
        factId,
        dimension,
        Number(version),
        who.user,
        new Date(),
      );
      if ('error' in result) return error(404, 'not_found', result.error);
      appendBreakdownVersion(result);
      return HttpResponse.json(result, { status: 201 });
    },
  ),
];
