import { lazy, Suspense } from 'react';
import { Button, Group, MultiSelect, Paper, Popover, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFilterOff, IconMap } from '@tabler/icons-react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { REGIONS, SECTORS } from '@/config/regions';
import type { Filters } from '../filter-params';
import { filtersInWords } from '@/lib/filter-words';
import type { RegionFigureQuery } from './region-map';

// The map is its own chunk, fetched when the picker first opens (or is about to: hover, focus),
// so the dashboard's first load does not carry it (docs/decisions/031-region-picker-tile-map.md).
const loadRegionMap = () => import('./region-map');
const RegionMap = lazy(loadRegionMap);

/**
 * Each select's label beside it, not above: the bar is one control high, which leaves the
 * overview's first screen room for its story (decision 030). Still a real <label>.
 */
const INLINE_LABEL = {
  root: { display: 'flex', alignItems: 'center', gap: 8 },
  label: { whiteSpace: 'nowrap', marginBottom: 0 },
  wrapper: { flex: 1, minWidth: 0 },
} as const;

interface Props {
  filters: Filters;
  onChange: (next: Filters) => void;
  /** The region breakdown whose figures shade the map; without it the map shows names only. */
  mapFigure?: RegionFigureQuery;
}

/** Region and sector filters: two multi-selects, a tile map, the filters in words, and reset. */
export function FilterBar({ filters, onChange, mapFigure }: Props) {
  const { t, lang } = useTranslation();
  const [mapOpen, { toggle: toggleMap, close: closeMap }] = useDisclosure(false);
  const active = filters.region.length + filters.sector.length > 0;

  const toggleRegion = (slug: string) =>
    onChange({
      ...filters,
      region: filters.region.includes(slug)
        ? filters.region.filter((r) => r !== slug)
        : [...filters.region, slug],
    });

  return (
    <Paper
      withBorder
      p="xs"
      radius="md"
      component="section"
      aria-label={t('filters.label')}
      className="no-print"
    >
      <Stack gap="xs">
        <Group align="center" gap="sm" wrap="wrap">
          <MultiSelect
            label={t('filters.region')}
            placeholder={filters.region.length ? undefined : t('filters.regionPlaceholder')}
            data={REGIONS.map((r) => ({ value: r.slug, label: r[lang] }))}
            value={filters.region}
            onChange={(region) => onChange({ ...filters, region })}
            clearable
            searchable
            styles={INLINE_LABEL}
            style={{ flex: '1 1 240px', minWidth: 0, maxWidth: 380 }}
            comboboxProps={{ withinPortal: true }}
          />
          <MultiSelect
            label={t('filters.sector')}
            placeholder={filters.sector.length ? undefined : t('filters.sectorPlaceholder')}
            data={SECTORS.map((s) => ({ value: s.slug, label: s[lang] }))}
            value={filters.sector}
            onChange={(sector) => onChange({ ...filters, sector })}
            clearable
            searchable
            styles={INLINE_LABEL}
            style={{ flex: '1 1 240px', minWidth: 0, maxWidth: 380 }}
          />
          {/* The map floats over the page instead of pushing it down ~400 px. Not in a portal:
              it follows its button in the tab order. Escape or a click outside closes it. */}
          <Popover
            opened={mapOpen}
            onDismiss={closeMap}
            position="bottom-start"
            shadow="md"
            withinPortal={false}
            returnFocus
          >
            <Popover.Target>
              <Button
                variant="default"
                leftSection={<IconMap size={16} aria-hidden />}
                onClick={toggleMap}
                onPointerEnter={() => void loadRegionMap()}
                onFocus={() => void loadRegionMap()}
              >
                {mapOpen ? t('filters.hideMap') : t('filters.showMap')}
              </Button>
            </Popover.Target>
            <Popover.Dropdown id="region-tile-map" p="sm">
              <Stack gap={4}>
                <Text size="xs" c="dimmed">
                  {t('filters.mapHint')}
                </Text>
                <Suspense
                  fallback={
                    <Text size="sm" c="dimmed" role="status">
                      {t('panel.loading')}
                    </Text>
                  }
                >
                  <RegionMap
                    selected={filters.region}
                    onToggle={toggleRegion}
                    figureQuery={mapFigure}
                  />
                </Suspense>
              </Stack>
            </Popover.Dropdown>
          </Popover>
          <Button
            variant="subtle"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={() => onChange({ region: [], sector: [] })}
            disabled={!active}
          >
            {t('filters.reset')}
          </Button>
          {/* In the same row where there is room: the bar stays one line high on a wide screen. */}
          <Text
            size="sm"
            aria-live="polite"
            data-testid="filters-in-words"
            style={{ flex: '1 1 200px', alignSelf: 'center' }}
          >
            {t('filters.inForce', { text: filtersInWords(filters, lang) })}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
