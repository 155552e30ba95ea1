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
  @Field(() => Int, {
    description: 'Send back with a change; a change based on an older version gives EDIT_CONFLICT.',
  })
  version!: number;
}
