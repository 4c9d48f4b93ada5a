/**
 * Every fact of the release is served by the API and rendered by some page (issue #3).
 * The list of facts comes from the API itself (/facts), not from a copy in this test.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DashboardPage } from '../../src/features/dashboard/components/dashboard-page';
import { apiRequest } from '../../src/lib/api/client';
import { factListSchema, pageIdSchema } from '../../src/lib/api/schemas';
import { formatNumber } from '../../src/lib/format';
import { FACTS } from '../../domain/facts';
import { render, signIn } from '../render';

async function renderedFacts(pageId: (typeof pageIdSchema.options)[number]) {
  const { unmount } = render(
    <DashboardPage pageId={pageId} filters={{ region: [], sector: [] }} />,
  );
  await screen.findByRole('heading', { level: 1 });
  await waitFor(
    () => {
      const cards = [...document.querySelectorAll('[data-panel-id]')];
      expect(cards.length).toBeGreaterThan(0);
      for (const c of cards)
        expect(c.getAttribute('data-state'), c.getAttribute('data-panel-id') ?? '').toBe('ready');
    },
    { timeout: 10_000 },
  );
  const found = new Map<string, string>();
  for (const el of document.querySelectorAll('[data-fact-id], [data-stated-fact-id]')) {
    const id = el.getAttribute('data-fact-id') ?? el.getAttribute('data-stated-fact-id')!;
    found.set(id, `${found.get(id) ?? ''} ${el.textContent ?? ''}`);
  }
  unmount();
  return found;
}

describe('fact coverage', () => {
  it('renders every fact the API serves, with its figure, on some page', async () => {
    await signIn('analyst');
    const { facts } = await apiRequest('/facts', factListSchema);
    // Every fact of the data package, however many a later release brings.
    expect(facts.map((f) => f.id)).toEqual(FACTS.map((f) => f.id));

    const rendered = new Map<string, string>();
    for (const pageId of pageIdSchema.options) {
      for (const [id, text] of await renderedFacts(pageId)) {
        rendered.set(id, `${rendered.get(id) ?? ''} ${text}`);
      }
    }

    const missing = facts.filter((f) => !rendered.has(f.id)).map((f) => f.id);
    expect(missing, 'facts on no page').toEqual([]);

    for (const f of facts) {
      if (f.value === null) continue;
      const text = rendered.get(f.id)!.replaceAll(/\s/g, '');
      expect(text, `${f.id} is shown without its figure`).toContain(
        formatNumber(f.value, f.unit, 'ko'),
      );
    }
  }, 60_000);
});
