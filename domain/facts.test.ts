import { describe, expect, it } from 'vitest';
import { formatNumber } from '@/lib/format';
import { DERIVED_COUNTS, FACTS } from './facts';

/**
 * The dataset's own honesty: every figure, formatted the way the app shows it, stands in
 * the release's words (its quote or another quote of the same figure).
 */
/** Figures the release writes in words, with the words it uses. */
const WRITTEN_IN_WORDS: Record<string, string> = {
  'telecom-5g-investment-plan': '25조7천억원', // 25.7조
  'doctor-answer-case-patient-age': '세살', // 3 years
};

describe('facts dataset', () => {
  it('holds all 125 facts of the release, each with a verbatim quote', () => {
    expect(FACTS).toHaveLength(125);
    for (const f of FACTS) expect(f.quote.length, f.id).toBeGreaterThan(0);
    expect(new Set(FACTS.map((f) => f.id)).size).toBe(FACTS.length);
  });

  it('marks exactly the counts the release does not state (FACTS-NOTES: derived counts)', () => {
    expect(DERIVED_COUNTS).toEqual(
      new Set([
        'responsible-departments',
        'digital-laws-amended-2020-12',
        'data-center-construction',
        'annex-result-areas',
      ]),
    );
  });

  const numeric = FACTS.filter((f) => typeof f.value === 'number' && !DERIVED_COUNTS.has(f.id));
  it.each(numeric.map((f) => [f.id, f] as const))('%s reads as the release writes it', (_id, f) => {
    const text = [f.quote, ...(f.other_quotes ?? []), f.label_ko].join(' ').replaceAll(' ', '');
    const words = WRITTEN_IN_WORDS[f.id];
    if (words) {
      expect(text).toContain(words);
      return;
    }
    const shown = formatNumber(f.value as number, f.unit, 'ko');
    expect(text, `${shown} not found in the quotes of ${f.id}`).toContain(shown);
  });
});
