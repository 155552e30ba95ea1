import { Field, InputType, Int } from '@nestjs/graphql';

@InputType()
export class UpdateRegionSettingsInput {
  @Field(() => Int, {
    description: 'Days participants keep reading a closed case (0–180; 0 ends access at once).',
  })
  closingGraceDays!: number;
}

@InputType({ description: 'All settings of the region, checked like the portal checks them.' })
export class UpdateRegionalSettingsInput {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) contactEmail?: string | null;
  @Field(() => String, { nullable: true }) contactPhone?: string | null;
  @Field(() => Int) accessReviewMonths!: number;
  @Field(() => Int) covenantGraceDays!: number;
  @Field(() => Int) closingGraceDays!: number;
  @Field(() => String, { nullable: true, description: 'Omitted: stays as it is; null: cleared.' })
  wgsContactEmail?: string | null;
  @Field(() => String, { nullable: true, description: 'Omitted: stays as it is; null: cleared.' })
  wgsContactPhone?: string | null;
  @Field(() => String, { nullable: true, description: 'Omitted: stays as it is; null: cleared.' })
  wgsContactAddress?: string | null;
  @Field(() => Int, { nullable: true, description: 'Omitted: stays as it is.' })
  volunteerGoalMin?: number | null;
  @Field(() => Int, { nullable: true, description: 'Omitted: stays as it is.' })
  volunteerGoalMax?: number | null;
  @Field(() => Int, { description: 'The version the change is based on.' })
  expectedVersion!: number;
}
