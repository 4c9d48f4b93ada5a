import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGION_SLUGS, SECTOR_SLUGS } from '@/config/regions';
import { apportion, cellSum, splitGrid } from './breakdown';

const TOTALS = [12486, 40105, 49157, 775, 7];

describe('illustrative breakdowns', () => {
  it('apportion sums exactly and never goes negative (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (total, weights) => {
          const parts = apportion(total, weights);
          expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
          expect(parts.every((p) => Number.isInteger(p) && p >= 0)).toBe(true);
        },
      ),
    );
  });

  it('is deterministic: the same fact gives the same split', () => {
    expect(splitGrid('participating-companies-institutions', 12486)).toEqual(
      splitGrid('participating-companies-institutions', 12486),
    );
  });

  it.each(TOTALS)('all regions, or all sectors, add up to the official total %i', (total) => {
    const grid = splitGrid(`fact-${total}`, total);
    expect(cellSum(grid, [], [])).toBe(total);
    const byRegion = REGION_SLUGS.map((r) => cellSum(grid, [r], []));
    const bySector = SECTOR_SLUGS.map((s) => cellSum(grid, [], [s]));
    expect(byRegion.reduce((a, b) => a + b, 0)).toBe(total);
    expect(bySector.reduce((a, b) => a + b, 0)).toBe(total);
  });

  it('any partition of the regions adds up to the total (property)', () => {
    const grid = splitGrid('participating-companies-institutions', 12486);
    fc.assert(
      fc.property(
        fc.subarray([...REGION_SLUGS]),
        fc.subarray([...SECTOR_SLUGS]),
        (regions, sectors) => {
          const rest = REGION_SLUGS.filter((r) => !regions.includes(r));
          const chosen = regions.length ? cellSum(grid, regions, sectors) : 0;
          const others = rest.length ? cellSum(grid, rest, sectors) : 0;
          expect(chosen + others).toBe(cellSum(grid, [], sectors));
        },
      ),
    );
  });
});
