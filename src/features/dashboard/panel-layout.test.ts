import { describe, expect, it } from 'vitest';
import { balancedColumns, fullRowPanels } from './panel-layout';

describe('fullRowPanels', () => {
  it('gives wide kinds the whole row', () => {
    expect(fullRowPanels(['kpi-group', 'comparison', 'timeline'])).toEqual([true, true, true]);
  });

  it('stretches a panel left alone before a wide panel across the row', () => {
    // The overview's budget donut used to sit beside an empty half row.
    expect(fullRowPanels(['kpi-group', 'donut', 'comparison', 'bar', 'bar'])).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(fullRowPanels(['list', 'list', 'list'])).toEqual([false, false, true]);
  });

  it('keeps pairs side by side and a single panel full width', () => {
    expect(fullRowPanels(['bar', 'list'])).toEqual([false, false]);
    expect(fullRowPanels(['bar'])).toEqual([true]);
    expect(fullRowPanels([])).toEqual([]);
  });

  it('leaves no hole: every row holds one full panel or two halves', () => {
    const kinds = ['bar', 'list', 'kpi-group', 'donut', 'bar', 'bar', 'timeline', 'list'] as const;
    let halves = 0;
    fullRowPanels(kinds).forEach((full) => {
      if (full) expect(halves).toBe(0);
      else halves = (halves + 1) % 2;
    });
    expect(halves).toBe(0);
  });
});

describe('balancedColumns', () => {
  it('evens out the rows', () => {
    expect(balancedColumns(4, 3)).toBe(2);
    expect(balancedColumns(5, 3)).toBe(3);
    expect(balancedColumns(6, 3)).toBe(3);
    expect(balancedColumns(4, 4)).toBe(4);
    expect(balancedColumns(7, 4)).toBe(4);
    expect(balancedColumns(6, 4)).toBe(3);
    expect(balancedColumns(2, 3)).toBe(2);
    expect(balancedColumns(0, 3)).toBe(1);
  });
});
