/**
 * Which facts stand on which page, in which panel (dataset/pages.json). Pages differ in this
 * data only; the app renders every panel through the same model. Every fact is placed on a
 * page exactly once as a primary figure (the coverage test checks it); a few also appear again
 * where a reader needs them (the supplier growth on both the overview and 데이터 댐).
 */
export { PAGES } from './dataset';
export type { PageDef, PanelDef } from './dataset-schema';
