import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n/setup';
import { frameText, stampTime } from './frame';

const ctx = {
  filtersText: '지역: 광주 · 업종: 제조',
  sourceText: '출처: 과학기술정보통신부 보도자료, 2021.1.14 배포 (2021.1.15 보도)',
  referencePeriod: '2020',
  userText: '이분석 (분석관)',
};

describe('briefing frame text', () => {
  it('has the title, the filters in words, the reference and source, the stamp and 내부용', () => {
    const at = new Date(2026, 10, 25, 9, 5);
    const f = frameText(
      ctx,
      { title: '데이터 댐 · 공급기업 증가', illustrative: false, at },
      i18n.t,
    );
    expect(f.title).toBe('데이터 댐 · 공급기업 증가');
    expect(f.lines[0]).toBe('지역: 광주 · 업종: 제조');
    expect(f.lines[1]).toContain('기준: 2020년 실적');
    expect(f.lines[1]).toContain('출처: 과학기술정보통신부 보도자료, 2021.1.14');
    expect(f.illustrative).toBeNull();
    expect(f.stamp).toContain('이분석 (분석관)');
    expect(f.stamp).toContain(stampTime(at));
    expect(f.internal).toBe('내부용');
  });

  it('says 예시 데이터 when an illustrative figure is inside', () => {
    const f = frameText(ctx, { title: 'x', illustrative: true, at: new Date() }, i18n.t);
    expect(f.illustrative).toMatch(/^예시 데이터/);
  });

  it('writes local time with its offset', () => {
    expect(stampTime(new Date(2026, 0, 2, 3, 4))).toMatch(
      /^2026-01-02 03:04 \(UTC[+-]\d\d:\d\d\)$/,
    );
  });
});
