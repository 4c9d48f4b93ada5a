import type { CSSVariablesResolver } from '@mantine/core';

/**
 * Series colours of the charts, as theme colour references, one per colour scheme. The dark
 * shades are lighter: the light scheme's blues and navies sink into the dark card (the navy
 * slice was 1.3:1). Each shade holds at least 3:1 against the card it is drawn on (WCAG 1.4.11,
 * checked by chart-palette.test.ts). Charts draw through CSS variables, so a scheme switch, or
 * an export that captures the dark page as light, repaints without re-rendering.
 */
export const CHART_SERIES = [
  { light: 'krds.6', dark: 'krds.4' },
  { light: 'krdsNavy.6', dark: 'krdsNavy.2' },
  { light: 'teal.8', dark: 'teal.6' },
  { light: 'orange.8', dark: 'orange.6' },
  { light: 'grape.7', dark: 'grape.5' },
  { light: 'gray.7', dark: 'gray.4' },
] as const;

/** The CSS colour of series `index` (0-based; wraps around the palette). */
export function chartColor(index: number): string {
  return `var(--dnd-chart-${(index % CHART_SERIES.length) + 1})`;
}

const themeVar = (ref: string) => `var(--mantine-color-${ref.replace('.', '-')})`;

const schemeVariables = (scheme: 'light' | 'dark') =>
  Object.fromEntries(CHART_SERIES.map((c, i) => [`--dnd-chart-${i + 1}`, themeVar(c[scheme])]));

/** For MantineProvider's `cssVariablesResolver`: defines `--dnd-chart-N` per scheme. */
export const chartCssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: schemeVariables('light'),
  dark: schemeVariables('dark'),
});
