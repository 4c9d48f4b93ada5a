/**
 * Measures a live dashboard page into LayoutBox trees, one per card, for page-breaks.ts: which
 * boxes a page cut may pass between, and which must be kept whole.
 *
 * Kept whole: anything with text of its own or inline content (a heading, a paragraph, a
 * legend row), anything drawn as a box (border, background, shadow: KPI and comparison
 * tiles, notes, notices), table rows, images, controls, and charts with an axis under them
 * (the labels belong to the bars). Separable: layout wrappers (stacks, grids, groups, lists,
 * the timeline), tables between their rows, and a chart without a category axis below it (a
 * horizontal bar chart) between its bars. Controls left out of exports are not measured.
 */
import { IGNORE_ATTR } from '@/lib/capture-ignore';
import type { LayoutBox } from './page-breaks';

const SPLIT_TABLE = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT']);
const WHOLE = new Set([
  'TR',
  'IMG',
  'CANVAS',
  'VIDEO',
  'IFRAME',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
]);
const SHAPES = 'text, rect, path, circle, ellipse, line, polyline, polygon, image, use';

function transparent(colour: string) {
  return (
    colour === '' ||
    colour === 'transparent' ||
    /^rgba\(.*,\s*0(\.0+)?\)$/.test(colour) ||
    /\/\s*0(\.0+)?\)$/.test(colour)
  );
}

/** Drawn as a box: a cut through it would split a visible frame or fill. */
function drawnAsBox(s: CSSStyleDeclaration): boolean {
  if (!transparent(s.backgroundColor)) return true;
  if (s.backgroundImage && s.backgroundImage !== 'none') return true;
  if (s.boxShadow && s.boxShadow !== 'none') return true;
  return (['Top', 'Right', 'Bottom', 'Left'] as const).some(
    (side) =>
      parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 &&
      s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
      !transparent(s.getPropertyValue(`border-${side.toLowerCase()}-color`)),
  );
}

function keptWhole(el: Element, s: CSSStyleDeclaration): boolean {
  if (SPLIT_TABLE.has(el.tagName)) return false;
  if (WHOLE.has(el.tagName)) return true;
  for (const n of el.childNodes) {
    if (n.nodeType === Node.TEXT_NODE && n.textContent?.trim()) return true;
    // Inline content (spans, links) is text; an SVG is inline by default but is a drawing.
    if (
      n instanceof Element &&
      !(n instanceof SVGElement) &&
      !n.hasAttribute(IGNORE_ATTR) &&
      getComputedStyle(n).display.startsWith('inline')
    )
      return true;
  }
  return drawnAsBox(s);
}

/** A chart's bars and labels as rows, or [] (kept whole) when an axis runs under them. */
function chartRows(svg: SVGSVGElement, top: number): LayoutBox[] {
  if (!svg.classList.contains('recharts-surface')) return [];
  if (svg.querySelector('.recharts-xAxis')) return [];
  const rows: LayoutBox[] = [];
  for (const shape of svg.querySelectorAll(SHAPES)) {
    if (shape.closest('defs, clipPath, mask, pattern, symbol')) continue;
    const r = shape.getBoundingClientRect();
    // An axis line or a bar's edge runs down the chart: crossing it cuts nothing.
    if (r.width <= 2 || r.height <= 0) continue;
    rows.push({ top: r.top - top, bottom: r.bottom - top, children: [] });
  }
  return rows;
}

/**
 * The element as boxes: none when it is left out or not drawn; its children's boxes when it
 * has no size of its own (a 0×0 measuring wrapper, as Recharts' responsive container has);
 * else one box, kept whole or with its children inside.
 */
function measure(el: Element, top: number): LayoutBox[] {
  if (el.hasAttribute(IGNORE_ATTR)) return [];
  const s = getComputedStyle(el);
  if (s.display === 'none' || s.visibility === 'hidden') return [];
  const r = el.getBoundingClientRect();
  if (r.width <= 1 || r.height <= 1) {
    // Visually hidden text (1×1 px, clipped) is not drawn; a 0×0 wrapper's children are.
    if (/hidden|clip|scroll|auto/.test(s.overflow)) return [];
    return [...el.children].flatMap((c) => measure(c, top));
  }
  const box = { top: r.top - top, bottom: r.bottom - top };
  if (el instanceof SVGSVGElement) return [{ ...box, children: chartRows(el, top) }];
  if (keptWhole(el, s)) return [{ ...box, children: [] }];
  return [{ ...box, children: [...el.children].flatMap((c) => measure(c, top)) }];
}

/**
 * Every card under root ([data-panel-id]) as a LayoutBox tree, CSS px from the top of root.
 * The card's own border is not a reason to keep it whole: its parts are measured.
 */
export function measureCards(root: HTMLElement): LayoutBox[] {
  const top = root.getBoundingClientRect().top;
  return [...root.querySelectorAll('[data-panel-id]')].map((card) => {
    const r = card.getBoundingClientRect();
    return {
      top: r.top - top,
      bottom: r.bottom - top,
      children: [...card.children].flatMap((c) => measure(c, top)),
    };
  });
}

/** Each card's extent on the live page (CSS px from root's top) and its title, as it reads. */
export function cardTitles(root: HTMLElement): { top: number; bottom: number; title: string }[] {
  const top = root.getBoundingClientRect().top;
  return [...root.querySelectorAll<HTMLElement>('[data-panel-id]')].map((card) => {
    const r = card.getBoundingClientRect();
    const id = card.getAttribute('aria-labelledby');
    const title = (id && document.getElementById(id)?.textContent?.trim()) || '';
    return { top: r.top - top, bottom: r.bottom - top, title };
  });
}
