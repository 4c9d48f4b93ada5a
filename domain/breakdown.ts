/**
 * Illustrative breakdowns (예시 데이터). The release gives almost no regional or sector
 * figures, so to demonstrate filtering the mock splits a national total over the 17 시·도 and
 * the 9 sectors. The split is (a) deterministic — seeded by the fact id — and (b) exact: the
 * cells are whole numbers and all of them add up to the official total (largest remainder).
 * Every panel built from it is labelled illustrative.
 */
import { REGION_SLUGS, SECTOR_SLUGS } from '@/config/regions';

/** FNV-1a: a stable 32-bit seed from a string. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small seeded PRNG, enough for plausible-looking weights. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits a whole `total` into `n` whole parts proportional to `weights`, summing exactly. */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((s, p) => s + p, 0);
  const order = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts;
}

export type Grid = number[][]; // [region][sector]

const cache = new Map<string, Grid>();

/** The region × sector grid for one official total; cells sum to `total`. */
export function splitGrid(key: string, total: number): Grid {
  const id = `${key}:${total}`;
  const hit = cache.get(id);
  if (hit) return hit;
  const rand = prng(hash(key));
  // Regions: a skewed spread (the capital area larger), sectors: a milder one.
  const regionWeights = REGION_SLUGS.map(
    (slug) => (['seoul', 'gyeonggi'].includes(slug) ? 4 : 1) * (0.5 + rand()),
  );
  const byRegion = apportion(total, regionWeights);
  const grid = byRegion.map((regionTotal) =>
    apportion(
      regionTotal,
      SECTOR_SLUGS.map(() => 0.3 + rand()),
    ),
  );
  cache.set(id, grid);
  return grid;
}

/** Sum of the cells in the chosen regions and sectors (empty choice = all). */
export function cellSum(grid: Grid, regions: string[], sectors: string[]): number {
  let s = 0;
  REGION_SLUGS.forEach((r, ri) => {
    if (regions.length && !regions.includes(r)) return;
    SECTOR_SLUGS.forEach((sec, si) => {
      if (sectors.length && !sectors.includes(sec)) return;
      s += grid[ri]![si]!;
    });
  });
  return s;
}
