import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as DownloadModule from '@/features/export/download';
import { downloadBlob } from '@/features/export/download';
import { server } from '../../../mocks/node';
import { renderApp, signIn } from '../../../tests/render';

vi.mock('@/features/export/download', async (importOriginal) => ({
  ...(await importOriginal<typeof DownloadModule>()),
  downloadBlob: vi.fn(),
}));

afterEach(() => vi.mocked(downloadBlob).mockClear());

describe('a flagship page’s panel actions', () => {
  // A card of national figures is not re-rendered when only the region filter changes
  // (PanelCard is memoised): its actions must still act with the filters in force.
  it('export and pin with the filters in force at the click, not those the card was drawn with', async () => {
    await signIn('analyst');
    const { user, navigate } = renderApp('/k-cyber?region=busan');
    const headline = await screen.findByRole('region', { name: 'K-사이버방역 핵심 지표' });
    await within(headline).findByText('775개사');
    const labs = screen.getByRole('region', { name: '보안리빙랩 5개 지역' });
    await within(labs).findByText('부산');

    await navigate('/k-cyber?region=busan,gangwon');
    await within(labs).findByText('원주');
    const audited: unknown[] = [];
    const onRequest = ({ request }: { request: Request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/audit'))
        void request
          .clone()
          .json()
          .then((b) => audited.push(b));
    };
    server.events.on('request:start', onRequest);
    await user.click(
      within(headline).getByRole('button', { name: 'K-사이버방역 핵심 지표 내보내기' }),
    );
    await user.click(await screen.findByRole('menuitem', { name: /CSV/ }));
    await waitFor(() => expect(downloadBlob).toHaveBeenCalledTimes(1));
    server.events.removeListener('request:start', onRequest);
    // The export is recorded with the filters in force at the click...
    await waitFor(() =>
      expect(audited).toEqual([
        expect.objectContaining({ filters: { region: ['busan', 'gangwon'], sector: [] } }),
      ]),
    );
    // ...and the file, of national figures, says the region filter does not apply to them
    // (never 부산·강원 for a national figure).
    const [blob, fileName] = vi.mocked(downloadBlob).mock.calls[0]!;
    expect(fileName).toContain('전국(지역필터미적용)');
    expect(fileName).not.toContain('부산');
    const text = await blob.text();
    expect(text).toContain('지역: 전국 — 지역 필터 미적용');
    expect(text).not.toContain('지역: 부산');

    const pin = within(headline).getByRole('button', { name: /^바구니에 담기/ });
    await user.click(pin);
    await waitFor(() => expect(pin).toHaveAttribute('aria-pressed', 'true'));
    // The pin says so in words, not only by turning blue.
    expect(await screen.findByText('보고서 바구니에 담았습니다 (1개).')).toBeInTheDocument();
    // Pinned with Busan and Gangwon: under Busan alone it is not pinned.
    await navigate('/k-cyber?region=busan');
    await waitFor(() => expect(within(labs).queryByText('원주')).toBeNull());
    expect(within(headline).getByRole('button', { name: /^바구니에 담기/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('a filter chosen out of the URL’s order loads each panel it touches once', async () => {
    await signIn('analyst');
    const { user, location } = renderApp('/k-cyber?region=gangwon');
    const labs = await screen.findByRole('region', { name: '보안리빙랩 5개 지역' });
    await within(labs).findByText('원주');
    const requested: string[] = [];
    const onRequest = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/panels/kc-living-labs')) requested.push(url.search);
    };
    server.events.on('request:start', onRequest);
    try {
      await user.click(screen.getByRole('button', { name: '지도에서 지역 선택' }));
      // Gangwon is chosen, then Busan: the URL (and the card's query key) put Busan first.
      // A tile's name is its region and, once the map's figures load, its figure (부산 568).
      await user.click(await screen.findByRole('button', { name: /^부산( [\d,]+)?$/ }));
      await within(labs).findByText('부산');
      expect(location().searchParams.get('region')).toBe('busan,gangwon');
      await waitFor(() => expect(labs).not.toHaveAttribute('aria-busy', 'true'));
      expect(requested).toEqual([`?region=${encodeURIComponent('busan,gangwon')}`]);
    } finally {
      server.events.removeListener('request:start', onRequest);
    }
  });
});
