import type { Role } from '@schakel/domain';

/** The privacy office pages (menu and routes); the API decides again on every request. */
export function canUsePrivacyOffice(roles: readonly Role[]): boolean {
  return roles.includes('PRIVACY_OFFICER');
}
