import { INTL_LOCALE, type Locale } from './locale';

/*
 * The portal's one display format per kind of date (issue 16): a day is "12 maart 1994", a moment
 * is "4 dec 2026 14:43" in Dutch wall-clock time, a partly known date of birth is "november 1987"
 * or "1987". Every component formats through these; no component builds its own Intl format.
 */

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;
/** Dates and times are shown as they were in the Netherlands. */
export const TIME_ZONE = 'Europe/Amsterdam';

const cache = new Map<string, Intl.DateTimeFormat>();
function format(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALE[locale], options);
    cache.set(key, formatter);
  }
  return formatter;
}

/**
 * A day as "12 maart 1994". A bare calendar date (YYYY-MM-DD, such as a date of birth) is shown as
 * that day everywhere; an API timestamp (UTC) as the day it was in the Netherlands. A date of
 * birth known only in part (as the BRP records some) shows what is known: "november 1987", "1987".
 */
export function formatDate(value: string, locale: Locale): string {
  if (YEAR.test(value)) return value;
  const month = YEAR_MONTH.exec(value);
  if (month) {
    const first = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return format(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(first);
  }
  const calendar = CALENDAR_DATE.test(value);
  const date = new Date(calendar ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return format(locale, { dateStyle: 'long', timeZone: calendar ? 'UTC' : TIME_ZONE }).format(date);
}

/**
 * A moment as Dutch wall-clock time, "4 dec 2026 14:43" (en: "4 Dec 2026 14:43"): the one
 * date-time format of the portal, in lists and in sentences alike.
 */
export function formatShortDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = format(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(date);
  const time = format(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  }).format(date);
  return `${day.replace(/\.(?= |$)/g, '')} ${time}`;
}
