import { INTL_LOCALE, type Locale } from './locale';

/** "het convenant" → "Het convenant", for a phrase that also appears mid-sentence. */
export function capitalize(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(INTL_LOCALE[locale]) + text.slice(1);
}
