import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { InformationCategoryEnum, type InformationCategory } from '../sharing/sharing.enums';

@ObjectType('RetentionPeriod', {
  description: 'How long personal data of one category is kept after a case is closed.',
})
export class RetentionPeriodModel {
  @Field(() => InformationCategoryEnum) category!: InformationCategory;
  @Field(() => Int, { description: 'Whole months after closing (or referral back / rejection).' })
  months!: number;
  @Field(() => String, { description: 'Where the figure comes from, or why it was changed.' })
  source!: string;
  @Field(() => Int, { description: 'Pass it back when changing the period (optimistic locking).' })
  revision!: number;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => String, { nullable: true, description: 'Who set it; null for the default.' })
  updatedByName!: string | null;
}

@ObjectType('RetentionPeriodChange', { description: 'One earlier value of a retention period.' })
export class RetentionPeriodChangeModel {
  @Field(() => InformationCategoryEnum) category!: InformationCategory;
  @Field(() => Int) months!: number;
  @Field(() => String) source!: string;
  @Field(() => Int) revision!: number;
  @Field(() => Date) changedAt!: Date;
  @Field(() => String, { nullable: true }) changedByName!: string | null;
}

@ObjectType('LegalHold', {
  description:
    'A legal hold (bewaarplicht) on a case: kept past its retention period until released. ' +
    'Shows only what the hold needs: the case reference, status and closing date.',
})
export class LegalHoldModel {
  @Field(() => ID) id!: string;
  @Field(() => String) caseReference!: string;
  @Field(() => String) caseStatus!: string;
  @Field(() => Date, { nullable: true, description: 'When the case was closed; null while open.' })
  closedAt!: Date | null;
  @Field(() => String) reason!: string;
  @Field(() => Date) setAt!: Date;
  @Field(() => String, { nullable: true }) setByName!: string | null;
  @Field(() => Date, { nullable: true }) releasedAt!: Date | null;
  @Field(() => String, { nullable: true }) releasedByName!: string | null;
  @Field(() => String, { nullable: true }) releaseReason!: string | null;
}

@ObjectType('DeletionRecord', {
  description: 'Proof that the retention job deleted personal data; holds no personal data.',
})
export class DeletionRecordModel {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'CASE: the whole case; ITEMS: items of shorter periods.' })
  scope!: string;
  @Field(() => String) caseStatus!: string;
  @Field(() => String, { description: 'The closing date (YYYY-MM-DD).' }) closedOn!: string;
  @Field(() => Date) deletedAt!: Date;
  @Field(() => [InformationCategoryEnum]) categories!: InformationCategory[];
  @Field(() => Int, { description: 'Rows deleted, all tables together.' }) rowCount!: number;
  @Field(() => Boolean, { description: 'Whether the person row went too.' })
  personDeleted!: boolean;
}
