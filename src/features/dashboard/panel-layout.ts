import type { PanelKind } from '@/lib/api/schemas';

/** Kinds that read best across the whole page: KPI tiles, before→after pairs, timelines. */
const WIDE_KINDS: ReadonlySet<PanelKind> = new Set(['kpi-group', 'comparison', 'timeline']);

/**
 * How many of the page grid's six tracks a panel spans when the page shows two columns
 * (`two`) and three (`three`). Six tracks let both layouts share one grid.
 */
export interface PanelSpan {
  two: 3 | 6;
  three: 2 | 3 | 6;
}

/**
 * Spans for a page's panels, in order. Wide kinds take a whole row. Other panels sit side by
 * side, and the last row of each run of them is stretched to fill the width: a panel left
 * alone beside a hole (before a wide panel or at the end) takes the whole row, and two left
 * in a three-column row take half each. Order is never changed, so reading order, tab order
 * and visual order stay one.
 */
export function panelSpans(kinds: readonly PanelKind[]): PanelSpan[] {
  const spans: PanelSpan[] = [];
  let run: number[] = []; // indexes of the current run of side-by-side panels

  const closeRun = () => {
    const n = run.length;
    run.forEach((index, position) => {
      const fromEnd = n - position; // 1 for the last panel of the run
      const lastOfTwo = n % 2 === 1 && fromEnd === 1;
      const rest = n % 3;
      const lastOfThree = rest !== 0 && fromEnd <= rest;
      spans[index] = {
        two: lastOfTwo ? 6 : 3,
        three: lastOfThree ? (rest === 1 ? 6 : 3) : 2,
      };
    });
    run = [];
  };

  kinds.forEach((kind, index) => {
    if (WIDE_KINDS.has(kind)) {
      closeRun();
      spans[index] = { two: 6, three: 6 };
    } else {
      run.push(index);
    }
  });
  closeRun();
  return spans;
}

/**
 * Columns for a grid of `n` equal tiles, at most `max` wide, so that the rows are as even as
 * possible: 4 tiles in 2×2 rather than 3 + 1, 5 in 3 + 2.
 */
export function balancedColumns(n: number, max: number): number {
  if (n <= 0) return 1;
  const rows = Math.ceil(n / max);
  return Math.ceil(n / rows);
}
