import type { Role } from '@schakel/domain';

/** A partner's privacy contact reviews and releases its own agency's part of a request. */
export function canReviewDataSubjectRequestParts(roles: readonly Role[]): boolean {
  return roles.includes('PRIVACY_CONTACT');
}
