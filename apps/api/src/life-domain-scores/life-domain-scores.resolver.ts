import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Audited } from '../audit/audited.decorator';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { Authenticated } from '../auth/decorators/policy.decorator';
import { ScoreLifeDomainsInput } from './dto/score-life-domains.input';
import { CaseLifeDomainScoresModel, LifeDomainScoreMomentModel } from './life-domain-scores.model';
import { LifeDomainScoresService } from './life-domain-scores.service';

/** Outcomes per life domain. The sharing policy (PLAN, and each domain's category) decides inside. */
@Resolver()
export class LifeDomainScoresResolver {
  constructor(private readonly service: LifeDomainScoresService) {}

  @Authenticated()
  @Audited('READ')
  @Query(() => CaseLifeDomainScoresModel, {
    description: 'The self-reliance scores per life domain of a case the caller may read.',
  })
  caseLifeDomainScores(
    @CurrentCaller() user: Caller,
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<CaseLifeDomainScoresModel> {
    return this.service.scores(user, caseId);
  }

  @Authenticated()
  @Audited('UPDATE')
  @Mutation(() => LifeDomainScoreMomentModel, {
    description:
      "Scores (or corrects) a case's life domains at one moment: the case's leads, per domain where their agency may read its category.",
  })
  scoreLifeDomains(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => ScoreLifeDomainsInput }) input: ScoreLifeDomainsInput,
  ): Promise<LifeDomainScoreMomentModel> {
    return this.service.score(user, input);
  }
}
