import { describe, expect, it } from 'vitest';
import { sessionStore } from '@/features/auth/session-store';
import { briefingStore } from '@/features/briefing/briefing-store';
import './protected-layout';

const session = {
  token: 'tok-1234567890',
  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  user: { username: 'analyst', displayName: { ko: '김분석', en: 'Kim Analyst' }, role: 'analyst' },
} as const;

describe('the signed-in layout', () => {
  it('takes the briefing pack out of memory when the session ends; it stays stored', () => {
    sessionStore.start(session);
    briefingStore.pin('analyst', {
      pageId: 'overview',
      panelId: 'ov-headline',
      filters: { region: [], sector: [] },
    });
    const inMemory = briefingStore.get('analyst');
    expect(briefingStore.get('analyst')).toBe(inMemory); // read from the cache while signed in
    sessionStore.end('logout');
    const reread = briefingStore.get('analyst');
    expect(reread).not.toBe(inMemory); // read again, from storage
    expect(reread.items.map((i) => i.panelId)).toEqual(['ov-headline']);
  });
});
