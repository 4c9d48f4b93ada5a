import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { Datum, Panel, Source } from '@/lib/api/schemas';
import {
  arithmeticChangeText,
  comparable,
  comparisonPoints,
  pointsText,
  statedChangeText,
  yearLabel,
  type Point,
} from '../datum-text';
import { SourcePopover } from './source-popover';
import classes from './comparison-panel.module.css';

/**
 * The largest value per unit among a panel's comparable pairs: pairs in one unit are drawn on
 * one scale from zero, so 15 → 39 looks as small beside 393 → 765 as it is.
 */
export function sharedScales(items: readonly Datum[]): Map<string, number> {
  const max = new Map<string, number>();
  for (const d of items) {
    const pair = comparisonPoints(d);
    if (!pair || !comparable(d)) continue;
    const unit = pair.after.unit ?? d.unit;
    max.set(unit, Math.max(max.get(unit) ?? 0, pair.before.value, pair.after.value));
  }
  return max;
}

/** The shared scale a pair is drawn on: its unit's largest value. */
function scaleOf(scales: Map<string, number>, d: Datum) {
  const pair = comparisonPoints(d);
  return pair ? scales.get(pair.after.unit ?? d.unit) : undefined;
}

const pct = (v: number, max: number) =>
  `${max > 0 ? Math.max(0, Math.min(100, (v / max) * 100)) : 0}%`;

/** Before and after as two dots on a line from zero: a dumbbell, on the panel's shared scale. */
function Dumbbell({ pair, max }: { pair: { before: Point; after: Point }; max: number }) {
  const before = pair.before.value;
  const after = pair.after.value;
  return (
    <div className={`${classes.track} ${classes.chart}`} aria-hidden data-chart="dumbbell">
      <span
        className={classes.span}
        style={{
          insetInlineStart: pct(Math.min(before, after), max),
          width: `calc(${pct(Math.abs(after - before), max)})`,
        }}
      />
      <span
        className={`${classes.dot} ${classes.before}`}
        style={{ insetInlineStart: pct(before, max) }}
      />
      <span
        className={`${classes.dot} ${classes.after}`}
        style={{ insetInlineStart: pct(after, max) }}
      />
    </div>
  );
}

function ComparisonItem({ d, source, max }: { d: Datum; source: Source; max: number | undefined }) {
  const { t, lang } = useTranslation();
  const pair = comparisonPoints(d);
  if (!pair) return null;
  const stated = statedChangeText(d, lang);
  const arithmetic = arithmeticChangeText(d, lang);
  return (
    <li className={classes.item} data-fact-id={d.factId ?? undefined}>
      <Group gap={2} wrap="nowrap" align="flex-start" className={classes.label}>
        <div>
          <Text size="sm" fw={600} lh={1.35}>
            {d.label[lang]}
          </Text>
          <Text size="xs" c="dimmed">
            {yearLabel(pair.before, t('panel.before'))} → {yearLabel(pair.after, t('panel.after'))}
          </Text>
        </div>
        <SourcePopover datum={d} source={source} />
      </Group>
      <Text fz={18} fw={700} lh={1.3} component="div" className={classes.figures}>
        {pointsText(pair, d.unit, lang)}
      </Text>
      {max !== undefined && comparable(d) ? (
        <Dumbbell pair={pair} max={max} />
      ) : (
        <Text size="sm" c="dimmed" className={classes.chart}>
          {d.unit === 'rank' ? t('panel.notChartedRank') : t('panel.notChartedUnits')}
        </Text>
      )}
      {(arithmetic || stated) && (
        // tt="none": a badge's capitals would print %p as %P.
        <Group gap={6} className={classes.badges}>
          {arithmetic && (
            <Badge variant="light" color="krds" tt="none" title={t('panel.arithmetic')}>
              {t('panel.arithmetic')} {arithmetic}
            </Badge>
          )}
          {stated && (
            <Badge
              variant="outline"
              color="krdsNavy"
              tt="none"
              data-stated-fact-id={d.statedChange?.factId}
            >
              {t('panel.stated')}: {stated}
            </Badge>
          )}
        </Group>
      )}
    </li>
  );
}

/**
 * Before → after pairs as a list, each with its figures once (as text) and a dumbbell on the
 * panel's shared scale; no chart library, so nothing waits for one.
 */
export function ComparisonPanel({ panel, source }: { panel: Panel; source: Source }) {
  const { t } = useTranslation();
  const scales = sharedScales(panel.items);
  const drawn = panel.items.some(comparable);
  return (
    <Stack gap="xs" className={classes.panel}>
      <ul className={classes.list}>
        {panel.items.map((d) => (
          <ComparisonItem key={d.id} d={d} source={source} max={scaleOf(scales, d)} />
        ))}
      </ul>
      {drawn && (
        <Group gap="md" className={classes.legend} aria-hidden>
          <span>
            <span className={`${classes.key} ${classes.before}`} /> {t('panel.before')}
          </span>
          <span>
            <span className={`${classes.key} ${classes.after}`} /> {t('panel.after')}
          </span>
          <span>{t('panel.sharedScale')}</span>
        </Group>
      )}
    </Stack>
  );
}
