/**
 * Reading an official breakdown a data officer brings in (issue 17): a CSV of one fact split
 * by region (the 17 시·도) or by sector (the 9 sectors), as Korean Excel writes it. Pure
 * functions, for the server and the in-browser demo alike:
 * - decodeCsv: UTF-8 with or without a BOM, or CP949/EUC-KR (Excel's default for Korean);
 *   refuses what is not text;
 * - previewBreakdown: every row matched to a slug or refused with its reason (unknown name,
 *   duplicate, not a number, negative, a formula), the regions or sectors the file lacks, and
 *   whether the total is the official national figure (a different total needs a stated
 *   reason). Nothing is applied here.
 */
import Papa from 'papaparse';
import { REGIONS, REGION_SLUGS, SECTORS, SECTOR_SLUGS } from '@/config/regions';
import type { Dimension } from '@/lib/api/schemas';

export type { Dimension };

/** A file larger than this is refused before it is read (17 or 9 rows need a few hundred bytes). */
export const MAX_IMPORT_BYTES = 256 * 1024;
export const MAX_SOURCE_CHARS = 200;
export const MAX_NOTE_CHARS = 500;

/**
 * Full names a file may use besides the slug and the short name: the names of 2020 (the
 * release's year) and the current ones where a province was renamed since.
 */
const REGION_FULL_NAMES: Record<string, string[]> = {
  seoul: ['서울특별시'],
  busan: ['부산광역시'],
  daegu: ['대구광역시'],
  incheon: ['인천광역시'],
  gwangju: ['광주광역시'],
  daejeon: ['대전광역시'],
  ulsan: ['울산광역시'],
  sejong: ['세종특별자치시'],
  gyeonggi: ['경기도'],
  gangwon: ['강원도', '강원특별자치도'],
  chungbuk: ['충청북도'],
  chungnam: ['충청남도'],
  jeonbuk: ['전라북도', '전북특별자치도'],
  jeonnam: ['전라남도'],
  gyeongbuk: ['경상북도'],
  gyeongnam: ['경상남도'],
  jeju: ['제주특별자치도', '제주도'],
};

const normal = (s: string) => s.normalize('NFC').replace(/\s+/g, '').toLowerCase();

function nameIndex(dimension: Dimension): Map<string, string> {
  const index = new Map<string, string>();
  const dims = dimension === 'region' ? REGIONS : SECTORS;
  for (const d of dims) {
    const names = [
      d.slug,
      d.ko,
      d.en,
      ...(dimension === 'region' ? (REGION_FULL_NAMES[d.slug] ?? []) : []),
    ];
    for (const n of names) index.set(normal(n), d.slug);
  }
  return index;
}

/** Names a file may use, built once per dimension (a preview matches every row against them). */
const NAME_INDEX: Record<Dimension, Map<string, string>> = {
  region: nameIndex('region'),
  sector: nameIndex('sector'),
};

export const dimensionSlugs = (dimension: Dimension): readonly string[] =>
  dimension === 'region' ? REGION_SLUGS : SECTOR_SLUGS;

/** A sum of decimals (억원) with float noise rounded away, so totals compare as written. */
export const roundedSum = (values: Record<string, number>): number =>
  Math.round(Object.values(values).reduce((a, b) => a + b, 0) * 1e6) / 1e6;

export type Decoded =
  { text: string; encoding: 'utf-8' | 'utf-8-bom' | 'cp949' } | { error: string };

/** The file's text, or why it is not a text file this import reads. */
export function decodeCsv(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_IMPORT_BYTES)
    return { error: `The file is larger than ${MAX_IMPORT_BYTES / 1024} KiB` };
  if (bytes.length === 0) return { error: 'The file is empty' };
  // Text files have no NUL byte; images, spreadsheets (XLSX is a ZIP) and executables do.
  if (bytes.includes(0)) return { error: 'The file is not a text (CSV) file' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    try {
      return {
        text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)),
        encoding: 'utf-8-bom',
      };
    } catch {
      return { error: 'The file says it is UTF-8 but is not' };
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: Korean Excel's default, CP949 (WHATWG's "euc-kr" is CP949).
    try {
      return { text: new TextDecoder('euc-kr', { fatal: true }).decode(bytes), encoding: 'cp949' };
    } catch {
      return { error: 'The file is neither UTF-8 nor CP949 (EUC-KR) text' };
    }
  }
}

