import { INTL_LOCALE, type Locale } from '../../i18n/utils/locale';

/** One decimal, in the user's language (12,5 / 12.5); with a sign for a change (+0,5 / −1,0). */
export function formatNumber(value: number, locale: Locale, signed = false): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value);
}
