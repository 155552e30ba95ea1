import { InputError } from './input.error';
import { uuidArg } from './validate';

/**
 * A position in a newest-first list keyed on (timestamp, uuid): cases by their last change,
 * items by their creation. Exact to the microsecond, so rows of the same millisecond are neither
 * skipped nor repeated.
 */
export interface KeysetCursor {
  /** The timestamp in UTC with microseconds, as `keysetAt` selects it. */
  at: string;
  id: string;
}

/** The SQL that selects a timestamp column in the cursor's form. */
export function keysetAt(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|([0-9a-f-]{36})$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d{6}Z$/;

/**
 * Whether `text` (as `keysetAt` writes it) is a moment that exists: a forged cursor with month
 * 13 or 25 o'clock reached PostgreSQL, which answered with an internal error.
 */
export function isRealTimestamp(text: string): boolean {
  const match = TIMESTAMP.exec(text);
  if (!match) return false;
  const [y, mo, d, h, mi, s] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (y < 1 || h > 23 || mi > 59 || s > 59) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Opaque to clients. */
export function encodeKeysetCursor(cursor: KeysetCursor): string {
  return Buffer.from(`${cursor.at}|${cursor.id}`).toString('base64url');
}

/** The position in `value`; BAD_USER_INPUT on `field` when it is not a cursor. */
export function decodeKeysetCursor(value: string, field: string): KeysetCursor {
  const match = CURSOR.exec(Buffer.from(value, 'base64url').toString('utf8'));
  if (!match || !isRealTimestamp(match[1]!)) {
    throw InputError.badInput(field, 'The cursor is not valid.');
  }
  return { at: match[1]!, id: uuidArg(match[2]!, field) };
}
