// The pack PPTX as LibreOffice Impress renders it (issue #18): `soffice --headless
// --convert-to pdf` must finish without error and give one PDF page per slide. Used by the
// bench's pack section (too slow for CI's browser tests: ~10–20 s with a cold profile).
// Debian: apt-get install libreoffice-impress (and fonts-nanum, so Hangul has glyphs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { pdfPageCount } from './bench-lib.mjs';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));

/** Slides in a PPTX: its ppt/slides/slideN.xml parts. */
export async function slideCount(bytes) {
  const zip = await JSZip.loadAsync(bytes);
  return Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
}

/**
 * Renders the PPTX to PDF in `outDir` (kept, to be looked at). Returns the slide and page
 * counts, the time, the PDF's path, or `error` (LibreOffice missing, failed, or no PDF).
 */
export async function renderWithLibreOffice(bytes, fileName, outDir) {
  if (!SOFFICE) return { error: 'LibreOffice not installed (apt-get install libreoffice-impress)' };
  const work = mkdtempSync(join(tmpdir(), 'bench-soffice-'));
  try {
    const pptx = join(outDir, basename(fileName));
    writeFileSync(pptx, bytes);
    const t0 = performance.now();
    // Its own profile: never the user's, and no lock shared with another soffice running.
    const run = spawnSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${work}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        pptx,
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    const ms = performance.now() - t0;
    const pdf = pptx.replace(/\.pptx$/, '.pdf');
    const slides = await slideCount(bytes);
    if (run.status !== 0 || !existsSync(pdf))
      return {
        error: `soffice exit ${run.status ?? run.signal}: ${(run.stderr || run.stdout).trim().slice(0, 300)}`,
        slides,
        ms,
      };
    const pages = pdfPageCount(readFileSync(pdf));
    const warnings = /error/i.test(run.stderr) ? run.stderr.trim().slice(0, 300) : null;
    return { slides, pages, ms, pdf, warnings };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
