import { useState } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildPage, pageDef } from '../../../../domain/build-panel';
import { REGION_SLUGS } from '@/config/regions';
import { importVersion } from '../../../../domain/official-breakdowns';
import { appendBreakdownVersion } from '../../../../mocks/breakdown-handlers';
import { setFault } from '../../../../mocks/faults';
import { render, signIn } from '../../../../tests/render';
import { DashboardPage } from './dashboard-page';
import type { PanelActionContext } from './panel-card';

const NO_FILTERS = { region: [], sector: [] };

function panel(name: string) {
  return screen.getByRole('region', { name });
}

describe('DashboardPage (overview) over the mock API', () => {
  it('shows the headline figures formatted as the release writes them', async () => {
    await signIn('analyst');
    render(<DashboardPage pageId="overview" filters={NO_FILTERS} />);
    expect(await screen.findByRole('heading', { level: 1, name: '종합 현황' })).toBeInTheDocument();
    const headline = await screen.findByRole('region', { name: '핵심 지표' });
    await within(headline).findByText('12,486개');
    expect(within(headline).getByText('49,157명')).toBeInTheDocument();
    expect(within(headline).getByText('약 1.6조원')).toBeInTheDocument();
    // The SME share stands beside the SME count it is a share of.
    expect(within(headline).getByText('(86.8%)')).toBeInTheDocument();
    expect(within(headline).getByText('10,843개사')).toBeInTheDocument();
  });

  it('leads to each of the five flagships with its one key result', async () => {
    await signIn('analyst');
    render(<DashboardPage pageId="overview" filters={NO_FILTERS} />);
    const row = await screen.findByRole('region', { name: '5대 대표 과제의 핵심 성과' });
    const links = await within(row).findAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['데이터 댐', '/data-dam'],
      ['AI+X 인공지능 융합', '/ai-x'],
      ['5G MEC 융합서비스', '/mec'],
      ['닥터앤서', '/doctor-answer'],
      ['K-사이버방역', '/k-cyber'],
    ]);
    // A change reads once, before → after, from the release's figures.
    expect(within(row).getByText('26위 → 7위')).toBeInTheDocument();
    expect(within(row).getByText('775개사')).toBeInTheDocument();
  });

  it('offers each official figure’s source quote on demand', async () => {
    await signIn('analyst');
    const { user } = render(<DashboardPage pageId="overview" filters={NO_FILTERS} />);
    const headline = await screen.findByRole('region', { name: '핵심 지표' });
    await user.click(
      await within(headline).findByRole('button', {
        name: '출처 보기: 참여 국내 기업·기관 (총)',
      }),
    );
    expect(
      await screen.findByText('국내 기업·기관 총 12,486개 社', {
        selector: 'blockquote *, blockquote',
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/2021\.1\.14 배포/).length).toBeGreaterThan(0);
  });

  it('shows the budget composition with its table view', async () => {
    await signIn('analyst');
    const { user } = render(<DashboardPage pageId="overview" filters={NO_FILTERS} />);
    const budget = await screen.findByRole('region', { name: '2020년 예산 구성' });
    await within(budget).findByText('8,007억원');
    // The total once, in the donut's hole (not again under the parts).
    expect(within(budget).getByTestId('donut-total')).toHaveTextContent('합계16,053억원');
    // Shown: the hole and the data note; the screen-reader summary (visually hidden) aside.
    const shown = within(budget)
      .getAllByText(/16,053억원/)
      .filter((e) => !e.classList.contains('panel-summary'));
    expect(shown.map((e) => e.tagName)).toEqual(['P', 'LI']);
    await user.click(within(budget).getByText('표로 보기'));
    const table = within(budget).getByRole('table');
    expect(within(table).getByRole('rowheader', { name: '3차추경 예산' })).toBeInTheDocument();
    expect(within(table).getByText('8,046억원')).toBeInTheDocument();
    // No column that every row leaves empty (parts have no members).
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['항목', '값']);
  });

  it('shows a list of names as a list, not as a one-column table', async () => {
    await signIn('analyst');
    render(<DashboardPage pageId="overview" filters={NO_FILTERS} />);
    const about = await screen.findByRole('region', { name: '추진 체계' });
    const minister = await within(about).findByText('최기영');
    expect(minister.tagName).toBe('LI');
    expect(within(about).getByText('디지털뉴딜지원팀').tagName).toBe('LI');
    expect(within(about).queryAllByRole('table')).toEqual([]);
  });

  it('keeps the release’s stated change beside the arithmetic', async () => {
    await signIn('analyst');
    render(<DashboardPage pageId="data-dam" filters={NO_FILTERS} />);
    const growth = await screen.findByRole('region', { name: '공급기업 증가 (2019→2020)' });
    await within(growth).findByText('393개사 → 765개사');
    expect(within(growth).getByText('산술 계산 +94.7%')).toBeInTheDocument();
    expect(within(growth).getByText('보도자료 표기: 94% 증가')).toBeInTheDocument();
  });

  it('an error in one panel stays in that panel, and retry recovers it', async () => {
    await signIn('analyst');
    setFault('panel:ov-budget', '500');
    const { user } = render(<DashboardPage pageId="overview" filters={NO_FILTERS} />);
    const budget = await screen.findByRole('region', { name: '2020년 예산 구성' });
    expect(await within(budget).findByText('이 항목을 불러오지 못했습니다.')).toBeInTheDocument();
    // the rest of the page works
    await within(panel('핵심 지표')).findByText('12,486개');
    const { clearFaults } = await import('../../../../mocks/faults');
    clearFaults();
    await user.click(within(budget).getByRole('button', { name: '다시 시도' }));
    await within(budget).findByText('8,007억원');
  });

  it('draws its grid in one piece once the panels answer; a slow one holds it briefly', async () => {
    await signIn('analyst');
    setFault('panel:ov-budget', 'timeout');
    const { container } = render(<DashboardPage pageId="overview" filters={NO_FILTERS} />);
    await screen.findByRole('heading', { level: 1, name: '종합 현황' });
    // No card is drawn while the page waits (cards growing one by one shift the page).
    expect(container.querySelector('[data-panel-id]')).toBeNull();
    expect(screen.getByRole('status', { name: '불러오는 중' })).toBeInTheDocument();
    // The slow panel holds the rest no longer than the hold: they appear, it shows a skeleton.
    await within(await screen.findByRole('region', { name: '핵심 지표' })).findByText('12,486개');
    expect(container.querySelector('[data-panel-id="ov-budget"]')).toHaveAttribute(
      'data-state',
      'loading',
    );
  });

  it('reports a malformed body as a data error, never as a number', async () => {
    await signIn('analyst');
    setFault('panel:ov-headline', 'malformed');
    render(<DashboardPage pageId="overview" filters={NO_FILTERS} />);
    const headline = await screen.findByRole('region', { name: '핵심 지표' });
    expect(
      await within(headline).findByText(/서버 응답이 약속된 형식과 다릅니다/),
    ).toBeInTheDocument();
    expect(within(headline).queryByText(/\d/)).toBeNull();
  });

  it('says when a national figure is not split by the region filter', async () => {
    await signIn('analyst');
    render(<DashboardPage pageId="k-cyber" filters={{ region: ['busan'], sector: [] }} />);
    const kpis = await screen.findByRole('region', { name: 'K-사이버방역 핵심 지표' });
    await within(kpis).findByText('775개사');
    expect(within(kpis).getByText('전국 단위 지표 — 지역 필터 미적용')).toBeInTheDocument();
    const labs = panel('보안리빙랩 5개 지역');
    // the living labs are regional facts: only Busan's lab remains
    await waitFor(() => expect(within(labs).getByText('부산')).toBeInTheDocument());
    expect(within(labs).queryByText('원주')).toBeNull();
  });

  it('shows an imported official breakdown as 공식 with its source, date and note, its figures as imported', async () => {
    const values = Object.fromEntries(REGION_SLUGS.map((s, i) => [s, i === 0 ? 700 : 5]));
    appendBreakdownVersion(
      importVersion(
        [],
        {
          factId: 'security-consulting-smes',
          dimension: 'region',
          source: '<b>KISA</b> 2021.2.',
          note: '본사 소재지 기준',
        },
        values,
        { username: 'admin', displayName: { ko: '박관리', en: 'Park' }, role: 'admin' },
        new Date('2026-11-30T00:00:00Z'),
      ),
    );
    await signIn('analyst');
    render(<DashboardPage pageId="k-cyber" filters={{ region: ['seoul'], sector: ['ict'] }} />);
    const card = await screen.findByRole('region', { name: '보안 컨설팅 지원 기업 지역별 분포' });
    const official = await within(card).findByTestId('official-breakdown');
    // The officer's words are text: the markup shows as typed, and makes no element.
    expect(official).toHaveTextContent('공식 분해 — 출처: <b>KISA</b> 2021.2. (2026-11-30 반영)');
    expect(official.querySelector('b')).toBeNull();
    expect(official).toHaveTextContent('합계 차이: 본사 소재지 기준');
    expect(within(card).getByRole('button', { name: '공식' })).toBeInTheDocument();
    expect(within(card).queryByText('예시 데이터')).toBeNull();
    expect(card.querySelector('.illustrative-notice')).toBeNull();
    expect(within(card).getByText('전 업종 지표 — 업종 필터 미적용')).toBeInTheDocument();
    // The figure as imported: written on its bar (drawn by the chart, not in jsdom) and in the
    // card's summary, which lists the same rows.
    expect(card.querySelector('.panel-summary')).toHaveTextContent(/서울\D*700개사/);
  });

  it('a filter change re-renders only the cards it touches', async () => {
    await signIn('analyst');
    // A card renders its actions on every render once ready: a count of renders per panel.
    const renders = new Map<string, number>();
    const renderActions = vi.fn(({ panel: p }: PanelActionContext) => {
      renders.set(p.id, (renders.get(p.id) ?? 0) + 1);
      return null;
    });
    function WithRegionFilter() {
      const [region, setRegion] = useState<string[]>([]);
      return (
        <>
          <button type="button" onClick={() => setRegion((r) => [...r, 'busan'])}>
            add busan
          </button>
          <button type="button" onClick={() => setRegion((r) => [...r, 'gangwon'])}>
            add gangwon
          </button>
          <DashboardPage
            pageId="k-cyber"
            filters={{ region, sector: [] }}
            renderPanelActions={renderActions}
          />
        </>
      );
    }
    const page = buildPage(pageDef('k-cyber')!);
    const national = page.panels.filter((p) => p.scope.region === 'national').map((p) => p.id);
    const filtered = page.panels.filter((p) => p.scope.region !== 'national').map((p) => p.id);
    // The page has both kinds, or this test would prove nothing.
    expect(national.length).toBeGreaterThan(0);
    expect(filtered.length).toBeGreaterThan(0);
    const settled = () =>
      waitFor(() => {
        expect(document.querySelector('[data-state="loading"]')).toBeNull();
        expect(document.querySelector('[aria-busy="true"]')).toBeNull();
      });
    const card = (id: string) => document.querySelector<HTMLElement>(`[data-panel-id="${id}"]`)!;
    const { user } = render(<WithRegionFilter />);
    const labs = await screen.findByRole('region', { name: '보안리빙랩 5개 지역' });
    await within(labs).findByText('원주');
    await settled();

    // No filter → Busan: national figures now say the region filter is not applied.
    let before = new Map(renders);
    await user.click(screen.getByRole('button', { name: 'add busan' }));
    await waitFor(() => expect(within(labs).queryByText('원주')).toBeNull());
    await settled();
    for (const id of national) {
      expect(within(card(id)).getByText('전국 단위 지표 — 지역 필터 미적용')).toBeInTheDocument();
      expect(renders.get(id), id).toBeGreaterThan(before.get(id) ?? 0);
    }

    // Busan → Busan and Gangwon: they already say so; nothing about them changes.
    before = new Map(renders);
    await user.click(screen.getByRole('button', { name: 'add gangwon' }));
    await within(labs).findByText('원주');
    await settled();
    for (const id of national) expect(renders.get(id), id).toBe(before.get(id));
    for (const id of filtered)
      expect(renders.get(id) ?? 0, id).toBeGreaterThan(before.get(id) ?? 0);
  });
});
