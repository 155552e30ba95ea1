import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Audited, NotAudited } from '../audit/audited.decorator';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { Authenticated, RequireRoles } from '../auth/decorators/policy.decorator';
import {
  CoupleVolunteerInput,
  CouplingProgressInput,
  DecideVolunteerMatchInput,
  EndCouplingInput,
  RequestVolunteerMatchInput,
  VolunteerCouplingGoalInput,
} from './dto/volunteer-coupling.input';
import {
  CaseVolunteerCouplingsModel,
  VolunteerCouplingFiguresModel,
  VolunteerCouplingGoalModel,
  VolunteerCouplingModel,
} from './volunteer-coupling.model';
import { VolunteerCouplingService } from './volunteer-coupling.service';

@Resolver()
export class VolunteerCouplingResolver {
  constructor(private readonly couplings: VolunteerCouplingService) {}

  @Authenticated()
  @Audited('READ')
  @Query(() => CaseVolunteerCouplingsModel, {
    description: "A case's match requests and their progress, for the case's PROBATION readers.",
  })
  caseVolunteerCouplings(
    @CurrentCaller() user: Caller,
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<CaseVolunteerCouplingsModel> {
    return this.couplings.forCase(user, caseId);
  }

  @Authenticated()
  @Audited('CREATE')
  @Mutation(() => VolunteerCouplingModel, {
    description:
      "Probation taking part sends a match request to a volunteer organisation under the person's " +
      'consent for it (else CONSENT_REQUIRED).',
  })
  requestVolunteerMatch(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => RequestVolunteerMatchInput }) input: RequestVolunteerMatchInput,
  ): Promise<VolunteerCouplingModel> {
    return this.couplings.request(user, input);
  }

  @Authenticated()
  @Audited('READ')
  @Query(() => [VolunteerCouplingModel], {
    description: "The requests to the caller's own volunteer organisation (the coordinator).",
  })
  volunteerMatchRequests(@CurrentCaller() user: Caller): Promise<VolunteerCouplingModel[]> {
    return this.couplings.toMyOrganisation(user);
  }

  @Authenticated()
  @Audited('READ')
  @Query(() => VolunteerCouplingModel, {
    description: "One request to the caller's own volunteer organisation.",
  })
  volunteerMatchRequest(
    @CurrentCaller() user: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<VolunteerCouplingModel> {
    return this.couplings.one(user, id);
  }

  @Authenticated()
  @Audited('UPDATE')
  @Mutation(() => VolunteerCouplingModel, {
    description: 'The coordinator accepts or declines a request, at the revision it read.',
  })
  decideVolunteerMatch(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => DecideVolunteerMatchInput }) input: DecideVolunteerMatchInput,
  ): Promise<VolunteerCouplingModel> {
    return this.couplings.decide(user, input);
  }

  @Authenticated()
  @Audited('UPDATE')
  @Mutation(() => VolunteerCouplingModel, {
    description: 'The coordinator couples a volunteer to an accepted request.',
  })
  coupleVolunteer(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => CoupleVolunteerInput }) input: CoupleVolunteerInput,
  ): Promise<VolunteerCouplingModel> {
    return this.couplings.couple(user, input);
  }

  @Authenticated()
  @Audited('CREATE')
  @Mutation(() => VolunteerCouplingModel, {
    description: 'The coordinator reports progress of a coupling (a dated short note).',
  })
  reportCouplingProgress(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => CouplingProgressInput }) input: CouplingProgressInput,
  ): Promise<VolunteerCouplingModel> {
    return this.couplings.addProgress(user, input);
  }

  @Authenticated()
  @Audited('UPDATE')
  @Mutation(() => VolunteerCouplingModel, {
    description: 'The coordinator ends a coupling with a reason, at the revision it read.',
  })
  endVolunteerCoupling(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => EndCouplingInput }) input: EndCouplingInput,
  ): Promise<VolunteerCouplingModel> {
    return this.couplings.end(user, input);
  }

  @Authenticated()
  @NotAudited('aggregate counts only, no persons')
  @Query(() => VolunteerCouplingFiguresModel, {
    description:
      'Per volunteer organisation and year against the covenant goal: the coordinator its own, ' +
      'the procesregisseur all.',
  })
  volunteerCouplingFigures(
    @CurrentCaller() user: Caller,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<VolunteerCouplingFiguresModel> {
    return this.couplings.figures(user, year);
  }

  @RequireRoles('FUNCTIONAL_ADMIN')
  @NotAudited('region settings: no personal data')
  @Query(() => VolunteerCouplingGoalModel, { description: "The region's yearly coupling goal." })
  volunteerCouplingGoal(@CurrentCaller() user: Caller): Promise<VolunteerCouplingGoalModel> {
    return this.couplings.goal(user);
  }

  @RequireRoles('FUNCTIONAL_ADMIN')
  @Audited('UPDATE')
  @Mutation(() => VolunteerCouplingGoalModel, {
    description: "Sets the region's yearly coupling goal at the settings version read.",
  })
  updateVolunteerCouplingGoal(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => VolunteerCouplingGoalInput }) input: VolunteerCouplingGoalInput,
  ): Promise<VolunteerCouplingGoalModel> {
    return this.couplings.setGoal(user, input);
  }
}
