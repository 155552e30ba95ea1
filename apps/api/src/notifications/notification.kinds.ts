import { registerEnumType } from '@nestjs/graphql';
import { asEnum } from '../common/graphql-enum';

/** What a notification is about; the portal words each kind in the user's language. */
export const NOTIFICATION_KINDS = [
  'REFERRAL_RECEIVED',
  'REFERRAL_DECIDED',
  'CASE_INVITED',
  'ACTION_ASSIGNED',
  'ACTION_OVERDUE',
  'PLAN_ADOPTED',
  'CASE_CLOSED',
  'MEETING_INVITED',
  'VIOLATION_REPORTED',
  // Volunteer couplings (ADR 0034): to the coordinator a new or ended request (no case), to
  // probation each step of the coordinator.
  'COUPLING_REQUESTED',
  'COUPLING_ENDED',
  'COUPLING_UPDATED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NotificationKindEnum = asEnum(NOTIFICATION_KINDS);
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description: 'What an in-app notification is about.',
});
