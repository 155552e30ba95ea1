import type { AgencyType, Role } from '@schakel/domain';
import { canSeeCaseContent } from '../../auth/utils/permissions';

/** A case worker of a volunteer organisation: its coordinator receives the match requests. */
export function canCoordinateCouplings(roles: readonly Role[], agencyType: AgencyType): boolean {
  return agencyType === 'VOLUNTEER' && canSeeCaseContent(roles);
}

/** The year figures: the coordinator (own organisation) and the ZVH's procesregisseur (all). */
export function canSeeCouplingFigures(roles: readonly Role[], agencyType: AgencyType): boolean {
  return (
    canCoordinateCouplings(roles, agencyType) ||
    (agencyType === 'ZVH' && roles.includes('PROCESREGISSEUR'))
  );
}
