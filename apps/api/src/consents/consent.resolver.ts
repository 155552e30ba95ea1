import { Audited } from '../audit/audited.decorator';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
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
    @CurrentUser() user: AuthenticatedUser,
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<ConsentModel[]> {
    return this.service.listConsents(user, caseId);
  }

  @Authenticated()
  @Audited('READ')
  @Query(() => [ConflictOfDutiesDecisionModel])
  conflictOfDutiesDecisions(
    @CurrentUser() user: AuthenticatedUser,
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
    @CurrentUser() user: AuthenticatedUser,
    @Args('input', { type: () => RecordConsentInput }) input: RecordConsentInput,
  ): Promise<ConsentModel> {
    return this.service.recordConsent(user, input);
  }

  @Authenticated()
  @Audited('UPDATE')
  @Mutation(() => ConsentModel)
  withdrawConsent(
    @CurrentUser() user: AuthenticatedUser,
    @Args('consentId', { type: () => ID }) consentId: string,
  ): Promise<ConsentModel> {
    return this.service.withdrawConsent(user, consentId);
  }

  @Authenticated()
  @Audited('CREATE')
  @Mutation(() => ConflictOfDutiesDecisionModel)
  recordConflictOfDutiesDecision(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input', { type: () => RecordConflictOfDutiesDecisionInput })
    input: RecordConflictOfDutiesDecisionInput,
  ): Promise<ConflictOfDutiesDecisionModel> {
    return this.service.recordDecision(user, input);
  }

  @Authenticated()
  @Audited('UPDATE')
  @Mutation(() => ConflictOfDutiesDecisionModel)
  withdrawConflictOfDutiesDecision(
    @CurrentUser() user: AuthenticatedUser,
    @Args('decisionId', { type: () => ID }) decisionId: string,
  ): Promise<ConflictOfDutiesDecisionModel> {
    return this.service.withdrawDecision(user, decisionId);
  }
}
