import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AgeBand, CouplingEndReason, CouplingStatus, HelpKind } from '@schakel/domain';
import { AgencyModel } from '../auth/me.model';
import { AccessEnum, type Access } from '../sharing/sharing.enums';
import {
  AgeBandEnum,
  CouplingEndReasonEnum,
  CouplingStatusEnum,
  HelpKindEnum,
} from './volunteer-coupling.enums';

@ObjectType('CouplingProgress', { description: "A coordinator's dated short progress note." })
export class CouplingProgressModel {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) notedOn!: string;
  @Field(() => String) note!: string;
}

@ObjectType('VolunteerCoupling', {
  description:
    'A match request to a volunteer organisation and its coupling. It carries only what a match ' +
    'needs, never the case: access WITHHELD (personal fields null) once no consent of the person ' +
    'for the organisation covers it any more.',
})
export class VolunteerCouplingModel {
  @Field(() => ID) id!: string;
  @Field(() => CouplingStatusEnum) status!: CouplingStatus;
  @Field(() => Int, { description: 'Send back with a step; a stale one gives EDIT_CONFLICT.' })
  revision!: number;
  @Field(() => Date) requestedAt!: Date;
  @Field(() => AgencyModel) volunteerAgency!: AgencyModel;
  @Field(() => AgencyModel) requestedByAgency!: AgencyModel;
  @Field(() => AccessEnum) access!: Access;
  @Field(() => String, { nullable: true }) firstName!: string | null;
  @Field(() => AgeBandEnum, { nullable: true }) ageBand!: AgeBand | null;
  @Field(() => String, { nullable: true }) wijk!: string | null;
  @Field(() => [HelpKindEnum]) helpAsked!: HelpKind[];
  @Field(() => String, { nullable: true }) helpOther!: string | null;
  @Field(() => String, { nullable: true }) availability!: string | null;
  @Field(() => String, { nullable: true }) safetyNote!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Only while the consent for the organisation names JUSTICE.',
  })
  offenceSummary!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) declineReason!: string | null;
  @Field(() => String, { nullable: true }) volunteerName!: string | null;
  @Field(() => String, { nullable: true }) volunteerPhone!: string | null;
  @Field(() => Date, { nullable: true }) coupledAt!: Date | null;
  @Field(() => Date, { nullable: true }) endedAt!: Date | null;
  @Field(() => CouplingEndReasonEnum, { nullable: true }) endReason!: CouplingEndReason | null;
  @Field(() => String, { nullable: true }) endText!: string | null;
  @Field(() => [CouplingProgressModel]) progress!: CouplingProgressModel[];
}

@ObjectType('VolunteerOrganisationOption', {
  description: 'A volunteer organisation of the region and whether a consent covers the case.',
})
export class VolunteerOrganisationOptionModel {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Boolean, { description: 'A consent of the person for it covers this case.' })
  consented!: boolean;
  @Field(() => Boolean, { description: 'That consent names JUSTICE (an offence summary may go).' })
  justiceConsented!: boolean;
}

@ObjectType('CaseVolunteerCouplings', {
  description:
    "A case's match requests for PROBATION readers (probation, OM, ZVH by default); WITHHELD " +
    'and empty for others.',
})
export class CaseVolunteerCouplingsModel {
  @Field(() => ID) caseId!: string;
  @Field(() => AccessEnum) access!: Access;
  @Field(() => Boolean, { description: 'Whether the caller (probation taking part) may request.' })
  mayRequest!: boolean;
  @Field(() => [VolunteerCouplingModel]) couplings!: VolunteerCouplingModel[];
  @Field(() => [VolunteerOrganisationOptionModel], {
    description: 'The organisations of the region (for whoever may request; else empty).',
  })
  organisations!: VolunteerOrganisationOptionModel[];
}

@ObjectType('VolunteerCouplingFigure', {
  description: 'One organisation in one year: numbers only.',
})
export class VolunteerCouplingFigureModel {
  @Field(() => ID) agencyId!: string;
  @Field(() => String) agencyName!: string;
  @Field(() => Int, { description: 'Requests received in the year.' }) requests!: number;
  @Field(() => Int, { description: 'Couplings made in the year.' }) couplings!: number;
  @Field(() => Int, { description: 'Couplings active at some time in the year.' }) active!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'Average days from coupling to end, of the couplings that ended in the year.',
  })
  averageDays!: number | null;
}

@ObjectType('VolunteerCouplingFigures', {
  description: "Per organisation and year, against the covenant's goal for the region.",
})
export class VolunteerCouplingFiguresModel {
  @Field(() => Int) year!: number;
  @Field(() => Int) goalMin!: number;
  @Field(() => Int) goalMax!: number;
  @Field(() => Int, { description: 'Send back with a goal change (region settings version).' })
  version!: number;
  @Field(() => [VolunteerCouplingFigureModel]) organisations!: VolunteerCouplingFigureModel[];
}

@ObjectType('VolunteerCouplingGoal', { description: "The covenant's yearly coupling goal." })
export class VolunteerCouplingGoalModel {
  @Field(() => Int) goalMin!: number;
  @Field(() => Int) goalMax!: number;
  @Field(() => Int) version!: number;
}
