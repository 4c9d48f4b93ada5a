import { beforeAll, describe, expect, it } from 'vitest';
import { buildPanel, panelDef } from '../../../domain/build-panel';
import { PAGES } from '../../../domain/panels';
import type { Panel, PanelKind } from '@/lib/api/schemas';
import { i18n } from '@/lib/i18n/i18n';
import { loadLanguage } from '@/lib/i18n/setup';
import { panelCsvRows } from '@/features/export/csv';
import { pptxTableRows } from '@/features/export/pptx-rows';
import { workbookSheets } from '@/features/export/run-data-export';
import { panelSchema } from '@/lib/api/schemas';
import { panelSummary } from '@/features/dashboard/summary';
import { comparisonPoints } from './datum-text';
import { panelChart, panelRows, panelSentence, PANEL_KINDS } from './panel-kinds';

const t = i18n.fixedT('ko');

beforeAll(() => loadLanguage('en'));

function built(id: string, filters = { region: [] as string[], sector: [] as string[] }): Panel {
  const def = panelDef(id);
  if (!def) throw new Error(`no panel ${id}`);
  return buildPanel(def.page, def.panel, filters);
}

/** The first panel of each kind the release's pages define. */
const byKind = new Map<PanelKind, string>();
for (const page of PAGES)
  for (const p of page.panels) if (!byKind.has(p.kind)) byKind.set(p.kind, p.id);

const csvCtx = {
  pageTitle: '데이터 댐',
  filters: { region: [], sector: [] },
  sourceText: '출처: 과학기술정보통신부 보도자료, 2021.1.14',
  userText: '이분석 (분석관)',
  at: new Date(2026, 10, 25, 9, 5),
  lang: 'ko' as const,
};

describe('one registry entry per panel kind', () => {
  it('covers every kind the pages use', () => {
    expect([...byKind.keys()].sort()).toEqual(Object.keys(PANEL_KINDS).sort());
  });

  for (const kind of Object.keys(PANEL_KINDS) as PanelKind[]) {
    it(`${kind}: the CSV rows, the table rows and the PPTX table rows are the same rows`, () => {
      const panel = built(byKind.get(kind)!);
      const table = panelRows(panel, 'ko', t);
      expect(table.rows.length).toBeGreaterThan(0);
      expect(table.rows).toHaveLength(table.items.length);
      for (const row of table.rows) expect(row).toHaveLength(table.header.length);

      // CSV: page and panel, then exactly the table's cells, then numbers and provenance.
      const [csvHeader, ...csv] = panelCsvRows(panel, csvCtx, t);
      const n = table.header.length;
      expect(csvHeader!.slice(2, 2 + n)).toEqual(table.header);
      expect(csv.map((r) => r.slice(2, 2 + n))).toEqual(table.rows);

      // PPTX: the header and the rows' texts.
      const pptx = pptxTableRows(table).map((r) => r.map((c) => c.text));
      expect(pptx).toEqual([table.header, ...table.rows]);

      // XLSX: the panel's sheet is the CSV's rows.
      const [, sheet] = workbookSheets(
        [{ pageTitle: csvCtx.pageTitle, panel, filters: csvCtx.filters, url: 'http://x/' }],
        csvCtx.pageTitle,
        csvCtx,
        csvCtx.at,
        t,
      );
      expect(sheet!.rows).toEqual([csvHeader, ...csv]);
    });

    it(`${kind}: the text summary is the kind's sentence, and names what its rows show`, () => {
      const panel = built(byKind.get(kind)!);
      const sentence = panelSentence(panel, 'ko', t);
      expect(panelSummary(panel, 'ko', t)).toContain(sentence);
      expect(sentence).toContain(panel.title.ko);
      // Kinds that list their figures list each row's label and figure, as the table shows them.
      if (['headline', 'flagships', 'kpi-group', 'bar', 'donut'].includes(kind)) {
        for (const row of panelRows(panel, 'ko', t).rows) expect(sentence).toContain(row[0]);
        for (const row of panelRows(panel, 'ko', t).rows)
          if (row[1] !== '—') expect(sentence).toContain(row[1]);
      }
    });
  }
});

describe('rows and charts', () => {
  it('a change of a percentage reads in %p in the rows (the table, the CSV, the PPTX)', () => {
    const rows = panelRows(built('ov-non-ict-share'), 'ko', t).rows;
    expect(rows[0]).toContain('+13.7%p');
    expect(rows.flat().join(' ')).not.toContain('22.1%');
  });

  it('English rows have no Korean units (5년, 1.5개월)', () => {
    const en = i18n.fixedT('en');
    const ids = PAGES.flatMap((p) => p.panels.map((x) => x.id));
    for (const id of ids) {
      const r = panelRows(built(id), 'en', en);
      const cells = [...r.rows.flat(), ...r.raw.rows.flat().map(String)].join(' ');
      expect(cells, id).not.toMatch(/\d(년|개월|일|명|개)/);
    }
  });

  it('a bar chart carries every part with its figure; a rank comparison draws no chart', () => {
    const panel = built('dd-vulnerable-breakdown');
    const chart = panelChart(panel, 'ko', t)!;
    expect(chart.type).toBe('bar');
    expect(chart.series[0]!.values).toEqual(panel.items.map((d) => d.value));
    expect(chart.categories).toContain('취업준비청년');
  });
});

describe('the panel model', () => {
  it('is a union on kind: every kind parses, an unknown kind is refused', () => {
    for (const id of byKind.values()) expect(panelSchema.safeParse(built(id)).success).toBe(true);
    const panel = built('dd-vulnerable-breakdown');
    expect(panelSchema.safeParse({ ...panel, kind: 'pie' }).success).toBe(false);
  });

  it('a comparison reads its points through comparisonPoints: rows, chart and summary', () => {
    const panel = built('dd-suppliers');
    const d = panel.items.find((x) => comparisonPoints(x))!;
    const pair = comparisonPoints(d)!;
    // Moving the points (as a series would) moves every reader with them.
    const moved = {
      ...panel,
      items: [
        {
          ...d,
          before: { ...pair.before, value: 111, asStated: null },
          after: { ...pair.after, value: 999, asStated: null },
        },
      ],
    };
    const raw = panelRows(moved, 'ko', t).raw.rows[0]!;
    expect([raw[0], raw[2]]).toEqual([111, 999]);
    expect(panelChart(moved, 'ko', t)!.series.map((s) => s.values)).toEqual([[111], [999]]);
    expect(panelSentence(moved, 'ko', t)).toMatch(/111.*999/);
    expect(comparisonPoints({ ...d, before: null })).toBeNull();
  });
});
