import { describe, expect, it } from 'vitest';
import { changeOf, changePct, formatChange, formatNumber, formatValue } from './format';

describe('formatValue (ko)', () => {
  it.each([
    [12486, 'count_orgs', '12,486개'],
    [1.6, 'KRW_1T', '1.6조원'],
    [8007, 'KRW_100M', '8,007억원'],
    [3.75, 'records_100M', '3.75억건'],
    [86.8, 'percent', '86.8%'],
    [49157, 'count_people', '49,157명'],
    [14000, 'count_people', '1.4만명'],
    [500000, 'count_records', '50만건'],
    [16300, 'count_cases', '16,300건'],
    [7, 'rank', '7위'],
    [2.6, 'times', '2.6배'],
  ])('%s %s → %s', (value, unit, expected) => {
    expect(formatValue(value, unit, 'ko')).toBe(expected);
  });

  it('keeps unknown units as a plain grouped number', () => {
    expect(formatValue(1234567, 'widgets', 'ko')).toBe('1,234,567');
  });
});

describe('formatValue (en)', () => {
  it.each([
    [12486, 'count_orgs', '12,486 organisations'],
    [1.6, 'KRW_1T', 'KRW 1.6 trillion'],
    [8007, 'KRW_100M', 'KRW 800.7 billion'],
    [3.75, 'records_100M', '375 million records'],
    [7, 'rank', '7th'],
    [26, 'rank', '26th'],
    [86.8, 'percent', '86.8%'],
    // One takes the singular, and 1.5 does not.
    [1, 'months', '1 month'],
    [1.5, 'months', '1.5 months'],
    [1, 'count_people', '1 person'],
    [1, 'count_companies', '1 company'],
    [1, 'km', '1 km'],
  ])('%s %s → %s', (value, unit, expected) => {
    expect(formatValue(value, unit, 'en')).toBe(expected);
  });
});

describe('formatNumber', () => {
  it('uses 만 only for round values of at least 10,000', () => {
    expect(formatNumber(9000, 'count_people')).toBe('9,000');
    expect(formatNumber(24000, 'count_people')).toBe('2.4만');
    expect(formatNumber(213629, 'count_people')).toBe('213,629');
  });
  it('never uses 만 for money or percent', () => {
    expect(formatNumber(16053, 'KRW_100M')).toBe('16,053');
  });
});

describe('change', () => {
  it('computes the arithmetic, not the release’s truncation', () => {
    expect(changePct(393, 765)).toBeCloseTo(94.656, 2);
    expect(formatChange(changeOf(393, 765, 'count_companies')!, 'ko')).toBe('+94.7%');
    expect(formatChange(changeOf(26, 7, 'rank')!, 'ko')).toBe('-73.1%');
  });
});

describe('change of a percentage', () => {
  it('is a difference in percentage points, not a relative change', () => {
    // 바우처 참여 중 非 ICT 기업 비중 62% → 75.7%: a briefing says +13.7%p, not +22.1%.
    expect(formatChange(changeOf(62, 75.7, 'percent')!, 'ko')).toBe('+13.7%p');
    expect(formatChange(changeOf(62, 75.7, 'percent')!, 'en')).toBe('+13.7%p');
    expect(formatChange(changeOf(40, 90, 'percent')!, 'ko')).toBe('+50%p');
    expect(formatChange(changeOf(0, 12, 'percent')!, 'ko')).toBe('+12%p');
    expect(changeOf(0, 12, 'count_people')).toBeNull();
  });
});
