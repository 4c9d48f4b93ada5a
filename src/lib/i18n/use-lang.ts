import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '@/lib/api/schemas';
import type { Lang } from '@/lib/format';

export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'ko';
}

export function pick(text: LocalizedText, lang: Lang): string {
  return text[lang];
}
