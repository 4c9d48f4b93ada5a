import { DEFAULT_THEME, luminance, type MantineColorsTuple } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { theme } from '@/app/theme';
import { CHART_SERIES, chartColor, chartCssVariables } from './chart-palette';

const colors: Record<string, MantineColorsTuple | undefined> = {
  ...DEFAULT_THEME.colors,
  ...theme.colors,
};

function hex(ref: string): string {
  const [name = '', shade = ''] = ref.split('.');
  const value = colors[name]?.[Number(shade)];
  if (!value) throw new Error(`no theme colour ${ref}`);
  return value;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// Cards are drawn on the body colour: white in light, dark.7 in dark (Mantine's default).
const LIGHT_CARD = '#ffffff';
const DARK_CARD = hex('dark.7');

describe('chart palette', () => {
  it.each(CHART_SERIES.map((c, i) => [i + 1, c] as const))(
    'series %i holds 3:1 against the card in both schemes',
    (_, c) => {
      expect(contrast(hex(c.light), LIGHT_CARD)).toBeGreaterThanOrEqual(3);
      expect(contrast(hex(c.dark), DARK_CARD)).toBeGreaterThanOrEqual(3);
    },
  );

  it('the light scheme shades of the first two series are what failed before in dark', () => {
    // Guards the test itself: the shades it replaced must fail it.
    expect(contrast(hex('krds.6'), DARK_CARD)).toBeLessThan(3);
    expect(contrast(hex('krdsNavy.6'), DARK_CARD)).toBeLessThan(3);
  });

  it('defines one CSS variable per series and scheme, and chartColor wraps around', () => {
    const vars = chartCssVariables(theme as never);
    expect(Object.keys(vars.light)).toHaveLength(CHART_SERIES.length);
    expect(vars.dark['--dnd-chart-2']).toBe('var(--mantine-color-krdsNavy-2)');
    expect(chartColor(0)).toBe('var(--dnd-chart-1)');
    expect(chartColor(CHART_SERIES.length)).toBe('var(--dnd-chart-1)');
  });
});
