import { Badge, Group, Stack, Text } from '@mantine/core';
import { useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { useTranslation } from '@/lib/i18n/use-translation';
import { formatNumber, unitLabel } from '@/lib/format';
import type { Panel } from '@/lib/api/schemas';
import { REGIONS } from '@/config/regions';
import { regionFigures, shadeBounds, shadeLevel } from './region-shading';
import classes from './region-map.module.css';

/**
 * The query of the panel whose figures shade the map: the app chooses it (dashboard-route) and
 * this feature only reads it. The key is the panel queries' shape (['panel', id, regions, sectors]).
 */
export type RegionFigureQuery = UseQueryOptions<Panel, Error, Panel, (string | string[])[]>;

interface Props {
  selected: readonly string[];
  onToggle: (slug: string) => void;
  figureQuery?: RegionFigureQuery;
}

/**
 * A tile map of the 17 시·도 (docs/decisions/031-region-picker-tile-map.md): one equal tile per
 * region, placed roughly where it lies, shaded by a region breakdown's figure and labelled with
 * it. Each tile is a toggle button (its name is the region and its figure; aria-pressed says
 * whether it is chosen). Loaded on its own chunk when the picker first opens.
 */
export default function RegionMap({ figureQuery, ...props }: Props) {
  // Without a figure the map still picks regions, by name alone.
  return figureQuery ? (
    <FigureMap {...props} figureQuery={figureQuery} />
  ) : (
    <MapView {...props} panel={undefined} failed={false} />
  );
}

function FigureMap({ figureQuery, ...props }: Props & { figureQuery: RegionFigureQuery }) {
  const query = useQuery(figureQuery);
  return <MapView {...props} panel={query.data} failed={query.isError} />;
}

interface ViewProps extends Omit<Props, 'figureQuery'> {
  panel: Panel | undefined;
  failed: boolean;
}

function MapView({ selected, onToggle, panel, failed }: ViewProps) {
  const { t, lang } = useTranslation();
  const figures = panel ? regionFigures(panel) : null;
  const unit = figures ? unitLabel(figures.unit, lang) : '';
  const illustrative = panel?.provenance === 'illustrative';

  return (
    <Stack gap={6}>
      {panel && figures && (
        <Stack gap={2} data-testid="region-map-legend">
          <Group gap={6} wrap="nowrap">
            <Text size="sm" fw={600}>
              {panel.title[lang]}
              {unit && ` (${unit})`}
            </Text>
            {/* Which kind of figure shades the map, in words: never colour alone. */}
            <Badge
              size="sm"
              variant={illustrative ? 'outline' : 'light'}
              color={illustrative ? 'krdsNavy' : 'krds'}
            >
              {illustrative ? t('panel.illustrative') : t('panel.official')}
            </Badge>
          </Group>
          {illustrative && (
            <Text size="xs" c="dimmed" maw={340}>
              {t('panel.illustrativeHint')}
            </Text>
          )}
          <Group gap={4} className={classes.legend} aria-hidden>
            <span>{t('filters.mapFewer')}</span>
            {shadeBounds(figures.min, figures.max).map((from, level) => (
              <span
                key={level}
                className={classes.swatch}
                data-level={level}
                title={`${formatNumber(from, figures.unit, lang)}+`}
              />
            ))}
            <span>{t('filters.mapMore')}</span>
            <span>
              ({formatNumber(figures.min, figures.unit, lang)}–
              {formatNumber(figures.max, figures.unit, lang)})
            </span>
          </Group>
        </Stack>
      )}
      {failed && (
        <Text size="xs" c="dimmed">
          {t('filters.mapNoFigures')}
        </Text>
      )}
      <div
        role="group"
        aria-label={
          panel && figures
            ? t('filters.mapTitleWithFigure', {
                title: panel.title[lang],
                kind: illustrative ? t('panel.illustrative') : t('panel.official'),
              })
            : t('filters.mapTitle')
        }
        className={classes.grid}
      >
        {REGIONS.map((r) => {
          const [col, row] = r.tile;
          const on = selected.includes(r.slug);
          const value = figures?.values.get(r.slug);
          const level =
            figures && value !== undefined ? shadeLevel(value, figures.min, figures.max) : null;
          return (
            <button
              key={r.slug}
              type="button"
              className={classes.tile}
              aria-pressed={on}
              data-region={r.slug}
              data-level={level ?? undefined}
              style={{ gridColumn: col + 1, gridRow: row + 1 }}
              onClick={() => onToggle(r.slug)}
            >
              {on && (
                <span className={classes.tick} aria-hidden>
                  ✓
                </span>
              )}
              <span className={classes.name}>{r[lang]}</span>
              {/* The name read out is "서울 2,202": a space between (not drawn in a flex box). */}{' '}
              {value !== undefined && figures && (
                <span className={classes.value}>{formatNumber(value, figures.unit, lang)}</span>
              )}
            </button>
          );
        })}
      </div>
    </Stack>
  );
}
