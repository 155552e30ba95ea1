import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CONSENT_PARTS, type ConsentPart } from '@schakel/domain';
import { AgencyModel } from '../auth/me.model';
import { InformationCategoryEnum, type InformationCategory } from '../sharing/sharing.enums';
import { asEnum } from '../common/graphql-enum';

export const ConsentPartEnum = asEnum(CONSENT_PARTS);
registerEnumType(ConsentPartEnum, {
  name: 'ConsentPart',
  description:
    'A part of a category a consent may name instead of the whole category: IDENTITY fields ' +
    '(NAME, CONTACT, DATE_OF_BIRTH, ADDRESS) or, in PLAN, only the actions the recipient owns.',
});

@ObjectType('Consent', {
  description:
    "A person's consent that one agency may read one category of their information. " +
    'Withdrawal takes effect on the next request.',
})
export class ConsentModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) personId!: string;
  @Field(() => InformationCategoryEnum) category!: InformationCategory;
  @Field(() => [ConsentPartEnum], {
    description: 'The parts of the category it names; empty: the whole category.',
  })
  parts!: ConsentPart[];
  @Field(() => AgencyModel) recipientAgency!: AgencyModel;
  @Field(() => ID, {
    nullable: true,
    description: 'The one case the consent is for; null: every case of the person.',
  })
  caseId!: string | null;
  @Field(() => ID) recordedInCaseId!: string;
  @Field(() => AgencyModel) recordedByAgency!: AgencyModel;
  @Field(() => Date) givenAt!: Date;
  @Field(() => Date, { nullable: true, description: 'The consent ends then; null: no end.' })
  validUntil!: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'How the consent was given; null for a consent recorded without it.',
  })
  evidence!: string | null;
  @Field(() => Date, { nullable: true }) withdrawnAt!: Date | null;
  @Field(() => Boolean, { description: 'Not withdrawn and not expired.' }) active!: boolean;
}

@ObjectType('ConflictOfDutiesDecision', {
  description:
    'A recorded conflict-of-duties decision (conflict van plichten): a professional with ' +
    'secrecy shares one category in one case with one agency, with written reasoning.',
})
export class ConflictOfDutiesDecisionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => InformationCategoryEnum) category!: InformationCategory;
  @Field(() => AgencyModel) recipientAgency!: AgencyModel;
  @Field(() => String) reasoning!: string;
  @Field(() => AgencyModel) decidedByAgency!: AgencyModel;
  @Field(() => String, { nullable: true }) decidedBy!: string | null;
  @Field(() => Date) decidedAt!: Date;
  @Field(() => Date, { nullable: true }) withdrawnAt!: Date | null;
  @Field(() => Boolean) active!: boolean;
}
