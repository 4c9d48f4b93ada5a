import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { REGIONS, SECTORS } from '@/config/regions';
import type { User } from '@/lib/api/schemas';
import type { BreakdownVersion } from '@/lib/api/breakdown-schemas';
import { panelSchema } from '@/lib/api/schemas';
import { panelById } from './api';
import { FACTS } from './facts';
import {
  activeBreakdowns,
  checkImport,
  importRefusal,
  importTargets,
  importVersion,
  restoreVersion,
} from './official-breakdowns';

const admin: User = {
  username: 'admin',
  displayName: { ko: '관리자', en: 'Admin' },
  role: 'admin',
};
const at = new Date('2026-11-30T00:00:00Z');
const dimsOf = (d: 'region' | 'sector') => (d === 'region' ? REGIONS : SECTORS);

/** Applies one CSV as the server and the demo do, and returns the history after it. */
function applied(
  history: BreakdownVersion[],
  factId: string,
  dimension: 'region' | 'sector',
  csv: Uint8Array,
  note: string | null,
): BreakdownVersion[] {
  const check = checkImport({ factId, dimension, bytes: csv, source: '통계청 2021-03', note });
  if ('error' in check) throw new Error(check.error);
  expect(check.preview.problems).toEqual([]);
  return [
    ...history,
    importVersion(history, { factId, dimension, ...check }, check.preview.values, admin, at),
  ];
}

describe('which facts take a breakdown', () => {
  it('lists the five split panels, grouped by fact and dimension', () => {
    const targets = importTargets();
    expect(targets.map((t) => `${t.factId}:${t.dimension}`)).toEqual([
      'participating-companies-institutions:region',
      'participating-companies-institutions:sector',
      'data-dam-jobs:region',
      'hpc-computing-support:sector',
      'security-consulting-smes:region',
    ]);
    expect(targets.flatMap((t) => t.panels)).toHaveLength(5);
  });

  it('refuses an unknown fact, an unsplit one and the other dimension, saying why', () => {
    expect(importRefusal('no-such-fact', 'region')).toBe('No such fact');
    expect(importRefusal('data-dam-jobs', 'sector')).toMatch(/split by region/);
    expect(importRefusal('data-dam-jobs', 'region')).toBeNull();
    const split = new Set(importTargets().map((t) => t.factId));
    const unsplit = FACTS.find((f) => !split.has(f.id))!;
    expect(importRefusal(unsplit.id, 'region')).toMatch(/No panel splits this fact/);
  });
});

describe('an official breakdown in a panel', () => {
  const target = fc.constantFrom(...importTargets());

  it('shows exactly the file’s values, summing to the stated total, under any filter', () => {
    fc.assert(
      fc.property(
        target,
        fc.array(fc.nat({ max: 100_000 }), { minLength: 17, maxLength: 17 }),
        fc.subarray(REGIONS.map((r) => r.slug)),
        fc.subarray(SECTORS.map((s) => s.slug)),
        fc.boolean(),
        (t, numbers, regionFilter, sectorFilter, cp949) => {
          const dims = dimsOf(t.dimension);
          const values = Object.fromEntries(dims.map((d, i) => [d.slug, numbers[i]!]));
          const total = dims.reduce((s, d) => s + values[d.slug]!, 0);
          const text = ['이름,값', ...dims.map((d) => `${d.ko},${values[d.slug]}`)].join('\r\n');
          const bytes = cp949
            ? new Uint8Array(iconv.encode(text, 'cp949'))
            : new TextEncoder().encode(text);
          const note = total === t.officialTotal ? null : '시·도 집계 기준이 다름';
          const history = applied([], t.factId, t.dimension, bytes, note);
          const active = activeBreakdowns(history);
          for (const ref of t.panels) {
            const all = panelById(ref.id, { region: [], sector: [] }, active)!;
            expect(panelSchema.safeParse(all).success).toBe(true);
            expect(all.provenance).toBe('official');
            expect(all.officialBreakdown).toMatchObject({ total, note, source: '통계청 2021-03' });
            expect(all.items.reduce((s, d) => s + (d.value ?? 0), 0)).toBe(total);
            // Each value names the import as its source, not the release.
            for (const d of all.items) {
              expect(d.series.map((v) => [v.value, v.source.title.ko])).toEqual([
                [d.value, '통계청 2021-03'],
              ]);
            }

            const filtered = panelById(
              ref.id,
              { region: regionFilter, sector: sectorFilter },
              active,
            )!;
            const chosen: string[] = t.dimension === 'region' ? regionFilter : sectorFilter;
            const expected = dims
              .filter((d) => chosen.length === 0 || chosen.includes(d.slug))
              .map((d) => [d.slug, values[d.slug]]);
            expect(filtered.items.map((d) => [d.id.split(':')[1], d.value])).toEqual(expected);
            // The other dimension's filter does not apply to these figures, and says so.
            expect(filtered.scope).toEqual(
              t.dimension === 'region'
                ? { region: 'split', sector: 'national' }
                : { region: 'national', sector: 'split' },
            );
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps every version; restoring version 0 brings the illustrative split back', () => {
    const t = importTargets()[2]!; // data-dam-jobs by region
    const csv = (n: number) =>
      new TextEncoder().encode(REGIONS.map((r, i) => `${r.slug},${i === 0 ? n : 0}`).join('\n'));
    let history = applied([], t.factId, t.dimension, csv(t.officialTotal), null);
    history = applied(history, t.factId, t.dimension, csv(5), 'differs');
    expect(history.map((v) => [v.version, v.totalBefore, v.totalAfter])).toEqual([
      [1, t.officialTotal, t.officialTotal],
      [2, t.officialTotal, 5],
    ]);
    const back = restoreVersion(history, t.factId, t.dimension, 1, admin, at);
    if ('error' in back) throw new Error(back.error);
    history = [...history, back];
    expect(back).toMatchObject({
      version: 3,
      action: 'restore',
      restoredFrom: 1,
      totalAfter: t.officialTotal,
    });
    expect(activeBreakdowns(history).get(`${t.factId}:region`)?.version).toBe(3);

    const none = restoreVersion(history, t.factId, t.dimension, 0, admin, at);
    if ('error' in none) throw new Error(none.error);
    history = [...history, none];
    expect(none.values).toBeNull();
    expect(activeBreakdowns(history).size).toBe(0);
    const panel = panelById(
      t.panels[0]!.id,
      { region: [], sector: [] },
      activeBreakdowns(history),
    )!;
    expect(panel.provenance).toBe('illustrative');
    expect(panel.officialBreakdown).toBeUndefined();

    expect(restoreVersion(history, t.factId, t.dimension, 99, admin, at)).toEqual({
      error: 'No such version',
    });
    expect(restoreVersion([], t.factId, t.dimension, 0, admin, at)).toHaveProperty('error');
  });

  it('refuses a file that is not text, and an import with no source', () => {
    const base = { factId: 'data-dam-jobs', dimension: 'region' as const, note: null };
    expect(
      checkImport({ ...base, bytes: Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0]), source: 'x' }),
    ).toHaveProperty('error');
    expect(
      checkImport({ ...base, bytes: new TextEncoder().encode('서울,1'), source: '  ' }),
    ).toEqual({ error: expect.stringMatching(/source/) });
  });
});
