import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { LifeDomain } from '@schakel/domain';
import { LifeDomainEnum } from '../../plans/plan.enums';
import { ScoreMomentEnum, type ScoreMoment } from '../life-domain-scores.enums';

@InputType()
export class LifeDomainScoreInput {
  @Field(() => LifeDomainEnum) domain!: LifeDomain;
  @Field(() => Int, { description: '1 (acute problems) to 5 (fully self-reliant).' })
  score!: number;
}

@InputType()
export class ScoreLifeDomainsInput {
  @Field(() => ID) caseId!: string;
  @Field(() => ScoreMomentEnum) moment!: ScoreMoment;
  @Field(() => ID, { nullable: true, description: 'The adopted plan version (moment PLAN only).' })
  planVersionId?: string | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'Absent for a first scoring of the moment; the revision read for a correction. Otherwise EDIT_CONFLICT.',
  })
  expectedRevision?: number | null;
  @Field(() => [LifeDomainScoreInput], {
    description: 'The domains scored; domains left out keep their earlier score.',
  })
  scores!: LifeDomainScoreInput[];
}
