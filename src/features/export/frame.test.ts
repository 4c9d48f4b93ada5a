import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n/setup';
import { filtersAsApplied } from '@/lib/filter-words';
import { auditFiltersText, buildFrame, stampTime, userStamp, type FrameInput } from './frame';

const base: FrameInput = {
  lang: 'ko',
  title: '데이터 댐 · 공급기업 증가',
  scope: { region: 'split', sector: 'split' },
  filters: { region: ['gwangju'], sector: ['manufacturing'] },
  referencePeriod: '2020',
  sourceText: '출처: 과학기술정보통신부 보도자료, 2021.1.14 배포 (2021.1.15 보도)',
  userText: '이분석 (분석관)',
  provenance: 'official',
  at: new Date(2026, 10, 25, 9, 5),
};

describe('briefing frame', () => {
  it('has the title, the filters in words, the reference and source, the stamp and 내부용', () => {
    const f = buildFrame(base, i18n.t);
    expect(f.title).toBe('데이터 댐 · 공급기업 증가');
    expect(f.lines[0]).toBe('지역: 광주 · 업종: 제조');
    expect(f.lines[1]).toContain('기준: 2020년 실적');
    expect(f.lines[1]).toContain('출처: 과학기술정보통신부 보도자료, 2021.1.14');
    expect(f.illustrative).toBeNull();
    expect(f.notApplied).toBe(false);
    expect(f.stamp).toContain('이분석 (분석관)');
    expect(f.stamp).toContain(stampTime(base.at));
    expect(f.internal).toBe('내부용');
  });

  it('a national panel under a region filter says so, and never names the regions', () => {
    const f = buildFrame(
      {
        ...base,
        scope: { region: 'national', sector: 'national' },
        filters: { region: ['gwangju', 'seoul'], sector: [] },
      },
      i18n.t,
    );
    expect(f.lines[0]).toBe('지역: 전국 — 지역 필터 미적용 · 업종: 전 업종');
    expect(f.notApplied).toBe(true);
    expect(f.lines.join(' ')).not.toMatch(/서울|광주/);
    expect(
      filtersAsApplied({ region: 'national', sector: 'national' }, base.filters, 'en').text,
    ).toBe(
      'Region: National — region filter not applied · Sector: All sectors — sector filter not applied',
    );
  });

  it('a whole page (no scope) names the filters in force', () => {
    expect(buildFrame({ ...base, scope: null }, i18n.t).lines[0]).toBe('지역: 광주 · 업종: 제조');
  });

  it('says 예시 데이터 when an illustrative figure is inside, and carries caption and link', () => {
    const f = buildFrame(
      { ...base, provenance: 'illustrative', caption: ' 핵심 ', url: 'https://x/data-dam' },
      i18n.t,
    );
    expect(f.illustrative).toMatch(/^예시 데이터/);
    expect(f.caption).toBe('핵심');
    expect(f.lines.at(-1)).toBe('https://x/data-dam');
  });

  it('names the user and role once', () => {
    expect(userStamp('Lee (analyst)', 'analyst', 'Analyst')).toBe('Lee (Analyst)');
    expect(userStamp('이분석', 'analyst', '분석관')).toBe('이분석 (분석관)');
    expect(userStamp('Kim (ops)', 'analyst', 'Analyst')).toBe('Kim (ops) (Analyst)');
  });

  it('writes local time with its offset', () => {
    expect(stampTime(new Date(2026, 0, 2, 3, 4))).toMatch(
      /^2026-01-02 03:04 \(UTC[+-]\d\d:\d\d\)$/,
    );
  });
});

describe('the audit entry’s filters', () => {
  const ctx = {
    lang: 'ko' as const,
    filters: { region: ['gwangju'], sector: [] },
    filtersText: '지역: 광주 · 업종: 전 업종',
  };

  it('a national panel under a region filter is logged as 전국 — 지역 필터 미적용', () => {
    const text = auditFiltersText(ctx, { scope: { region: 'national', sector: 'national' } });
    expect(text).toBe('지역: 전국 — 지역 필터 미적용 · 업종: 전 업종');
    expect(text).not.toContain('광주');
  });

  it('a panel split by region is logged with the region chosen', () => {
    expect(auditFiltersText(ctx, { scope: { region: 'split', sector: 'national' } })).toBe(
      '지역: 광주 · 업종: 전 업종',
    );
  });

  it('a whole page is logged with the page’s words', () => {
    expect(auditFiltersText({ ...ctx, filtersText: '페이지의 말' }, null)).toBe('페이지의 말');
  });
});

describe('an imported official breakdown in the frame', () => {
  it('names the import’s source and date after the release, and carries no illustrative notice', () => {
    const f = buildFrame(
      {
        ...base,
        scope: { region: 'split', sector: 'national' },
        officialBreakdown: {
          version: 2,
          dimension: 'region',
          source: '<b>KISA</b> 2021.2.',
          note: null,
          importedAt: '2026-11-30T00:00:00.000Z',
          total: 775,
        },
      },
      i18n.t,
    );
    expect(f.lines[1]).toBe(
      '기준: 2020년 실적 · 출처: 과학기술정보통신부 보도자료, 2021.1.14 배포 (2021.1.15 보도) · 공식 분해 — 출처: <b>KISA</b> 2021.2. (2026-11-30 반영)',
    );
    expect(f.illustrative).toBeNull();
    // A region breakdown under a sector filter: the sector filter does not apply.
    expect(f.lines[0]).toBe('지역: 광주 · 업종: 전 업종 — 업종 필터 미적용');
  });
});
