import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n, LANG_STORAGE_KEY, setLanguage } from './setup';

describe('interface language', () => {
  afterEach(async () => {
    vi.doUnmock('./en');
    await setLanguage('ko');
    localStorage.clear();
  });

  // First: once English has loaded, it is not loaded again.
  it('when English cannot load, the interface stays Korean and the choice is not stored', async () => {
    vi.doMock('./en', () => {
      throw new Error('offline');
    });
    await expect(setLanguage('en')).rejects.toThrow();
    expect(i18n.language).toBe('ko');
    expect(i18n.t('login.submit')).toBe('로그인');
    expect(document.documentElement.lang).toBe('ko');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBeNull();
  });

  it('English is not bundled: it loads when first chosen, and the choice is remembered', async () => {
    // tests/setup.ts started the interface in Korean.
    expect(i18n.hasLanguage('en')).toBe(false);
    expect(i18n.t('login.submit')).toBe('로그인');
    await setLanguage('en');
    expect(i18n.t('login.submit')).toBe('Sign in');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
  });
});
