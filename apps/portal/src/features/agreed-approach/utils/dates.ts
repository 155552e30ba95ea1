import { INTL_LOCALE, type Locale } from '../../i18n/utils/locale';

/** A calendar day as "31-12-2026" (nl) or "31/12/2026" (en): short enough for a badge. */
export function formatDayNumeric(day: string, locale: Locale): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
