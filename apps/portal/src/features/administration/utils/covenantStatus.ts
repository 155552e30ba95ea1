import type { CovenantStatus } from '../../../gql/graphql';

/** Where an agency stands with the region's covenant, as the list and the detail page say it. */
export type CovenantStanding = 'SIGNED_CURRENT' | 'IN_GRACE' | 'SIGNED_EARLIER' | 'NOT_SIGNED';

/**
 * The API decides whether the agency's people have access (covenantStatus); an agency without
 * access is told apart by whether it signed an earlier version or none.
 */
export function covenantStandingOf(agency: {
  covenantStatus: CovenantStatus;
  covenantSignedVersion: number | null;
}): CovenantStanding {
  if (agency.covenantStatus !== 'NOT_SIGNED') return agency.covenantStatus;
  return agency.covenantSignedVersion === null ? 'NOT_SIGNED' : 'SIGNED_EARLIER';
}
