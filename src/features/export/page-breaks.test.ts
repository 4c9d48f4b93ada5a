import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  breakCandidates,
  cutLevel,
  type LayoutBox,
  MIN_PART,
  pageSlices,
  type Slice,
} from './page-breaks';

/** A box kept whole (a line of text, a tile, a chart with its axis). */
const whole = (top: number, bottom: number): LayoutBox => ({ top, bottom, children: [] });
const box = (top: number, bottom: number, children: LayoutBox[]): LayoutBox => ({
  top,
  bottom,
  children,
});

/**
 * A card as the page has them: padding 16, then a stack (gap 12) of header, summary, chart,
 * legend rows, total line and notes. Returns the card and its kept-whole parts.
 */
function chartCard(top: number) {
  const header = whole(top + 16, top + 50);
  const summary = whole(top + 62, top + 102);
  const chart = whole(top + 114, top + 414);
  const legend = box(
    top + 426,
    top + 514,
    [0, 1, 2, 3].map((i) => whole(top + 426 + i * 22, top + 446 + i * 22)),
  );
  const total = whole(top + 526, top + 546);
  const notes = whole(top + 558, top + 640);
  const stack = box(top + 16, top + 640, [header, summary, chart, legend, total, notes]);
  return {
    card: box(top, top + 656, [stack]),
    parts: [header, summary, chart, ...legend.children!, total, notes],
  };
}

/** The kept-whole boxes of a tree. */
function leaves(b: LayoutBox): LayoutBox[] {
  return b.children?.length ? b.children.flatMap(leaves) : [b];
}

/** Whether a slice boundary goes through a kept-whole box (a hard cut). */
const cuts = (cards: LayoutBox[], y: number) =>
  cards.flatMap(leaves).some((l) => l.top < y && y < l.bottom);

function expectTiles(slices: Slice[], total: number, max: number) {
  expect(slices[0]!.start).toBe(0);
  expect(slices.at(-1)!.end).toBe(total);
  for (const [i, s] of slices.entries()) {
    expect(s.end - s.start).toBeGreaterThan(0);
    expect(s.end - s.start).toBeLessThanOrEqual(max + 1e-9);
    if (i > 0) expect(s.start).toBe(slices[i - 1]!.end);
  }
}

describe('cutLevel', () => {
  const { card } = chartCard(0);

  it('is 0 outside a card, 1 between its parts, deeper between rows, Infinity through a part', () => {
    expect(cutLevel(card, -4)).toBe(0);
    expect(cutLevel(card, 700)).toBe(0);
    // Between the chart and the legend: a gap of the card's stack (its wrapper adds no depth).
    expect(cutLevel(card, 420)).toBe(1);
    // Between two legend rows: inside the legend, one level deeper.
    expect(cutLevel(card, 447)).toBe(2);
    // Through the chart, through a legend row.
    expect(cutLevel(card, 300)).toBe(Infinity);
    expect(cutLevel(card, 436)).toBe(Infinity);
    // In the card's own padding.
    expect(cutLevel(card, 8)).toBe(1);
  });

  it('treats a box without children as kept whole', () => {
    expect(cutLevel(whole(0, 100), 50)).toBe(Infinity);
    expect(cutLevel({ top: 0, bottom: 100 }, 50)).toBe(Infinity);
  });
});

