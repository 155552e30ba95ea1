/** Where an agency stands with the region's covenant, as the list and the detail page say it. */
export type CovenantStanding = 'SIGNED_CURRENT' | 'SIGNED_EARLIER' | 'NOT_SIGNED';

export function covenantStandingOf(agency: {
  covenantSignedVersion: number | null;
  currentCovenantVersion: number | null;
}): CovenantStanding {
  if (agency.covenantSignedVersion === null) return 'NOT_SIGNED';
  return agency.covenantSignedVersion === agency.currentCovenantVersion
    ? 'SIGNED_CURRENT'
    : 'SIGNED_EARLIER';
}
