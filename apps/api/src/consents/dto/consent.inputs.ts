import { Field, ID, InputType } from '@nestjs/graphql';
import { InformationCategoryEnum, type InformationCategory } from '../../sharing/sharing.enums';

@InputType()
export class RecordConsentInput {
  @Field(() => ID, { description: 'The case in which the consent is recorded.' }) caseId!: string;
  @Field(() => InformationCategoryEnum) category!: InformationCategory;
  @Field(() => ID) recipientAgencyId!: string;
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Consent for every case of this person, not only this one.',
  })
  allCasesOfPerson!: boolean;
}

@InputType()
export class RecordConflictOfDutiesDecisionInput {
  @Field(() => ID) caseId!: string;
  @Field(() => InformationCategoryEnum) category!: InformationCategory;
  @Field(() => ID) recipientAgencyId!: string;
  @Field(() => String, { description: 'The weighing of duties (20–5000 characters).' })
  reasoning!: string;
}
