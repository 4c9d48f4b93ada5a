import { Table } from '@mantine/core';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { Panel } from '@/lib/api/schemas';
import {
  arithmeticChangeText,
  pointText,
  statedChangeText,
  valueText,
  yearLabel,
} from '../datum-text';

/** "표로 보기": every panel's data as a plain table, the same figures the chart draws. */
export function PanelTable({ panel }: { panel: Panel }) {
  const { t, lang } = useTranslation();
  const isComparison = panel.kind === 'comparison';
  // A column only where some row has something in it (bar and donut parts have no members).
  const hasMembers = panel.items.some((d) => d.members.length > 0);
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table withTableBorder withColumnBorders fz="sm" verticalSpacing={6}>
        <Table.Caption>
          {panel.title[lang]}
          {panel.provenance === 'illustrative' && ` (${t('panel.illustrative')})`}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('panel.item')}</Table.Th>
            {isComparison ? (
              <>
                <Table.Th scope="col">{t('panel.before')}</Table.Th>
                <Table.Th scope="col">{t('panel.after')}</Table.Th>
                <Table.Th scope="col">{t('panel.arithmetic')}</Table.Th>
                <Table.Th scope="col">{t('panel.stated')}</Table.Th>
              </>
            ) : (
              <>
                <Table.Th scope="col">{t('panel.value')}</Table.Th>
                {hasMembers && <Table.Th scope="col">{t('panel.detail')}</Table.Th>}
              </>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {panel.items.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Th scope="row" fw={500}>
                {d.label[lang]}
              </Table.Th>
              {isComparison && d.before && d.after ? (
                <>
                  <Table.Td>
                    {yearLabel(d.before, '')} {pointText(d.before, d.unit, lang)}
                  </Table.Td>
                  <Table.Td>
                    {yearLabel(d.after, '')} {pointText(d.after, d.unit, lang)}
                  </Table.Td>
                  <Table.Td>{arithmeticChangeText(d, lang) ?? '—'}</Table.Td>
                  <Table.Td>{statedChangeText(d, lang) ?? '—'}</Table.Td>
                </>
              ) : (
                <>
                  <Table.Td>{valueText(d, lang)}</Table.Td>
                  {hasMembers && (
                    <Table.Td>
                      {d.members
                        .map((m) =>
                          m.detail ? `${m.label[lang]} (${m.detail[lang]})` : m.label[lang],
                        )
                        .join(', ')}
                    </Table.Td>
                  )}
                </>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
