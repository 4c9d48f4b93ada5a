import { useSyncExternalStore } from 'react';
import type { Lang } from '@/lib/format';
import { i18n, type TFunction } from './i18n';

const getLanguage = () => i18n.language;

/**
 * The interface language, and a translate function for it. A component that calls this
 * re-renders when the language changes; `t` is stable until then, so memoised children and
 * effects that take it see a change only when the strings do.
 */
export function useTranslation(): { t: TFunction; lang: Lang } {
  const lang = useSyncExternalStore(i18n.subscribe, getLanguage, getLanguage);
  return { t: i18n.fixedT(lang), lang };
}
