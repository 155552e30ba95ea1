import { SharingError } from './sharing.error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id argument; a malformed one is bad input, never a database error. */
export function uuidArg(value: string, field: string): string {
  if (!UUID.test(value)) throw SharingError.badInput(field, `${field} is not a valid id.`);
  return value.toLowerCase();
}

/** Trimmed text within bounds (counted in characters, not UTF-16 units). */
export function textArg(value: string, field: string, min: number, max: number): string {
  const text = value.trim();
  const length = [...text].length;
  if (length < min) {
    throw SharingError.badInput(
      field,
      min <= 1 ? `${field} is required.` : `${field} must be at least ${min} characters.`,
    );
  }
  if (length > max) throw SharingError.badInput(field, `${field} is at most ${max} characters.`);
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
