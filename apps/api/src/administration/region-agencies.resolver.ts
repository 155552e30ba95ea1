import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditedBySelf, NotAudited } from '../audit/audited.decorator';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { RequireRoles } from '../auth/decorators/policy.decorator';
import {
  InviteAgencyAdminInput,
  RecordCovenantSignatureInput,
  RegionAgencyInput,
  UpdateRegionAgencyInput,
} from './dto/region-agency.input';
import { InvitationModel } from './managed-user.model';
import { RegionAgencyModel } from './region-agency.model';
import { RegionAgenciesService } from './region-agencies.service';

/** The functional administrator's agencies of the region (/beheer/organisaties). */
@Resolver(() => RegionAgencyModel)
export class RegionAgenciesResolver {
  constructor(private readonly agencies: RegionAgenciesService) {}

  @RequireRoles('FUNCTIONAL_ADMIN')
  @NotAudited('agency settings of the region: no personal data of clients')
  @Query(() => [RegionAgencyModel])
  regionAgencies(@CurrentCaller() caller: Caller): Promise<RegionAgencyModel[]> {
    return this.agencies.list(caller);
  }

  @RequireRoles('FUNCTIONAL_ADMIN')
  @AuditedBySelf('ADMIN admin.agency.create with the settings, in the change transaction')
  @Mutation(() => RegionAgencyModel)
  createRegionAgency(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => RegionAgencyInput }) input: RegionAgencyInput,
  ): Promise<RegionAgencyModel> {
    return this.agencies.create(caller, input);
  }

  @RequireRoles('FUNCTIONAL_ADMIN')
  @AuditedBySelf('ADMIN admin.agency.update with before/after, in the change transaction')
  @Mutation(() => RegionAgencyModel)
  updateRegionAgency(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => UpdateRegionAgencyInput }) input: UpdateRegionAgencyInput,
  ): Promise<RegionAgencyModel> {
    return this.agencies.update(caller, input);
  }

  @RequireRoles('FUNCTIONAL_ADMIN')
  @AuditedBySelf('ADMIN admin.agency.covenantSigned with before/after, in the change transaction')
  @Mutation(() => RegionAgencyModel, {
    description: 'Records which covenant version of the region the agency signed, and when.',
  })
  recordCovenantSignature(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => RecordCovenantSignatureInput })
    input: RecordCovenantSignatureInput,
  ): Promise<RegionAgencyModel> {
    return this.agencies.recordSignature(caller, input);
  }

  @RequireRoles('FUNCTIONAL_ADMIN')
  @AuditedBySelf('ADMIN admin.user.invite of an agency admin, in the invitation transaction')
  @Mutation(() => InvitationModel, {
    description: "Invites an agency's agency admin; the activation link goes by e-mail.",
  })
  inviteAgencyAdmin(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => InviteAgencyAdminInput }) input: InviteAgencyAdminInput,
  ): Promise<InvitationModel> {
    return this.agencies.inviteAgencyAdmin(caller, input);
  }
}
