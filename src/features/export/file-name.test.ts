import { describe, expect, it } from 'vitest';
import { exportFileName, filterPart, namePart } from './file-name';

const date = new Date(2026, 10, 25, 15, 4);

describe('export file names say what is inside', () => {
  it('date, page, panel and filters, as the issue writes them', () => {
    expect(
      exportFileName({
        date,
        pageTitle: '데이터 댐',
        panelTitle: '공급기업 증가',
        filters: { region: ['gwangju'], sector: [] },
        lang: 'ko',
        ext: 'png',
      }),
    ).toBe('2026-11-25_데이터댐_공급기업증가_광주.png');
  });

  it('a whole page has no panel part; no filter is 전국', () => {
    expect(
      exportFileName({
        date,
        pageTitle: '종합 현황',
        filters: { region: [], sector: [] },
        lang: 'ko',
        ext: 'pdf',
      }),
    ).toBe('2026-11-25_종합현황_전국.pdf');
  });

  it('names several regions and sectors in the contract order', () => {
    expect(filterPart({ region: ['seoul', 'gwangju'], sector: ['manufacturing'] }, 'ko')).toBe(
      '서울·광주_제조',
    );
    expect(filterPart({ region: [], sector: ['ict'] }, 'en')).toBe('Nationwide_ICT & software');
  });

  it('a national panel under a region filter is named as national, not as the regions', () => {
    const national = { region: 'national', sector: 'national' } as const;
    const filters = { region: ['gwangju', 'seoul'], sector: [] };
    expect(filterPart(filters, 'ko', national)).toBe('전국(지역필터미적용)');
    expect(filterPart(filters, 'en', national)).toBe('Nationwide (region filter not applied)');
    expect(filterPart(filters, 'ko', { region: 'split', sector: 'split' })).toBe('서울·광주');
  });

  it('English names keep their spaces', () => {
    expect(
      exportFileName({
        date,
        pageTitle: 'Data dam',
        panelTitle: 'Supplier growth',
        filters: { region: [], sector: [] },
        lang: 'en',
        ext: 'csv',
      }),
    ).toBe('2026-11-25_Data dam_Supplier growth_Nationwide.csv');
  });

  it('drops characters file systems refuse', () => {
    expect(namePart('`20년 AI/빅데이터: "성과"?')).toBe('20년AI빅데이터성과');
    expect([...namePart('가'.repeat(100))]).toHaveLength(40);
  });
});
