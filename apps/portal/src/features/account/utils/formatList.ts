import { INTL_LOCALE, type Locale } from '../../i18n/utils/locale';

/** "A, B en C" / "A, B and C". */
export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(INTL_LOCALE[locale], { style: 'long', type: 'conjunction' }).format(
    items,
  );
}
