/**
 * Size presets for the image exports, and the pure geometry that fits the captured content
 * into a preset's box (below the frame's header, above its footer) without stretching or
 * cutting it. No DOM here: capture.ts measures the frame and draws.
 */

export const SIZE_PRESETS = ['shown', 'slide', 'a4half'] as const;
export type SizePreset = (typeof SIZE_PRESETS)[number];

/** The user's choices for image exports (the export menus). */
export interface ImageOptions {
  /** 'shown' wraps the content as it is on screen; the others are fixed pixel sizes. */
  preset: SizePreset;
  /** Capture the dark theme as it is (only when the app is dark); default exports as light. */
  keepDark: boolean;
}

export const DEFAULT_IMAGE_OPTIONS: ImageOptions = { preset: 'shown', keepDark: false };

export interface Size {
  width: number;
  height: number;
}

/**
 * A preset's frame in CSS px; the output is this × SCALE (2), exactly:
 * - slide: 16:9, 960×540 → 1920×1080 px;
 * - a4half: half an A4 portrait sheet (210×148.5 mm, √2:1), 877×620 → 1754×1240 px
 *   (≈212 dpi at that paper size; 1754/1240 = 1.4145 against √2 = 1.4142).
 * 'shown' has no fixed size: the frame wraps the content as it is on screen.
 */
export const PRESET_SIZES: Record<Exclude<SizePreset, 'shown'>, Size> = {
  slide: { width: 960, height: 540 },
  a4half: { width: 877, height: 620 },
};

export function presetSize(preset: SizePreset): Size | null {
  return preset === 'shown' ? null : PRESET_SIZES[preset];
}

export function isSizePreset(v: unknown): v is SizePreset {
  return typeof v === 'string' && (SIZE_PRESETS as readonly string[]).includes(v);
}

export interface Placement {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Content CSS px → frame CSS px. */
  scale: number;
}

/**
 * Where the content goes inside a fixed-size frame: the box between the header and the footer,
 * inset by `pad` at the sides; the content is scaled uniformly to fit the box (never stretched,
 * never cut), by at most `maxScale`, and centred in it (the rest stays white).
 */
export function fitContent(opts: {
  frame: Size;
  header: number;
  footer: number;
  pad: number;
  content: Size;
  maxScale?: number;
}): Placement {
  const { frame, header, footer, pad, content } = opts;
  const box = {
    x: pad,
    y: header,
    width: Math.max(1, frame.width - pad * 2),
    height: Math.max(1, frame.height - header - footer),
  };
  const cw = Math.max(1, content.width);
  const ch = Math.max(1, content.height);
  const scale = Math.min(box.width / cw, box.height / ch, opts.maxScale ?? Infinity);
  const width = cw * scale;
  const height = ch * scale;
  return {
    x: box.x + (box.width - width) / 2,
    y: box.y + (box.height - height) / 2,
    width,
    height,
    scale,
  };
}

/**
 * Where a whole page goes in a frame of a fixed width (a size preset applied to a page): the
 * page is scaled to the width between the side pads (never enlarged beyond `maxScale`),
 * centred, and starts right under the header. Its height follows: a long page is not shrunk
 * to fit one sheet, it is laid out over as many sheets (PDF) or as much height (PNG) as it
 * needs, at a size that can be read.
 */
export function fitWidth(opts: {
  frameWidth: number;
  header: number;
  pad: number;
  content: Size;
  maxScale?: number;
}): Placement {
  const { frameWidth, header, pad, content } = opts;
  const box = Math.max(1, frameWidth - pad * 2);
  const cw = Math.max(1, content.width);
  const scale = Math.min(box / cw, opts.maxScale ?? Infinity);
  const width = cw * scale;
  return {
    x: pad + (box - width) / 2,
    y: header,
    width,
    height: Math.max(0, content.height) * scale,
    scale,
  };
}
