import { createTheme, type MantineColorsTuple } from '@mantine/core';
import { FONT_STACK } from '@/lib/font';

/**
 * KRDS (Korean government design system) tokens mapped into Mantine. Primary is KRDS
 * "primary" blue (#256EF4 at step 50); secondary is the KRDS navy. Mantine wants ten
 * shades from light to dark, so KRDS steps 5–90 fill indexes 0–9 and the default shade
 * (6) lands on step 60, which keeps white text above 4.5:1 contrast.
 */
export const krdsPrimary: MantineColorsTuple = [
  '#ecf2fe', // 5
  '#d8e5fd', // 10
  '#b1cefb', // 20
  '#86aff9', // 30
  '#4c87f6', // 40
  '#256ef4', // 50
  '#0b50d0', // 60
  '#083891', // 70
  '#052561', // 80
  '#03163a', // 90
];

export const krdsSecondary: MantineColorsTuple = [
  '#eef2f7',
  '#d6e0eb',
  '#b2c4d9',
  '#7e9ab8',
  '#4d6f96',
  '#2a4f7a',
  '#003675',
  '#002b5e',
  '#001f44',
  '#00142d',
];

export const krdsGray: MantineColorsTuple = [
  '#f4f5f6',
  '#e6e8ea',
  '#cdd1d5',
  '#b1b8be',
  '#8a949e',
  '#6d7882',
  '#58616a',
  '#464c53',
  '#33363d',
  '#1e2124',
];

/**
 * Mantine's dark palette with lighter text steps: the default dimmed (#828282) is 4.0:1 on
 * the dark body, below WCAG AA. Step 2 is dimmed text, step 3 placeholders.
 */
export const darkForAA: MantineColorsTuple = [
  '#d5d5d5',
  '#c2c2c2',
  '#a6a6a6',
  '#8f8f8f',
  '#424242',
  '#3b3b3b',
  '#2e2e2e',
  '#242424',
  '#1f1f1f',
  '#141414',
];

export const FONT_FAMILY = FONT_STACK.replace(
  'sans-serif',
  "-apple-system, BlinkMacSystemFont, system-ui, 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif",
);

export const theme = createTheme({
  primaryColor: 'krds',
  // Shade 6 in both schemes keeps white text on filled buttons above 4.5:1.
  primaryShade: { light: 6, dark: 6 },
  colors: { krds: krdsPrimary, krdsNavy: krdsSecondary, gray: krdsGray, dark: darkForAA },
  fontFamily: FONT_FAMILY,
  headings: { fontFamily: FONT_FAMILY, fontWeight: '700' },
  defaultRadius: 'md',
  // KRDS type: body 16–17 px, and no text under 12 px (the smallest step here is 13 px; badges,
  // whose own scale goes down to 9 px, are held at 12 px in global.css).
  fontSizes: { xs: '13px', sm: '14px', md: '16px', lg: '18px', xl: '20px' },
  // KRDS spacing is an 8px grid.
  spacing: { xs: '8px', sm: '12px', md: '16px', lg: '24px', xl: '32px' },
  focusRing: 'always',
  cursorType: 'pointer',
});
