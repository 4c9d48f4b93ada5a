import { describe, expect, it } from 'vitest';
import { labelFormat } from './run-pack-export';

describe('slide chart labels', () => {
  it('carry the unit, with as many decimals as the figures have (no "8,046." in Office)', () => {
    expect(labelFormat({ series: [{ values: [8007, 8046] }], unit: '억원' })).toBe('#,##0"억원"');
    expect(labelFormat({ series: [{ values: [62, 75.7] }], unit: '%' })).toBe('#,##0.0"%"');
    expect(labelFormat({ series: [{ values: [1.25] }, { values: [3] }], unit: '명' })).toBe(
      '#,##0.00"명"',
    );
  });
});
