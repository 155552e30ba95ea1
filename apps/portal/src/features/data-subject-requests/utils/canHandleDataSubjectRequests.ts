import type { Role } from '@schakel/domain';

/** Data-subject requests (WGS contactpunt): the privacy officer's work. */
export function canHandleDataSubjectRequests(roles: readonly Role[]): boolean {
  return roles.includes('PRIVACY_OFFICER');
}
