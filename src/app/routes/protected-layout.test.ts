import { describe, expect, it } from 'vitest';
import { sessionStore } from '@/features/auth/session-store';
import { briefingStore } from '@/features/briefing/briefing-store';
import { signIn } from '../../../tests/render';
import './protected-layout';

describe('the signed-in layout', () => {
  it('takes the briefing pack out of memory when the session ends; it stays stored', async () => {
    await signIn('analyst');
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
