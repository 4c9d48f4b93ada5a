import { Table } from '@mantine/core';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { Panel } from '@/lib/api/schemas';
import { panelRows } from '@/lib/panel/panel-kinds';

/**
 * "표로 보기": every panel's data as a plain table, the same figures the chart draws. Its rows
 * are the panel kind's rows (panel-kinds.ts), which the CSV, XLSX and PPTX tables also take.
 */
export function PanelTable({ panel }: { panel: Panel }) {
  const { t, lang } = useTranslation();
  const { header, rows } = panelRows(panel, lang, t);
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table withTableBorder withColumnBorders fz="sm" verticalSpacing={6}>
        <Table.Caption>
          {panel.title[lang]}
          {panel.provenance === 'illustrative' && ` (${t('panel.illustrative')})`}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {header.map((h) => (
              <Table.Th scope="col" key={h}>
                {h}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([head, ...cells], n) => (
            <Table.Tr key={panel.items[n]?.id ?? n}>
              <Table.Th scope="row" fw={500}>
                {head}
              </Table.Th>
              {cells.map((c, i) => (
                <Table.Td key={i}>{c}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
