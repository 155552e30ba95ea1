import { Audited } from '../audit/audited.decorator';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { Authenticated } from '../auth/decorators/policy.decorator';
import { ConflictOfDutiesDecisionModel, ConsentModel } from './consent.model';
import { ConsentService } from './consent.service';
import { RecordConflictOfDutiesDecisionInput, RecordConsentInput } from './dto/consent.inputs';

@Resolver()
export class ConsentResolver {
  constructor(private readonly service: ConsentService) {}

  @Authenticated()
  @Audited('READ')
  @Query(() => [ConsentModel], { description: 'Consents that apply to a case the caller may see.' })
  consents(
    @CurrentCaller() user: Caller,
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<ConsentModel[]> {
    return this.service.listConsents(user, caseId);
  }

  @Authenticated()
  @Audited('READ')
  @Query(() => [ConflictOfDutiesDecisionModel])
  conflictOfDutiesDecisions(
    @CurrentCaller() user: Caller,
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<ConflictOfDutiesDecisionModel[]> {
    return this.service.listDecisions(user, caseId);
  }

  @Authenticated()
  @Audited('CREATE')
  @Mutation(() => ConsentModel, {
    description: 'Records a consent; only an agency that may write the category in the case.',
  })
  recordConsent(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => RecordConsentInput }) input: RecordConsentInput,
  ): Promise<ConsentModel> {
    return this.service.recordConsent(user, input);
  }

  @Authenticated()
  @Audited('UPDATE')
  @Mutation(() => ConsentModel)
  withdrawConsent(
    @CurrentCaller() user: Caller,
    @Args('consentId', { type: () => ID }) consentId: string,
  ): Promise<ConsentModel> {
    return this.service.withdrawConsent(user, consentId);
  }

  @Authenticated()
  @Audited('CREATE')
  @Mutation(() => ConflictOfDutiesDecisionModel)
  recordConflictOfDutiesDecision(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => RecordConflictOfDutiesDecisionInput })
    input: RecordConflictOfDutiesDecisionInput,
  ): Promise<ConflictOfDutiesDecisionModel> {
    return this.service.recordDecision(user, input);
  }

  @Authenticated()
  @Audited('UPDATE')
  @Mutation(() => ConflictOfDutiesDecisionModel)
  withdrawConflictOfDutiesDecision(
    @CurrentCaller() user: Caller,
    @Args('decisionId', { type: () => ID }) decisionId: string,
  ): Promise<ConflictOfDutiesDecisionModel> {
    return this.service.withdrawDecision(user, decisionId);
  }
}
