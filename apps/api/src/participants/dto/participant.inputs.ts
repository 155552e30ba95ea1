import { Field, ID, InputType } from '@nestjs/graphql';
import { InformationCategoryEnum, type InformationCategory } from '../../sharing/sharing.enums';
import { ParticipantRoleEnum, type ParticipantRole } from '../participant.enums';

@InputType()
export class AddCaseParticipantInput {
  @Field(() => ID) caseId!: string;
  @Field(() => ID) agencyId!: string;
  @Field(() => ParticipantRoleEnum) role!: ParticipantRole;
  @Field(() => String, { description: 'Why this agency needs to know (10–2000 characters).' })
  reason!: string;
  @Field(() => [InformationCategoryEnum], {
    nullable: true,
    description:
      'The categories of the reason, chosen by the writer (at least one, each one its agency ' +
      'may write): the reason is shown only to viewers who may read every one of them.',
  })
  reasonCategories?: InformationCategory[] | null;
  @Field(() => String, { description: 'The legal basis of the participation (3–500 characters).' })
  legalBasis!: string;
  @Field(() => Date, { nullable: true, description: 'Participation ends then, if given.' })
  until?: Date | null;
}

@InputType()
export class EndCaseParticipationInput {
  @Field(() => ID) participantId!: string;
  @Field(() => String, { description: 'Why the participation ends (10–2000 characters).' })
  reason!: string;
}

@InputType()
export class AppointCasusregisseurInput {
  @Field(() => ID) caseId!: string;
  @Field(() => ID, { description: 'A partner taking part in the case (not the Veiligheidshuis).' })
  agencyId!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The professional of that agency who leads; null: the agency names one later.',
  })
  userId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The casusregisseur agency the caller saw; a different one now: EDIT_CONFLICT.',
  })
  previousAgencyId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The casusregisseur professional the caller saw; a different one: EDIT_CONFLICT.',
  })
  previousUserId?: string | null;
}
