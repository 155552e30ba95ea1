import type { AppAbility } from '@schakel/sharing-policy';
import type { Caller } from '../auth/caller';
import type { PolicyService } from '../sharing/policy.service';

/** Read (search, queue, flags) or update (review) on the trail of the caller's own region. */
export function requireAuditTrail(
  policies: PolicyService,
  user: Caller,
  action: 'read' | 'update',
): Promise<AppAbility> {
  return policies.requireInOwnRegion(
    user,
    action,
    'AuditTrail',
    'Only the privacy officer works with the audit trail.',
  );
}

/** The operations of the privacy office itself, as the audit interceptor names them. */
export const PRIVACY_OFFICE_OPERATIONS = [
  'Query.auditEvents',
  'Query.auditPersonLookup',
  'Query.auditAnomalies',
  'Query.breakGlassReviewQueue',
  'Mutation.reviewBreakGlass',
] as const;
