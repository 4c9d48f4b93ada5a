import { describe, expect, it } from 'vitest';
import type { Datum, Panel } from '@/lib/api/schemas';
import { regionFigures, shadeBounds, shadeLevel, SHADE_LEVELS } from './region-shading';

const datum = (over: Partial<Datum>): Datum =>
  ({ id: 'x', value: 1, unit: 'count_orgs', regions: [], ...over }) as Datum;
const panel = (items: Datum[]): Panel => ({ items }) as Panel;

describe('regionFigures', () => {
  it('reads one figure per region and ignores items that are not one region’s', () => {
    const f = regionFigures(
      panel([
        datum({ value: 10, regions: ['seoul'] }),
        datum({ value: 4, regions: ['busan'] }),
        datum({ value: 99, regions: [] }), // a national total
        datum({ value: 7, regions: ['seoul', 'busan'] }), // spans two regions
        datum({ value: null, regions: ['jeju'] }),
      ]),
    )!;
    expect([...f.values]).toEqual([
      ['seoul', 10],
      ['busan', 4],
    ]);
    expect(f).toMatchObject({ unit: 'count_orgs', min: 4, max: 10 });
  });

  it('gives no figures when no item is a region’s, or units differ (no shared scale)', () => {
    expect(regionFigures(panel([datum({ regions: [] })]))).toBeNull();
    expect(
      regionFigures(
        panel([
          datum({ regions: ['seoul'], unit: 'count_orgs' }),
          datum({ regions: ['busan'], unit: 'people' }),
        ]),
      ),
    ).toBeNull();
  });
});

describe('shadeLevel', () => {
  it('puts the smallest in the lightest step and the largest in the darkest', () => {
    expect(shadeLevel(4, 4, 104)).toBe(0);
    expect(shadeLevel(104, 4, 104)).toBe(SHADE_LEVELS - 1);
    expect(shadeLevel(54, 4, 104)).toBe(2);
    expect(shadeLevel(23.9, 4, 104)).toBe(0);
    expect(shadeLevel(24, 4, 104)).toBe(1);
  });

  it('the legend’s bounds are where the steps start', () => {
    const bounds = shadeBounds(4, 104);
    expect(bounds).toEqual([4, 24, 44, 64, 84]);
    bounds.forEach((b, i) => expect(shadeLevel(b, 4, 104)).toBe(i));
  });
});
