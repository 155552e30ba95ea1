import { Args, Info, Int, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Audited } from '../audit/audited.decorator';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { Authenticated } from '../auth/decorators/policy.decorator';
import { CasePageModel } from '../cases/case.model';
import { selectedCaseColumns } from '../cases/selects-field';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Authenticated()
  @Audited('SEARCH')
  @Query(() => CasePageModel, {
    description:
      'The cases the caller may see that match a search text: a name (or part of it), a date of ' +
      'birth ("2-11-1987", "2 nov 1987"), a BSN (only where the caller may see it), a case ' +
      'number or a wijk. Newest change first, like `cases`.',
  })
  searchCases(
    @CurrentCaller() caller: Caller,
    @Args('text', { type: () => String }) text: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CasePageModel> {
    return this.service.cases(caller, text, first, after ?? null, selectedCaseColumns(info));
  }
}
