import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitContent, fitWidth, isSizePreset, PRESET_SIZES, presetSize } from './preset';

const SCALE = 2;

describe('size presets', () => {
  it('are exact pixel sizes at 2×: 16:9 slide 1920×1080, half A4 1754×1240 (√2:1)', () => {
    expect(PRESET_SIZES.slide.width * SCALE).toBe(1920);
    expect(PRESET_SIZES.slide.height * SCALE).toBe(1080);
    expect(PRESET_SIZES.a4half.width * SCALE).toBe(1754);
    expect(PRESET_SIZES.a4half.height * SCALE).toBe(1240);
    // Half of A4 portrait, 210 × 148.5 mm.
    expect(PRESET_SIZES.a4half.width / PRESET_SIZES.a4half.height).toBeCloseTo(210 / 148.5, 3);
    expect(presetSize('shown')).toBeNull();
    expect(presetSize('slide')).toEqual({ width: 960, height: 540 });
  });

  it('recognises only the known presets', () => {
    expect(isSizePreset('a4half')).toBe(true);
    expect(isSizePreset('a4')).toBe(false);
    expect(isSizePreset(null)).toBe(false);
  });
});

describe('fitContent', () => {
  const frame = { width: 960, height: 540 };
  const base = { frame, header: 120, footer: 80, pad: 28 };

  it('shrinks a tall page to the box height, centred horizontally', () => {
    const p = fitContent({ ...base, content: { width: 1168, height: 2645 } });
    expect(p.height).toBeCloseTo(540 - 120 - 80);
    expect(p.y).toBeCloseTo(120);
    expect(p.width / p.height).toBeCloseTo(1168 / 2645);
    expect(p.x + p.width / 2).toBeCloseTo(480);
  });

  it('shrinks a wide strip to the box width, centred vertically', () => {
    const p = fitContent({ ...base, content: { width: 2000, height: 100 } });
    expect(p.x).toBeCloseTo(28);
    expect(p.width).toBeCloseTo(960 - 56);
    expect(p.y + p.height / 2).toBeCloseTo(120 + (540 - 200) / 2);
  });

  it('enlarges a small card no more than maxScale', () => {
    const p = fitContent({ ...base, content: { width: 100, height: 50 }, maxScale: 2 });
    expect(p.scale).toBe(2);
    expect(p.width).toBe(200);
    expect(p.height).toBe(100);
    expect(fitContent({ ...base, content: { width: 100, height: 50 }, maxScale: 1 }).scale).toBe(1);
  });

  it('always keeps the aspect ratio and stays inside the box', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 8000 }),
        fc.integer({ min: 300, max: 2000 }),
        fc.integer({ min: 300, max: 2000 }),
        fc.integer({ min: 0, max: 150 }),
        fc.integer({ min: 0, max: 100 }),
        fc.double({ min: 0.1, max: 4, noNaN: true }),
        (cw, ch, fw, fh, header, footer, maxScale) => {
          const p = fitContent({
            frame: { width: fw, height: fh },
            header,
            footer,
            pad: 28,
            content: { width: cw, height: ch },
            maxScale,
          });
          const eps = 1e-6;
          expect(p.scale).toBeLessThanOrEqual(maxScale + eps);
          expect(Math.abs(p.width / p.height - cw / ch)).toBeLessThan((1e-9 * cw) / ch + 1e-9);
          expect(p.x).toBeGreaterThanOrEqual(28 - eps);
          expect(p.x + p.width).toBeLessThanOrEqual(fw - 28 + eps);
          expect(p.y).toBeGreaterThanOrEqual(header - eps);
          expect(p.y + p.height).toBeLessThanOrEqual(fh - footer + eps);
          // It touches the box on one side at least, unless capped by maxScale.
          const touches =
            Math.abs(p.width - (fw - 56)) < 1e-6 ||
            Math.abs(p.height - (fh - header - footer)) < 1e-6;
          expect(touches || Math.abs(p.scale - maxScale) < eps).toBe(true);
        },
      ),
    );
  });
});

describe('fitWidth (a whole page at a preset width)', () => {
  const base = { frameWidth: 877, header: 180, pad: 28 };

  it('scales a long page to the width, not to one sheet: its height follows', () => {
    const p = fitWidth({ ...base, content: { width: 1168, height: 2645 }, maxScale: 1 });
    expect(p.width).toBeCloseTo(877 - 56);
    expect(p.scale).toBeCloseTo(821 / 1168);
    expect(p.height).toBeCloseTo(2645 * (821 / 1168));
    // Readable: about 70 % of the screen size, where one half-A4 sheet would be about 17 %.
    const oneSheet = fitContent({
      frame: PRESET_SIZES.a4half,
      header: 180,
      footer: 76,
      pad: 28,
      content: { width: 1168, height: 2645 },
    });
    expect(p.scale).toBeGreaterThan(4 * oneSheet.scale);
    expect(p.x).toBeCloseTo(28);
    expect(p.y).toBe(180);
  });

  it('does not enlarge a narrow page beyond maxScale, and centres it', () => {
    const p = fitWidth({ ...base, content: { width: 400, height: 900 }, maxScale: 1 });
    expect(p.scale).toBe(1);
    expect(p.width).toBe(400);
    expect(p.x + p.width / 2).toBeCloseTo(877 / 2);
  });
});
