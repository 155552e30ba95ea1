import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AgencyModel } from '../auth/me.model';
import { CloseOutcomeEnum, type CloseOutcome } from './case-closing.enums';

@ObjectType('CaseClosure', { description: 'How and when a case was closed (afschaling).' })
export class CaseClosureModel {
  @Field(() => ID) caseId!: string;
  @Field(() => CloseOutcomeEnum) outcome!: CloseOutcome;
  @Field(() => String) reason!: string;
  @Field(() => Date) closedAt!: Date;
  @Field(() => AgencyModel, { nullable: true }) closedByAgency!: AgencyModel | null;
  @Field(() => Int, { description: 'The grace period that applied, in days.' })
  graceDays!: number;
  @Field(() => Date, { description: 'When the participants lose access to the case.' })
  accessEndsAt!: Date;
}
