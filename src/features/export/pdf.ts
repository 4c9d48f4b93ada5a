/**
 * A minimal PDF 1.4 writer for image pages: each page is one JPEG (DCTDecode needs no
 * re-encoding) drawn over the whole page, with the page's words as an invisible text layer
 * over it (text render mode 3, as OCR'd scans carry theirs): search, copy, screen readers and
 * `pdftotext` find every figure. The layer's font is a CID font in Identity-H whose codes are
 * the characters' UTF-16 code units, mapped back by a ToUnicode CMap; it is not embedded,
 * since nothing is drawn with it (the shapes are in the image, in the self-hosted Pretendard
 * GOV). A4 landscape is 297 × 210 mm = 841.89 × 595.28 pt. No dependency (decision 020).
 */
export const A4_LANDSCAPE = { width: 841.89, height: 595.28 } as const;
/** Half an A4 sheet, long side across: 210 × 148.5 mm (two make one A4 portrait sheet). */
export const A4_HALF_LANDSCAPE = { width: 595.28, height: 420.94 } as const;
/** A 16:9 slide, the size of PowerPoint's widescreen slide (13.333 × 7.5 in). */
export const SLIDE_16_9 = { width: 960, height: 540 } as const;

/** A run of text on a page image: image px, top-left origin; h is the line's height. */
export interface PdfTextRun {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PdfImagePage {
  /** JPEG bytes. */
  jpeg: Uint8Array;
  /** Pixel size of the JPEG. */
  width: number;
  height: number;
  /** The words on the image, where they stand: the page's text layer. */
  text?: PdfTextRun[];
}

/** ToUnicode CMap: every 2-byte code is the UTF-16 code unit of its character. */
function identityUnicodeCMap(): string {
  const ranges: string[] = [];
  for (let hi = 0; hi < 256; hi++) {
    if (hi >= 0xd8 && hi <= 0xdf) continue; // surrogates: not characters on their own
    const h = hi.toString(16).padStart(2, '0').toUpperCase();
    ranges.push(`<${h}00> <${h}FF> <${h}00>`);
  }
  const blocks: string[] = [];
  for (let i = 0; i < ranges.length; i += 100) {
    const part = ranges.slice(i, i + 100);
    blocks.push(`${part.length} beginbfrange\n${part.join('\n')}\nendbfrange`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** A string as 2-byte codes (BMP characters; others, which the app never writes, as U+FFFD). */
function cidHex(s: string): { hex: string; count: number } {
  let hex = '';
  let count = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0xfffd;
    hex += (cp > 0xffff ? 0xfffd : cp).toString(16).padStart(4, '0').toUpperCase();
    count++;
  }
  return { hex, count };
}

/** The content stream's invisible text: each run fitted to its place on the image. */
function textLayer(
  runs: PdfTextRun[],
  place: { scale: number; dx: number; dy: number; pageHeight: number },
): string {
  const out: string[] = [];
  for (const r of runs) {
    const str = r.str.replace(/\s+/g, ' ').trim();
    if (!str || r.w <= 0 || r.h <= 0) continue;
    const { hex, count } = cidHex(str);
    const lineH = r.h * place.scale;
    const size = Math.max(1, lineH * 0.75);
    // Every code is 1 em wide (/DW 1000): stretch the run to the width it takes on the image.
    const tz = Math.max(1, (100 * r.w * place.scale) / (count * size));
    const x = place.dx + r.x * place.scale;
    const baseline = place.pageHeight - place.dy - r.y * place.scale - lineH * 0.8;
    out.push(
      `/F1 ${size.toFixed(2)} Tf ${tz.toFixed(1)} Tz 1 0 0 1 ${x.toFixed(2)} ${baseline.toFixed(2)} Tm <${hex}> Tj`,
    );
  }
  return out.length ? `\nBT 3 Tr\n${out.join('\n')}\nET` : '';
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
  // 1 catalog, 2 pages, 3 info, 4–7 the text layer's font, then 3 objects per page: page,
  // contents, image.
  const pageObj = (i: number) => 8 + i * 3;
  obj(1, '<< /Type /Catalog /Pages 2 0 R >>');
  obj(
    2,
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${pageObj(i)} 0 R`).join(' ')}] /Count ${pages.length} >>`,
  );
  obj(
    3,
    `<< ${info.title ? `/Title ${pdfText(info.title)} ` : ''}${info.creator ? `/Creator ${pdfText(info.creator)} ` : ''}>>`,
  );
  obj(
    4,
    '<< /Type /Font /Subtype /Type0 /BaseFont /PretendardGOV /Encoding /Identity-H /DescendantFonts [5 0 R] /ToUnicode 6 0 R >>',
  );
  obj(
    5,
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /PretendardGOV /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 /CIDToGIDMap /Identity >>',
  );
  const cmap = identityUnicodeCMap();
  obj(6, `<< /Length ${enc.encode(cmap).length} >>\nstream\n${cmap}\nendstream`);
  obj(
    7,
    '<< /Type /FontDescriptor /FontName /PretendardGOV /Flags 4 /FontBBox [0 -250 1000 950] /ItalicAngle 0 /Ascent 950 /Descent -250 /CapHeight 700 /StemV 80 >>',
  );
  pages.forEach((p, i) => {
    const n = pageObj(i);
    obj(
      n,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 ${n + 2} 0 R >> /Font << /F1 4 0 R >> >> /Contents ${n + 1} 0 R >>`,
    );
    // Fit the image in the page, keeping its aspect, centred.
    const scale = Math.min(size.width / p.width, size.height / p.height);
    const dw = p.width * scale;
    const dh = p.height * scale;
    const dx = (size.width - dw) / 2;
    const dy = (size.height - dh) / 2;
    const content =
      `q ${dw.toFixed(2)} 0 0 ${dh.toFixed(2)} ${dx.toFixed(2)} ${dy.toFixed(2)} cm /Im0 Do Q` +
      textLayer(p.text ?? [], { scale, dx, dy, pageHeight: size.height });
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
