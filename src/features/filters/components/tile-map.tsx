import type { KeyboardEvent } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { REGIONS } from '@/config/regions';

const TILE = 64;
const GAP = 6;
const COLS = 4;
const ROWS = 5;

interface Props {
  selected: string[];
  onToggle: (slug: string) => void;
}

/**
 * A grid cartogram of the 17 시·도: one equal tile per region, placed roughly where it lies.
 * No geodata is needed. Each tile is a toggle button (click, Enter or Space).
 */
export function TileMap({ selected, onToggle }: Props) {
  const { t, lang } = useTranslation();
  const width = COLS * (TILE + GAP) - GAP;
  const height = ROWS * (TILE + GAP) - GAP;

  const onKey = (e: KeyboardEvent, slug: string) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onToggle(slug);
    }
  };

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="group"
      aria-label={t('filters.mapTitle')}
      style={{ maxWidth: '100%', height: 'auto', display: 'block' }}
    >
      {REGIONS.map((r) => {
        const [col, row] = r.tile;
        const on = selected.includes(r.slug);
        const x = col * (TILE + GAP);
        const y = row * (TILE + GAP);
        return (
          <g
            key={r.slug}
            role="button"
            tabIndex={0}
            aria-pressed={on}
            aria-label={r[lang]}
            data-region={r.slug}
            onClick={() => onToggle(r.slug)}
            onKeyDown={(e) => onKey(e, r.slug)}
            className="tile"
            style={{ cursor: 'pointer' }}
          >
            <rect
              x={x}
              y={y}
              width={TILE}
              height={TILE}
              rx={8}
              fill={on ? 'var(--mantine-color-krds-6)' : 'var(--mantine-color-default)'}
              stroke={on ? 'var(--dnd-tile-on-stroke)' : 'var(--mantine-color-default-border)'}
              strokeWidth={on ? 2 : 1}
            />
            <text
              x={x + TILE / 2}
              y={y + TILE / 2}
              textAnchor="middle"
              dominantBaseline="central"
              fontSize={lang === 'ko' ? 15 : 12}
              fontWeight={on ? 700 : 500}
              fill={on ? '#fff' : 'var(--mantine-color-text)'}
              pointerEvents="none"
            >
              {r[lang]}
            </text>
            {/* Selection is also marked by a tick, not by colour alone. */}
            {on && (
              <text
                x={x + TILE - 12}
                y={y + 14}
                fontSize={12}
                fill="#fff"
                pointerEvents="none"
                aria-hidden
              >
                ✓
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
