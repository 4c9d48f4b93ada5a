import { describe, expect, it } from 'vitest';
import { A4_LANDSCAPE, imagesToPdf } from './pdf';

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

  it('has a cross-reference table whose offsets point at the objects', () => {
    const bytes = imagesToPdf([{ jpeg, width: 10, height: 10 }]);
    const pdf = text(bytes);
    const xref = Number(/startxref\n(\d+)/.exec(pdf)?.[1]);
    expect(pdf.slice(xref, xref + 4)).toBe('xref');
    const offsets = [...pdf.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    offsets.forEach((o, i) => expect(pdf.slice(o).startsWith(`${i + 1} 0 obj`)).toBe(true));
  });
});
