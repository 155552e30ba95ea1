import type { Role } from '@schakel/domain';

/** The functional administrator binds agencies; an agency admin switches JIT for their own. */
export function canManageSso(roles: readonly Role[]): boolean {
  return roles.includes('FUNCTIONAL_ADMIN') || roles.includes('AGENCY_ADMIN');
}
