import type { PanelKind } from '@/lib/api/schemas';

/** Kinds that read best across the whole page: KPI tiles, before→after pairs, timelines. */
const WIDE_KINDS: ReadonlySet<PanelKind> = new Set([
  'headline',
  'flagships',
  'kpi-group',
  'comparison',
  'timeline',
]);

/**
 * Whether each of a page's panels, in order, takes a whole row of the two-column grid. Wide
 * kinds do. Other panels sit two by two, and one left alone before a wide panel (or at the
 * end) takes the whole row rather than sit beside a hole. Order is never changed, so reading
 * order, tab order and visual order stay one.
 */
export function fullRowPanels(kinds: readonly PanelKind[]): boolean[] {
  const full: boolean[] = [];
  let run = 0; // side-by-side panels since the last wide one
  kinds.forEach((kind, index) => {
    if (WIDE_KINDS.has(kind)) {
      if (run % 2 === 1) full[index - 1] = true;
      full[index] = true;
      run = 0;
    } else {
      full[index] = false;
      run += 1;
    }
  });
  if (run % 2 === 1) full[kinds.length - 1] = true;
  return full;
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
