/**
 * A panel's rows (panel-kinds.ts) as a PowerPoint table's cells: the header row shaded and
 * bold, each row's first cell (its item) bold. Pure, so a test can hold them against the
 * table view's and the CSV's rows.
 */
import type { PanelRows } from '@/lib/panel/panel-kinds';

export interface PptxCell {
  text: string;
  options: {
    bold?: boolean;
    fill?: { color: string };
    fontSize: number;
    fontFace: string;
    lang: string;
    valign: 'middle';
  };
}

export function pptxTableRows(
  table: Pick<PanelRows, 'header' | 'rows'>,
  font: { fontFace: string; lang: string } = { fontFace: '맑은 고딕', lang: 'ko-KR' },
): PptxCell[][] {
  // 10 pt is the smallest a projected slide stays legible at; long tables take it.
  const cell = { fontSize: table.rows.length > 12 ? 10 : 12, ...font, valign: 'middle' as const };
  return [
    table.header.map((text) => ({
      text,
      options: { ...cell, bold: true, fill: { color: 'EEF2F7' } },
    })),
    ...table.rows.map((row) =>
      row.map((text, i) => ({ text, options: { ...cell, bold: i === 0 } })),
    ),
  ];
}
