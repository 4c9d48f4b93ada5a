import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render } from '../../../../tests/render';
import type { Filters } from '../filter-params';
import { FilterBar } from './filter-bar';

function Harness({ initial, spy }: { initial: Filters; spy?: (f: Filters) => void }) {
  const [filters, setFilters] = useState(initial);
  return (
    <FilterBar
      filters={filters}
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
    const map = screen.getByRole('group', { name: '시·도 타일 지도' });
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
    const map = screen.getByRole('group', { name: '시·도 타일 지도' });
    expect(within(map).getAllByRole('button')).toHaveLength(17);
  });
});
