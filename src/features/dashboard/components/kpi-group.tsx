import { Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { Datum, Panel, Source } from '@/lib/api/schemas';
import { useLang } from '@/lib/i18n/use-lang';
import { comparisonPoints, pointText, valueText } from '../datum-text';
import { balancedColumns } from '../panel-layout';
import { ReleaseWording } from './release-wording';
import { SourcePopover } from './source-popover';

/** A figure's own before → after, with years, under it (where the release gives a pair). */
function PairLine({ d }: { d: Datum }) {
  const lang = useLang();
  const pair = comparisonPoints(d);
  if (!pair) return null;
  return (
    <Text size="xs" c="dimmed">
      {pair.before.year ?? ''} {pointText(pair.before, d.unit, lang)} → {pair.after.year ?? ''}{' '}
      {pointText(pair.after, d.unit, lang)}
    </Text>
  );
}

export function KpiGroup({ panel, source }: { panel: Panel; source: Source }) {
  const lang = useLang();
  const n = panel.items.length;
  return (
    // Columns follow the card's own width (the card may be a half or a whole row), and rows
    // are kept even: 4 tiles as 2×2 or one row of 4, never 3 + 1.
    <SimpleGrid
      type="container"
      cols={{
        base: 1,
        '420px': balancedColumns(n, 2),
        '720px': balancedColumns(n, 3),
        '1200px': balancedColumns(n, 4),
        '1800px': balancedColumns(n, 6),
      }}
      spacing="sm"
    >
      {panel.items.map((d) => (
        <Paper key={d.id} withBorder p="sm" radius="md" data-fact-id={d.factId ?? undefined}>
          <Stack gap={4}>
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <Text size="sm" c="dimmed" lh={1.35}>
                {d.label[lang]}
              </Text>
              <SourcePopover datum={d} source={source} />
            </Group>
            {d.value === null && !d.display ? (
              // A result the release states in words, not as a figure: its words, not a "—".
              <ReleaseWording quote={d.quote} />
            ) : (
              <Text fz={26} fw={700} lh={1.2} component="div" className="kpi-value">
                {valueText(d, lang)}
              </Text>
            )}
            <PairLine d={d} />
            {d.members.length > 0 && (
              <Text size="xs">{d.members.map((m) => m.label[lang]).join(', ')}</Text>
            )}
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
