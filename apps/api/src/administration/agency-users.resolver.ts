import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditedBySelf, NotAudited } from '../audit/audited.decorator';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { RequireRoles } from '../auth/decorators/policy.decorator';
import { AgencyUsersService } from './agency-users.service';
import { InviteUserInput, MoveUserOutInput, SetUserRolesInput } from './dto/agency-user.input';
import { HandOverModel, InvitationModel, ManagedUserModel } from './managed-user.model';

/** The agency admin's pages (/beheer/gebruikers): the own agency's accounts, never case content. */
@Resolver(() => ManagedUserModel)
export class AgencyUsersResolver {
  constructor(private readonly users: AgencyUsersService) {}

  @RequireRoles('AGENCY_ADMIN')
  @NotAudited("the own agency's accounts: professionals, no client data")
  @Query(() => [ManagedUserModel], { description: "The accounts of the caller's own agency." })
  agencyUsers(@CurrentCaller() caller: Caller): Promise<ManagedUserModel[]> {
    return this.users.list(caller);
  }

  @RequireRoles('AGENCY_ADMIN')
  @AuditedBySelf('ADMIN admin.user.invite with the roles given, in the invitation transaction')
  @Mutation(() => InvitationModel, {
    description:
      'Invites a colleague of the own agency with roles the agency admin may grant there; the ' +
      'single-use activation link (72 hours) goes to the person by e-mail.',
  })
  inviteUser(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => InviteUserInput }) input: InviteUserInput,
  ): Promise<InvitationModel> {
    return this.users.invite(caller, input);
  }

  @RequireRoles('AGENCY_ADMIN')
  @AuditedBySelf('ADMIN admin.user.roles with roles before/after, in the change transaction')
  @Mutation(() => ManagedUserModel)
  setUserRoles(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => SetUserRolesInput }) input: SetUserRolesInput,
  ): Promise<ManagedUserModel> {
    return this.users.setRoles(caller, input);
  }

  @RequireRoles('AGENCY_ADMIN')
  @AuditedBySelf('ADMIN admin.user.disable with before/after, in the change transaction')
  @Mutation(() => ManagedUserModel, {
    description:
      'Disables an account of the own agency: its next request fails, its sessions and live ' +
      'connections end, an open activation link stops working.',
  })
  disableUser(
    @CurrentCaller() caller: Caller,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<ManagedUserModel> {
    return this.users.disable(caller, userId);
  }

  @RequireRoles('AGENCY_ADMIN')
  @AuditedBySelf('ADMIN admin.user.enable with before/after, in the change transaction')
  @Mutation(() => ManagedUserModel, {
    description: 'Enables a disabled account again; its old sessions stay ended.',
  })
  enableUser(
    @CurrentCaller() caller: Caller,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<ManagedUserModel> {
    return this.users.enable(caller, userId);
  }

  @RequireRoles('AGENCY_ADMIN')
  @AuditedBySelf('ADMIN admin.user.moveOut with before/after and the counts handed over')
  @Mutation(() => HandOverModel, {
    description:
      'Moves a person out of the agency: the cases they direct, their actions and the meetings ' +
      'they chair (all still open) go to an active colleague; the account is disabled.',
  })
  moveUserOut(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => MoveUserOutInput }) input: MoveUserOutInput,
  ): Promise<HandOverModel> {
    return this.users.moveOut(caller, input);
  }
}
