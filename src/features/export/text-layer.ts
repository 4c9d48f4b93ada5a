/**
 * The text of a captured element, with where each line of it stands, so an image export can
 * carry its words as real text (the PDF's invisible text layer: search, copy, screen readers,
 * `pdftotext`). What exports leave out (controls) and visually hidden text are left out.
 */
import { leftOutOfExports } from '@/lib/capture-ignore';

/** One run of text: CSS px, top-left origin. */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

function visible(el: Element | null): boolean {
  for (let e = el; e; e = e.parentElement) {
    if (leftOutOfExports(e)) return false;
  }
  return true;
}

/** Lines of one text node: words grouped by the line box they stand on. */
function nodeRuns(node: Text, ox: number, oy: number): TextRun[] {
  const range = document.createRange();
  range.selectNodeContents(node);
  const rects = [...range.getClientRects()].filter((r) => r.width > 1 && r.height > 2);
  if (rects.length === 0) return [];
  const text = node.data.replace(/\s+/g, ' ').trim();
  if (rects.length === 1) {
    const r = rects[0]!;
    return [{ str: text, x: r.left - ox, y: r.top - oy, w: r.width, h: r.height }];
  }
  // Wrapped over several lines: measure word by word and join the words of each line.
  const runs: TextRun[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(node.data))) {
    range.setStart(node, m.index);
    range.setEnd(node, m.index + m[0].length);
    const r = range.getBoundingClientRect();
    if (r.width <= 0) continue;
    const last = runs.at(-1);
    if (last && Math.abs(last.y - (r.top - oy)) < r.height / 2) {
      last.str += ` ${m[0]}`;
      last.w = r.right - ox - last.x;
    } else runs.push({ str: m[0], x: r.left - ox, y: r.top - oy, w: r.width, h: r.height });
  }
  return runs;
}

/** The text under root, in reading order, relative to root's top-left (CSS px). */
export function collectTextRuns(root: HTMLElement): TextRun[] {
  const box = root.getBoundingClientRect();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const runs: TextRun[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    if (!node.data.trim() || !visible(node.parentElement)) continue;
    runs.push(...nodeRuns(node, box.left, box.top));
  }
  return runs;
}
