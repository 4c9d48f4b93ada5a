import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '@/lib/format';
import { ko } from './ko';

export const LANG_STORAGE_KEY = 'dnd.lang';

/** The language choice is a preference, not personal data, so it may persist in localStorage. */
function storedLang(): Lang {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY) === 'en' ? 'en' : 'ko';
  } catch {
    return 'ko';
  }
}

/**
 * Korean, the language nearly every visit uses, is bundled; English (3 KiB brotli) loads the
 * first time it is chosen, with i18next's documented "add after init".
 */
export async function loadLanguage(lng: Lang) {
  if (lng === 'ko' || i18n.hasResourceBundle(lng, 'translation')) return;
  const { en } = await import('./en');
  i18n.addResourceBundle('en', 'translation', en);
}

/**
 * Starts i18next in the stored language. Korean is ready at once (the returned promise is
 * already settled in effect); a stored English waits for its strings, so the first render is
 * in the reader's language. If they cannot load (offline), the app starts in Korean.
 */
export async function initI18n(lng: Lang = storedLang()): Promise<void> {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: { ko: { translation: ko } },
      // English is added later, so i18next must not treat a missing bundle as "no language".
      partialBundledLanguages: true,
      lng: 'ko',
      fallbackLng: false,
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
      initAsync: false,
    });
    setDocumentLang('ko');
  }
  if (lng !== i18n.language) {
    try {
      await switchTo(lng);
    } catch (error) {
      console.error('The English interface strings did not load:', error);
    }
  }
}

async function switchTo(lng: Lang) {
  await loadLanguage(lng);
  await i18n.changeLanguage(lng);
  setDocumentLang(lng);
}

/** `<html lang>` follows the interface (screen readers, hyphenation); no document when prerendering. */
function setDocumentLang(lng: Lang) {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

/**
 * Switches the interface language and remembers the choice. Rejects when the strings cannot
 * be loaded; the interface then stays in the language it was in.
 */
export async function setLanguage(lng: Lang) {
  await switchTo(lng);
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lng);
  } catch {
    // private mode: the choice lasts for this tab only
  }
}

export { i18n };
