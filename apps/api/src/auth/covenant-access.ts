import { registerEnumType } from '@nestjs/graphql';

/** Whether an agency's people may work in Schakel under the covenant (covenant-access.queries.ts). */
export const COVENANT_STATUSES = ['SIGNED_CURRENT', 'IN_GRACE', 'NOT_SIGNED'] as const;
export type CovenantStatus = (typeof COVENANT_STATUSES)[number];

export const CovenantStatusEnum = Object.fromEntries(
  COVENANT_STATUSES.map((s) => [s, s]),
) as Record<CovenantStatus, CovenantStatus>;
registerEnumType(CovenantStatusEnum, {
  name: 'CovenantStatus',
  description:
    "An agency's standing under the region's covenant: signed the current version; signed an " +
    'earlier one and still within the grace period; or not signed (its users are locked out).',
});
