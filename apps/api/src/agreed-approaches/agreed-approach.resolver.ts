import { Audited } from '../audit/audited.decorator';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { Authenticated } from '../auth/decorators/policy.decorator';
import { AgreedApproachLookupService } from './agreed-approach-lookup.service';
import {
  AgreedApproachLookupModel,
  AgreedApproachLookupResultModel,
  CaseAgreedApproachModel,
} from './agreed-approach.model';
import { AgreedApproachService } from './agreed-approach.service';
import { LookupAgreedApproachInput } from './dto/lookup-agreed-approach.input';
import { SaveAgreedApproachInput } from './dto/save-agreed-approach.input';

@Resolver(() => CaseAgreedApproachModel)
export class AgreedApproachResolver {
  constructor(
    private readonly approaches: AgreedApproachService,
    private readonly lookups: AgreedApproachLookupService,
  ) {}

  @Authenticated()
  @Audited('READ')
  @Query(() => CaseAgreedApproachModel, {
    description:
      'The agreed approach (afsprakenkaart) of a case the caller may read, like the plan.',
  })
  caseAgreedApproach(
    @CurrentCaller() user: Caller,
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<CaseAgreedApproachModel> {
    return this.approaches.forCase(user, caseId);
  }

  @Authenticated()
  @Audited('UPDATE')
  @Mutation(() => CaseAgreedApproachModel, {
    description:
      'Creates or replaces the card of an open case (PLAN write); expectedRevision must be the ' +
      'current one, else CONFLICT and nothing changes.',
  })
  saveAgreedApproach(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => SaveAgreedApproachInput }) input: SaveAgreedApproachInput,
  ): Promise<CaseAgreedApproachModel> {
    return this.approaches.save(user, input);
  }

  @Authenticated()
  @Audited('READ')
  @Query(() => [AgreedApproachLookupModel], {
    description:
      'Who looked the card of this case up, when and why: for the procesregisseur and the ' +
      'casusregisseur agency only.',
  })
  agreedApproachLookups(
    @CurrentCaller() user: Caller,
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<AgreedApproachLookupModel[]> {
    return this.approaches.lookups(user, caseId);
  }

  // A mutation, not a query: every lookup writes a log row, and mutations carry the CSRF check.
  @Authenticated()
  @Audited('LOOKUP')
  @Mutation(() => AgreedApproachLookupResultModel, {
    description:
      'Police lookup by BSN or by name and date of birth, with a purpose: returns only the card ' +
      '(never the case) and logs the lookup, also when nothing is found.',
  })
  lookupAgreedApproach(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => LookupAgreedApproachInput }) input: LookupAgreedApproachInput,
  ): Promise<AgreedApproachLookupResultModel> {
    return this.lookups.lookup(user, input);
  }
}
