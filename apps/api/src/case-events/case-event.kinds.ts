import { registerEnumType } from '@nestjs/graphql';
import { asEnum } from '../common/graphql-enum';

/** The steps a case's timeline shows (domain brief §2). */
export const CASE_EVENT_KINDS = [
  'REFERRED',
  'TRIAGE_DECIDED',
  'PARTICIPANT_ADDED',
  'PARTICIPANT_ENDED',
  'PLAN_VERSION_CREATED',
  'PLAN_ADOPTED',
  'AGREED_APPROACH_UPDATED',
  'MEETING_DISCUSSED',
  'CASE_CLOSED',
  'ADDRESS_PROPOSAL_DECIDED',
  // Derived from the supervision tables when read (ADR 0041), shown per the sharing policy.
  'CONDITION_RECORDED',
  'CONDITION_CHANGED',
  'CONDITION_ENDED',
  'VIOLATION_REPORTED',
  'VIOLATION_ASSESSED',
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

export const CaseEventKindEnum = asEnum(CASE_EVENT_KINDS);
registerEnumType(CaseEventKindEnum, {
  name: 'CaseEventKind',
  description: 'A step in the life of a case, as shown on its timeline.',
});
