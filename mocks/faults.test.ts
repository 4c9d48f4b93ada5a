import { afterEach, describe, expect, it } from 'vitest';
import { clearFaults, faultFor, parseFaultFlag } from './faults';

describe('fault injection', () => {
  afterEach(clearFaults);

  it('reads the query flag, several endpoints at once', () => {
    parseFaultFlag('panel:ov-budget:500,page:mec:timeout');
    expect(faultFor('panel:ov-budget')).toBe('500');
    expect(faultFor('page:mec')).toBe('timeout');
    expect(faultFor('panel:ov-headline')).toBeUndefined();
  });

  it('a counted fault fails n times, then lets calls through', () => {
    parseFaultFlag('panel:ov-budget:malformed*2');
    expect([1, 2, 3].map(() => faultFor('panel:ov-budget'))).toEqual([
      'malformed',
      'malformed',
      undefined,
    ]);
  });

  it('ignores unknown kinds and malformed flags', () => {
    parseFaultFlag('panel:x:teapot,nonsense,:500');
    expect(faultFor('panel:x')).toBeUndefined();
    expect(faultFor('')).toBeUndefined();
  });

  it('* fails every endpoint', () => {
    parseFaultFlag('*:401');
    expect(faultFor('facts')).toBe('401');
  });
});
