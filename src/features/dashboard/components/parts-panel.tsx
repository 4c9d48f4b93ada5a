// The chart library's styles load with the chart code (chart-panels.tsx), never on /login.
import '@mantine/charts/styles.css';
import { BarChart, DonutChart } from '@mantine/charts';
import { ColorSwatch, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { Panel, Source } from '@/lib/api/schemas';
import { chartColor } from '@/lib/chart-palette';
import { formatNumber, formatValue } from '@/lib/format';
import { valueText } from '../datum-text';
import { SourcePopover } from './source-popover';

/**
 * The category axis of a horizontal bar chart: wide enough for its longest label up to a
 * limit, and rows tall enough for the lines a longer label wraps to, so labels never run into
 * each other (English labels are two to three times longer than Korean ones).
 */
function categoryAxis(labels: string[], lang: 'ko' | 'en', baseRow: number) {
  const charWidth = lang === 'ko' ? 12.5 : 6.6; // 12 px text, measured in Pretendard GOV
  const longest = Math.max(0, ...labels.map((l) => l.length)) * charWidth;
  const width = Math.round(Math.min(240, Math.max(90, longest + 12)));
  const lines = Math.ceil(longest / (width - 12));
  return { width, rowHeight: Math.max(baseRow, lines * 15 + 12) };
}

/** Part-of-whole panels: a donut for two or three parts, horizontal bars for more. */
export function PartsPanel({ panel, source }: { panel: Panel; source: Source }) {
  const { t, lang } = useTranslation();
  const items = panel.items.filter((d) => d.value !== null);
  const unit = items[0]?.unit ?? '';
  const total = items.reduce((s, d) => s + (d.value ?? 0), 0);
  // Shares of a breakdown are shares of the whole it divides: the official national total
  // (illustrative), or the imported breakdown's own total (official), whatever the filter.
  const denominator = panel.officialBreakdown?.total ?? panel.basis?.value ?? total;
  const data = items.map((d, i) => ({
    name: d.label[lang],
    value: d.value ?? 0,
    color: chartColor(i),
  }));

  // Two lines per part (name; value and share) so long English names keep the width.
  const legend = (
    <Stack gap={8} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((d, i) => (
        <Group
          key={d.id}
          component="li"
          gap="xs"
          wrap="nowrap"
          align="flex-start"
          data-fact-id={d.factId ?? undefined}
        >
          {/* Swatches key the donut's colours; the bar chart names its bars on the axis. */}
          {panel.kind === 'donut' && (
            <ColorSwatch color={chartColor(i)} size={14} mt={3} aria-hidden />
          )}
          {/* Its quote button right after it, not at the far edge of a wide card. */}
          <Stack gap={0} style={{ flex: '0 1 auto', minWidth: 0 }}>
            <Text size="sm" lh={1.35}>
              {d.label[lang]}
            </Text>
            <Group gap={8} wrap="nowrap">
              <Text size="sm" fw={700}>
                {valueText(d, lang)}
              </Text>
              {denominator > 0 && (
                <Text size="xs" c="dimmed">
                  {`${(((d.value ?? 0) / denominator) * 100).toFixed(1)}%`}
                </Text>
              )}
            </Group>
          </Stack>
          <SourcePopover datum={d} source={source} />
        </Group>
      ))}
    </Stack>
  );
  const totalLine = (
    <Group gap="xs" justify="flex-end">
      <Text size="sm" c="dimmed">
        {panel.provenance === 'illustrative' || panel.officialBreakdown
          ? t('panel.selectionTotal')
          : lang === 'ko'
            ? '합계'
            : 'Total'}{' '}
        {formatValue(total, unit, lang)}
      </Text>
    </Group>
  );

  if (panel.kind === 'donut') {
    const centreLabel = (label: string) => (label.length <= 12 ? label : undefined);
    return (
      <Group align="center" gap="lg" wrap="wrap">
        <DonutChart
          data={data}
          size={180}
          thickness={32}
          withTooltip={false}
          // The chart is a picture of the legend beside it: keep its sectors out of the tab order.
          pieProps={{ isAnimationActive: false, rootTabIndex: -1 }}
          // The hole is ~116 px wide: a label that cannot fit (KRW 1,605.3 billion) is left
          // out rather than cut; the total stands under the legend either way.
          chartLabel={centreLabel(formatValue(total, unit, lang))}
          aria-hidden
          accessibilityLayer={false}
        />
        <div style={{ flex: '1 1 240px', minWidth: 0, maxWidth: 560 }}>
          {legend}
          {totalLine}
        </div>
      </Group>
    );
  }
  const axis = categoryAxis(
    data.map((d) => d.name),
    lang,
    items.length > 6 ? 30 : 44,
  );
  return (
    <Stack gap="sm">
      <BarChart
        h={Math.max(120, items.length * axis.rowHeight)}
        data={data.map((d) => ({ name: d.name, value: d.value }))}
        dataKey="name"
        orientation="vertical"
        series={[{ name: 'value', label: panel.title[lang], color: chartColor(0) }]}
        withBarValueLabel
        valueFormatter={(v) => formatNumber(v, unit, lang)}
        withTooltip={false}
        gridAxis="none"
        withXAxis={false}
        yAxisProps={{ width: axis.width }}
        maxBarWidth={32}
        // Room right of the longest bar for its value label.
        barChartProps={{ margin: { top: 0, right: 64, left: 0, bottom: 0 } }}
        barProps={{ isAnimationActive: false }}
        aria-hidden
        accessibilityLayer={false}
      />
      {/* Few bars: a legend row each with share and source; many bars: labels on the bars suffice. */}
      {items.length <= 6 && legend}
      {totalLine}
    </Stack>
  );
}
