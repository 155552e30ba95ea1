import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  ConditionKind,
  ConditionStatus,
  LegalSourceKind,
  ViolationFollowUp,
  ViolationStatus,
} from '@schakel/domain';
import { AgencyModel } from '../auth/me.model';
import { AccessEnum, type Access } from '../sharing/sharing.enums';
import {
  ConditionKindEnum,
  ConditionStatusEnum,
  LegalSourceKindEnum,
  ViolationFollowUpEnum,
  ViolationStatusEnum,
} from './supervision.enums';

@ObjectType('SupervisionCondition', {
  description: 'A special condition of supervision (JUSTICE), as probation recorded it.',
})
export class SupervisionConditionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => ConditionKindEnum) kind!: ConditionKind;
  @Field(() => String, {
    nullable: true,
    description: 'With whom (contact ban), which area (location ban), where (reporting duty) …',
  })
  subject!: string | null;
  @Field(() => String, { nullable: true, description: 'How often (reporting duty).' })
  frequency!: string | null;
  @Field(() => Boolean, { description: 'Alcohol ban: with an alcohol monitor (enkelband).' })
  alcoholMonitor!: boolean;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => LegalSourceKindEnum) legalSourceKind!: LegalSourceKind;
  @Field(() => String, { description: 'YYYY-MM-DD' }) legalSourceDate!: string;
  @Field(() => String) parketNumber!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) startsOn!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null: until further notice.' })
  endsOn!: string | null;
  @Field(() => ConditionStatusEnum) status!: ConditionStatus;
  @Field(() => AgencyModel) sourceAgency!: AgencyModel;
  @Field(() => Int, { description: 'Send back with a change; a stale one gives EDIT_CONFLICT.' })
  revision!: number;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType('CaseSupervisionConditions', {
  description:
    'The conditions of a case: access WITHHELD (and no conditions) where the covenant does not ' +
    'grant the caller JUSTICE in this case — which does not mean there are none.',
})
export class CaseSupervisionConditionsModel {
  @Field(() => ID) caseId!: string;
  @Field(() => AccessEnum) access!: Access;
  @Field(() => Boolean, { description: 'Whether the caller may record and change conditions.' })
  mayRecord!: boolean;
  @Field(() => [SupervisionConditionModel]) conditions!: SupervisionConditionModel[];
}

@ObjectType('StreetCondition', {
  description:
    'What a police officer on the street may know of a condition: its kind, with whom or which ' +
    'area (contact and location bans only) and until when — nothing else of the JUSTICE file.',
})
export class StreetConditionModel {
  @Field(() => ID, { description: 'To report a possible violation of this condition.' })
  id!: string;
  @Field(() => ConditionKindEnum) kind!: ConditionKind;
  @Field(() => String, { nullable: true }) subject!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) endsOn!: string | null;
}

@ObjectType('ViolationSignal', {
  description:
    'A reported possible violation of a condition. assessmentAccess WITHHELD: the assessment ' +
    'and follow-up are probation information the caller may not read (null).',
})
export class ViolationSignalModel {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) conditionId!: string | null;
  @Field(() => ConditionKindEnum, { nullable: true }) conditionKind!: ConditionKind | null;
  @Field(() => String, { nullable: true, description: 'Street summary of the condition.' })
  conditionSubject!: string | null;
  @Field(() => String) what!: string;
  @Field(() => Date) occurredAt!: Date;
  @Field(() => String) location!: string;
  @Field(() => String) seenBy!: string;
  @Field(() => Date) reportedAt!: Date;
  @Field(() => Date, { description: 'When probation should have assessed it.' }) dueAt!: Date;
  @Field(() => ViolationStatusEnum) status!: ViolationStatus;
  @Field(() => AgencyModel) reporterAgency!: AgencyModel;
  @Field(() => AccessEnum) assessmentAccess!: Access;
  @Field(() => String, { nullable: true }) assessment!: string | null;
  @Field(() => ViolationFollowUpEnum, { nullable: true }) followUp!: ViolationFollowUp | null;
  @Field(() => Date, { nullable: true }) assessedAt!: Date | null;
  @Field(() => Int) revision!: number;
  @Field(() => Boolean, { description: 'Whether the caller may record the assessment.' })
  mayAssess!: boolean;
}

@ObjectType('ViolationSignalToAssess', {
  description: "A signal awaiting the caller's assessment, for the dashboard.",
})
export class ViolationSignalToAssessModel {
  @Field(() => ViolationSignalModel) signal!: ViolationSignalModel;
  @Field(() => ID) caseId!: string;
  @Field(() => String) caseReference!: string;
  @Field(() => Boolean, { description: 'The deadline has passed.' }) overdue!: boolean;
}
