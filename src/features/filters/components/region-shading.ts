import type { Panel } from '@/lib/api/schemas';

/** How many shades the map uses: few enough to tell apart, with a legend for each. */
export const SHADE_LEVELS = 5;

export interface RegionFigures {
  /** The figure of each region the panel names (slug → value). */
  values: ReadonlyMap<string, number>;
  /** The unit every value is in (the panel's). */
  unit: string;
  min: number;
  max: number;
}

/**
 * A region breakdown panel's figures by region slug. Only items that belong to exactly one
 * region count: a national total (or a list that spans regions) is not a region's figure.
 * Null when the panel has no such item, so the map draws no shading it cannot justify.
 */
export function regionFigures(panel: Panel): RegionFigures | null {
  const values = new Map<string, number>();
  let unit: string | null = null;
  for (const item of panel.items) {
    if (item.value === null || item.regions.length !== 1) continue;
    // One unit per map: a mix cannot share one scale.
    if (unit !== null && item.unit !== unit) return null;
    unit = item.unit;
    const slug = item.regions[0]!;
    values.set(slug, (values.get(slug) ?? 0) + item.value);
  }
  if (unit === null) return null;
  const all = [...values.values()];
  return { values, unit, min: Math.min(...all), max: Math.max(...all) };
}

/**
 * The shade step (0 = lightest … SHADE_LEVELS − 1) of a value: equal intervals between the
 * smallest and the largest region, so the legend can state each step's range in plain numbers.
 */
export function shadeLevel(value: number, min: number, max: number): number {
  if (max <= min) return SHADE_LEVELS - 1;
  const step = Math.floor(((value - min) / (max - min)) * SHADE_LEVELS);
  return Math.min(SHADE_LEVELS - 1, Math.max(0, step));
}

/** The lower bound of each shade step, for the legend. */
export function shadeBounds(min: number, max: number): number[] {
  return Array.from({ length: SHADE_LEVELS }, (_, i) =>
    Math.round(min + ((max - min) * i) / SHADE_LEVELS),
  );
}
