/** Event ids are decimal strings (bigint in the API); compare them without losing precision. */
export function isNewerEvent(candidate: string, last: string | null): boolean {
  if (last === null) return true;
  if (!/^\d+$/.test(candidate) || !/^\d+$/.test(last)) return candidate !== last;
  return BigInt(candidate) > BigInt(last);
}
