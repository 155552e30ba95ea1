import { registerEnumType } from '@nestjs/graphql';
import { asEnum } from '../common/graphql-enum';

export const DSR_TYPES = ['ACCESS', 'RECTIFICATION', 'ERASURE', 'OBJECTION'] as const;
export type DsrType = (typeof DSR_TYPES)[number];
export const DsrTypeEnum = asEnum(DSR_TYPES);
registerEnumType(DsrTypeEnum, {
  name: 'DataSubjectRequestType',
  description:
    'ACCESS (inzage, AVG art. 15), RECTIFICATION (art. 16), ERASURE (art. 17), OBJECTION (art. 21).',
});

export const DSR_STATUSES = ['RECEIVED', 'IN_PROGRESS', 'COMPLETED', 'REJECTED'] as const;
export type DsrStatus = (typeof DSR_STATUSES)[number];
export const DsrStatusEnum = asEnum(DSR_STATUSES);
registerEnumType(DsrStatusEnum, {
  name: 'DataSubjectRequestStatus',
  description: 'RECEIVED → IN_PROGRESS → COMPLETED or REJECTED (both final, with an outcome).',
});

export const DSR_PART_STATUSES = ['OPEN', 'DELIVERED', 'NO_DATA'] as const;
export type DsrPartStatus = (typeof DSR_PART_STATUSES)[number];
export const DsrPartStatusEnum = asEnum(DSR_PART_STATUSES);
registerEnumType(DsrPartStatusEnum, {
  name: 'DataSubjectRequestPartStatus',
  description: "A partner's part of the answer: OPEN, DELIVERED, or NO_DATA (holds nothing).",
});

export const DSR_REVIEW_STATUSES = ['OPEN', 'IN_REVIEW', 'RELEASED'] as const;
export type DsrReviewStatus = (typeof DSR_REVIEW_STATUSES)[number];
export const DsrReviewStatusEnum = asEnum(DSR_REVIEW_STATUSES);
registerEnumType(DsrReviewStatusEnum, {
  name: 'DataSubjectRequestReviewStatus',
  description:
    "The partner's own review of its part: OPEN → IN_REVIEW → RELEASED (by its privacy " +
    'contact). Only a RELEASED part adds content to the answer.',
});

export const FINAL_STATUSES: ReadonlySet<DsrStatus> = new Set(['COMPLETED', 'REJECTED']);

/** The status changes a privacy officer may make. */
export const NEXT_STATUSES: Readonly<Record<DsrStatus, readonly DsrStatus[]>> = {
  RECEIVED: ['IN_PROGRESS', 'COMPLETED', 'REJECTED'],
  IN_PROGRESS: ['COMPLETED', 'REJECTED'],
  COMPLETED: [],
  REJECTED: [],
};
