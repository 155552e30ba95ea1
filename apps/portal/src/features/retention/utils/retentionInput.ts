/** Bounds of a retention period in whole months, as the API checks them. */
export const MIN_RETENTION_MONTHS = 6;
export const MAX_RETENTION_MONTHS = 120;

/** "6".."120" as a number; decimals, signs, letters and out-of-range values are null. */
export function parseMonths(value: string): number | null {
  const text = value.trim();
  if (!/^\d{1,3}$/.test(text)) return null;
  const months = Number(text);
  return months >= MIN_RETENTION_MONTHS && months <= MAX_RETENTION_MONTHS ? months : null;
}

/** A case reference as the API stores it (upper case), or null when it cannot be one. */
export function normaliseReference(value: string): string | null {
  const text = value.trim().toUpperCase();
  return /^[A-Z0-9-]{3,40}$/.test(text) ? text : null;
}
