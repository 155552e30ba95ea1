import { INTL_LOCALE, type Locale } from '../../i18n/utils/locale';

/** Formats an API timestamp (UTC) as Dutch wall-clock time, whatever the device's time zone. */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}
