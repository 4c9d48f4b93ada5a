import { describe, expect, it, vi } from 'vitest';
import facts from '../dataset/facts.json';
import pages from '../dataset/pages.json';
import places from '../dataset/places.json';
import sources from '../dataset/sources.json';
import { DatasetError, parseDataset } from './dataset-schema';

/** A deep copy of the package to break on purpose. */
const copy = () =>
  structuredClone({ sources, facts, pages, places }) as {
    places: Record<string, unknown>;
    sources: Record<string, unknown>[];
    facts: Record<string, unknown>[];
    pages: { panels: Record<string, unknown>[] }[];
  };

function problemsOf(files: ReturnType<typeof copy>): string[] {
  try {
    parseDataset(files);
  } catch (e) {
    if (e instanceof DatasetError) return e.problems;
    throw e;
  }
  return [];
}

const index = (id: string) => facts.findIndex((f) => f.id === id);

describe('the data package (dataset/)', () => {
  it('passes its own schema', () => {
    expect(problemsOf(copy())).toEqual([]);
  });

  it('names the file, the entry and the field of a wrong value', () => {
    const files = copy();
    const i = index('data-voucher-suppliers');
    (files.facts[i]!.values as { value: unknown }[])[0]!.value = '393';
    expect(problemsOf(files)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^dataset/facts\\.json, entry ${i} \\(data-voucher-suppliers\\), field values\\[0\\]\\.value: .+`,
        ),
      ),
    ]);
  });

  it('refuses a misspelt field instead of ignoring it', () => {
    const files = copy();
    files.facts[0]!.lable = { ko: '예산', en: 'Budget' };
    expect(problemsOf(files)).toEqual([expect.stringContaining('dataset/facts.json, entry 0 (')]);
    expect(problemsOf(files)[0]).toMatch(/lable/);
  });

  it('names a missing field, a page entry and a panel field', () => {
    const files = copy();
    delete files.facts[1]!.quote;
    files.pages[0]!.panels[0]!.kind = 'pie';
    const problems = problemsOf(files);
    expect(problemsOf(files)).toHaveLength(2);
    expect(problems[0]).toMatch(/^dataset\/facts\.json, entry 1 \([a-z0-9-]+\), field quote: /);
    expect(problems[1]).toMatch(
      /^dataset\/pages\.json, entry 0 \(overview\), field panels\[0\]\.kind: /,
    );
  });

  it('checks what the files refer to: sources, facts, pages and period order', () => {
    const files = copy();
    const i = index('ai-voucher-suppliers');
    const values = files.facts[i]!.values as { source: string; period: string }[];
    values[0]!.source = 'no-such-source';
    values[1]!.period = '2018';
    files.facts[i]!.changeStatedBy = 'no-such-fact';
    (files.pages[0]!.panels[1]!.factIds as string[]).push('no-such-fact');
    const problems = problemsOf(files);
    expect(problems).toEqual([
      `dataset/facts.json, entry ${i} (ai-voucher-suppliers), field values[0].source: no source "no-such-source"`,
      `dataset/facts.json, entry ${i} (ai-voucher-suppliers), field values[1].period: 2018 is not after 2019; values go in period order`,
      `dataset/facts.json, entry ${i} (ai-voucher-suppliers), field changeStatedBy: no fact "no-such-fact"`,
      expect.stringMatching(
        /^dataset\/pages\.json, entry 0 \(overview\), field panels\[1\] \([a-z-]+\)\.factIds\[\d+\]: no fact "no-such-fact"$/,
      ),
    ]);
  });

  it('refuses a place mapped to no 시·도 or to an unknown one', () => {
    const files = copy();
    files.places['인천공항'] = ['incheon-airport'];
    files.places['어딘가'] = [];
    const problems = problemsOf(files);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^dataset\/places\.json, entry "인천공항", field \[0\]: /);
    expect(problems[1]).toMatch(/^dataset\/places\.json, entry "어딘가": /);
  });

  it('refuses a fact id used twice', () => {
    const files = copy();
    files.facts.push(structuredClone(files.facts[3]!));
    expect(problemsOf(files)).toEqual([
      `dataset/facts.json: the id "${facts[3]!.id}" is used twice`,
    ]);
  });
});

describe('a later release adds a value to a series, without code', () => {
  it('shows the new value on the same panel, with its own source, and keeps the earlier ones', async () => {
    const files = copy();
    files.sources.push({
      id: 'msit-2022-01-20',
      kind: 'press-release',
      title: { ko: '`21년 디지털 뉴딜 성과', en: '2021 Digital New Deal results' },
      publisher: { ko: '과학기술정보통신부', en: 'Ministry of Science and ICT' },
      distributedOn: '2022-01-20',
    });
    const i = index('data-voucher-suppliers');
    (files.facts[i]!.values as unknown[]).push({
      period: '2021',
      value: 1000,
      source: 'msit-2022-01-20',
      quote: '데이터 바우처 공급기업 1,000개',
    });
    vi.resetModules();
    vi.doMock('../dataset/facts.json', () => ({ default: files.facts }));
    vi.doMock('../dataset/sources.json', () => ({ default: files.sources }));
    const { panelById } = await import('./api');
    const panel = panelById('dd-suppliers', { region: [], sector: [] })!;
    const d = panel.items.find((item) => item.factId === 'data-voucher-suppliers')!;
    expect(d.value).toBe(1000);
    expect(d.series.map((v) => [v.period, v.value, v.source.id])).toEqual([
      ['2019', 393, 'msit-2021-01-14'],
      ['2020', 765, 'msit-2021-01-14'],
      ['2021', 1000, 'msit-2022-01-20'],
    ]);
    expect(d.series[2]!.quote).toBe('데이터 바우처 공급기업 1,000개');
    vi.doUnmock('../dataset/facts.json');
    vi.doUnmock('../dataset/sources.json');
    vi.resetModules();
  });
});
