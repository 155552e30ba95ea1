import { Audited, NotAudited } from '../audit/audited.decorator';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { Authenticated, RequireRoles } from '../auth/decorators/policy.decorator';
import { PersonMatchModel } from '../persons/person.model';
import { InformationCategoryEnum, type InformationCategory } from '../sharing/sharing.enums';
import {
  CreateReferralInput,
  DecideReferralInput,
  ReferralPersonLookupInput,
} from './dto/referral.inputs';
import { ReferralModel, ReferralReceiptModel } from './referral.model';
import { ReferralService } from './referral.service';
import { TriageService } from './triage.service';

@Resolver(() => ReferralModel)
export class ReferralResolver {
  constructor(
    private readonly referrals: ReferralService,
    private readonly triage: TriageService,
  ) {}

  @RequireRoles('MEMBER', 'PROCESREGISSEUR')
  @Audited('LOOKUP')
  @Query(() => [PersonMatchModel], {
    description:
      'Before referring: persons the caller may already see, by BSN or by tolerant name and ' +
      'date of birth ("v.d. Berg" finds "van der Berg"). Never reveals other persons.',
  })
  referralPersonLookup(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => ReferralPersonLookupInput }) input: ReferralPersonLookupInput,
  ): Promise<PersonMatchModel[]> {
    return this.referrals.lookup(user, input);
  }

  @RequireRoles('MEMBER', 'PROCESREGISSEUR')
  @NotAudited('the categories the own agency may write: covenant configuration, no personal data')
  @Query(() => [InformationCategoryEnum], {
    description:
      'The categories the caller may give the reason of a referral it makes: those its agency ' +
      'may write as a participant of the case under the covenant.',
  })
  referralReasonCategories(@CurrentCaller() user: Caller): Promise<InformationCategory[]> {
    return this.referrals.reasonCategories(user);
  }

  @RequireRoles('MEMBER', 'PROCESREGISSEUR')
  @Audited('CREATE')
  @Mutation(() => ReferralReceiptModel, {
    description:
      'Refers a case (aanmelding) to the Veiligheidshuis: the case, its person, the referrer and ' +
      'the ZVH as participants, a timeline event and a notification, in one transaction.',
  })
  createReferral(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => CreateReferralInput }) input: CreateReferralInput,
  ): Promise<ReferralReceiptModel> {
    return this.referrals.create(user, input);
  }

  @Authenticated()
  @Audited('READ')
  @Query(() => ReferralModel, {
    description: 'The referral of a case the caller may read.',
  })
  referral(
    @CurrentCaller() user: Caller,
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<ReferralModel> {
    return this.referrals.get(user, caseId);
  }

  @RequireRoles('PROCESREGISSEUR')
  @Audited('SEARCH')
  @Query(() => [ReferralModel], {
    description: 'Referrals waiting for triage that the caller may decide, oldest first.',
  })
  triageQueue(@CurrentCaller() user: Caller): Promise<ReferralModel[]> {
    return this.triage.queue(user);
  }

  @RequireRoles('PROCESREGISSEUR')
  @Audited('UPDATE')
  @Mutation(() => ReferralModel, {
    description:
      'The triage decision with the national criteria and a reason. ACCEPTED invites the ' +
      'partners; every decision notifies the referrer. A decided referral gives CONFLICT.',
  })
  decideReferral(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => DecideReferralInput }) input: DecideReferralInput,
  ): Promise<ReferralModel> {
    return this.triage.decide(user, input);
  }
}
