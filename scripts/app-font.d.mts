import type { Plugin } from 'vite';
export declare const APP_FONT_FILE: string;
export declare const APP_FONT_CSS: string;
export declare function appCodePoints(root: string): number[];
export declare function unicodeRange(points: number[]): string;
export declare function writeAppFont(root: string): Promise<{ glyphs: number; bytes: number }>;
export declare function appFont(): Plugin;
export declare function subsetPretendard(points: number[]): Promise<Buffer>;
export declare function appFontFace(url: string, points: number[]): string;
