/**
 * A minimal PDF 1.4 writer for image pages: each page is one JPEG (DCTDecode needs no
 * re-encoding) drawn over the whole page. A4 landscape is 297 × 210 mm = 841.89 × 595.28 pt.
 * No dependency: the frame's Korean text is already in the images, so no font is embedded.
 */
export const A4_LANDSCAPE = { width: 841.89, height: 595.28 } as const;
/** Half an A4 sheet, long side across: 210 × 148.5 mm (two make one A4 portrait sheet). */
export const A4_HALF_LANDSCAPE = { width: 595.28, height: 420.94 } as const;
/** A 16:9 slide, the size of PowerPoint's widescreen slide (13.333 × 7.5 in). */
export const SLIDE_16_9 = { width: 960, height: 540 } as const;

export interface PdfImagePage {
  /** JPEG bytes. */
  jpeg: Uint8Array;
  /** Pixel size of the JPEG. */
  width: number;
  height: number;
}

export function imagesToPdf(
  pages: PdfImagePage[],
  size: { width: number; height: number } = A4_LANDSCAPE,
  info: { title?: string; creator?: string } = {},
): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let length = 0;
  const offsets: number[] = [];
  const push = (c: Uint8Array | string) => {
    const b = typeof c === 'string' ? enc.encode(c) : c;
    chunks.push(b);
    length += b.length;
  };
  const obj = (n: number, body: string) => {
    offsets[n] = length;
    push(`${n} 0 obj\n${body}\nendobj\n`);
  };
  // UTF-16BE with BOM, as PDF text strings in hex.
  const pdfText = (s: string) => {
    let hex = 'FEFF';
    for (const ch of s) {
      const cp = ch.codePointAt(0) ?? 0;
      const units =
        cp > 0xffff ? [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)] : [cp];
      for (const u of units) hex += u.toString(16).padStart(4, '0').toUpperCase();
    }
    return `<${hex}>`;
  };

  const w = size.width.toFixed(2);
  const h = size.height.toFixed(2);
  push('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n');
  // 1 catalog, 2 pages, 3 info, then 3 objects per page: page, contents, image.
  const pageObj = (i: number) => 4 + i * 3;
  obj(1, '<< /Type /Catalog /Pages 2 0 R >>');
  obj(
    2,
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${pageObj(i)} 0 R`).join(' ')}] /Count ${pages.length} >>`,
  );
  obj(
    3,
    `<< ${info.title ? `/Title ${pdfText(info.title)} ` : ''}${info.creator ? `/Creator ${pdfText(info.creator)} ` : ''}>>`,
  );
  pages.forEach((p, i) => {
    const n = pageObj(i);
    obj(
      n,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 ${n + 2} 0 R >> >> /Contents ${n + 1} 0 R >>`,
    );
    // Fit the image in the page, keeping its aspect, centred.
    const scale = Math.min(size.width / p.width, size.height / p.height);
    const dw = p.width * scale;
    const dh = p.height * scale;
    const dx = (size.width - dw) / 2;
    const dy = (size.height - dh) / 2;
    const content = `q ${dw.toFixed(2)} 0 0 ${dh.toFixed(2)} ${dx.toFixed(2)} ${dy.toFixed(2)} cm /Im0 Do Q`;
    obj(n + 1, `<< /Length ${enc.encode(content).length} >>\nstream\n${content}\nendstream`);
    offsets[n + 2] = length;
    push(
      `${n + 2} 0 obj\n<< /Type /XObject /Subtype /Image /Width ${p.width} /Height ${p.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${p.jpeg.length} >>\nstream\n`,
    );
    push(p.jpeg);
    push('\nendstream\nendobj\n');
  });
  const count = pageObj(pages.length);
  const xref = length;
  let table = `xref\n0 ${count}\n0000000000 65535 f \n`;
  for (let i = 1; i < count; i++) table += `${String(offsets[i]).padStart(10, '0')} 00000 n \n`;
  push(table);
  push(`trailer\n<< /Size ${count} /Root 1 0 R /Info 3 0 R >>\nstartxref\n${xref}\n%%EOF\n`);

  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
