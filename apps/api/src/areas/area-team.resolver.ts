import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditedBySelf, NotAudited } from '../audit/audited.decorator';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { Authenticated, RequireRoles } from '../auth/decorators/policy.decorator';
import {
  AreaPartnersModel,
  AreaTeamMemberModel,
  AreaTeamModel,
  AreaWorkloadModel,
} from './area-team.model';
import { AreaTeamService } from './area-team.service';
import { CreateAreaTeamInput, UpdateAreaTeamInput } from './dto/area-team.inputs';

/** Area teams (ADR 0036): kept by the functional administrator, proposed as partners by wijk. */
@Resolver()
export class AreaTeamResolver {
  constructor(private readonly service: AreaTeamService) {}

  @RequireRoles('FUNCTIONAL_ADMIN')
  @NotAudited("the region's teams, their wijken and members: organisation data, no case data")
  @Query(() => [AreaTeamModel], { description: "The area teams of the caller's region." })
  areaTeams(@CurrentCaller() caller: Caller): Promise<AreaTeamModel[]> {
    return this.service.list(caller);
  }

  @RequireRoles('FUNCTIONAL_ADMIN')
  @NotAudited("names of an agency's active users, to choose team members from")
  @Query(() => [AreaTeamMemberModel], { description: 'Users of an agency who may join its teams.' })
  areaTeamCandidates(
    @CurrentCaller() caller: Caller,
    @Args('agencyId', { type: () => ID }) agencyId: string,
  ): Promise<AreaTeamMemberModel[]> {
    return this.service.candidates(caller, agencyId);
  }

  @Authenticated()
  @NotAudited('the wijk of a postcode and the teams serving it: geography and organisation')
  @Query(() => AreaPartnersModel, {
    description: 'The wijk of a postcode and the partners (teams) serving it, to propose.',
  })
  areaPartners(
    @CurrentCaller() caller: Caller,
    @Args('postcode', { type: () => String }) postcode: string,
  ): Promise<AreaPartnersModel> {
    return this.service.partnersForPostcode(caller, postcode);
  }

  @Authenticated()
  @NotAudited("the caller's own team memberships")
  @Query(() => [AreaTeamModel], { description: 'The active area teams the caller belongs to.' })
  myAreaTeams(@CurrentCaller() caller: Caller): Promise<AreaTeamModel[]> {
    return this.service.mine(caller);
  }

  @Authenticated()
  @NotAudited('counts of cases per wijk, never a person or a case (ADR 0036)')
  @Query(() => AreaWorkloadModel, {
    description: "A team's workload per wijk; only for the team's members (NOT_FOUND otherwise).",
  })
  areaWorkload(
    @CurrentCaller() caller: Caller,
    @Args('teamId', { type: () => ID }) teamId: string,
  ): Promise<AreaWorkloadModel> {
    return this.service.workload(caller, teamId);
  }

  @RequireRoles('FUNCTIONAL_ADMIN')
  @AuditedBySelf('ADMIN admin.areaTeam.create with the team, in the change transaction')
  @Mutation(() => AreaTeamModel, { description: 'Adds a team to an agency of the region.' })
  createAreaTeam(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => CreateAreaTeamInput }) input: CreateAreaTeamInput,
  ): Promise<AreaTeamModel> {
    return this.service.create(caller, input);
  }

  @RequireRoles('FUNCTIONAL_ADMIN')
  @AuditedBySelf('ADMIN admin.areaTeam.update with before/after, in the change transaction')
  @Mutation(() => AreaTeamModel, {
    description: 'Changes a team; EDIT_CONFLICT when it changed since.',
  })
  updateAreaTeam(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => UpdateAreaTeamInput }) input: UpdateAreaTeamInput,
  ): Promise<AreaTeamModel> {
    return this.service.update(caller, input);
  }
}
