/**
 * Where a long page image may be cut into sheets (A4 landscape PDF pages, half-A4 pages):
 * pure geometry, no DOM. capture.ts measures the live page into LayoutBox trees (one per
 * card) and the export cuts where this module says.
 *
 * A cut is ranked by how deep it goes: 0 between cards, 1 between the parts of a card
 * (header, chart, legend, summary, notes), 2 between the rows of a part (KPI tile rows, table
 * rows, the bars of a horizontal bar chart), and so on. A box without children is kept whole:
 * a line of text, a tile, a chart with an axis under it. Cutting through one is a hard cut,
 * used only when no candidate fits a sheet.
 */

/** A vertical extent, CSS px from the top of the page. */
export interface Span {
  top: number;
  bottom: number;
}

/**
 * A box of the page and the boxes inside it that may be separated. No children (or an empty
 * list): the box is kept whole. Children may overlap vertically (side by side).
 */
export interface LayoutBox extends Span {
  children?: LayoutBox[];
}

/** A line the page may be cut at, and how deep the cut goes (0 = between cards). */
export interface Break {
  y: number;
  level: number;
}

/** Space kept above and below a card when cutting between cards (half the grid gap). */
export const EDGE_MARGIN = 8;

/**
 * How deep a horizontal line at y cuts box: 0 when it misses it, 1 in a gap between its
 * children (or in its padding), deeper inside a child that may be separated, and Infinity
 * when it goes through a box kept whole. Wrappers with a single child add no depth.
 */
export function cutLevel(box: LayoutBox, y: number): number {
  if (!(y > box.top && y < box.bottom)) return 0;
  const kids = box.children ?? [];
  if (kids.length === 0) return Infinity;
  const inside = kids.filter((k) => y > k.top && y < k.bottom);
  if (inside.length === 0) return 1;
  return Math.max(...inside.map((k) => cutLevel(k, y))) + (kids.length > 1 ? 1 : 0);
}

/** The gaps between the children of box and of every box inside it (midpoints). */
function gapLines(box: LayoutBox, out: number[]) {
  const kids = [...(box.children ?? [])].sort((a, b) => a.top - b.top);
  let bottom = -Infinity;
  for (const k of kids) {
    if (bottom > -Infinity && k.top >= bottom) out.push((bottom + k.top) / 2);
    bottom = Math.max(bottom, k.bottom);
    gapLines(k, out);
  }
}

/** The midpoints of the stretches of [0, total] that no kept-whole box covers. */
function freeLines(cards: LayoutBox[], out: number[]) {
  const solid: Span[] = [];
  const collect = (b: LayoutBox) => {
    if (!b.children?.length) solid.push(b);
    else b.children.forEach(collect);
  };
  cards.forEach(collect);
  solid.sort((a, b) => a.top - b.top);
  let bottom = -Infinity;
  for (const s of solid) {
    if (bottom > -Infinity && s.top > bottom) out.push((bottom + s.top) / 2);
    bottom = Math.max(bottom, s.bottom);
  }
}

/**
 * The least of a card a cut inside it leaves on either side, CSS px: a card's title is not
 * left alone at the foot of a sheet, nor its total line alone at the top of the next.
 */
export const MIN_PART = 80;

/**
 * Every line the page may be cut at without cutting a kept-whole box of any card: just above
 * and below each card (margin), in the gaps inside cards, and in the stretches free across a
 * row of cards side by side. Each with its level: the deepest cut it makes in any card. A cut
 * inside a card keeps at least minPart of it on each side. Sorted by y, one per y.
 */
export function breakCandidates(
  cards: LayoutBox[],
  { margin = EDGE_MARGIN, minPart = MIN_PART }: { margin?: number; minPart?: number } = {},
): Break[] {
  const lines: number[] = [];
  for (const c of cards) {
    lines.push(c.top - margin, c.bottom + margin);
    gapLines(c, lines);
  }
  freeLines(cards, lines);
  const byKey = new Map<number, Break>();
  for (const y of lines) {
    if (!(y > 0)) continue;
    // One per 1/100 px; the level is that of the line itself, not of its rounded key.
    const key = Math.round(y * 100);
    if (byKey.has(key)) continue;
    const crossed = cards.filter((c) => y > c.top && y < c.bottom);
    if (crossed.some((c) => y - c.top < minPart || c.bottom - y < minPart)) continue;
    const level = Math.max(0, ...crossed.map((c) => cutLevel(c, y)));
    if (Number.isFinite(level)) byKey.set(key, { y, level });
  }
  return [...byKey.values()].sort((a, b) => a.y - b.y);
}

/** A slice of the page, and how its end was chosen (null: a hard cut, or the end of the page). */
export interface Slice {
  start: number;
  end: number;
  /** The level of the break it ends at; null for a hard cut or the last slice. */
  level: number | null;
  /** How much the slice is shrunk to fit its sheet: 1, or down to the least allowed. */
  scale: number;
}

/**
 * Cuts [0, total) into slices of at most max (the room on one sheet), each ending at a break
 * candidate when one fits: the shallowest kind of break (between cards first) as long as what
 * follows it, up to the next break of that kind, fits whole on the next sheet; otherwise a
 * deeper one, as late as possible, so a card taller than a sheet is cut between its parts and
 * not through them. A slice is at least minFill of max, so a nearly empty sheet is not made
 * to keep something whole that could not be kept whole anyway. Only when no candidate fits,
 * a hard cut at max. CSS px.
 *
 * With minScale < 1 a sheet may hold up to max / minScale, drawn that much smaller, where
 * that keeps a card whole: when the sheet would otherwise end inside a card, or push a whole
 * card (or the rest of the page) on to the next sheet that fits shrunk. Shrinking comes before
 * breaking (issue #18: up to about 15 %).
 */
export function pageSlices(
  total: number,
  max: number,
  breaks: Break[],
  minFill = 0.2,
  minScale = 1,
): Slice[] {
  if (!(max > 0)) throw new RangeError('pageSlices: max must be positive');
  const sorted = [...breaks].filter((b) => Number.isFinite(b.level)).sort((a, b) => a.y - b.y);
  const levels = [...new Set(sorted.map((b) => b.level))].sort((a, b) => a - b);
  const choose = (start: number, room: number): Break | null => {
    const lo = start + max * minFill;
    const hi = start + room;
    const window = sorted.filter((b) => b.y > lo && b.y <= hi);
    for (const [i, level] of levels.entries()) {
      const fitting = window.filter((b) => b.level <= level);
      const last = fitting[fitting.length - 1];
      if (!last) continue;
      const next = sorted.find((b) => b.y > last.y && b.level <= level)?.y ?? total;
      if (next - last.y <= room || i === levels.length - 1) return last;
    }
    return null;
  };
  const stretch = max / Math.min(1, Math.max(minScale, 0.01));
  const out: Slice[] = [];
  let start = 0;
  while (total - start > max) {
    // The rest of the page fits shrunk: one sheet.
    if (total - start <= stretch) {
      out.push({ start, end: total, level: null, scale: max / (total - start) });
      return out;
    }
    let end = choose(start, max);
    if (stretch > max) {
      const wide = choose(start, stretch);
      if (wide && wide.level === 0 && (!end || end.level > 0 || wide.y > end.y)) end = wide;
    }
    const stop = end?.y ?? start + max;
    out.push({
      start,
      end: stop,
      level: end?.level ?? null,
      scale: Math.min(1, max / (stop - start)),
    });
    start = stop;
  }
  if (total > start) out.push({ start, end: total, level: null, scale: 1 });
  return out;
}
