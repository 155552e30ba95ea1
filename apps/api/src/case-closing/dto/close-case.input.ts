import { Field, ID, InputType } from '@nestjs/graphql';
import type { CaseStatus } from '@schakel/domain';
import { CaseStatusEnum } from '../../cases/case.enums';
import { CloseOutcomeEnum, type CloseOutcome } from '../case-closing.enums';

@InputType()
export class CloseCaseInput {
  @Field(() => ID) caseId!: string;
  @Field(() => CloseOutcomeEnum) outcome!: CloseOutcome;
  @Field(() => String, { description: 'Why the case is closed (10–2000 characters).' })
  reason!: string;
  @Field(() => CaseStatusEnum, {
    description: 'The status the caller saw; another status by now gives CONFLICT.',
  })
  expectedStatus!: CaseStatus;
}