describe('breakCandidates', () => {
  it('offers the card edges and the gaps between parts, never a line through a part', () => {
    const a = chartCard(100);
    const b = chartCard(772);
    const breaks = breakCandidates([a.card, b.card]);
    const ys = breaks.map((x) => x.y);
    // Between the cards (8 px from each edge: the grid gap is 16).
    expect(breaks).toContainEqual({ y: 92, level: 0 });
    expect(breaks).toContainEqual({ y: 764, level: 0 });
    // Between the chart and the legend of the first card, and between legend rows.
    expect(breaks).toContainEqual({ y: 520, level: 1 });
    expect(breaks).toContainEqual({ y: 547, level: 2 });
    for (const y of ys) expect(cuts([a.card, b.card], y)).toBe(false);
  });

  it('keeps a card title with what follows and a total line with what precedes', () => {
    const { card } = chartCard(0);
    const ys = breakCandidates([card]).map((b) => b.y);
    // The gap under the header (y 56) and above the notes (y 552) leave less than MIN_PART.
    expect(56).toBeLessThan(MIN_PART);
    expect(ys).not.toContain(56);
    expect(ys).toContain(108);
    expect(ys).toContain(420);
    expect(656 - 552).toBeGreaterThanOrEqual(MIN_PART);
    expect(ys).toContain(552);
    expect(breakCandidates([card], { minPart: 0 }).map((b) => b.y)).toContain(56);
  });

  it('offers a gap of one card only where the card beside it has a gap too', () => {
    // Two cards side by side: the left one has a gap at 300, the right one a tall chart there.
    const left = box(0, 700, [whole(16, 290), whole(310, 684)]);
    const right = box(0, 500, [whole(16, 60), whole(72, 484)]);
    expect(breakCandidates([left, right]).map((b) => b.y)).not.toContain(300);
    // The right card's bottom edge falls inside the left card's second part: not offered.
    expect(breakCandidates([left, right]).map((b) => b.y)).not.toContain(508);
    // With the right card's parts meeting there, the line is offered.
    const right2 = box(0, 500, [whole(16, 280), whole(320, 484)]);
    expect(breakCandidates([left, right2])).toContainEqual({ y: 300, level: 1 });
  });

  it('never offers a line through a kept-whole box (random layouts)', () => {
    const tree: fc.Arbitrary<LayoutBox[]> = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 20, max: 900 })), {
        minLength: 1,
        maxLength: 8,
      })
      .chain((cards) =>
        fc.tuple(
          ...cards.map(([top, height]) =>
            fc
              .array(fc.integer({ min: 2, max: 200 }), { minLength: 0, maxLength: 6 })
              .map((heights) => {
                let y = top + 16;
                const kids = heights
                  .map((h) => {
                    const k = whole(y, Math.min(top + height - 16, y + h));
                    y += h + 12;
                    return k;
                  })
                  .filter((k) => k.bottom > k.top);
                return box(top, top + height, kids);
              }),
          ),
        ),
      );
    fc.assert(
      fc.property(tree, (cards) => {
        for (const b of breakCandidates(cards)) {
          expect(cuts(cards, b.y)).toBe(false);
          expect(Number.isFinite(b.level)).toBe(true);
        }
      }),
    );
  });
});