export type RowProblem =
  'unknown-name' | 'duplicate' | 'not-a-number' | 'negative' | 'formula' | 'missing-value';

export interface PreviewRow {
  /** The line in the file (1-based). */
  line: number;
  name: string;
  valueText: string;
  slug: string | null;
  value: number | null;
  problem: RowProblem | null;
}

export interface BreakdownPreview {
  dimension: Dimension;
  rows: PreviewRow[];
  /** Regions or sectors the file has no accepted row for. */
  missing: string[];
  /** The sum of the accepted rows. */
  total: number;
  officialTotal: number;
  /** The accepted rows by slug, in the dimension's order. */
  values: Record<string, number>;
  /** Why it cannot be applied as it is (empty when it can). */
  problems: string[];
}

/** A cell a spreadsheet would run: `=…`, `@…`, `+…`, or `-` not followed by a number. */
const isFormula = (cell: string) => /^[=@+\t\r]/.test(cell) || /^-(?!\s*\d)/.test(cell);

function numberOf(text: string): number | null {
  const plain = text.replace(/[,\s]/g, '');
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : null;
}

/**
 * Matches every row of the file and says what would be refused. A first line whose value is
 * not a number and whose name is not a known one is a header and is skipped.
 */
export function previewBreakdown(
  text: string,
  dimension: Dimension,
  officialTotal: number,
  note: string | null,
): BreakdownPreview {
  const index = NAME_INDEX[dimension];
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const rows: PreviewRow[] = [];
  const seen = new Set<string>();
  parsed.data.forEach((cells, i) => {
    const name = (cells[0] ?? '').trim();
    const valueText = (cells[1] ?? '').trim();
    const slug = index.get(normal(name)) ?? null;
    const value = numberOf(valueText);
    if (i === 0 && !slug && value === null && !isFormula(name) && !isFormula(valueText)) return; // a header
    let problem: RowProblem | null = null;
    if (isFormula(name) || isFormula(valueText)) problem = 'formula';
    else if (!slug) problem = 'unknown-name';
    else if (valueText === '') problem = 'missing-value';
    else if (value === null) problem = 'not-a-number';
    else if (value < 0) problem = 'negative';
    else if (seen.has(slug)) problem = 'duplicate';
    if (!problem && slug) seen.add(slug);
    rows.push({
      line: i + 1,
      name,
      valueText,
      slug,
      value: problem ? null : value,
      problem,
    });
  });
  const values: Record<string, number> = {};
  for (const s of dimensionSlugs(dimension)) {
    const row = rows.find((r) => r.slug === s && !r.problem);
    if (row?.value != null) values[s] = row.value;
  }
  const missing = dimensionSlugs(dimension).filter((s) => !(s in values));
  const total = roundedSum(values);
  const problems: string[] = [];
  const refused = rows.filter((r) => r.problem);
  if (refused.length) problems.push(`${refused.length} row(s) refused`);
  if (missing.length) problems.push(`missing: ${missing.join(', ')}`);
  if (rows.length === 0) problems.push('no rows');
  if (!missing.length && total !== officialTotal && !note?.trim()) {
    problems.push(
      `the total ${total} differs from the official ${officialTotal}: state why in the note`,
    );
  }
  return { dimension, rows, missing, total, officialTotal, values, problems };
}

// Control characters other than tab and line breaks (a source is one line of text).
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Source and note as stored: trimmed, control characters out, capped. They are shown as text. */
export function cleanText(s: string | null | undefined, max: number): string {
  return (s ?? '').replace(CONTROL_CHARS, '').trim().slice(0, max);
}
