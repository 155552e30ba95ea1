import { Field, ID, InputType } from '@nestjs/graphql';
import type { ConsentPart } from '@schakel/domain';
import { InformationCategoryEnum, type InformationCategory } from '../../sharing/sharing.enums';
import { ConsentPartEnum } from '../consent.model';

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
  @Field(() => [ConsentPartEnum], {
    nullable: true,
    description:
      'The parts of the category the person consented to (IDENTITY: NAME, CONTACT, ' +
      'DATE_OF_BIRTH, ADDRESS; PLAN: OWN_ACTIONS). Empty: the whole category. Left out: for a ' +
      'volunteer organisation its default (IDENTITY: NAME and CONTACT; PLAN: OWN_ACTIONS), ' +
      'for other agencies the whole category.',
  })
  parts?: ConsentPart[] | null;
  @Field(() => Date, {
    nullable: true,
    description: 'The consent ends then (access ends with the next request after it).',
  })
  validUntil?: Date | null;
  @Field(() => String, {
    nullable: true,
    description:
      'How the consent was given, e.g. "mondeling, 4-12-2026, in gesprek met …" (5–1000 ' +
      'characters). Shown to whom the consent concerns; the portal always asks for it.',
  })
  evidence?: string | null;
}

@InputType()
export class RecordConflictOfDutiesDecisionInput {
  @Field(() => ID) caseId!: string;
  @Field(() => InformationCategoryEnum) category!: InformationCategory;
  @Field(() => ID) recipientAgencyId!: string;
  @Field(() => String, { description: 'The weighing of duties (20–5000 characters).' })
  reasoning!: string;
}
