import { describe, expect, it } from 'vitest';
import { dataMessages } from './data-messages';
import { i18n, setLanguage } from './setup';

describe('a lazily registered section of strings', () => {
  it('is not in the tables until its page registers it; English loaded later gets it too', async () => {
    // tests/setup.ts started in Korean, English not loaded, /admin/data's strings not in.
    expect(i18n.hasLanguage('en')).toBe(false);
    expect(i18n.t('data.title')).toBe('');
    i18n.addSection({ ko: { data: dataMessages.ko }, en: { data: dataMessages.en } });
    expect(i18n.t('data.title')).toBe('자료 관리');
    expect(i18n.t('login.submit')).toBe('로그인'); // the rest of the table is untouched
    // The section must not make English look loaded (its absence means "load it").
    expect(i18n.hasLanguage('en')).toBe(false);
    await setLanguage('en');
    expect(i18n.t('data.title')).toBe('Data management');
    expect(i18n.t('login.submit')).toBe('Sign in');
    await setLanguage('ko');
    localStorage.clear();
  });
});
