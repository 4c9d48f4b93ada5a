import { describe, expect, it } from 'vitest';
import { buildPanel, panelDef } from '../../../domain/build-panel';
import { i18n } from '@/lib/i18n/i18n';
import { panelCsvRows } from './csv';
import { workbookSheets } from './run-data-export';
import { columnName, sheetNames, xlsxParts } from './xlsx';

const t = i18n.fixedT('ko');
const filters = { region: ['gwangju', 'seoul'], sector: [] };
const built = (id: string) => {
  const def = panelDef(id)!;
  return buildPanel(def.page, def.panel, filters);
};
const ctx = { lang: 'ko' as const, sourceText: '출처: 보도자료', userText: '이분석 (분석관)' };
const at = new Date(2026, 10, 25, 9, 5);

describe('XLSX', () => {
  it('names columns and sheets as Excel wants them', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(sheetNames(['a/b', 'A/B', 'x'.repeat(40), ''])).toEqual([
      'a b',
      'A B (2)',
      'x'.repeat(31),
      'Sheet',
    ]);
  });

  it('one sheet per panel with the CSV rows, and a 메타데이터 sheet that says how filters apply', () => {
    const panels = ['dd-vulnerable-breakdown', 'dd-jobs-by-region'].map((id) => ({
      pageTitle: '데이터 댐',
      panel: built(id),
      filters,
      url: 'http://x/data-dam?region=gwangju,seoul',
    }));
    const sheets = workbookSheets(panels, '데이터 댐', ctx, at, t);
    expect(sheets.map((s) => s.name)).toEqual([
      '메타데이터',
      '고용취약계층 구성',
      panels[1]!.panel.title.ko,
    ]);
    const csv = panelCsvRows(panels[0]!.panel, { ...ctx, pageTitle: '데이터 댐', filters, at }, t);
    expect(sheets[1]!.rows).toEqual(csv);
    const meta = sheets[0]!.rows.map((r) => r.join(' | ')).join('\n');
    expect(meta).toContain('고용취약계층 구성 | 데이터 댐 | 지역: 전국 — 지역 필터 미적용');
    expect(meta).toContain('지역: 서울, 광주');
    expect(meta).toContain('내부용');
    expect(meta).toContain('예시 데이터');
    expect(meta).toMatch(/내보낸 사람: 이분석 \(분석관\) · 2026-11-25 09:05/);
    const parts = xlsxParts(sheets, '데이터 댐');
    expect(Object.keys(parts)).toContain('xl/worksheets/sheet3.xml');
    expect(parts['xl/workbook.xml']).toContain(
      '<sheet name="메타데이터" sheetId="1" r:id="rId1"/>',
    );
    // Numbers stay numbers.
    expect(parts['xl/worksheets/sheet2.xml']).toMatch(/<c r="E2"><v>12763<\/v><\/c>/); // 항목 값 | 수치 (no empty 내용 column)
  });
});
