import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { REGIONS, SECTORS } from '@/config/regions';
import { decodeCsv, dimensionSlugs, previewBreakdown, MAX_IMPORT_BYTES } from './breakdown-import';

const utf8 = (s: string) => new TextEncoder().encode(s);
const csvOf = (rows: [string, string | number][], header = '지역,값') =>
  [header, ...rows.map(([n, v]) => `${n},${v}`)].join('\r\n');

describe('decodeCsv', () => {
  it('reads UTF-8 with and without a BOM, and CP949 as Korean Excel writes it', () => {
    const text = csvOf([['서울특별시', 10]]);
    expect(decodeCsv(utf8(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeCsv(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]))).toEqual({
      text,
      encoding: 'utf-8-bom',
    });
    expect(decodeCsv(new Uint8Array(iconv.encode(text, 'cp949')))).toEqual({
      text,
      encoding: 'cp949',
    });
  });

  it('refuses a binary file, an empty one and one over the size limit', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(decodeCsv(png)).toHaveProperty('error');
    expect(decodeCsv(new Uint8Array(0))).toHaveProperty('error');
    expect(decodeCsv(new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41))).toHaveProperty('error');
    expect(decodeCsv(Uint8Array.from([0xef, 0xbb, 0xbf, 0xff, 0xfe]))).toHaveProperty('error');
  });
});

describe('previewBreakdown', () => {
  const allRegions = (value: (i: number) => number) =>
    REGIONS.map((r, i): [string, number] => [r.ko, value(i)]);

  it('matches slugs, short names and full names, old and new', () => {
    const p = previewBreakdown(
      csvOf([
        ['seoul', 1],
        ['부산', 2],
        ['강원특별자치도', 3],
        ['전라북도', 4],
        ['Jeju', 5],
      ]),
      'region',
      15,
      null,
    );
    expect(p.rows.map((r) => r.slug)).toEqual(['seoul', 'busan', 'gangwon', 'jeonbuk', 'jeju']);
    expect(p.rows.every((r) => r.problem === null)).toBe(true);
    expect(p.missing).toHaveLength(12);
  });

  it('refuses row by row: unknown names, duplicates, non-numbers, negatives, formulas', () => {
    const p = previewBreakdown(
      csvOf([
        ['서울', '"1,200"'], // Excel quotes a number with a thousands separator
        ['아틀란티스', 3],
        ['서울', 5],
        ['부산', 'many'],
        ['대구', -4],
        ["=cmd|' /C calc'!A0", 1],
        ['인천', '=1+2'],
        ['광주', ''],
      ]),
      'region',
      1200,
      null,
    );
    expect(p.rows.map((r) => [r.line, r.problem])).toEqual([
      [2, null],
      [3, 'unknown-name'],
      [4, 'duplicate'],
      [5, 'not-a-number'],
      [6, 'negative'],
      [7, 'formula'],
      [8, 'formula'],
      [9, 'missing-value'],
    ]);
    expect(p.values).toEqual({ seoul: 1200 });
    expect(p.problems.join(' ')).toMatch(/7 row\(s\) refused/);
    expect(p.problems.join(' ')).toMatch(/missing: busan/);
  });

  it('refuses a total that differs from the official figure unless the officer says why', () => {
    const rows = allRegions(() => 10); // 170
    expect(previewBreakdown(csvOf(rows), 'region', 170, null).problems).toEqual([]);
    expect(previewBreakdown(csvOf(rows), 'region', 171, null).problems.join()).toMatch(/differs/);
    expect(previewBreakdown(csvOf(rows), 'region', 171, '세종 1건 미배분').problems).toEqual([]);
  });

  it('for any valid import: exactly the file’s values, summing to the stated total (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'region' | 'sector'>('region', 'sector'),
        fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 17, maxLength: 17 }),
        fc.boolean(),
        (dimension, numbers, withSeparators) => {
          const dims = dimension === 'region' ? REGIONS : SECTORS;
          const rows = dims.map((d, i): [string, string] => [
            i % 2 ? d.ko : d.slug,
            withSeparators ? `"${numbers[i]!.toLocaleString('en-US')}"` : String(numbers[i]),
          ]);
          const total = dims.reduce((s, _d, i) => s + numbers[i]!, 0);
          const p = previewBreakdown(csvOf(rows, 'name,value'), dimension, total, null);
          expect(p.problems).toEqual([]);
          expect(Object.keys(p.values)).toEqual(dimensionSlugs(dimension));
          dims.forEach((d, i) => expect(p.values[d.slug]).toBe(numbers[i]));
          expect(p.total).toBe(total);
        },
      ),
      { numRuns: 100 },
    );
  });
});
