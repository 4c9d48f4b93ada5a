// The chart library's styles load with the chart code (chart-panels.tsx), never on /login.
import '@mantine/charts/styles.css';
import { BarChart, DonutChart } from '@mantine/charts';
import type { LabelProps } from 'recharts';
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

const DONUT_SIZE = 280;
const DONUT_THICKNESS = 40;

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

  const shareOf = (d: (typeof items)[number]) =>
    denominator > 0 ? `${(((d.value ?? 0) / denominator) * 100).toFixed(1)}%` : null;
  const totalLabel =
    // An illustrative split, or an imported breakdown under a filter, adds up to the selection.
    panel.provenance === 'illustrative' || panel.officialBreakdown
      ? t('panel.selectionTotal')
      : t('panel.total');

  if (panel.kind === 'donut') {
    // The donut above its parts, centred, with the total in its hole: the card's width is used
    // and the total is written once (it used to stand in the hole and again under the list, and
    // an English total too long for the hole was left out). The hole holds HTML, so the total
    // wraps onto lines in any language rather than being cut.
    return (
      <Stack align="center" gap="md">
        <div style={{ position: 'relative', width: DONUT_SIZE, height: DONUT_SIZE }}>
          <DonutChart
            data={data}
            size={DONUT_SIZE}
            thickness={DONUT_THICKNESS}
            withTooltip={false}
            // The chart is a picture of the parts under it: its sectors stay out of the tab order.
            pieProps={{ isAnimationActive: false, rootTabIndex: -1 }}
            aria-hidden
            accessibilityLayer={false}
          />
          <Stack
            gap={0}
            align="center"
            justify="center"
            data-testid="donut-total"
            style={{
              position: 'absolute',
              inset: DONUT_THICKNESS + 8,
              textAlign: 'center',
              pointerEvents: 'none',
            }}
          >
            <Text size="sm" c="dimmed">
              {totalLabel}
            </Text>
            <Text fw={700} fz={18} lh={1.25}>
              {formatValue(total, unit, lang)}
            </Text>
          </Stack>
        </div>
        <Group
          component="ul"
          gap="lg"
          align="flex-start"
          justify="center"
          style={{ listStyle: 'none', padding: 0, margin: 0, width: '100%' }}
        >
          {items.map((d, i) => (
            <Group
              key={d.id}
              component="li"
              gap="xs"
              wrap="nowrap"
              align="flex-start"
              data-fact-id={d.factId ?? undefined}
              style={{ flex: '1 1 200px', maxWidth: 320 }}
            >
              <ColorSwatch color={chartColor(i)} size={14} mt={4} aria-hidden />
              <div style={{ minWidth: 0 }}>
                {/* The quote button follows the label's last word, not the far edge of a wide column. */}
                <Text size="sm" lh={1.4}>
                  {d.label[lang]} <SourcePopover datum={d} source={source} inline />
                </Text>
                <Group gap={8} wrap="nowrap">
                  <Text size="md" fw={700}>
                    {valueText(d, lang)}
                  </Text>
                  {shareOf(d) && (
                    <Text size="sm" c="dimmed">
                      {shareOf(d)}
                    </Text>
                  )}
                </Group>
              </div>
            </Group>
          ))}
        </Group>
      </Stack>
    );
  }

  // Bars carry their values as labels; under them each part's share and source, not its value
  // again (no number twice on one card; the table view has them all). Many bars: labels only.
  const shares = (
    <Group
      component="ul"
      gap="md"
      aria-label={t('panel.shares')}
      style={{ listStyle: 'none', padding: 0, margin: 0, rowGap: 4 }}
    >
      {items.map((d) => (
        <Text key={d.id} component="li" size="sm" data-fact-id={d.factId ?? undefined}>
          {d.label[lang]}{' '}
          <Text span size="sm" c="dimmed">
            {shareOf(d)}
          </Text>{' '}
          <SourcePopover datum={d} source={source} inline />
        </Text>
      ))}
    </Group>
  );
  // An illustrative split of all regions (or sectors) adds up to its basis, which the card's
  // notice already states: the total is written only for a selection that differs from it.
  const totalLine =
    panel.basis?.value === total ? null : (
      <Group gap="xs" justify="flex-end">
        <Text size="sm" c="dimmed">
          {totalLabel} {formatValue(total, unit, lang)}
        </Text>
      </Group>
    );

  const axis = categoryAxis(
    data.map((d) => d.name),
    lang,
    // 17 regions in rows of 24 px: the card stays near its neighbour's height (the budget donut).
    items.length > 10 ? 24 : items.length > 6 ? 30 : 44,
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
        // Each bar's value is written once, on the bar, and tagged with its fact (as the
        // figures of other cards are), since no list under the bars repeats it.
        valueLabelProps={{
          content: (p: LabelProps) => (
            <text
              x={Number(p.x ?? 0) + Number(p.width ?? 0) + 6}
              y={Number(p.y ?? 0) + Number(p.height ?? 0) / 2}
              dominantBaseline="central"
              fontSize={12}
              fill="var(--chart-bar-label-color, var(--mantine-color-dimmed))"
              data-fact-id={items[Number(p.index)]?.factId ?? undefined}
            >
              {formatNumber(Number(p.value), unit, lang)}
            </text>
          ),
        }}
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
      {items.length <= 6 && shares}
      {totalLine}
    </Stack>
  );
}
