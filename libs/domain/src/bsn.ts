/**
 * Validates a Dutch citizen service number (BSN) with the 11-proof:
 * 9 digits d1..d9, 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 must be divisible by 11 (and not all zeros).
 * Older BSNs are sometimes written with 8 digits (the leading zero dropped); they are padded.
 */
export function isValidBsn(input: string): boolean {
  const bsn = input.trim();
  if (!/^\d{8,9}$/.test(bsn)) return false;
  const digits = bsn.padStart(9, '0');
  if (/^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}
