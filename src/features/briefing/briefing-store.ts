/**
 * The briefing pack (보고서 바구니): panels pinned with the filters in force when pinned.
 * One pack per user, kept in localStorage under the user's name so it survives a reload and
 * another user on the same browser does not see it. It holds panel references and captions,
 * never figures: pinned panels are rendered live from the API.
 */
import { useSyncExternalStore } from 'react';
import { z } from '@/lib/zod';

export const pinnedFilters = z.object({ region: z.array(z.string()), sector: z.array(z.string()) });

export const briefingItemSchema = z.object({
  key: z.string(),
  pageId: z.string(),
  panelId: z.string(),
  filters: pinnedFilters,
  caption: z.string(),
  pinnedAt: z.string(),
});
export type BriefingItem = z.infer<typeof briefingItemSchema>;

export const briefingPackSchema = z.object({
  title: z.string(),
  date: z.string(),
  items: z.array(briefingItemSchema),
});
export type BriefingPack = z.infer<typeof briefingPackSchema>;

const PREFIX = 'dnd.briefing.';

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function emptyPack(): BriefingPack {
  return { title: '', date: today(), items: [] };
}

const listeners = new Set<() => void>();
const cache = new Map<string, BriefingPack>();

function read(user: string): BriefingPack {
  const hit = cache.get(user);
  if (hit) return hit;
  let pack = emptyPack();
  try {
    const raw = localStorage.getItem(PREFIX + user);
    const parsed = raw ? briefingPackSchema.safeParse(JSON.parse(raw)) : null;
    if (parsed?.success) pack = parsed.data;
  } catch {
    // unreadable: start with an empty pack rather than fail the page
  }
  cache.set(user, pack);
  return pack;
}

function write(user: string, pack: BriefingPack) {
  cache.set(user, pack);
  try {
    localStorage.setItem(PREFIX + user, JSON.stringify(pack));
  } catch {
    // storage full or blocked: the pack lasts for this visit
  }
  for (const l of listeners) l();
}

function update(user: string, change: (p: BriefingPack) => BriefingPack) {
  write(user, change(read(user)));
}

const sameFilters = (a: BriefingItem['filters'], b: BriefingItem['filters']) =>
  a.region.join() === b.region.join() && a.sector.join() === b.sector.join();

export const briefingStore = {
  get: read,
  subscribe(l: () => void) {
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  },
  /** Pins a panel with its filters; pinning the same panel with the same filters again is a no-op. */
  pin(user: string, item: Omit<BriefingItem, 'key' | 'pinnedAt' | 'caption'>) {
    update(user, (p) =>
      p.items.some((i) => i.panelId === item.panelId && sameFilters(i.filters, item.filters))
        ? p
        : {
            ...p,
            items: [
              ...p.items,
              {
                ...item,
                // Copies, so later filter changes on the page cannot reach the pinned item.
                filters: { region: [...item.filters.region], sector: [...item.filters.sector] },
                caption: '',
                key: `${item.panelId}@${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
                pinnedAt: new Date().toISOString(),
              },
            ],
          },
    );
  },
  isPinned(user: string, panelId: string, filters: BriefingItem['filters']) {
    return read(user).items.some((i) => i.panelId === panelId && sameFilters(i.filters, filters));
  },
  remove(user: string, key: string) {
    update(user, (p) => ({ ...p, items: p.items.filter((i) => i.key !== key) }));
  },
  move(user: string, from: number, to: number) {
    update(user, (p) => {
      const items = [...p.items];
      const [moved] = items.splice(from, 1);
      if (!moved) return p;
      items.splice(Math.max(0, Math.min(to, items.length)), 0, moved);
      return { ...p, items };
    });
  },
  setCaption(user: string, key: string, caption: string) {
    update(user, (p) => ({
      ...p,
      items: p.items.map((i) => (i.key === key ? { ...i, caption } : i)),
    }));
  },
  setMeta(user: string, meta: Partial<Pick<BriefingPack, 'title' | 'date'>>) {
    update(user, (p) => ({ ...p, ...meta }));
  },
  clear(user: string) {
    update(user, (p) => ({ ...p, items: [] }));
  },
  /** Tests start empty. */
  resetCache() {
    cache.clear();
  },
};

export function useBriefingPack(user: string | null): BriefingPack {
  return useSyncExternalStore(briefingStore.subscribe, () =>
    user ? briefingStore.get(user) : EMPTY,
  );
}

const EMPTY: BriefingPack = { title: '', date: '', items: [] };
