import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, signIn } from '../../../../tests/render';
import type { Filters } from '../filter-params';
import { FilterBar } from './filter-bar';
import type { RegionFigureQuery } from './region-map';
import { regionMapQuery } from '../../dashboard/api';

function Harness({
  initial,
  spy,
  figure,
}: {
  initial: Filters;
  spy?: (f: Filters) => void;
  figure?: RegionFigureQuery;
}) {
  const [filters, setFilters] = useState(initial);
  return (
    <FilterBar
      filters={filters}
      mapFigure={figure}
      onChange={(f) => {
        spy?.(f);
        setFilters(f);
      }}
    />
  );
}

describe('FilterBar', () => {
  it('says the filters in force in words', () => {
    render(<Harness initial={{ region: ['gwangju'], sector: ['manufacturing'] }} />);
    expect(screen.getByTestId('filters-in-words')).toHaveTextContent('지역: 광주 · 업종: 제조');
  });

  it('says 전국 · 전 업종 when nothing is chosen, and reset is disabled', () => {
    render(<Harness initial={{ region: [], sector: [] }} />);
    expect(screen.getByTestId('filters-in-words')).toHaveTextContent('지역: 전국 · 업종: 전 업종');
    expect(screen.getByRole('button', { name: '필터 초기화' })).toBeDisabled();
  });

  it('resets both filters in one click', async () => {
    const spy = vi.fn();
    const { user } = render(<Harness initial={{ region: ['busan'], sector: ['ict'] }} spy={spy} />);
    await user.click(screen.getByRole('button', { name: '필터 초기화' }));
    expect(spy).toHaveBeenLastCalledWith({ region: [], sector: [] });
    expect(screen.getByTestId('filters-in-words')).toHaveTextContent('지역: 전국');
  });

  it('toggles regions on the tile map by keyboard', async () => {
    const spy = vi.fn();
    const { user } = render(<Harness initial={{ region: [], sector: [] }} spy={spy} />);
    await user.click(screen.getByRole('button', { name: '지도에서 지역 선택' }));
    const map = await screen.findByRole('group', { name: '시·도 타일 지도' });
    const gwangju = within(map).getByRole('button', { name: '광주' });
    expect(gwangju).toHaveAttribute('aria-pressed', 'false');
    gwangju.focus();
    await user.keyboard('{Enter}');
    expect(spy).toHaveBeenLastCalledWith({ region: ['gwangju'], sector: [] });
    expect(within(map).getByRole('button', { name: '광주' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.keyboard(' ');
    expect(spy).toHaveBeenLastCalledWith({ region: [], sector: [] });
  });

  it('the map has all 17 시·도', async () => {
    const { user } = render(<Harness initial={{ region: [], sector: [] }} />);
    await user.click(screen.getByRole('button', { name: '지도에서 지역 선택' }));
    const map = await screen.findByRole('group', { name: '시·도 타일 지도' });
    expect(within(map).getAllByRole('button')).toHaveLength(17);
  });

  it('shades the map by a region breakdown, names each tile by region and figure, and says the figure is illustrative', async () => {
    await signIn('viewer');
    const spy = vi.fn();
    const { user } = render(
      <Harness initial={{ region: ['seoul'], sector: [] }} spy={spy} figure={regionMapQuery([])} />,
    );
    await user.click(screen.getByRole('button', { name: '지도에서 지역 선택' }));
    const map = await screen.findByRole('group', {
      name: '시·도 타일 지도: 참여 기업·기관 지역별 분포 (예시 데이터)',
    });
    const legend = screen.getByTestId('region-map-legend');
    expect(legend).toHaveTextContent('예시 데이터');
    expect(legend).toHaveTextContent('보도자료에 없는 분해입니다');
    // Each tile's name is its region and its figure; the figures are the API's, and they add
    // up to the official total they split (12,486).
    const tiles = within(map).getAllByRole('button');
    expect(tiles).toHaveLength(17);
    const figures = tiles.map((tile) => {
      // The tick is aria-hidden: the name is the region and its figure.
      const m = /^(\S+) ([\d,]+)$/.exec(tile.textContent!.replace('✓', '').trim());
      expect(m, tile.textContent!).not.toBeNull();
      return Number(m![2]!.replaceAll(',', ''));
    });
    expect(figures.reduce((a, b) => a + b, 0)).toBe(12486);
    // The shade follows the figure: the largest region is the darkest step, the smallest the lightest.
    const max = tiles[figures.indexOf(Math.max(...figures))]!;
    const min = tiles[figures.indexOf(Math.min(...figures))]!;
    expect(max).toHaveAttribute('data-level', '4');
    expect(min).toHaveAttribute('data-level', '0');
    // Selection state is the toggle's pressed state.
    const seoul = within(map).getByRole('button', { name: /^서울 [\d,]+$/ });
    expect(seoul).toHaveAttribute('aria-pressed', 'true');
    await user.click(seoul);
    expect(spy).toHaveBeenLastCalledWith({ region: [], sector: [] });
    expect(seoul).toHaveAttribute('aria-pressed', 'false');
  });
});
