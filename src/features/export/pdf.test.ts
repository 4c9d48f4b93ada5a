import { describe, expect, it } from 'vitest';
import { A4_HALF_LANDSCAPE, A4_LANDSCAPE, imagesToPdf, SLIDE_16_9 } from './pdf';

// A 1×1 JPEG is enough: the writer passes the bytes through (DCTDecode).
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);

function text(bytes: Uint8Array) {
  return new TextDecoder('latin1').decode(bytes);
}

describe('PDF writer', () => {
  it('writes one A4 landscape page per image', () => {
    const pdf = text(
      imagesToPdf(
        [1, 2, 3].map(() => ({ jpeg, width: 2000, height: 1414 })),
        A4_LANDSCAPE,
        { title: '데이터 댐' },
      ),
    );
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf.match(/\/Type \/Page\b(?!s)/g)).toHaveLength(3);
    expect(pdf).toContain('/Count 3');
    expect(pdf).toContain('/MediaBox [0 0 841.89 595.28]');
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('writes half-A4 pages (210 × 148.5 mm) and 16:9 pages at their sizes', () => {
    const mm = (pt: number) => (pt / 72) * 25.4;
    expect(mm(A4_HALF_LANDSCAPE.width)).toBeCloseTo(210, 1);
    expect(mm(A4_HALF_LANDSCAPE.height)).toBeCloseTo(148.5, 1);
    // Two half-A4 sheets make one A4 portrait sheet.
    expect(A4_HALF_LANDSCAPE.width).toBeCloseTo(A4_LANDSCAPE.height, 2);
    expect(A4_HALF_LANDSCAPE.height * 2).toBeCloseTo(A4_LANDSCAPE.width, 0);
    const half = text(imagesToPdf([{ jpeg, width: 1754, height: 1240 }], A4_HALF_LANDSCAPE));
    expect(half).toContain('/MediaBox [0 0 595.28 420.94]');
    // The 1754×1240 image fills the page (√2:1 both).
    expect(half).toMatch(/q 595\.28 0 0 420\.8\d 0\.00 0\.0\d cm/);
    const slide = text(imagesToPdf([{ jpeg, width: 1920, height: 1080 }], SLIDE_16_9));
    expect(slide).toContain('/MediaBox [0 0 960.00 540.00]');
  });

  it('has a cross-reference table whose offsets point at the objects', () => {
    const bytes = imagesToPdf([{ jpeg, width: 10, height: 10 }]);
    const pdf = text(bytes);
    const xref = Number(/startxref\n(\d+)/.exec(pdf)?.[1]);
    expect(pdf.slice(xref, xref + 4)).toBe('xref');
    const offsets = [...pdf.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    offsets.forEach((o, i) => expect(pdf.slice(o).startsWith(`${i + 1} 0 obj`)).toBe(true));
  });
});
