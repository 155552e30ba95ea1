import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Audited } from '../audit/audited.decorator';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { RequireRoles } from '../auth/decorators/policy.decorator';
import { DecideAddressProposalInput, ReferralAddressProposalModel } from './address-proposal.model';
import { AddressProposalService } from './address-proposal.service';

@Resolver(() => ReferralAddressProposalModel)
export class AddressProposalResolver {
  constructor(private readonly proposals: AddressProposalService) {}

  @RequireRoles('PROCESREGISSEUR')
  @Audited('READ')
  @Query(() => [ReferralAddressProposalModel], {
    description:
      'Addresses referrers entered for the known person a referral was linked to, pending first.',
  })
  referralAddressProposals(
    @CurrentCaller() user: Caller,
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<ReferralAddressProposalModel[]> {
    return this.proposals.list(user, caseId);
  }

  @RequireRoles('PROCESREGISSEUR')
  @Audited('UPDATE')
  @Mutation(() => [ReferralAddressProposalModel], {
    description:
      "Accepts (the person's address becomes the proposed one; EDIT_CONFLICT if it changed " +
      'meanwhile) or rejects (the address stays) a proposed address; returns the proposals.',
  })
  decideReferralAddressProposal(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => DecideAddressProposalInput }) input: DecideAddressProposalInput,
  ): Promise<ReferralAddressProposalModel[]> {
    return this.proposals.decide(user, input);
  }
}
