/**
 * The app's font stack, for CSS and for text drawn on canvases (export frames). First the
 * subset with every character the app writes (scripts/app-font.mjs), then the full Pretendard
 * GOV in unicode-range pieces for any other character (user captions, a real backend's labels).
 */
export const FONT_STACK = "'Pretendard GOV App', 'Pretendard GOV Variable', sans-serif";