describe('pageSlices', () => {
  it('keeps a card that fits on a sheet whole: it starts the next sheet', () => {
    const short = box(0, 300, [whole(16, 60), whole(72, 284)]);
    const b = chartCard(316); // 316–972
    const cards = [short, b.card];
    const total = 990;
    const breaks = breakCandidates(cards);
    // The second card has a gap (between its summary and chart) that would fit on the first
    // sheet: a cut there is clean, but the card would be split for nothing.
    expect(breaks).toContainEqual({ y: 424, level: 1 });
    const slices = pageSlices(total, 700, breaks);
    expectTiles(slices, total, 700);
    expect(slices[0]).toEqual({ start: 0, end: 308, level: 0, scale: 1 });
    expect(slices[1]).toEqual({ start: 308, end: total, level: null, scale: 1 });
    // A plain cut at 700 would have gone through its chart.
    expect(cuts(cards, 700)).toBe(true);
  });

  it('shrinks a sheet by up to 15% before breaking: the rest of the page, or a card that just misses', () => {
    const short = box(0, 300, [whole(16, 60), whole(72, 284)]);
    const b = chartCard(316); // 316–972
    const cards = [short, b.card];
    const breaks = breakCandidates(cards);
    // 990 px on 860 px of room: 87% of its size, one sheet instead of two.
    const one = pageSlices(990, 860, breaks, 0.2, 0.85);
    expect(one).toEqual([{ start: 0, end: 990, level: null, scale: 860 / 990 }]);
    // With a third card after it, the second card (ending at 972) is pulled onto the first
    // sheet shrunk instead of being pushed to the next one: the sheet ends between the cards.
    const c = chartCard(1000);
    const three = [short, b.card, c.card];
    const slices = pageSlices(1700, 860, breakCandidates(three), 0.2, 0.85);
    expect(slices[0]!.end).toBeGreaterThan(972);
    expect(slices[0]!.end).toBeLessThan(1000);
    expect(slices[0]!.level).toBe(0);
    expect(slices[0]!.scale).toBeCloseTo(860 / slices[0]!.end);
    expect(slices[0]!.scale).toBeGreaterThanOrEqual(0.85);
    // Without shrinking, the same page ends before the second card.
    expect(pageSlices(1700, 860, breakCandidates(three))[0]!.end).toBe(308);
  });

  it('breaks a card taller than a sheet at a gap inside it, not through its text', () => {
    const a = chartCard(100);
    const cards = [a.card];
    const total = 780;
    // 500 px of room: the card (656 px) cannot be kept whole anywhere.
    const max = 500;
    const slices = pageSlices(total, max, breakCandidates(cards));
    expectTiles(slices, total, max);
    // A plain cut at 500 would go through the chart (214–514).
    expect(cuts(cards, max)).toBe(true);
    // It ends between the summary and the chart (y 208): what follows, up to the next gap
    // between parts (the chart), fits on the next sheet.
    expect(slices[0]).toEqual({ start: 0, end: 208, level: 1, scale: 1 });
    for (const s of slices.slice(0, -1)) expect(cuts(cards, s.end)).toBe(false);
  });

  it('prefers the later, deeper break when what follows the card edge cannot fit anyway', () => {
    // A short card, then a card taller than a sheet: the sheet is filled into the tall card
    // (between its parts) instead of ending at its top edge and leaving the rest empty.
    const short = box(0, 200, [whole(16, 60), whole(72, 184)]);
    const tall = chartCard(216).card; // 216–872
    const cards = [short, tall];
    const slices = pageSlices(880, 500, breakCandidates(cards));
    expect(slices[0]!.end).toBeGreaterThan(208);
    expect(slices[0]!.level).toBeGreaterThan(0);
    for (const s of slices.slice(0, -1)) expect(cuts(cards, s.end)).toBe(false);
  });

  it('falls back to a hard cut only when no break fits', () => {
    // One part 1500 px tall (a huge chart): nothing inside it to cut between.
    const cards = [box(0, 1532, [whole(16, 1516)])];
    const slices = pageSlices(1540, 600, breakCandidates(cards));
    expectTiles(slices, 1540, 600);
    expect(slices.map((s) => [s.end, s.level])).toEqual([
      [600, null],
      [1200, null],
      [1540, null],
    ]);
  });

  it('does not make a nearly empty sheet to keep something whole (minFill)', () => {
    // A card edge at 50 and then a part too tall for any sheet: cutting at 50 would leave a
    // sheet 50 px full and still cut the part on the next one.
    const cards = [box(0, 42, [whole(8, 34)]), box(58, 1400, [whole(74, 1384)])];
    const slices = pageSlices(1400, 600, breakCandidates(cards));
    expect(slices[0]!.end).toBe(600);
  });

  it('always tiles the page into slices no taller than the room (random breaks)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer({ min: 50, max: 2_000 }),
        fc.array(
          fc.record({ y: fc.double({ min: 0, max: 20_000, noNaN: true }), level: fc.nat(5) }),
        ),
        (total, max, breaks) => {
          const slices = pageSlices(total, max, breaks);
          expectTiles(slices, total, max);
          for (const s of slices.slice(0, -1)) {
            if (s.level !== null) expect(breaks.some((b) => b.y === s.end)).toBe(true);
            else expect(s.end - s.start).toBeCloseTo(max, 6);
          }
        },
      ),
    );
  });
});
