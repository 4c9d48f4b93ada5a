import type { Lang } from '@/lib/format';
import { i18n } from './i18n';

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
 * first time it is chosen.
 */
export async function loadLanguage(lng: Lang) {
  if (i18n.hasLanguage(lng)) return;
  const { en } = await import('./en');
  i18n.addLanguage('en', en);
}

/**
 * Starts the interface in the stored language. Korean is ready at once (the returned promise
 * is already settled in effect); a stored English waits for its strings, so the first render is
 * in the reader's language. If they cannot load (offline), the app starts in Korean.
 */
export async function initI18n(lng: Lang = storedLang()): Promise<void> {
  setDocumentLang(i18n.language);
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
  i18n.changeLanguage(lng);
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
