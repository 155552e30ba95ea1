import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CaseStatus } from '@schakel/domain';
import { AreaTeamModel } from '../areas/area-team.model';
import { AgencyModel } from '../auth/me.model';
import { CaseStatusEnum, CaseThemeEnum, type CaseTheme } from '../cases/case.enums';
import { PersonModel } from '../persons/person.model';
import {
  AccessEnum,
  InformationCategoryEnum,
  type Access,
  type InformationCategory,
} from '../sharing/sharing.enums';
import {
  PersonMatchDecisionEnum,
  ReferralPersonSourceEnum,
  TriageDecisionEnum,
  type PersonMatchDecision,
  type ReferralPersonSource,
  type TriageDecision,
} from './referral.enums';

@ObjectType('ReferralReceipt', {
  description: 'What the referrer gets back: the new case and its reference, nothing more.',
})
export class ReferralReceiptModel {
  @Field(() => ID) caseId!: string;
  @Field(() => String) reference!: string;
  @Field(() => CaseStatusEnum) status!: CaseStatus;
}

@ObjectType('TriageCriteria')
export class TriageCriteriaModel {
  @Field(() => Boolean) multiDomain!: boolean;
  @Field(() => Boolean) chainsCooperate!: boolean;
  @Field(() => Boolean) impactOnSurroundings!: boolean;
  @Field(() => Boolean) seriousLocalSafety!: boolean;
  @Field(() => Boolean, {
    description: 'The national rule holds: the first three together, or the fourth.',
  })
  met!: boolean;
}

@ObjectType('PossiblePersonMatch', {
  description: 'A known person of the region who may be the referred one; for triage only.',
})
export class PossiblePersonMatchModel {
  @Field(() => ID) personId!: string;
  @Field(() => String) givenNames!: string;
  @Field(() => String) familyName!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, or as much as is known: YYYY-MM, YYYY.' })
  dateOfBirth!: string;
  @Field(() => String, { nullable: true }) wijk!: string | null;
  @Field(() => Int, { description: 'Cases of this person in the region.' }) caseCount!: number;
  @Field(() => Boolean, { description: 'The entered BSN belongs to this person.' })
  bsnMatches!: boolean;
}

@ObjectType('Referral', {
  description:
    'A referral (aanmelding) and its triage. The person-matching fields are for the ' +
    'procesregisseur only and null for everyone else, so a referrer never learns of a match.',
})
export class ReferralModel {
  @Field(() => ID) caseId!: string;
  @Field(() => String) reference!: string;
  @Field(() => CaseThemeEnum) theme!: CaseTheme;
  @Field(() => CaseStatusEnum) status!: CaseStatus;
  @Field(() => Date) referredAt!: Date;
  @Field(() => Int, {
    description: 'Whole calendar days (in the Netherlands) since the referral.',
  })
  waitingDays!: number;
  @Field(() => AgencyModel) referringAgency!: AgencyModel;
  @Field(() => String, { nullable: true }) referredByName!: string | null;
  @Field(() => PersonModel) person!: PersonModel;
  @Field(() => String, { nullable: true, description: 'null when withheld (`reasonAccess`).' })
  reason!: string | null;
  @Field(() => String, { nullable: true, description: 'null when withheld (`reasonAccess`).' })
  goal!: string | null;
  @Field(() => AccessEnum, {
    description:
      'Reason, goal and why the person was not informed: FULL when the viewer may read every ' +
      'category of `reasonCategories`, else WITHHELD ("afgeschermd").',
  })
  reasonAccess!: Access;
  @Field(() => [InformationCategoryEnum], {
    description: 'The categories the referrer gave these texts; empty when they are withheld.',
  })
  reasonCategories!: InformationCategory[];
  @Field(() => [AgencyModel]) proposedAgencies!: AgencyModel[];
  @Field(() => Boolean) personInformed!: boolean;
  @Field(() => String, { nullable: true }) notInformedReason!: string | null;
  @Field(() => ReferralPersonSourceEnum, { nullable: true })
  personSource!: ReferralPersonSource | null;
  @Field(() => [PossiblePersonMatchModel], { nullable: true })
  possibleMatches!: PossiblePersonMatchModel[] | null;
  @Field(() => [AreaTeamModel], {
    nullable: true,
    description:
      "The teams serving the person's wijk (ADR 0036), proposed as partners at triage; " +
      'the procesregisseur confirms them. Null for everyone else.',
  })
  areaTeams!: AreaTeamModel[] | null;
  @Field(() => Boolean, { nullable: true }) bsnConflict!: boolean | null;
  @Field(() => PersonMatchDecisionEnum, { nullable: true })
  matchDecision!: PersonMatchDecision | null;
  @Field(() => TriageCriteriaModel, { nullable: true }) criteria!: TriageCriteriaModel | null;
  @Field(() => TriageDecisionEnum, { nullable: true }) decision!: TriageDecision | null;
  @Field(() => String, { nullable: true }) decisionReason!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => AgencyModel, { nullable: true }) casusregisseurAgency!: AgencyModel | null;
  @Field(() => Boolean, { description: 'The caller may decide this referral now.' })
  canDecide!: boolean;
}
