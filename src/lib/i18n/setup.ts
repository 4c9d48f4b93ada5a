import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '@/lib/format';
import { en } from './en';
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

export function initI18n(lng: Lang = storedLang()) {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: { ko: { translation: ko }, en: { translation: en } },
      lng,
      fallbackLng: false,
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
      initAsync: false,
    });
  } else if (i18n.language !== lng) {
    void i18n.changeLanguage(lng);
  }
  document.documentElement.lang = lng;
  return i18n;
}

export function setLanguage(lng: Lang) {
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lng);
  } catch {
    // private mode: the choice lasts for this tab only
  }
  document.documentElement.lang = lng;
  return i18n.changeLanguage(lng);
}

export { i18n };
