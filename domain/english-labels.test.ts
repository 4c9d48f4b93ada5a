import { describe, expect, it } from 'vitest';
import { buildPage, buildPanel } from './build-panel';
import { FACT_NOTES_KO } from './fact-notes-ko';
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
  it('every note of the fact sheet has Korean (it reaches Korean CSV exports)', () => {
    const missing = FACTS.filter((f) => f.note && !FACT_NOTES_KO[f.id]).map((f) => f.id);
    expect(missing).toEqual([]);
    // And nothing stale: each Korean note belongs to a fact that has a note.
    const stale = Object.keys(FACT_NOTES_KO).filter((id) => !FACTS.find((f) => f.id === id)?.note);
    expect(stale).toEqual([]);
  });

  it('carry Korean only as quotations of the release', () => {
    const offenders: string[] = [];
    for (const def of PAGES) {
      const page = buildPage(def);
      const panels = def.panels.map((p) => buildPanel(def, p, { region: [], sector: [] }));
      for (const [path, text] of englishStrings({ page, panels }, def.id)) {
        // Fact-sheet notes are the dataset authors' English, quoting the release's terms
        // without marks (개사, 70여건); they are checked for a Korean version above instead.
        if (/\.note$/.test(path)) continue;
        if (HANGUL.test(text.replace(QUOTED, ''))) offenders.push(`${path}: ${text}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
