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
  filters: { region: ['gwangju'], sector: [] },
  sourceText: '출처: 과학기술정보통신부 보도자료, 2021.1.14',
  userText: '이분석 (분석관)',
  at: new Date(2026, 10, 25, 9, 5),
  lang: 'ko' as const,
};

const col = (header: string[], name: string) => {
  const i = header.indexOf(name);
  if (i < 0) throw new Error(`no column ${name}`);
  return i;
};

describe('panel CSV', () => {
  it('starts with the BOM: the table rows, numbers, provenance, source, stamp and 내부용', async () => {
    const p = await panel('dd-vulnerable-breakdown');
    const csv = panelCsv(p, ctx, i18n.t);
    expect(csv.startsWith(BOM)).toBe(true);
    const [header, ...rows] = parse(csv.slice(1));
    // No 내용 column: no part of this breakdown has members (the table view has none either).
    expect(header).toEqual([
      '페이지',
      '패널',
      '항목',
      '값',
      '수치',
      '단위',
      '구분',
      '기준 시점',
      '필터',
      '출처',
      '보도자료 원문',
      '비고',
      '내보낸 사람·시각',
    ]);
    expect(rows).toHaveLength(p.items.length);
    const first = rows[0]!;
    const h = header!;
    expect(first[col(h, '항목')]).toBe('취업준비청년');
    expect(first[col(h, '값')]).toBe('12,763명');
    expect(first[col(h, '수치')]).toBe('12763');
    expect(first[col(h, '단위')]).toBe('명');
    expect(first[col(h, '구분')]).toBe('공식');
    expect(first[col(h, '출처')]).toBe(ctx.sourceText);
    expect(first[col(h, '보도자료 원문')]).toContain('12,763');
    // A national figure under a region filter: never 지역: 광주.
    expect(first[col(h, '필터')]).toBe('지역: 전국 — 지역 필터 미적용 · 업종: 전 업종');
    expect(first[col(h, '내보낸 사람·시각')]).toMatch(
      /^내보낸 사람: 이분석 \(분석관\) · 2026-11-25 09:05/,
    );
    expect(rows.every((r) => r[col(h, '내보낸 사람·시각')]!.endsWith(' · 내부용'))).toBe(true);
  });

  it('marks an illustrative split and writes before and after of a comparison in one row', async () => {
    const split = await panel('dd-jobs-by-region', { region: ['gwangju'] });
    const [h, ...rows] = parse(panelCsv(split, ctx, i18n.t).slice(1));
    expect(rows.every((r) => r[col(h!, '구분')] === '예시 데이터')).toBe(true);
    // The split answers the region filter; its parts carry no quote of their own (the
    // release never states them): the note names the official total and its quote instead.
    expect(rows.every((r) => r[col(h!, '필터')] === '지역: 광주 · 업종: 전 업종')).toBe(true);
    expect(rows.every((r) => r[col(h!, '보도자료 원문')] === '')).toBe(true);
    expect(rows[0]![col(h!, '비고')]).toMatch(/^전국 합계 \(공식\): .+ — “.+”$/);
    const comparison = await panel('dd-suppliers');
    const [ch, ...crow] = parse(panelCsv(comparison, ctx, i18n.t).slice(1));
    expect(crow).toHaveLength(comparison.items.length);
    expect(crow[0]![col(ch!, '이전')]).toMatch(/^2019 /);
    expect(crow[0]![col(ch!, '이후')]).toMatch(/^2020 /);
    expect(Number(crow[0]![col(ch!, '이전 수치')])).toBe(comparison.items[0]!.before!.value);
  });

  it('in English: no Korean units, the stamp names the role once', async () => {
    const { loadLanguage } = await import('@/lib/i18n/setup');
    await loadLanguage('en');
    const en = i18n.fixedT('en');
    const p = await panel('da-outcomes');
    const text = panelCsv(
      p,
      {
        ...ctx,
        pageTitle: 'Doctor Answer',
        sourceText: 'Source',
        lang: 'en',
        userText: 'Lee (Analyst)',
      },
      en,
    );
    const [h, ...rows] = parse(text.slice(1));
    // The release's own words (its quotes) stay Korean; the figures and units do not.
    const figures = ['Before', 'After', 'Before Unit', 'After Unit'].map((c) => col(h!, c));
    const cells = rows.flatMap((r) => figures.map((i) => r[i]));
    expect(cells.join(' ')).toContain('60 months');
    expect(cells.join(' ')).not.toMatch(/[가-힣]/);
    expect(text).toContain('Exported by Lee (Analyst)');
    expect(text).toContain('Internal use');
  });

  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });
});
