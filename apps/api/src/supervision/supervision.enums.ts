import { registerEnumType } from '@nestjs/graphql';
import {
  CONDITION_KINDS,
  CONDITION_STATUSES,
  LEGAL_SOURCE_KINDS,
  VIOLATION_FOLLOW_UPS,
  VIOLATION_STATUSES,
} from '@schakel/domain';
import { asEnum } from '../common/graphql-enum';

export const ConditionKindEnum = asEnum(CONDITION_KINDS);
registerEnumType(ConditionKindEnum, {
  name: 'ConditionKind',
  description:
    'A special condition (bijzondere voorwaarde): contact ban, location ban, alcohol ban, drug ' +
    'ban, reporting duty, treatment, residence in an institution, other.',
});

export const LegalSourceKindEnum = asEnum(LEGAL_SOURCE_KINDS);
registerEnumType(LegalSourceKindEnum, {
  name: 'LegalSourceKind',
  description: 'What imposed the condition: a judgment (vonnis) or a decision of the OM.',
});

export const ConditionStatusEnum = asEnum(CONDITION_STATUSES);
registerEnumType(ConditionStatusEnum, { name: 'ConditionStatus' });

export const ViolationFollowUpEnum = asEnum(VIOLATION_FOLLOW_UPS);
registerEnumType(ViolationFollowUpEnum, {
  name: 'ViolationFollowUp',
  description: "Probation's follow-up of a signal: a talk, a warning, a report to the OM, none.",
});

export const ViolationStatusEnum = asEnum(VIOLATION_STATUSES);
registerEnumType(ViolationStatusEnum, {
  name: 'ViolationStatus',
  description: 'REPORTED: awaiting probation; ASSESSED: probation recorded its assessment.',
});
