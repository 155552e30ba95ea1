import type { AgencyType, Role } from '@schakel/domain';
import { canSeeCaseContent } from '../../auth/utils/permissions';

/**
 * Police professionals look cards up (domain brief §4, PLAN row). Only for the menu and the page;
 * the API decides again, and a region whose covenant withholds PLAN from police refuses it.
 */
export function canLookUpAgreedApproach(roles: readonly Role[], agencyType: AgencyType): boolean {
  return agencyType === 'POLICE' && canSeeCaseContent(roles);
}
