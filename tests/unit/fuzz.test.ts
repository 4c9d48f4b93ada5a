/**
 * Bad input, at random (issue on performance and resilience): every URL parameter the app
 * reads gets arbitrary strings, and every response schema gets arbitrary JSON, both whole and
 * as a valid answer with one field replaced. Nothing may throw past its boundary: URL values
 * are dropped and named, responses are either accepted whole or refused as a typed
 * `invalid-response` error (which a card shows as a data error, never as a number).
 */
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import { REGION_SLUGS, SECTOR_SLUGS } from '@/config/regions';
import { safeReturnTo } from '@/features/auth/return-to';
import { parseFilters } from '@/features/filters/filter-params';
import { apiRequest, isApiError } from '@/lib/api/client';
import {
  auditEntrySchema,
  auditListSchema,
  factListSchema,
  pageSchema,
  panelSchema,
  sessionSchema,
} from '@/lib/api/schemas';
import { buildPage, buildPanel, PAGES } from '../../domain/build-panel';
import { clearFaults, faultFor, parseFaultFlag } from '../../mocks/faults';
import { server } from '../../mocks/node';

/** Strings as a URL can carry them: any Unicode, and the characters that mean something there. */
const urlish = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc
    .array(fc.constantFrom(...'/\\:.?#&=,%@ \t\n'.split(''), 'gwangju', 'http', 'evil.example'), {
      maxLength: 12,
    })
    .map((parts) => parts.join('')),
);

describe('URL parameters, fuzzed', () => {
  it('region and sector: never throw; keep only known slugs; name the rest', () => {
    fc.assert(
      fc.property(urlish, urlish, fc.string({ maxLength: 60 }), (region, sector, raw) => {
        for (const search of [
          new URLSearchParams({ region, sector }),
          new URLSearchParams(raw), // a whole query string, however broken
        ]) {
          const parsed = parseFilters(search);
          expect(parsed.region.every((s) => REGION_SLUGS.includes(s))).toBe(true);
          expect(parsed.sector.every((s) => SECTOR_SLUGS.includes(s))).toBe(true);
          expect(parsed.ignored.region.some((s) => REGION_SLUGS.includes(s))).toBe(false);
          expect(parsed.ignored.sector.some((s) => SECTOR_SLUGS.includes(s))).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('returnTo: always an internal path of this app, never another origin', () => {
    fc.assert(
      fc.property(urlish, (raw) => {
        const to = safeReturnTo(raw);
        expect(to.startsWith('/')).toBe(true);
        expect(to.startsWith('//') || to.startsWith('/\\')).toBe(false);
        expect(new URL(to, 'http://app.invalid').origin).toBe('http://app.invalid');
        expect(new URL(to, 'http://app.invalid').pathname).not.toBe('/login');
      }),
      { numRuns: 500 },
    );
  });

  it('mockFault: never throws, and sets only the four kinds', () => {
    fc.assert(
      fc.property(urlish, fc.constantFrom('login', 'me', 'panel:ov-budget', '*'), (raw, ep) => {
        clearFaults();
        parseFaultFlag(raw);
        expect([undefined, '500', 'timeout', 'malformed', '401']).toContain(faultFor(ep));
      }),
      { numRuns: 300 },
    );
    clearFaults();
  });
});

/** Every path into a JSON value (objects and arrays), for replacing one field. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

function replaced(value: unknown, path: (string | number)[], by: unknown): unknown {
  if (path.length === 0) return by;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) {
    const copy: unknown[] = [...value];
    copy[Number(head)] = replaced(copy[Number(head)], rest, by);
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  copy[head] = replaced(copy[head], rest, by);
  return copy;
}

/** Serves `body` at /api/v1/fuzz, asks for it with `schema`: the only outcomes allowed. */
async function answer(schema: z.ZodMiniType, body: unknown) {
  server.use(http.get('*/api/v1/fuzz', () => HttpResponse.json(body as never)));
  try {
    const data = await apiRequest('/fuzz', schema);
    // Accepted: then it really is what the contract says.
    expect(schema.safeParse(data).success).toBe(true);
    return 'accepted';
  } catch (e) {
    expect(isApiError(e) && e.kind).toBe('invalid-response');
    return 'refused';
  }
}

const overview = PAGES.find((p) => p.id === 'overview')!;
const user = { username: 'analyst', displayName: { ko: '분석관', en: 'Analyst' }, role: 'analyst' };
const VALID: [string, z.ZodMiniType, unknown][] = [
  ['login', sessionSchema, { expiresAt: '2021-01-15T00:00:00Z', idleTimeoutMinutes: 30, user }],
  ['me', sessionSchema, { expiresAt: '2021-01-15T00:00:00Z', idleTimeoutMinutes: 30, user }],
  ['page', pageSchema, buildPage(overview)],
  ['panel', panelSchema, buildPanel(overview, overview.panels[1]!, { region: [], sector: [] })],
  ['facts', factListSchema, { facts: [] }],
  [
    'audit list',
    auditListSchema,
    {
      entries: [],
      total: 0,
      nextBefore: null,
      chain: { verified: true, checked: 0, brokenAt: null, head: '0'.repeat(64) },
    },
  ],
];

describe('responses, fuzzed against every schema', () => {
  it.each(VALID)(
    '%s: the valid sample is accepted (so the fuzzing below starts from truth)',
    async (_, schema, body) => {
      expect(schema.safeParse(body).success).toBe(true);
      expect(await answer(schema, body)).toBe('accepted');
    },
  );

  it.each(VALID)(
    '%s: arbitrary JSON is accepted whole or refused as invalid-response',
    async (_, schema) => {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (body) => {
          await answer(schema, body);
        }),
        { numRuns: 60 },
      );
    },
  );

  it.each(VALID)('%s: one field replaced by arbitrary JSON is caught', async (_, schema, body) => {
    const all = paths(body);
    await fc.assert(
      fc.asyncProperty(fc.nat(all.length - 1), fc.jsonValue({ maxDepth: 2 }), async (i, by) => {
        await answer(schema, replaced(body, all[i]!, by));
      }),
      { numRuns: 60 },
    );
  });

  it('an audit entry with a field replaced is caught too', async () => {
    const entry = {
      id: '1',
      at: '2026-11-25T00:00:00Z',
      user,
      pageId: 'overview',
      pageTitle: { ko: '종합 현황', en: 'Overview' },
      panelId: null,
      panelTitle: null,
      filters: { region: [], sector: [] },
      filtersText: '전국 · 전 업종',
      format: 'pdf',
      fileName: 'x.pdf',
    };
    expect(auditEntrySchema.safeParse(entry).success).toBe(true);
    const all = paths(entry);
    await fc.assert(
      fc.asyncProperty(fc.nat(all.length - 1), fc.jsonValue({ maxDepth: 2 }), async (i, by) => {
        await answer(auditEntrySchema, replaced(entry, all[i]!, by));
      }),
      { numRuns: 60 },
    );
  });
});
