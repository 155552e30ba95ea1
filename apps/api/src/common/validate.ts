import { isValidBsn } from '@schakel/domain';
import { InputError } from './input.error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id argument; a malformed one is bad input, never a database error. */
export function uuidArg(value: string, field: string): string {
  if (!UUID.test(value)) throw InputError.badInput(field, `${field} is not a valid id.`);
  return value.toLowerCase();
}

/** Trimmed text within bounds (counted in characters, not UTF-16 units). */
export function textArg(value: string, field: string, min: number, max: number): string {
  // PostgreSQL cannot store NUL in text; the API refuses it for every request already
  // (graphql/request-limits.plugin.ts), this keeps other callers honest.
  if (value.includes('\u0000')) {
    throw InputError.badInput(field, `${field} contains a NUL character (U+0000).`);
  }
  const text = value.trim();
  const length = [...text].length;
  if (length < min) {
    throw InputError.badInput(
      field,
      min <= 1 ? `${field} is required.` : `${field} must be at least ${min} characters.`,
    );
  }
  if (length > max) throw InputError.badInput(field, `${field} is at most ${max} characters.`);
  return text;
}

export function optionalTextArg(
  value: string | null | undefined,
  field: string,
  min: number,
  max: number,
): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return textArg(value, field, min, max);
}

const AMSTERDAM_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in the Netherlands (YYYY-MM-DD): due dates, validity and birth dates. */
export function localDate(at: Date = new Date()): string {
  return AMSTERDAM_DATE.format(at);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date as YYYY-MM-DD (no 2026-02-30); anything else is bad input on `field`. */
export function dateArg(value: string | null | undefined, field: string): string {
  const text = (value ?? '').trim();
  if (text === '') throw InputError.badInput(field, `${field} is required.`);
  const match = DATE.exec(text);
  if (match) {
    const [, y, m, d] = match.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) {
      return text;
    }
  }
  throw InputError.badInput(field, `${field} must be a date as YYYY-MM-DD.`);
}

/** A date of birth: a real date, not in the future and not before 1900. */
export function birthDateArg(value: string, field: string, today = localDate()): string {
  const date = dateArg(value, field);
  if (date > today) throw InputError.badInput(field, `${field} may not lie in the future.`);
  if (date < '1900-01-01') throw InputError.badInput(field, `${field} is before 1900.`);
  return date;
}

/** A BSN as people write it (spaces, dots, dashes; 8 digits), checked with the 11-proof. */
export function bsnArg(value: string, field: string): string {
  const bsn = value.replace(/[\s.-]/g, '');
  if (!isValidBsn(bsn)) throw InputError.badInput(field, 'This is not a valid BSN (11-proof).');
  return bsn.padStart(9, '0');
}
