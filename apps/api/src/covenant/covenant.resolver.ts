import { AuditedBySelf, NotAudited } from '../audit/audited.decorator';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { RequireStepUp } from '../auth/mfa/step-up.decorator';
import { RequireRoles } from '../auth/decorators/policy.decorator';
import { CovenantProposalModel, LegalCeilingRowModel } from './covenant-proposal.model';
import { CovenantModel, CovenantVersionSummaryModel } from './covenant.model';
import { CovenantService } from './covenant.service';
import { DecideCovenantProposalInput, UpdateCovenantInput } from './dto/update-covenant.input';

@Resolver(() => CovenantModel)
export class CovenantResolver {
  constructor(private readonly service: CovenantService) {}

  @RequireRoles('FUNCTIONAL_ADMIN', 'PRIVACY_OFFICER')
  @NotAudited('covenant configuration: no personal data')
  @Query(() => CovenantModel, {
    nullable: true,
    description: "The region's covenant: the current version, or an earlier one by number.",
  })
  covenant(
    @CurrentCaller() user: Caller,
    @Args('version', { type: () => Int, nullable: true }) version: number | null,
  ): Promise<CovenantModel | null> {
    return this.service.get(user, version ?? null);
  }

  @RequireRoles('FUNCTIONAL_ADMIN', 'PRIVACY_OFFICER')
  @NotAudited('covenant configuration: no personal data')
  @Query(() => [CovenantVersionSummaryModel], { description: 'Every version, newest first.' })
  covenantVersions(@CurrentCaller() user: Caller): Promise<CovenantVersionSummaryModel[]> {
    return this.service.versions(user);
  }

  @RequireRoles('FUNCTIONAL_ADMIN', 'PRIVACY_OFFICER')
  @NotAudited('covenant configuration: no personal data')
  @Query(() => [LegalCeilingRowModel], {
    description: 'The legal ceiling: the most any covenant may grant, per category and regime.',
  })
  covenantLegalCeiling(@CurrentCaller() user: Caller): Promise<LegalCeilingRowModel[]> {
    return this.service.legalCeiling(user);
  }

  @RequireRoles('FUNCTIONAL_ADMIN', 'PRIVACY_OFFICER')
  @NotAudited('covenant configuration: no personal data')
  @Query(() => [CovenantProposalModel], {
    description: 'Every proposed covenant change of the region, pending and decided, newest first.',
  })
  covenantProposals(@CurrentCaller() user: Caller): Promise<CovenantProposalModel[]> {
    return this.service.proposals(user);
  }

  @RequireRoles('FUNCTIONAL_ADMIN')
  @RequireStepUp()
  @AuditedBySelf('CREATE covenant.propose, written in the proposal transaction')
  @Mutation(() => CovenantProposalModel, {
    description:
      'Proposes a new covenant version. It decides nothing until a privacy officer other than ' +
      'the proposer approves it (four eyes); entries above the legal ceiling are refused.',
  })
  proposeCovenantChange(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => UpdateCovenantInput }) input: UpdateCovenantInput,
  ): Promise<CovenantProposalModel> {
    return this.service.propose(user, input);
  }

  @RequireRoles('PRIVACY_OFFICER')
  @RequireStepUp()
  @AuditedBySelf('UPDATE covenant.approve, written in the approval transaction')
  @Mutation(() => CovenantProposalModel, {
    description:
      'Approves a pending proposal: it becomes the next covenant version and decides every ' +
      'request from the next one on. Never by the proposer.',
  })
  approveCovenantProposal(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => DecideCovenantProposalInput }) input: DecideCovenantProposalInput,
  ): Promise<CovenantProposalModel> {
    return this.service.approve(user, input);
  }

  @RequireRoles('PRIVACY_OFFICER')
  @RequireStepUp()
  @AuditedBySelf('UPDATE covenant.reject, written in the rejection transaction')
  @Mutation(() => CovenantProposalModel, {
    description: 'Rejects a pending proposal with a reason. Never by the proposer.',
  })
  rejectCovenantProposal(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => DecideCovenantProposalInput }) input: DecideCovenantProposalInput,
  ): Promise<CovenantProposalModel> {
    return this.service.reject(user, input);
  }
}
