import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { CouplingEndReason, HelpKind } from '@schakel/domain';
import { CouplingEndReasonEnum, HelpKindEnum } from '../volunteer-coupling.enums';

@InputType()
export class RequestVolunteerMatchInput {
  @Field(() => ID) caseId!: string;
  @Field(() => ID, { description: 'A VOLUNTEER agency of the region the person consented to.' })
  volunteerAgencyId!: string;
  @Field(() => [HelpKindEnum]) helpAsked!: HelpKind[];
  @Field(() => String, { nullable: true, description: 'Required with OTHER (2–300 characters).' })
  helpOther?: string | null;
  @Field(() => String, { description: 'When the person is available (2–300 characters).' })
  availability!: string;
  @Field(() => String, { nullable: true, description: 'For the volunteer’s safety (≤ 1,000).' })
  safetyNote?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'A short offence summary (≤ 500); only when the consent names JUSTICE.',
  })
  offenceSummary?: string | null;
}

@InputType()
export class DecideVolunteerMatchInput {
  @Field(() => ID) couplingId!: string;
  @Field(() => Int) revision!: number;
  @Field(() => Boolean) accept!: boolean;
  @Field(() => String, { nullable: true, description: 'Required to decline.' })
  reason?: string | null;
}

@InputType()
export class CoupleVolunteerInput {
  @Field(() => ID) couplingId!: string;
  @Field(() => Int) revision!: number;
  @Field(() => String, { description: 'Name or initials (the volunteer has no account).' })
  volunteerName!: string;
  @Field(() => String, { nullable: true }) volunteerPhone?: string | null;
}

@InputType()
export class CouplingProgressInput {
  @Field(() => ID) couplingId!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, not in the future.' }) notedOn!: string;
  @Field(() => String, { description: '2–1,000 characters.' }) note!: string;
}

@InputType()
export class EndCouplingInput {
  @Field(() => ID) couplingId!: string;
  @Field(() => Int) revision!: number;
  @Field(() => CouplingEndReasonEnum) reason!: CouplingEndReason;
  @Field(() => String, { nullable: true, description: 'Required with OTHER.' })
  text?: string | null;
}

@InputType()
export class VolunteerCouplingGoalInput {
  @Field(() => Int) goalMin!: number;
  @Field(() => Int) goalMax!: number;
  @Field(() => Int, { description: 'The region settings version read.' }) version!: number;
}
