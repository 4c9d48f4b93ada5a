import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { breakCandidates, cutLevel, type LayoutBox } from './page-breaks';
import { measureCards } from './page-layout';

/**
 * jsdom lays nothing out: each element says where it is (data-r="top,bottom", data-w="width",
 * 100 by default when it has data-r; 0×0 without).
 */
function stubLayout() {
  return vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: Element,
  ) {
    const r = this.getAttribute('data-r');
    const [top, bottom] = r ? r.split(',').map(Number) : [0, 0];
    const width = Number(this.getAttribute('data-w') ?? (r ? 100 : 0));
    return {
      top: top!,
      bottom: bottom!,
      height: bottom! - top!,
      left: 0,
      right: width,
      width,
      x: 0,
      y: top!,
      toJSON: () => ({}),
    } as DOMRect;
  });
}

const PAGE = `
<div class="dashboard-page" data-r="0,2000">
  <section data-panel-id="kpi" data-r="0,1200" style="border: 1px solid #ccc">
    <div class="stack" data-r="16,1184">
      <div class="header" data-r="16,50">
        <h2 data-r="16,50">핵심 지표</h2>
        <div data-export-ignore data-r="16,40"><button data-r="16,40">내보내기</button></div>
      </div>
      <p data-r="62,100">요약 문장</p>
      <div class="grid" data-r="112,330">
        <div class="tile" data-r="112,210" style="border: 1px solid #ccc"><div data-r="120,140">라벨</div><div data-r="150,200">5,800개</div></div>
        <div class="tile" data-r="230,330" style="border: 1px solid #ccc"><div data-r="238,258">라벨</div></div>
      </div>
      <div class="bars" data-r="342,470">
        <svg class="recharts-surface" data-r="342,470">
          <defs><clipPath><rect data-r="342,470"></rect></clipPath></defs>
          <line class="axis" data-r="342,470" data-w="1"></line>
          <rect data-r="344,368"></rect><text data-r="348,364">서울</text>
          <rect data-r="374,398"></rect><text data-r="378,394">부산</text>
          <rect data-r="404,468"></rect>
        </svg>
      </div>
      <div class="columns" data-r="482,640">
        <svg class="recharts-surface" data-r="482,640">
          <rect data-r="490,600"></rect><rect data-r="540,600"></rect>
          <g class="recharts-xAxis"><text data-r="610,630">2019</text></g>
        </svg>
      </div>
      <table data-r="652,760" style="border: 1px solid #ccc">
        <tbody data-r="652,760">
          <tr data-r="652,688"><td data-r="652,688">광주</td></tr>
          <tr data-r="688,724"><td data-r="688,724">서울</td></tr>
          <tr data-r="724,760"><td data-r="724,760">부산</td></tr>
        </tbody>
      </table>
      <div class="sr-only" data-r="772,773" data-w="1" style="overflow: hidden">화면 낭독기용 요약</div>
      <div class="measuring-wrapper" data-r="0,0">
        <div class="inside" data-r="780,900"><div data-r="780,830">가</div><div data-r="850,900">나</div></div>
      </div>
      <div class="inline-text" data-r="912,1000"><span data-r="912,940">첫 줄</span> <span data-r="960,1000">둘째 줄</span></div>
      <div class="notice" data-r="1012,1184" style="background-color: rgb(255, 244, 229)"><div data-r="1020,1080">알림</div><div data-r="1100,1180">더</div></div>
    </div>
  </section>
</div>`;

let spy: ReturnType<typeof stubLayout>;
beforeEach(() => {
  document.body.innerHTML = PAGE;
  spy = stubLayout();
});
afterEach(() => {
  spy.mockRestore();
  document.body.innerHTML = '';
});

function card(): LayoutBox {
  const root = document.querySelector<HTMLElement>('.dashboard-page')!;
  const cards = measureCards(root);
  expect(cards).toHaveLength(1);
  return cards[0]!;
}

/** The card's level of a cut at y (Infinity: through something kept whole). */
const at = (y: number) => cutLevel(card(), y);

describe('measureCards', () => {
  it('measures a card from its parts, not as one box (its border does not keep it whole)', () => {
    const c = card();
    expect(c).toMatchObject({ top: 0, bottom: 1200 });
    expect(c.children).toHaveLength(1);
    // Between the summary and the tiles.
    expect(at(106)).toBe(1);
  });

  it('keeps text, tiles and boxes with a background whole', () => {
    expect(at(30)).toBe(Infinity); // the title
    expect(at(80)).toBe(Infinity); // the summary paragraph
    expect(at(145)).toBe(Infinity); // inside a bordered tile, between its lines
    expect(at(1090)).toBe(Infinity); // inside a notice with a background
  });

  it('separates rows of tiles', () => {
    expect(at(220)).toBe(2);
  });

  it('separates the bars of a chart without an axis under it, and ignores its axis line', () => {
    expect(at(356)).toBe(Infinity); // through 서울's bar and label
    expect(Number.isFinite(at(371))).toBe(true);
    expect(Number.isFinite(at(401))).toBe(true);
  });

  it('keeps a chart with an axis under it whole', () => {
    expect(at(605)).toBe(Infinity);
  });

  it('separates table rows, not inside them', () => {
    expect(Number.isFinite(at(688))).toBe(true);
    expect(Number.isFinite(at(724))).toBe(true);
    expect(at(670)).toBe(Infinity);
  });

  it('leaves out controls kept out of exports and visually hidden text', () => {
    // The export button (16–40) sits beside the title: only the title counts.
    const header = card().children![0]!.children![0]!;
    expect(header.children).toHaveLength(1);
    // The 1 px screen-reader text does not block the gap it sits in.
    expect(at(772.5)).toBe(1);
  });

  it('measures the children of a 0×0 wrapper (Recharts’ responsive container)', () => {
    expect(Number.isFinite(at(840))).toBe(true);
    expect(at(800)).toBe(Infinity);
  });

  it('keeps inline text whole, even across its lines', () => {
    expect(at(950)).toBe(Infinity);
  });

  it('gives break candidates that fall only in those gaps', () => {
    const ys = breakCandidates([card()]).map((b) => b.y);
    expect(ys).toEqual(expect.arrayContaining([106, 220, 371, 401, 688, 724, 840]));
    for (const y of ys) expect(Number.isFinite(at(y))).toBe(true);
  });
});
