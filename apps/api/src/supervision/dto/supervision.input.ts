import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type {
  ConditionKind,
  ConditionStatus,
  LegalSourceKind,
  ViolationFollowUp,
} from '@schakel/domain';
import {
  ConditionKindEnum,
  ConditionStatusEnum,
  LegalSourceKindEnum,
  ViolationFollowUpEnum,
} from '../supervision.enums';

@InputType()
export class SupervisionConditionFields {
  @Field(() => ConditionKindEnum) kind!: ConditionKind;
  @Field(() => String, {
    nullable: true,
    description: 'Required for all kinds but alcohol and drug bans (2–200 characters).',
  })
  subject?: string | null;
  @Field(() => String, { nullable: true, description: 'Required for a reporting duty.' })
  frequency?: string | null;
  @Field(() => Boolean, { nullable: true }) alcoholMonitor?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Up to 2,000 characters.' })
  notes?: string | null;
  @Field(() => LegalSourceKindEnum) legalSourceKind!: LegalSourceKind;
  @Field(() => String, { description: 'YYYY-MM-DD' }) legalSourceDate!: string;
  @Field(() => String, { description: 'Parketnummer, e.g. 05/123456-26.' }) parketNumber!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, not before the legal source.' })
  startsOn!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) endsOn?: string | null;
  @Field(() => ConditionStatusEnum) status!: ConditionStatus;
}

@InputType()
export class RecordSupervisionConditionInput extends SupervisionConditionFields {
  @Field(() => ID) caseId!: string;
}

@InputType()
export class UpdateSupervisionConditionInput extends SupervisionConditionFields {
  @Field(() => ID) conditionId!: string;
  @Field(() => Int, { description: 'The revision the caller read.' }) revision!: number;
}

@InputType()
export class ReportViolationInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The condition (from the card or the case); or give caseId.',
  })
  conditionId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'A case the caller takes part in, when it cannot name the condition.',
  })
  caseId?: string | null;
  @Field(() => String, { description: 'What was seen (10–2,000 characters).' }) what!: string;
  @Field(() => String, { description: 'When, as ISO 8601 with an offset; not in the future.' })
  occurredAt!: string;
  @Field(() => String, { description: 'Where (2–300 characters).' }) location!: string;
  @Field(() => String, { description: 'Seen by whom (2–300 characters).' }) seenBy!: string;
}

@InputType()
export class AssessViolationInput {
  @Field(() => ID) signalId!: string;
  @Field(() => Int, { description: 'The revision the caller read.' }) revision!: number;
  @Field(() => String, { description: '10–4,000 characters.' }) assessment!: string;
  @Field(() => ViolationFollowUpEnum) followUp!: ViolationFollowUp;
}
