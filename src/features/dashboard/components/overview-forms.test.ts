import { describe, expect, it } from 'vitest';
import type { Datum } from '@/lib/api/schemas';
import { sharedScales } from './comparison-panel';
import { headlineGroups } from './headline-band';

const datum = (id: string, unit: string, extra: Partial<Datum> = {}): Datum => ({
  id,
  factId: id,
  label: { ko: id, en: id },
  value: 1,
  unit,
  display: null,
  approx: false,
  derived: false,
  quote: null,
  otherQuotes: [],
  note: null,
  series: [],
  before: null,
  after: null,
  statedChange: null,
  members: [],
  completeList: true,
  date: null,
  regions: [],
  ...extra,
});
const point = (year: number, value: number, unit: string | null = null) => ({
  year,
  value,
  unit,
  asStated: null,
});

describe('headlineGroups', () => {
  it('puts a share beside the figure before it, and nothing else', () => {
    const groups = headlineGroups([
      datum('budget', 'KRW_1T'),
      datum('orgs', 'count_orgs'),
      datum('smes', 'count_companies'),
      datum('smes-share', 'percent'),
      datum('people', 'count_people'),
    ]);
    expect(groups.map(([a, b]) => [a.id, b?.id])).toEqual([
      ['budget', undefined],
      ['orgs', undefined],
      ['smes', 'smes-share'],
      ['people', undefined],
    ]);
  });
});

describe('sharedScales', () => {
  it('draws every pair of one unit on one scale, from its largest value', () => {
    const scales = sharedScales([
      datum('data', 'count_companies', { before: point(2019, 393), after: point(2020, 765) }),
      datum('crowd', 'count_companies', { before: point(2019, 15), after: point(2020, 39) }),
      datum('share', 'percent', { before: point(2019, 62), after: point(2020, 75.7) }),
      // A rank is not drawn (lower is better), so it sets no scale.
      datum('rank', 'rank', { before: point(2019, 26), after: point(2020, 7) }),
    ]);
    expect(Object.fromEntries(scales)).toEqual({ count_companies: 765, percent: 75.7 });
  });
});
