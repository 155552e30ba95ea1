import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { InformationCategoryEnum, type InformationCategory } from '../../sharing/sharing.enums';

@InputType()
export class UpdateRetentionPeriodInput {
  @Field(() => InformationCategoryEnum) category!: InformationCategory;
  @Field(() => Int, { description: 'Whole months, 6–120.' }) months!: number;
  @Field(() => String, { description: 'Why: the source or decision behind the new period.' })
  source!: string;
  @Field(() => Int, { description: 'The revision the change is based on.' }) revision!: number;
}

@InputType()
export class SetLegalHoldInput {
  @Field(() => String, { description: 'The case reference, e.g. ZVH-2026-0007.' })
  caseReference!: string;
  @Field(() => String, { description: 'Why the case must be kept (10–1000 characters).' })
  reason!: string;
}

@InputType()
export class ReleaseLegalHoldInput {
  @Field(() => ID) holdId!: string;
  @Field(() => String, { description: 'Why the hold ends (10–1000 characters).' })
  reason!: string;
}
