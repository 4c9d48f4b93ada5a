import { Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { Panel, Source } from '@/lib/api/schemas';
import { valueText } from '../datum-text';
import { ReleaseWording } from './release-wording';
import { SourcePopover } from './source-popover';

/**
 * Lists from the release: names alone as chips; names with a detail each (services and their
 * sites, labs and their cities) as a two-column table.
 */
export function ListPanel({ panel, source }: { panel: Panel; source: Source }) {
  const { t, lang } = useTranslation();
  return (
    <Stack gap="md">
      {panel.items.map((d) => {
        const hasDetail = d.members.some((m) => m.detail);
        return (
          <Stack key={d.id} gap={6} data-fact-id={d.factId ?? undefined}>
            <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
              <Title order={3} size="sm" fw={600} lh={1.4}>
                {d.label[lang]}
                {(d.value !== null || d.display) && (
                  <Text
                    span
                    fw={700}
                    ml={8}
                    className="accent-text"
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {valueText(d, lang)}
                  </Text>
                )}
              </Title>
              <SourcePopover datum={d} source={source} />
            </Group>
            {d.members.length > 0 && !hasDetail ? (
              // Names only (a minister, departments, diseases): chips, not a one-column table.
              <ul className="chip-list">
                {d.members.map((m) => (
                  <li key={m.label.ko}>{m.label[lang]}</li>
                ))}
              </ul>
            ) : d.members.length > 0 ? (
              <Table withTableBorder striped fz="sm" verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('panel.item')}</Table.Th>
                    <Table.Th scope="col">{t('panel.detail')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.members.map((m) => (
                    <Table.Tr key={m.label.ko}>
                      <Table.Td>{m.label[lang]}</Table.Td>
                      <Table.Td>{m.detail?.[lang] ?? ''}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ) : (
              <ReleaseWording quote={d.quote} />
            )}
            {!d.completeList && (
              <Text size="xs" c="dimmed">
                {t('panel.incompleteList')}
              </Text>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
