/** `?versie=2` on the covenant page; anything else means "the version in force". */
export function covenantVersionParam(value: string | null): number | null {
  if (value === null || !/^[1-9]\d{0,8}$/.test(value)) return null;
  return Number(value);
}
