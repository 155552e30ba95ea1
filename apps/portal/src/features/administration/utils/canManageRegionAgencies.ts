import type { Role } from '@schakel/domain';

/** The functional administrator keeps the region's agencies (/beheer/organisaties). */
export function canManageRegionAgencies(roles: readonly Role[]): boolean {
  return roles.includes('FUNCTIONAL_ADMIN');
}
