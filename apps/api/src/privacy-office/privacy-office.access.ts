import { subject } from '@casl/ability';
import type { AppAbility } from '@schakel/sharing-policy';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { SharingError } from '../sharing/sharing.error';

/** Read (search, queue, flags) or update (review) on the trail of the caller's own region. */
export function requireAuditTrail(
  ability: AppAbility,
  action: 'read' | 'update',
  user: AuthenticatedUser,
): void {
  if (!ability.can(action, subject('AuditTrail', { regionId: user.regionId }))) {
    throw new SharingError('FORBIDDEN', 'Only the privacy officer works with the audit trail.');
  }
}

/** The operations of the privacy office itself, as the audit interceptor names them. */
export const PRIVACY_OFFICE_OPERATIONS = [
  'Query.auditEvents',
  'Query.auditPersonLookup',
  'Query.auditAnomalies',
  'Query.breakGlassReviewQueue',
  'Mutation.reviewBreakGlass',
] as const;
