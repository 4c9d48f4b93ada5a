import type { LocalizedText } from '@/lib/api/schemas';

const MONTH_EN = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * A member's timing as the fact sheet writes it ("2022", "2021 H2", "2020-11",
 * "undecided (미정)") in both languages, or null for a form this function does not know
 * (timing.test.ts proves the dataset has none).
 */
export function timingText(raw: string): LocalizedText | null {
  const year = /^(\d{4})$/.exec(raw);
  if (year) return { ko: `${year[1]}년`, en: raw };
  const half = /^(\d{4}) H([12])$/.exec(raw);
  if (half) {
    return {
      ko: `${half[1]}년 ${half[2] === '1' ? '상' : '하'}반기`,
      en: `H${half[2]} ${half[1]}`,
    };
  }
  const month = /^(\d{4})-(\d{2})$/.exec(raw);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return { ko: `${month[1]}년 ${Number(month[2])}월`, en: MONTH_EN.format(date) };
  }
  if (/^undecided/.test(raw)) return { ko: '시기 미정', en: 'timing not yet decided' };
  return null;
}
