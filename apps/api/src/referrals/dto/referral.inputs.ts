import { Field, ID, InputType } from '@nestjs/graphql';
import { CaseThemeEnum, type CaseTheme } from '../../cases/case.enums';
import { InformationCategoryEnum, type InformationCategory } from '../../sharing/sharing.enums';
import {
  PersonMatchDecisionEnum,
  TriageDecisionEnum,
  type PersonMatchDecision,
  type TriageDecision,
} from '../referral.enums';

@InputType({ description: 'Look a person up before referring: by BSN, or by name and birth date.' })
export class ReferralPersonLookupInput {
  @Field(() => String, { nullable: true }) bsn?: string | null;
  @Field(() => String, { nullable: true }) familyName?: string | null;
  @Field(() => String, { nullable: true }) givenNames?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dateOfBirth?: string | null;
}

@InputType({ description: 'A person the referrer enters because the lookup did not find them.' })
export class NewPersonInput {
  @Field(() => String, { nullable: true, description: '9 digits passing the 11-proof.' })
  bsn?: string | null;
  @Field(() => String) givenNames!: string;
  @Field(() => String, { description: 'With tussenvoegsel, e.g. "van der Berg".' })
  familyName!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, not in the future.' }) dateOfBirth!: string;
  @Field(() => String, { nullable: true }) street?: string | null;
  @Field(() => String, { nullable: true }) houseNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Dutch postcode, e.g. 1234 AB.' })
  postcode?: string | null;
  @Field(() => String, { nullable: true }) city?: string | null;
}

@InputType()
export class CreateReferralInput {
  @Field(() => ID, {
    nullable: true,
    description: 'A person found with referralPersonLookup; or give `person`.',
  })
  personId?: string | null;
  @Field(() => NewPersonInput, { nullable: true }) person?: NewPersonInput | null;
  @Field(() => CaseThemeEnum) theme!: CaseTheme;
  @Field(() => String, { description: 'Why the case is referred (10–2000 characters).' })
  reason!: string;
  @Field(() => String, { description: 'What the referral should achieve (10–2000 characters).' })
  goal!: string;
  @Field(() => [InformationCategoryEnum], {
    nullable: true,
    description:
      'The categories of the reason, the goal and why the person was not informed, chosen by ' +
      'the referrer (at least one; each one its agency may write, see ' +
      '`referralReasonCategories`). Only viewers who may read every one of them see the texts.',
  })
  reasonCategories?: InformationCategory[] | null;
  @Field(() => [ID], {
    description:
      "Agencies of the region to invite; the referrer's own and the ZVH always take part.",
  })
  proposedAgencyIds!: string[];
  @Field(() => Boolean) personInformed!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'Required (10–2000 characters) when the person was not informed.',
  })
  notInformedReason?: string | null;
}

@InputType({ description: 'The national triage criteria (domain brief §2 step 3).' })
export class TriageCriteriaInput {
  @Field(() => Boolean, {
    description: 'Problems on more than one life domain leading to crime, nuisance or decline.',
  })
  multiDomain!: boolean;
  @Field(() => Boolean, { description: 'The coercive and persuasive chains must cooperate.' })
  chainsCooperate!: boolean;
  @Field(() => Boolean, { description: 'Impact on family or social surroundings.' })
  impactOnSurroundings!: boolean;
  @Field(() => Boolean, { description: 'Or: a serious local safety problem.' })
  seriousLocalSafety!: boolean;
}

@InputType()
export class DecideReferralInput {
  @Field(() => ID) caseId!: string;
  @Field(() => TriageDecisionEnum) decision!: TriageDecision;
  @Field(() => String, { description: 'The recorded reason (10–2000 characters).' })
  reason!: string;
  @Field(() => TriageCriteriaInput) criteria!: TriageCriteriaInput;
  @Field(() => [ID], {
    nullable: true,
    description: 'ACCEPTED: the partners to invite; default the proposed ones.',
  })
  partnerAgencyIds?: string[] | null;
  @Field(() => ID, {
    nullable: true,
    description: 'ACCEPTED: the casusregisseur agency (a partner or the referrer).',
  })
  casusregisseurAgencyId?: string | null;
  @Field(() => PersonMatchDecisionEnum, {
    nullable: true,
    description: 'Required while the referral has undecided possible person matches.',
  })
  personMatch?: PersonMatchDecision | null;
  @Field(() => ID, { nullable: true, description: 'SAME_PERSON: which possible match.' })
  matchedPersonId?: string | null;
}
