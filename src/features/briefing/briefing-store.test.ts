import { beforeEach, describe, expect, it } from 'vitest';
import { briefingStore } from './briefing-store';

const F = (region: string[] = [], sector: string[] = []) => ({ region, sector });

describe('briefing store', () => {
  beforeEach(() => {
    localStorage.clear();
    briefingStore.resetCache();
  });

  it('pins a panel with a copy of its filters', () => {
    const filters = F(['gwangju']);
    briefingStore.pin('analyst', { pageId: 'mec', panelId: 'mec-services', filters });
    filters.region.push('seoul'); // the page's filters change later
    expect(briefingStore.get('analyst').items[0]?.filters).toEqual(F(['gwangju']));
  });

  it('does not pin the same panel with the same filters twice, but does with other filters', () => {
    briefingStore.pin('analyst', { pageId: 'mec', panelId: 'mec-services', filters: F() });
    briefingStore.pin('analyst', { pageId: 'mec', panelId: 'mec-services', filters: F() });
    briefingStore.pin('analyst', { pageId: 'mec', panelId: 'mec-services', filters: F(['busan']) });
    expect(briefingStore.get('analyst').items).toHaveLength(2);
  });

  it('reorders, captions, removes and clears', () => {
    for (const id of ['a', 'b', 'c']) {
      briefingStore.pin('analyst', { pageId: 'overview', panelId: id, filters: F() });
    }
    briefingStore.move('analyst', 2, 0);
    const ids = () => briefingStore.get('analyst').items.map((i) => i.panelId);
    expect(ids()).toEqual(['c', 'a', 'b']);
    const key = briefingStore.get('analyst').items[1]!.key;
    briefingStore.setCaption('analyst', key, '지역별 비교');
    expect(briefingStore.get('analyst').items[1]?.caption).toBe('지역별 비교');
    briefingStore.remove('analyst', key);
    expect(ids()).toEqual(['c', 'b']);
    briefingStore.clear('analyst');
    expect(ids()).toEqual([]);
  });

  it('survives a reload and belongs to one user', () => {
    briefingStore.pin('analyst', { pageId: 'overview', panelId: 'ov-budget', filters: F() });
    briefingStore.resetCache(); // as after a reload
    expect(briefingStore.get('analyst').items).toHaveLength(1);
    expect(briefingStore.get('admin').items).toHaveLength(0);
  });

  it('starts empty when the stored pack is unreadable', () => {
    localStorage.setItem('dnd.briefing.analyst', '{not json');
    expect(briefingStore.get('analyst').items).toEqual([]);
  });
});
