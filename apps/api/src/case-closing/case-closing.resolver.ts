import { Audited } from '../audit/audited.decorator';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { Authenticated, RequireRoles } from '../auth/decorators/policy.decorator';
import { CaseClosureModel } from './case-closing.model';
import { CaseClosingService } from './case-closing.service';
import { CloseCaseInput } from './dto/close-case.input';

@Resolver()
export class CaseClosingResolver {
  constructor(private readonly service: CaseClosingService) {}

  @RequireRoles('PROCESREGISSEUR')
  @Audited('UPDATE')
  @Mutation(() => CaseClosureModel, {
    description:
      'Closes a case (afschaling) with outcome and reason. Participants keep reading it for the ' +
      "region's grace period; after that their participation has ended. A closed case is read-only.",
  })
  closeCase(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => CloseCaseInput }) input: CloseCaseInput,
  ): Promise<CaseClosureModel> {
    return this.service.close(user, input);
  }

  @Authenticated()
  @Audited('READ')
  @Query(() => CaseClosureModel, {
    nullable: true,
    description: 'How a case the caller may read was closed; null while it is open.',
  })
  caseClosure(
    @CurrentCaller() user: Caller,
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<CaseClosureModel | null> {
    return this.service.closure(user, caseId);
  }
}
