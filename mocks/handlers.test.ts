import { describe, expect, it } from 'vitest';
import { login } from '@/features/auth/api';
import { apiRequest, configureApiClient } from '@/lib/api/client';
import { factListSchema, pageSchema, panelSchema } from '@/lib/api/schemas';
import { FACTS } from '../domain/facts';
import { PAGES } from '../domain/panels';

async function asAnalyst() {
  const s = await login('analyst', 'demo1234!');
  configureApiClient({ getSession: () => s, onUnauthorized: () => {} });
}

describe('mock API against the contract schemas', () => {
  it('serves every page and every panel in a shape the client accepts', async () => {
    await asAnalyst();
    for (const def of PAGES) {
      const page = await apiRequest(`/pages/${def.id}`, pageSchema);
      expect(page.panels.map((p) => p.id)).toEqual(def.panels.map((p) => p.id));
      for (const ref of page.panels) {
        const panel = await apiRequest(`/panels/${ref.id}`, panelSchema);
        expect(panel.items.length, ref.id).toBeGreaterThan(0);
        // The page's listing announces the scope the panel answers with (the client keys
        // its queries on it: a national panel is not refetched when a filter changes).
        expect(ref.scope, ref.id).toEqual(panel.scope);
        if (panel.provenance === 'official') {
          for (const d of panel.items) expect(d.quote, `${ref.id}/${d.id}`).toBeTruthy();
        } else {
          // An illustrative split names the official figure it splits, with its quote.
          expect(panel.basis?.quote, ref.id).toBeTruthy();
          expect(panel.items.every((d) => d.factId === null)).toBe(true);
        }
      }
    }
  });

  it('serves every fact of the data package', async () => {
    await asAnalyst();
    const { facts } = await apiRequest('/facts', factListSchema);
    expect(facts.map((f) => f.id)).toEqual(FACTS.map((f) => f.id));
  });

  it('refuses data without a session', async () => {
    configureApiClient({ getSession: () => null, onUnauthorized: () => {} });
    await expect(apiRequest('/pages/overview', pageSchema)).rejects.toMatchObject({
      kind: 'unauthorized',
    });
  });

  it('an illustrative split adds up to its official total, for any one region or sector', async () => {
    await asAnalyst();
    const all = await apiRequest('/panels/ov-participants-by-region', panelSchema);
    expect(all.provenance).toBe('illustrative');
    expect(all.items).toHaveLength(17);
    expect(all.items.reduce((s, d) => s + (d.value ?? 0), 0)).toBe(12486);
    const bySector = await apiRequest('/panels/ov-participants-by-sector', panelSchema);
    expect(bySector.items.reduce((s, d) => s + (d.value ?? 0), 0)).toBe(12486);
    const gwangju = await apiRequest('/panels/ov-participants-by-region', panelSchema, {
      params: { region: ['gwangju'], sector: ['manufacturing'] },
    });
    expect(gwangju.items.map((d) => d.label.ko)).toEqual(['광주']);
  });

  it('filters regional lists truly: /mec?region=gwangju has Gwangju’s services, not Incheon’s', async () => {
    await asAnalyst();
    const panel = await apiRequest('/panels/mec-services', panelSchema, {
      params: { region: ['gwangju'] },
    });
    const services = panel.items.flatMap((d) => d.members.map((m) => m.detail?.ko));
    expect(services).toEqual(['광주교육청', '광주광역시']);
    expect(panel.scope.region).toBe('regional');
  });
});
