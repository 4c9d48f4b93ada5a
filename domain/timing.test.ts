import { describe, expect, it } from 'vitest';
import { FACTS } from './facts';
import { timingText } from './timing';

describe('timingText', () => {
  it('writes each form of the fact sheet in both languages', () => {
    expect(timingText('2022')).toEqual({ ko: '2022년', en: '2022' });
    expect(timingText('2021 H2')).toEqual({ ko: '2021년 하반기', en: 'H2 2021' });
    expect(timingText('2020-11')).toEqual({ ko: '2020년 11월', en: 'Nov 2020' });
    expect(timingText('undecided (미정)')).toEqual({
      ko: '시기 미정',
      en: 'timing not yet decided',
    });
    expect(timingText('soon')).toBeNull();
  });

  it('knows every timing in the dataset, so no raw English reaches the Korean page', () => {
    const timings = FACTS.flatMap((f) => f.members ?? []).flatMap((m) =>
      m.timing ? [m.timing] : [],
    );
    expect(timings.length).toBeGreaterThan(0);
    for (const t of timings) expect(timingText(t), t).not.toBeNull();
  });
});
