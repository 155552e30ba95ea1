import { Audited } from '../audit/audited.decorator';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { Authenticated } from '../auth/decorators/policy.decorator';
import {
  AddPlanActionInput,
  AddPlanActionNoteInput,
  AddPlanGoalInput,
  AdoptPlanVersionInput,
  RemovePlanActionInput,
  RemovePlanGoalInput,
  StartPlanRevisionInput,
  UpdatePlanActionInput,
  UpdatePlanActionStatusInput,
  UpdatePlanGoalInput,
} from './dto/plan.inputs';
import { PlanEditService } from './plan-edit.service';
import { PlanProgressService } from './plan-progress.service';
import {
  CasePlanModel,
  PlanActionModel,
  PlanActionNoteModel,
  PlanChangeModel,
  PlanVersionModel,
  PlanVersionSummaryModel,
} from './plan.model';
import { PlanService } from './plan.service';

/** The plan of action of a case. The sharing policy (PLAN category) decides inside the services. */
@Resolver(() => PlanVersionModel)
export class PlanResolver {
  constructor(
    private readonly plans: PlanService,
    private readonly edits: PlanEditService,
    private readonly progress: PlanProgressService,
  ) {}

  @Authenticated()
  @Audited('READ')
  @Query(() => CasePlanModel, {
    description: 'The plan of a case: the open draft and the last adopted version.',
  })
  casePlan(
    @CurrentCaller() user: Caller,
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<CasePlanModel> {
    return this.plans.casePlan(user, caseId);
  }

  @Authenticated()
  @Audited('READ')
  @Query(() => [PlanVersionSummaryModel], { description: 'The versions of a plan, newest first.' })
  planVersions(
    @CurrentCaller() user: Caller,
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<PlanVersionSummaryModel[]> {
    return this.plans.versions(user, caseId);
  }

  @Authenticated()
  @Audited('READ')
  @Query(() => PlanVersionModel)
  planVersion(
    @CurrentCaller() user: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PlanVersionModel> {
    return this.plans.version(user, id);
  }

  @Authenticated()
  @Audited('READ')
  @Query(() => [PlanChangeModel], {
    description: 'What changed from version `from` to version `to` of the plan of a case.',
  })
  planVersionDiff(
    @CurrentCaller() user: Caller,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int }) to: number,
  ): Promise<PlanChangeModel[]> {
    return this.plans.diff(user, caseId, from, to);
  }

  @Authenticated()
  @Audited('CREATE')
  @Mutation(() => PlanVersionModel, {
    description:
      'The draft to edit: the open one, or a new one (the first, or a copy of the adopted one).',
  })
  startPlanRevision(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => StartPlanRevisionInput }) input: StartPlanRevisionInput,
  ): Promise<PlanVersionModel> {
    return this.edits.startRevision(user, input);
  }

  @Authenticated()
  @Audited('CREATE')
  @Mutation(() => PlanVersionModel)
  addPlanGoal(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => AddPlanGoalInput }) input: AddPlanGoalInput,
  ): Promise<PlanVersionModel> {
    return this.edits.addGoal(user, input);
  }

  @Authenticated()
  @Audited('UPDATE')
  @Mutation(() => PlanVersionModel)
  updatePlanGoal(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => UpdatePlanGoalInput }) input: UpdatePlanGoalInput,
  ): Promise<PlanVersionModel> {
    return this.edits.updateGoal(user, input);
  }

  @Authenticated()
  @Audited('DELETE')
  @Mutation(() => PlanVersionModel, { description: 'Removes a goal with its actions.' })
  removePlanGoal(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => RemovePlanGoalInput }) input: RemovePlanGoalInput,
  ): Promise<PlanVersionModel> {
    return this.edits.removeGoal(user, input);
  }

  @Authenticated()
  @Audited('CREATE')
  @Mutation(() => PlanVersionModel, {
    description: 'Adds an action; its owner agency (or professional) is notified.',
  })
  addPlanAction(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => AddPlanActionInput }) input: AddPlanActionInput,
  ): Promise<PlanVersionModel> {
    return this.edits.addAction(user, input);
  }

  @Authenticated()
  @Audited('UPDATE')
  @Mutation(() => PlanVersionModel)
  updatePlanAction(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => UpdatePlanActionInput }) input: UpdatePlanActionInput,
  ): Promise<PlanVersionModel> {
    return this.edits.updateAction(user, input);
  }

  @Authenticated()
  @Audited('DELETE')
  @Mutation(() => PlanVersionModel)
  removePlanAction(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => RemovePlanActionInput }) input: RemovePlanActionInput,
  ): Promise<PlanVersionModel> {
    return this.edits.removeAction(user, input);
  }

  @Authenticated()
  @Audited('UPDATE')
  @Mutation(() => PlanVersionModel, {
    description:
      'Adopts (stelt vast) a draft on a date; it is frozen from then on. Procesregisseur or ' +
      'casusregisseur agency only.',
  })
  adoptPlanVersion(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => AdoptPlanVersionInput }) input: AdoptPlanVersionInput,
  ): Promise<PlanVersionModel> {
    return this.edits.adopt(user, input);
  }

  @Authenticated()
  @Audited('UPDATE')
  @Mutation(() => PlanActionModel, {
    description: 'Progress: needs no new version, also on an adopted plan.',
  })
  updatePlanActionStatus(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => UpdatePlanActionStatusInput }) input: UpdatePlanActionStatusInput,
  ): Promise<PlanActionModel> {
    return this.progress.updateStatus(user, input);
  }

  @Authenticated()
  @Audited('CREATE')
  @Mutation(() => PlanActionNoteModel, { description: 'Adds a progress note (append-only).' })
  addPlanActionNote(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => AddPlanActionNoteInput }) input: AddPlanActionNoteInput,
  ): Promise<PlanActionNoteModel> {
    return this.progress.addNote(user, input);
  }
}
