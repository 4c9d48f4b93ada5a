import { describe, expect, it } from 'vitest';
import type { SeriesValue, Source } from '@/lib/api/schemas';
import { otherValueSources, sourceDate, valueSourceLine } from './source-text';

const release: Source = {
  title: { ko: '`20년 디지털 뉴딜 주요 성과 발표', en: '2020 Digital New Deal main results' },
  publisher: { ko: '과학기술정보통신부', en: 'Ministry of Science and ICT' },
  distributedOn: '2021-01-14',
  embargoedUntil: '2021-01-15',
};
const value = (period: string, v: number, title: string, date: string): SeriesValue => ({
  period,
  value: v,
  unit: null,
  asStated: null,
  estimate: false,
  source: {
    id: title,
    title: { ko: title, en: title },
    publisher: release.publisher,
    date,
  },
  quote: null,
});

describe('value sources', () => {
  it('dates a document by day or by month', () => {
    expect(sourceDate('2021-01-14')).toBe('2021.1.14');
    expect(sourceDate('2019-12')).toBe('2019.12');
  });

  it('names only the values that come from another document than the release', () => {
    const survey = value('2019', 220, '국내 인공지능 중소·벤처기업 현황 조사', '2019-12');
    const own = value('2020', 553, release.title.ko, '2021-01-14');
    const others = otherValueSources({ series: [survey, own] }, release);
    expect(others).toEqual([survey]);
    expect(valueSourceLine(survey, 'count_companies', 'ko')).toBe(
      '2019년 값 220개사: 국내 인공지능 중소·벤처기업 현황 조사 (과학기술정보통신부, 2019.12)',
    );
  });
});
