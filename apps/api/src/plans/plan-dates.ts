import { SharingError } from '../sharing/sharing.error';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const AMSTERDAM = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in the Netherlands (YYYY-MM-DD); due dates and adoption are local dates. */
export function localDate(at: Date = new Date()): string {
  return AMSTERDAM.format(at);
}

/** A real calendar date as YYYY-MM-DD; anything else is bad input on `field`. */
export function dateArg(value: string, field: string): string {
  const match = DATE.exec(value.trim());
  if (match) {
    const [, y, m, d] = match.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) {
      return value.trim();
    }
  }
  throw SharingError.badInput(field, `${field} must be a date (YYYY-MM-DD).`);
}

/** A new or changed due date: from today up to five years ahead. */
export function dueDateArg(value: string, field = 'dueDate', now = new Date()): string {
  const date = dateArg(value, field);
  const today = localDate(now);
  if (date < today) throw SharingError.badInput(field, `${field} cannot lie in the past.`);
  const limit = `${Number(today.slice(0, 4)) + 5}${today.slice(4)}`;
  if (date > limit) throw SharingError.badInput(field, `${field} is at most five years ahead.`);
  return date;
}
