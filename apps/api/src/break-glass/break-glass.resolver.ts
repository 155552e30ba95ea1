import { AuditedBySelf } from '../audit/audited.decorator';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { RequireRoles } from '../auth/decorators/policy.decorator';
import { RequireStepUp } from '../auth/mfa/step-up.decorator';
import { BreakGlassAccessModel } from './break-glass.model';
import { BreakGlassService } from './break-glass.service';
import { BreakGlassInput } from './dto/break-glass.input';

@Resolver(() => BreakGlassAccessModel)
export class BreakGlassResolver {
  constructor(private readonly service: BreakGlassService) {}

  @RequireRoles('PROCESREGISSEUR')
  @RequireStepUp()
  @AuditedBySelf('BREAK_GLASS or DENIED, written in the break-glass transaction')
  @Mutation(() => BreakGlassAccessModel, {
    description:
      'Break-the-glass: opens one case of the region outside the covenant, read-only, with a ' +
      'written reason. Flagged on everything it opens.',
  })
  breakGlass(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => BreakGlassInput }) input: BreakGlassInput,
  ): Promise<BreakGlassAccessModel> {
    return this.service.open(user, input);
  }
}
