import type { LocalizedText } from '@/lib/api/schemas';
import type { Lang } from '@/lib/format';
import { useTranslation } from './use-translation';

export function useLang(): Lang {
  return useTranslation().lang;
}

export function pick(text: LocalizedText, lang: Lang): string {
  return text[lang];
}
