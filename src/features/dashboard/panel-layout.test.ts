import { describe, expect, it } from 'vitest';
import { balancedColumns, panelSpans } from './panel-layout';

describe('panelSpans', () => {
  it('gives wide kinds the whole row in both layouts', () => {
    expect(panelSpans(['kpi-group', 'comparison', 'timeline'])).toEqual([
      { two: 6, three: 6 },
      { two: 6, three: 6 },
      { two: 6, three: 6 },
    ]);
  });

  it('stretches a panel left alone before a wide panel across the row', () => {
    // The overview's "sector" bar chart used to sit beside an empty half row.
    const spans = panelSpans(['kpi-group', 'donut', 'bar', 'bar', 'comparison']);
    expect(spans.map((s) => s.two)).toEqual([6, 3, 3, 6, 6]);
    // Three side by side fill one row of three.
    expect(spans.map((s) => s.three)).toEqual([6, 2, 2, 2, 6]);
  });

  it('fills the last row of three with halves when two are left', () => {
    const spans = panelSpans(['list', 'list', 'list', 'list', 'list']);
    expect(spans.map((s) => s.three)).toEqual([2, 2, 2, 3, 3]);
    expect(spans.map((s) => s.two)).toEqual([3, 3, 3, 3, 6]);
  });

  it('keeps pairs in two columns and a single panel full width', () => {
    expect(panelSpans(['bar', 'list']).map((s) => s.two)).toEqual([3, 3]);
    expect(panelSpans(['bar'])).toEqual([{ two: 6, three: 6 }]);
    expect(panelSpans([])).toEqual([]);
  });

  it('every row adds up to six tracks in both layouts', () => {
    const kinds = [
      'bar',
      'list',
      'kpi-group',
      'donut',
      'bar',
      'bar',
      'bar',
      'timeline',
      'list',
    ] as const;
    const spans = panelSpans(kinds);
    for (const key of ['two', 'three'] as const) {
      let row = 0;
      for (const s of spans) {
        row += s[key];
        expect(row).toBeLessThanOrEqual(6);
        if (row === 6) row = 0;
      }
      expect(row).toBe(0);
    }
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
