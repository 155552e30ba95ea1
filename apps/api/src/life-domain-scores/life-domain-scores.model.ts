import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { InformationCategory, LifeDomain } from '@schakel/domain';
import { AgencyModel } from '../auth/me.model';
import { LifeDomainEnum } from '../plans/plan.enums';
import { AccessEnum, InformationCategoryEnum, type Access } from '../sharing/sharing.enums';
import { ScoreMomentEnum, type ScoreMoment } from './life-domain-scores.enums';

@ObjectType('LifeDomainScore', {
  description:
    'One domain at one moment. Every domain is listed, scored or not; a domain whose category the caller may not read is WITHHELD with a null score, so a withheld list does not tell whether it was scored.',
})
export class LifeDomainScoreModel {
  @Field(() => LifeDomainEnum) domain!: LifeDomain;
  @Field(() => InformationCategoryEnum) category!: InformationCategory;
  @Field(() => AccessEnum) access!: Access;
  @Field(() => Int, { nullable: true, description: '1–5; null when not scored or withheld.' })
  score!: number | null;
}

@ObjectType('LifeDomainAssessment', { description: 'The scores of one moment, as recorded.' })
export class LifeDomainAssessmentModel {
  @Field(() => ID) id!: string;
  @Field(() => Int, {
    description: 'Send back with a correction; a stale one gives EDIT_CONFLICT.',
  })
  revision!: number;
  @Field(() => Date) recordedAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => AgencyModel) recordedByAgency!: AgencyModel;
  @Field(() => [LifeDomainScoreModel]) scores!: LifeDomainScoreModel[];
}

@ObjectType('LifeDomainScoreMoment', {
  description:
    'A moment of a case at which its domains are scored: the intake, each adopted plan version, the closing — with its scores once recorded.',
})
export class LifeDomainScoreMomentModel {
  @Field(() => ScoreMomentEnum) moment!: ScoreMoment;
  @Field(() => ID, { nullable: true }) planVersionId!: string | null;
  @Field(() => Int, { nullable: true }) planVersionNumber!: number | null;
  @Field(() => String, { nullable: true, description: 'The adoption date (YYYY-MM-DD).' })
  planAdoptedOn!: string | null;
  @Field(() => LifeDomainAssessmentModel, { nullable: true })
  assessment!: LifeDomainAssessmentModel | null;
}

@ObjectType('CaseLifeDomainScores', {
  description: 'The self-reliance scores per life domain of a case over time.',
})
export class CaseLifeDomainScoresModel {
  @Field(() => ID) caseId!: string;
  @Field(() => [LifeDomainEnum], {
    description:
      "The domains the caller may score now: the case's leads, in an open case, for the domains whose category their agency may read.",
  })
  scorableDomains!: LifeDomain[];
  @Field(() => [LifeDomainScoreMomentModel], {
    description: 'Intake, the adopted plan versions in order, closing.',
  })
  moments!: LifeDomainScoreMomentModel[];
}
