import { describe, expect, it } from 'vitest';
import { login } from '@/features/auth/api';
import { apiRequest, configureApiClient } from '@/lib/api/client';
import { panelSchema } from '@/lib/api/schemas';
import { i18n } from '@/lib/i18n/setup';
import { BOM, csvCell, panelCsv } from './csv';

/** A small RFC 4180 parser, to read back what we wrote. */
function parse(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

async function panel(id: string, params = {}) {
  const s = await login('analyst', 'demo1234!');
  configureApiClient({ getSession: () => s, onUnauthorized: () => {} });
  return apiRequest(`/panels/${id}`, panelSchema, { params });
}

const ctx = {
  pageTitle: '데이터 댐',
  filtersText: '지역: 광주 · 업종: 전 업종',
  filters: { region: ['gwangju'], sector: [] },
  sourceText: '출처: 과학기술정보통신부 보도자료, 2021.1.14',
  lang: 'ko' as const,
};

describe('panel CSV', () => {
  it('starts with the BOM and has one row per figure, with unit, provenance and source', async () => {
    const p = await panel('dd-vulnerable-breakdown');
    const csv = panelCsv(p, ctx, i18n.t);
    expect(csv.startsWith(BOM)).toBe(true);
    const [header, ...rows] = parse(csv.slice(1));
    expect(header).toEqual([
      '페이지',
      '패널',
      '항목',
      '시점',
      '값',
      '단위',
      '표시',
      '구분',
      '기준 시점',
      '필터',
      '출처',
      '보도자료 원문',
      '비고',
    ]);
    expect(rows).toHaveLength(p.items.length);
    const first = rows[0]!;
    expect(first[2]).toBe('취업준비청년');
    expect(first[4]).toBe('12763');
    expect(first[5]).toBe('명');
    expect(first[7]).toBe('공식');
    expect(first[10]).toBe(ctx.sourceText);
    expect(first[11]).toContain('12,763');
    // A national figure under a region filter says so in the file too, as on the card.
    expect(first[9]).toBe('지역: 광주 · 업종: 전 업종 (전국 단위 지표 — 지역 필터 미적용)');
  });

  it('marks an illustrative split and writes a row for each point of a comparison', async () => {
    const split = await panel('dd-jobs-by-region', { region: ['gwangju'] });
    const rows = parse(panelCsv(split, ctx, i18n.t).slice(1)).slice(1);
    expect(rows.every((r) => r[7] === '예시 데이터')).toBe(true);
    // The split answers the region filter; its parts carry no quote of their own (the
    // release never states them): the note names the official total and its quote instead.
    expect(rows.every((r) => r[9] === ctx.filtersText)).toBe(true);
    expect(rows.every((r) => r[11] === '')).toBe(true);
    expect(rows[0]![12]).toMatch(/^전국 합계 \(공식\): .+ — “.+”$/);
    const comparison = await panel('dd-suppliers');
    const crow = parse(panelCsv(comparison, ctx, i18n.t).slice(1)).slice(1);
    expect(crow).toHaveLength(comparison.items.length * 2);
    expect(crow.slice(0, 2).map((r) => r[3])).toEqual(['2019', '2020']);
  });

  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });
});
