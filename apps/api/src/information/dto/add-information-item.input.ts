import { Field, ID, InputType } from '@nestjs/graphql';
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
