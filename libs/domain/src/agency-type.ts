/** The kinds of chain partner (ketenpartner) in a Zorg- en Veiligheidshuis region. */
export const AGENCY_TYPES = [
  'MUNICIPALITY',
  'POLICE',
  'PROBATION',
  'PUBLIC_PROSECUTOR',
  'CARE',
  'YOUTH',
  'HOUSING',
  'PRISON',
  'VOLUNTEER',
  'ZVH',
] as const;

export type AgencyType = (typeof AGENCY_TYPES)[number];

export function isAgencyType(value: unknown): value is AgencyType {
  return typeof value === 'string' && (AGENCY_TYPES as readonly string[]).includes(value);
}
