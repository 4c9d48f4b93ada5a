// The chart library's styles load with the chart code (chart-panels.tsx), never on /login.
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { LabelProps } from 'recharts';
import type { Datum, Panel, Source } from '@/lib/api/schemas';
import { chartColor } from '@/lib/chart-palette';
import { formatValue } from '@/lib/format';
import {
  arithmeticChangeText,
  comparable,
  pointText,
  statedChangeText,
  yearLabel,
} from '../datum-text';
import { balancedColumns } from '../panel-layout';
import { SourcePopover } from './source-popover';

/** A bar's value, centred above it on a single line. */
function BarTopLabel({ x, y, width, text }: LabelProps & { text: string }) {
  if (x === undefined || y === undefined || width === undefined) return null;
  return (
    <text
      x={Number(x) + Number(width) / 2}
      y={Number(y) - 6}
      textAnchor="middle"
      fontSize={12}
      fill="var(--mantine-color-dimmed)"
    >
      {text}
    </text>
  );
}

function ComparisonItem({ d, source }: { d: Datum; source: Source }) {
  const { t, lang } = useTranslation();
  if (!d.before || !d.after) return null;
  const beforeLabel = yearLabel(d.before, t('panel.before'));
  const afterLabel = yearLabel(d.after, t('panel.after'));
  const stated = statedChangeText(d, lang);
  const arithmetic = arithmeticChangeText(d, lang);
  return (
    <Paper withBorder p="sm" radius="md" data-fact-id={d.factId ?? undefined}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <Text size="sm" fw={600} lh={1.35}>
            {d.label[lang]}
          </Text>
          <SourcePopover datum={d} source={source} />
        </Group>
        <Text fz={20} fw={700}>
          {pointText(d.before, d.unit, lang)} → {pointText(d.after, d.unit, lang)}
        </Text>
        <Group gap={6}>
          {/* tt="none": a badge's capitals would print %p as %P. */}
          {arithmetic && (
            <Badge variant="light" color="krds" tt="none" title={t('panel.arithmetic')}>
              {t('panel.arithmetic')} {arithmetic}
            </Badge>
          )}
          {stated && (
            <Badge variant="outline" color="krdsNavy" data-stated-fact-id={d.statedChange?.factId}>
              {t('panel.stated')}: {stated}
            </Badge>
          )}
        </Group>
        {!comparable(d) && (
          <Text size="xs" c="dimmed">
            {d.unit === 'rank' ? t('panel.notChartedRank') : t('panel.notChartedUnits')}
          </Text>
        )}
        {comparable(d) && (
          <BarChart
            h={150}
            data={[
              { period: beforeLabel, value: d.before.value },
              { period: afterLabel, value: d.after.value },
            ]}
            dataKey="period"
            series={[{ name: 'value', label: d.label[lang], color: chartColor(0) }]}
            withBarValueLabel
            // With the unit: a pair stated in years and months is drawn in one unit (60 → 1.5
            // months), which bare numbers would hide. On one line: Recharts would wrap
            // "KRW 751.8 billion" to the bar's width, three lines above a narrow bar.
            valueLabelProps={{
              content: (label: LabelProps) => (
                <BarTopLabel {...label} text={formatValue(Number(label.value), d.unit, lang)} />
              ),
            }}
            withTooltip={false}
            gridAxis="none"
            withYAxis={false}
            maxBarWidth={56}
            // Room above the tallest bar for its value label.
            barChartProps={{ margin: { top: 22, right: 8, left: 8, bottom: 0 } }}
            barProps={{ isAnimationActive: false }}
            aria-hidden
            accessibilityLayer={false}
          />
        )}
      </Stack>
    </Paper>
  );
}

export function ComparisonPanel({ panel, source }: { panel: Panel; source: Source }) {
  return (
    // Columns follow the card's width, rows kept even: three pairs side by side, four as 2×2
    // (or in one row on a wide screen).
    <SimpleGrid
      type="container"
      cols={{
        base: 1,
        '560px': balancedColumns(panel.items.length, 2),
        '1000px': balancedColumns(panel.items.length, 3),
        '1400px': balancedColumns(panel.items.length, 4),
      }}
      spacing="sm"
    >
      {panel.items.map((d) => (
        <ComparisonItem key={d.id} d={d} source={source} />
      ))}
    </SimpleGrid>
  );
}
