/**
 * Controls (menus, toggles, pin buttons) carry this attribute so image exports leave them
 * out: an exported chart shows the chart, not the buttons around it. Shared by every feature
 * that draws controls; the export feature honours it.
 */
export const IGNORE_ATTR = 'data-export-ignore';

/** Spread onto an element to keep it out of exports: <div {...captureIgnore}> */
export const captureIgnore = { [IGNORE_ATTR]: '' } as const;

/**
 * What an export leaves out: what carries IGNORE_ATTR, and every button (a quote's "99" icon,
 * a retry): a briefing file is read, not clicked, so a control in it is a stray mark.
 */
export function leftOutOfExports(el: Element): boolean {
  return (
    el.hasAttribute(IGNORE_ATTR) || el.tagName === 'BUTTON' || el.getAttribute('role') === 'button'
  );
}
