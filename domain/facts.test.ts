import { describe, expect, it } from 'vitest';
import { formatNumber } from '@/lib/format';
import { SOURCES } from './dataset';
import { currentValue, FACTS } from './facts';

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
  it('gives every fact a verbatim quote, and every value a source', () => {
    for (const f of FACTS) {
      expect(f.quote.length, f.id).toBeGreaterThan(0);
      for (const v of f.values)
        expect(
          SOURCES.map((s) => s.id),
          f.id,
        ).toContain(v.source);
    }
  });

  it('marks exactly the counts the release does not state (FACTS-NOTES: derived counts)', () => {
    expect(new Set(FACTS.filter((f) => f.derived).map((f) => f.id))).toEqual(
      new Set([
        'responsible-departments',
        'digital-laws-amended-2020-12',
        'data-center-construction',
        'annex-result-areas',
      ]),
    );
  });

  const numeric = FACTS.filter((f) => currentValue(f) !== null && !f.derived);
  it.each(numeric.map((f) => [f.id, f] as const))('%s reads as the release writes it', (_id, f) => {
    const text = [f.quote, ...(f.otherQuotes ?? []), f.label.ko].join(' ').replaceAll(' ', '');
    const words = WRITTEN_IN_WORDS[f.id];
    if (words) {
      expect(text).toContain(words);
      return;
    }
    const shown = formatNumber(currentValue(f)!, f.unit, 'ko');
    expect(text, `${shown} not found in the quotes of ${f.id}`).toContain(shown);
  });

  // Earlier values too: a series' 2019 value stands in the release's words as much as its 2020 one.
  const earlier = FACTS.flatMap((f) =>
    f.values.slice(0, -1).map((v, i) => [`${f.id} values[${i}]`, f, v] as const),
  );
  it.each(earlier)('%s reads as the release writes it', (_name, f, v) => {
    const text = [v.quote ?? f.quote, ...(f.otherQuotes ?? [])].join(' ').replaceAll(' ', '');
    const shown = v.asStated ?? formatNumber(v.value, v.unit ?? f.unit, 'ko');
    expect(text, `${shown} not found in the quotes of ${f.id}`).toContain(
      shown.replaceAll(' ', ''),
    );
  });
});
