import { INTL_LOCALE, type Locale } from './locale';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A day as "12 maart 1994". A bare calendar date (YYYY-MM-DD, such as a date of birth) is shown as
 * that day everywhere; an API timestamp (UTC) as the day it was in the Netherlands.
 */
export function formatDate(value: string, locale: Locale): string {
  const calendar = CALENDAR_DATE.test(value);
  const date = new Date(calendar ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: 'long',
    timeZone: calendar ? 'UTC' : 'Europe/Amsterdam',
  }).format(date);
}

/** A compact moment for lists, as Dutch wall-clock time: "12 mrt 2026, 14:05". */
export function formatShortDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}
