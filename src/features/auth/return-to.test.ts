import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './return-to';

describe('safeReturnTo', () => {
  it('keeps an internal path with its filters', () => {
    expect(safeReturnTo('/mec?region=gwangju')).toBe('/mec?region=gwangju');
  });
  it.each([
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    'javascript:alert(1)',
    'mec',
    '/login?returnTo=/x',
    '/.//evil.example',
    '/..//evil.example/x',
    '/%2e//evil.example',
    '',
  ])('refuses %j', (raw) => {
    expect(safeReturnTo(raw)).toBe('/overview');
  });
  it('uses the fallback when absent', () => {
    expect(safeReturnTo(null, '/k-cyber')).toBe('/k-cyber');
  });
});
