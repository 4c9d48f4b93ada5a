import { describe, expect, it } from 'vitest';
import { dashboardQueries } from '@/features/dashboard/api';
import { createQueryClient } from '@/lib/query-client';
import { signIn } from '../../tests/render';
import { prefetchLanding } from './landing-prefetch';

describe('prefetchLanding', () => {
  it('puts the landing page and all its panels, under its filters, into the cache', async () => {
    await signIn();
    const client = createQueryClient();
    await prefetchLanding(client, '/data-dam?region=gwangju');
    const page = client.getQueryData(dashboardQueries.page('data-dam').queryKey);
    expect(page?.panels.length).toBeGreaterThan(0);
    const filters = { region: ['gwangju'], sector: [] };
    for (const ref of page?.panels ?? []) {
      // The exact entries the page's cards will ask for: found, not refetched.
      expect(
        client.getQueryData(dashboardQueries.panel(ref, filters).queryKey),
        ref.id,
      ).toBeDefined();
    }
  });

  it('fetches nothing for a destination that is not a dashboard page', async () => {
    await signIn();
    const client = createQueryClient();
    await prefetchLanding(client, '/briefing');
    expect(client.getQueryCache().getAll()).toHaveLength(0);
  });
});
