import { Audited } from '../audit/audited.decorator';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { Authenticated, RequireRoles } from '../auth/decorators/policy.decorator';
import { MyActionsFilterInput } from './dto/plan.inputs';
import { MyActionsService } from './my-actions.service';
import { MyActionConnectionModel, OverdueActionsModel } from './plan.model';

@Resolver(() => MyActionConnectionModel)
export class MyActionsResolver {
  constructor(private readonly actions: MyActionsService) {}

  @Authenticated()
  @Audited('SEARCH')
  @Query(() => MyActionConnectionModel, {
    description:
      "Mijn acties: the actions of the caller's agency in the plans in force of open cases, " +
      'overdue first, then by due date.',
  })
  myActions(
    @CurrentCaller() user: Caller,
    @Args('filter', { type: () => MyActionsFilterInput, nullable: true })
    filter: MyActionsFilterInput | null,
    @Args('first', { type: () => Int, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<MyActionConnectionModel> {
    return this.actions.myActions(user, filter ?? null, first, after ?? null);
  }

  @RequireRoles('PROCESREGISSEUR')
  @Audited('SEARCH')
  @Query(() => OverdueActionsModel, {
    description: 'Overdue actions in the cases of the region the procesregisseur follows.',
  })
  overdueActions(
    @CurrentCaller() user: Caller,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<OverdueActionsModel> {
    return this.actions.overdueActions(user, first);
  }
}
