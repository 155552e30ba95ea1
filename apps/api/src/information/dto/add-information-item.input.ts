import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { InformationCategoryEnum, type InformationCategory } from '../../sharing/sharing.enums';

@InputType()
export class AddInformationItemInput {
  @Field(() => ID) caseId!: string;
  @Field(() => InformationCategoryEnum) category!: InformationCategory;
  @Field(() => String, {
    description: 'The legal basis for recording and sharing (3–500 characters).',
  })
  legalBasis!: string;
  @Field(() => String, { description: '1–10,000 characters.' }) text!: string;
  @Field(() => String, {
    nullable: true,
    description: 'A summary the source marks as shareable with agencies that may read only that.',
  })
  shareableSummary?: string | null;
}

@InputType()
export class RectifyInformationItemInput {
  @Field(() => ID) itemId!: string;
  @Field(() => Int, { description: 'The revision the caller read.' }) revision!: number;
  @Field(() => String, { description: 'The corrected text (1–10,000 characters).' }) text!: string;
  @Field(() => String, { nullable: true, description: 'The corrected shareable summary, if any.' })
  shareableSummary?: string | null;
  @Field(() => String, { description: 'Why (10–1,000 characters); kept for the audit.' })
  reason!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The data-subject request (rectification or erasure) this answers, if any.',
  })
  dataSubjectRequestId?: string | null;
}

@InputType()
export class EraseInformationItemInput {
  @Field(() => ID) itemId!: string;
  @Field(() => Int, { description: 'The revision the caller read.' }) revision!: number;
  @Field(() => String, { description: 'Why (10–1,000 characters); kept for the audit.' })
  reason!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The data-subject request (rectification or erasure) this answers, if any.',
  })
  dataSubjectRequestId?: string | null;
}
