import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGION_SLUGS, SECTOR_SLUGS } from '@/config/regions';
import { filterSearch, parseFilters, writeFilters } from './filter-params';

const parse = (qs: string) => parseFilters(new URLSearchParams(qs));

describe('parseFilters', () => {
  it('reads the contract’s example', () => {
    expect(parse('region=gwangju,seoul&sector=manufacturing')).toEqual({
      region: ['seoul', 'gwangju'],
      sector: ['manufacturing'],
      ignored: { region: [], sector: [] },
    });
  });

  it('absent means all', () => {
    expect(parse('')).toMatchObject({ region: [], sector: [] });
  });

  it('drops unknown slugs and reports them', () => {
    expect(parse('region=atlantis,busan&sector=x')).toEqual({
      region: ['busan'],
      sector: [],
      ignored: { region: ['atlantis'], sector: ['x'] },
    });
  });

  it('ignores duplicates, blanks and spaces', () => {
    expect(parse('region=busan,, busan ,').region).toEqual(['busan']);
  });

  it('never throws on any string (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (r, s) => {
        const p = parseFilters(new URLSearchParams({ region: r, sector: s }));
        expect(p.region.every((x) => REGION_SLUGS.includes(x))).toBe(true);
        expect(p.sector.every((x) => SECTOR_SLUGS.includes(x))).toBe(true);
      }),
    );
  });
});

describe('round trip', () => {
  it('parse(serialise(f)) = f for any valid filters (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...REGION_SLUGS)),
        fc.uniqueArray(fc.constantFrom(...SECTOR_SLUGS)),
        (region, sector) => {
          const qs = filterSearch({ region, sector });
          const back = parse(qs.slice(1));
          expect(new Set(back.region)).toEqual(new Set(region));
          expect(new Set(back.sector)).toEqual(new Set(sector));
          expect(back.ignored).toEqual({ region: [], sector: [] });
          // canonical: serialising again gives the same link
          expect(filterSearch(back)).toBe(qs);
        },
      ),
    );
  });

  it('keeps other parameters when writing filters', () => {
    const next = writeFilters(new URLSearchParams('returnTo=x&region=busan'), {
      region: [],
      sector: ['ict'],
    });
    expect(next.toString()).toBe('returnTo=x&sector=ict');
  });

  it('writes commas bare, as the contract shows them', () => {
    expect(filterSearch({ region: ['gwangju', 'seoul'], sector: [] })).toBe(
      '?region=seoul,gwangju',
    );
  });
});
