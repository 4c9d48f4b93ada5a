import { describe, expect, it } from 'vitest';
import { buildPage, buildPanel } from './build-panel';
import { FACTS } from './facts';
import { PAGES } from './panels';

/** Every `en` string anywhere inside a value (labels, notes, details, titles). */
function englishStrings(value: unknown, path = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => englishStrings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      k === 'en' && typeof v === 'string'
        ? [[path, v] as [string, string]]
        : englishStrings(v, `${path}.${k}`),
    );
  }
  return [];
}

// Korean may appear in English text only as a quotation of the release: inside quotes or
// parentheses ("70여건", (실증랩)). Anything else is an untranslated label.
const QUOTED = /"[^"]*"|“[^”]*”|\([^)]*\)|'[^']*'/g;
const HANGUL = /[\uac00-\ud7a3]/;

describe('English data labels', () => {
  it('every note is written in Korean for Korean readers (it reaches Korean CSV exports)', () => {
    const untranslated = FACTS.filter(
      (f) => f.note && (!HANGUL.test(f.note.ko) || f.note.ko === f.note.en),
    );
    expect(untranslated.map((f) => f.id)).toEqual([]);
  });

  // Labels are ours to write: a fact sheet's working notes (a blog timestamp, "only some
  // named") belong in the note, not in the label a reader sees on a card.
  it('keep working notes out of labels', () => {
    const WORKING = /timestamp|only some|context \d{4}|\(\d+;/i;
    expect(
      FACTS.filter((f) => WORKING.test(f.label.en)).map((f) => `${f.id}: ${f.label.en}`),
    ).toEqual([]);
  });

  it('carry Korean only as quotations of the release', () => {
    const offenders: string[] = [];
    for (const def of PAGES) {
      const page = buildPage(def);
      const panels = def.panels.map((p) => buildPanel(def, p, { region: [], sector: [] }));
      for (const [path, text] of englishStrings({ page, panels }, def.id)) {
        // Notes in English quote the release's terms without marks (개사, 70여건); they are
        // checked for a Korean version above instead.
        if (/\.note$/.test(path)) continue;
        if (HANGUL.test(text.replace(QUOTED, ''))) offenders.push(`${path}: ${text}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
