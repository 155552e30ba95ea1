import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('RegionSettings', { description: "Settings of the caller's region." })
export class RegionSettingsModel {
  @Field(() => Int, {
    description: 'Days participants keep reading a closed case before their participation ends.',
  })
  closingGraceDays!: number;
}

@ObjectType('RegionalSettings', {
  description:
    "The region's settings as its functional administrator keeps them (/beheer/instellingen); " +
    'no personal data of clients.',
})
export class RegionalSettingsModel {
  @Field(() => String) name!: string;
  @Field(() => String, {
    nullable: true,
    description: "The ZVH's desk, named to a user locked out by the covenant.",
  })
  contactEmail!: string | null;
  @Field(() => String, { nullable: true }) contactPhone!: string | null;
  @Field(() => Int, { description: 'Months between reviews of every account (1–12).' })
  accessReviewMonths!: number;
  @Field(() => Int, {
    description:
      'Days an agency that signed an earlier covenant version keeps access after the first ' +
      'version it did not sign (0–180).',
  })
  covenantGraceDays!: number;
  @Field(() => Int, { description: 'Days participants keep reading a closed case (0–180).' })
  closingGraceDays!: number;
  @Field(() => String, {
    nullable: true,
    description:
      'The WGS contactpunt the letter to the person names for using their rights ' +
      "(falls back to the ZVH's desk when empty).",
  })
  wgsContactEmail!: string | null;
  @Field(() => String, { nullable: true }) wgsContactPhone!: string | null;
  @Field(() => String, { nullable: true, description: 'Postal address (≤ 200 characters).' })
  wgsContactAddress!: string | null;
  @Field(() => Int, {
    description: "Lower bound of the covenant's yearly goal of volunteer couplings (0–10000).",
  })
  volunteerGoalMin!: number;
  @Field(() => Int, {
    description: "Upper bound of the covenant's yearly goal of volunteer couplings (≥ minimum).",
  })
  volunteerGoalMax!: number;
  @Field(() => Int, {
    description: 'Send back with a change; a change based on an older version gives EDIT_CONFLICT.',
  })
  version!: number;
}
