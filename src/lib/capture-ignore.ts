/**
 * Controls (menus, toggles, pin buttons) carry this attribute so image exports leave them
 * out: an exported chart shows the chart, not the buttons around it. Shared by every feature
 * that draws controls; the export feature honours it.
 */
export const IGNORE_ATTR = 'data-export-ignore';

/** Spread onto an element to keep it out of exports: <div {...captureIgnore}> */
export const captureIgnore = { [IGNORE_ATTR]: '' } as const;
