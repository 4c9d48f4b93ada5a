import { describe, expect, it } from 'vitest';
import { appliedFilters, dashboardQueries } from './api';

const filters = { region: ['gwangju'], sector: ['manufacturing'] };

describe('appliedFilters', () => {
  it('leaves out a dimension the panel answers nationally', () => {
    expect(appliedFilters({ region: 'national', sector: 'national' }, filters)).toEqual({
      region: [],
      sector: [],
    });
    expect(appliedFilters({ region: 'regional', sector: 'national' }, filters)).toEqual({
      region: ['gwangju'],
      sector: [],
    });
    expect(appliedFilters({ region: 'split', sector: 'split' }, filters)).toEqual(filters);
  });

  it('so a national panel keeps one cache entry across filter changes', () => {
    const national = {
      id: 'ov-budget',
      scope: { region: 'national', sector: 'national' },
    } as const;
    const split = { id: 'ov-jobs', scope: { region: 'split', sector: 'split' } } as const;
    const none = { region: [], sector: [] };
    expect(dashboardQueries.panel(national, filters).queryKey).toEqual(
      dashboardQueries.panel(national, none).queryKey,
    );
    expect(dashboardQueries.panel(split, filters).queryKey).not.toEqual(
      dashboardQueries.panel(split, none).queryKey,
    );
  });
});
