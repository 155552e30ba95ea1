import { Audited } from '../audit/audited.decorator';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { Authenticated } from '../auth/decorators/policy.decorator';
import { CaseEventModel } from './case-event.model';
import { CaseEventService } from './case-event.service';

@Resolver(() => CaseEventModel)
export class CaseEventResolver {
  constructor(private readonly events: CaseEventService) {}

  @Authenticated()
  @Audited('READ')
  @Query(() => [CaseEventModel], {
    description: 'The timeline of a case the caller may read: referral, decisions, plan, partners.',
  })
  caseTimeline(
    @CurrentCaller() user: Caller,
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<CaseEventModel[]> {
    return this.events.timeline(user, caseId);
  }
}
