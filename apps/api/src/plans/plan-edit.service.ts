import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '../auth/caller';
import { runStatement as run } from '../database/run-statement';
import { CaseEventService } from '../case-events/case-event.service';
import { NotificationService } from '../notifications/notification.service';
import { PlanError } from './plan.error';
import { InputError } from '../common/input.error';
import { dateArg, localDate, textArg, uuidArg } from '../common/validate';
import type {
  AddPlanActionInput,
  AddPlanGoalInput,
  AdoptPlanVersionInput,
  RemovePlanActionInput,
  RemovePlanGoalInput,
  StartPlanRevisionInput,
  UpdatePlanActionInput,
  UpdatePlanGoalInput,
} from './dto/plan.inputs';
import { dueDateArg } from './plan-dates';
import { PlanAccessService, type PlanCase, type PlanTarget } from './plan-access.service';
import { PlanEditConflictError } from './plan.error';
import {
  activateCaseQuery,
  actionOwnerUserQuery,
  adoptVersionQuery,
  bumpDraftRevisionQuery,
  copyActionsQuery,
  copyGoalsQuery,
  deleteActionQuery,
  deleteGoalQuery,
  draftVersionQuery,
  dropOrphanProgressQuery,
  goalInVersionQuery,
  insertActionProgressQuery,
  insertActionQuery,
  insertDraftVersionQuery,
  insertGoalQuery,
  lastAdoptedOnQuery,
  lastAdoptedVersionQuery,
  touchCaseQuery,
  updateActionQuery,
  updateGoalQuery,
} from './plan-edit.queries';
import type { PlanVersionModel } from './plan.model';
import { PlanService } from './plan.service';

const DESCRIPTION = { min: 3, max: 1000 };

function revisionArg(value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw InputError.badInput('revision', 'revision must be a positive whole number.');
  }
  return value;
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  return e.code === '23505' || e.driverError?.code === '23505';
}

/**
 * Changing the plan: the draft's goals and actions, adopting it, starting a new version. Every
 * change of a draft first moves the draft's revision on with a conditional UPDATE — a stale
 * revision changes nothing and gives EDIT_CONFLICT, so concurrent edits never overwrite.
 */
@Injectable()
export class PlanEditService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: PlanAccessService,
    private readonly plans: PlanService,
    private readonly events: CaseEventService,
    private readonly notifications: NotificationService,
  ) {}

  async startRevision(user: Caller, input: StartPlanRevisionInput): Promise<PlanVersionModel> {
    const caseId = uuidArg(input.caseId, 'caseId');
    await this.access.forCase(user, caseId, true);
    const draftOf = async () => {
      const [draft] = (await run(this.db, draftVersionQuery(caseId))) as { id: string }[];
      return draft?.id ?? null;
    };
    // Two people clicking "wijzigen" at once end up in the same draft.
    const existing = await draftOf();
    if (existing) {
      user.unchanged();
      return this.plans.loadVersion(existing, user.regionId);
    }
    let id: string;
    try {
      id = await user.transaction(this.db, (tx) => this.createDraft(tx, user, caseId));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const raced = await draftOf();
      if (!raced) throw error;
      user.unchanged();
      id = raced;
    }
    return this.plans.loadVersion(id, user.regionId);
  }

  private async createDraft(tx: EntityManager, user: Caller, caseId: string): Promise<string> {
    const [base] = (await run(tx, lastAdoptedVersionQuery(caseId))) as { id: string }[];
    const [created] = (await run(
      tx,
      insertDraftVersionQuery(user.regionId, caseId, base?.id ?? null, user.id),
    )) as { id: string; number: number }[];
    const id = created!.id;
    if (base) {
      // The same keys as the adopted version: the diff and the progress follow them.
      await run(tx, copyGoalsQuery(base.id, id));
      await run(tx, copyActionsQuery(base.id, id));
    }
    await this.events.record(tx, {
      regionId: user.regionId,
      caseId,
      kind: 'PLAN_VERSION_CREATED',
      actor: { userId: user.id, agencyId: user.agencyId },
      data: { version: created!.number },
    });
    return id;
  }

  async addGoal(user: Caller, input: AddPlanGoalInput): Promise<PlanVersionModel> {
    const description = textArg(input.description, 'description', DESCRIPTION.min, DESCRIPTION.max);
    const { target } = await this.access.target(user, 'version', input.versionId, 'versionId');
    return this.editDraft(user, target, input.revision, async (tx) => {
      await run(
        tx,
        insertGoalQuery(user.regionId, target.versionId, input.lifeDomain, description),
      );
    });
  }

  async updateGoal(user: Caller, input: UpdatePlanGoalInput): Promise<PlanVersionModel> {
    const goalId = uuidArg(input.goalId, 'goalId');
    const description =
      input.description === null || input.description === undefined
        ? null
        : textArg(input.description, 'description', DESCRIPTION.min, DESCRIPTION.max);
    const { target } = await this.access.target(user, 'goal', goalId, 'goalId');
    return this.editDraft(user, target, input.revision, async (tx) => {
      await run(tx, updateGoalQuery(goalId, input.lifeDomain ?? null, description));
    });
  }

  async removeGoal(user: Caller, input: RemovePlanGoalInput): Promise<PlanVersionModel> {
    const goalId = uuidArg(input.goalId, 'goalId');
    const { target } = await this.access.target(user, 'goal', goalId, 'goalId');
    return this.editDraft(user, target, input.revision, async (tx) => {
      await run(tx, deleteGoalQuery(goalId));
      await this.dropOrphanProgress(tx, target.caseId);
    });
  }

  async addAction(user: Caller, input: AddPlanActionInput): Promise<PlanVersionModel> {
    const goalId = uuidArg(input.goalId, 'goalId');
    const description = textArg(input.description, 'description', DESCRIPTION.min, DESCRIPTION.max);
    const dueDate = dueDateArg(input.dueDate);
    const ownerAgencyId = uuidArg(input.ownerAgencyId, 'ownerAgencyId');
    const ownerUserId = input.ownerUserId ? uuidArg(input.ownerUserId, 'ownerUserId') : null;
    const { row, target } = await this.access.target(user, 'goal', goalId, 'goalId');
    await this.checkOwner(row, ownerAgencyId, ownerUserId);
    return this.editDraft(user, target, input.revision, async (tx) => {
      const [action] = (await run(
        tx,
        insertActionQuery({
          regionId: user.regionId,
          caseId: target.caseId,
          versionId: target.versionId,
          goalId,
          description,
          ownerAgencyId,
          ownerUserId,
          dueDate,
        }),
      )) as { key: string }[];
      await run(tx, insertActionProgressQuery(action!.key, user.regionId, target.caseId, user.id));
      await this.notifyAssigned(tx, user, target, ownerAgencyId, ownerUserId);
    });
  }

  async updateAction(user: Caller, input: UpdatePlanActionInput): Promise<PlanVersionModel> {
    const actionId = uuidArg(input.actionId, 'actionId');
    const description =
      input.description === null || input.description === undefined
        ? null
        : textArg(input.description, 'description', DESCRIPTION.min, DESCRIPTION.max);
    const dueDate = input.dueDate ? dueDateArg(input.dueDate) : null;
    const newAgency = input.ownerAgencyId ? uuidArg(input.ownerAgencyId, 'ownerAgencyId') : null;
    const goalId = input.goalId ? uuidArg(input.goalId, 'goalId') : null;
    const { row, target } = await this.access.target(user, 'action', actionId, 'actionId');
    const ownerAgencyId = newAgency ?? target.ownerAgencyId!;
    // Omitted: keep the professional unless the agency changes; null: no professional.
    const ownerUserId =
      input.ownerUserId === undefined
        ? ownerAgencyId === target.ownerAgencyId
          ? target.ownerUserId
          : null
        : input.ownerUserId === null || input.ownerUserId === ''
          ? null
          : uuidArg(input.ownerUserId, 'ownerUserId');
    if (ownerAgencyId !== target.ownerAgencyId || ownerUserId !== target.ownerUserId) {
      await this.checkOwner(row, ownerAgencyId, ownerUserId);
    }
    if (goalId) {
      const [goal] = (await run(
        this.db,
        goalInVersionQuery(goalId, target.versionId),
      )) as unknown[];
      if (!goal) throw InputError.badInput('goalId', 'No such goal in this plan version.');
    }
    return this.editDraft(user, target, input.revision, async (tx) => {
      await run(
        tx,
        updateActionQuery({ actionId, description, dueDate, goalId, ownerAgencyId, ownerUserId }),
      );
      const reassigned =
        ownerAgencyId !== target.ownerAgencyId ||
        (ownerUserId !== null && ownerUserId !== target.ownerUserId);
      if (reassigned) await this.notifyAssigned(tx, user, target, ownerAgencyId, ownerUserId);
    });
  }

  async removeAction(user: Caller, input: RemovePlanActionInput): Promise<PlanVersionModel> {
    const actionId = uuidArg(input.actionId, 'actionId');
    const { target } = await this.access.target(user, 'action', actionId, 'actionId');
    return this.editDraft(user, target, input.revision, async (tx) => {
      await run(tx, deleteActionQuery(actionId));
      await this.dropOrphanProgress(tx, target.caseId);
    });
  }

  async adopt(user: Caller, input: AdoptPlanVersionInput): Promise<PlanVersionModel> {
    const adoptedOn = dateArg(input.adoptedOn, 'adoptedOn');
    if (adoptedOn > localDate()) {
      throw InputError.badInput('adoptedOn', 'adoptedOn cannot lie in the future.');
    }
    const { ability, row, target } = await this.access.target(
      user,
      'version',
      input.versionId,
      'versionId',
    );
    if (!PlanAccessService.canLead(ability, row)) {
      throw new PlanError(
        'FORBIDDEN',
        'Only the procesregisseur or the casusregisseur agency adopts the plan.',
      );
    }
    const [previous] = (await run(this.db, lastAdoptedOnQuery(target.caseId))) as {
      adoptedOn: string | null;
    }[];
    if (previous?.adoptedOn && adoptedOn < previous.adoptedOn) {
      throw InputError.badInput(
        'adoptedOn',
        `adoptedOn cannot lie before the previous adoption (${previous.adoptedOn}).`,
      );
    }
    this.assertDraft(target);
    const revision = revisionArg(input.revision);
    await user.transaction(this.db, async (tx) => {
      const [adopted] = (await run(
        tx,
        adoptVersionQuery(target.versionId, revision, adoptedOn, user.id, user.agencyId),
      )) as [{ number: number; goals: number }[], number];
      const done = adopted[0];
      if (!done) throw new PlanEditConflictError();
      if (done.goals === 0) {
        throw InputError.badInput('versionId', 'A plan without goals cannot be adopted.');
      }
      const version = done.number;
      // Adopting the plan starts the work on an accepted case.
      await run(tx, activateCaseQuery(target.caseId));
      await this.events.record(tx, {
        regionId: user.regionId,
        caseId: target.caseId,
        kind: 'PLAN_ADOPTED',
        actor: { userId: user.id, agencyId: user.agencyId },
        data: { version },
      });
      await this.notifications.notifyAgencies(tx, {
        regionId: user.regionId,
        agencyIds: row.activeParticipantAgencyIds,
        kind: 'PLAN_ADOPTED',
        caseId: target.caseId,
        data: { caseReference: target.caseReference, version },
        exceptUserId: user.id,
      });
    });
    return this.plans.loadVersion(target.versionId, user.regionId);
  }

  private assertDraft(target: PlanTarget): void {
    if (target.status !== 'DRAFT') {
      throw new PlanError(
        'CONFLICT',
        `Version ${target.number} is adopted and can no longer be changed; start a new version.`,
      );
    }
  }

  /** Moves the draft's revision on (or fails with EDIT_CONFLICT), then applies the change. */
  private async editDraft(
    user: Caller,
    target: PlanTarget,
    revisionInput: number,
    change: (tx: EntityManager) => Promise<void>,
  ): Promise<PlanVersionModel> {
    const revision = revisionArg(revisionInput);
    this.assertDraft(target);
    await user.transaction(this.db, async (tx) => {
      const result = (await run(tx, bumpDraftRevisionQuery(target.versionId, revision))) as [
        unknown[],
        number,
      ];
      if (result[1] === 0) throw new PlanEditConflictError();
      await change(tx);
      await run(tx, touchCaseQuery(target.caseId));
    });
    return this.plans.loadVersion(target.versionId, user.regionId);
  }

  /** The owner agency must take part in the case now; a named professional must work there. */
  private async checkOwner(
    row: PlanCase['row'],
    ownerAgencyId: string,
    ownerUserId: string | null,
  ): Promise<void> {
    if (!row.activeParticipantAgencyIds.includes(ownerAgencyId)) {
      throw InputError.badInput(
        'ownerAgencyId',
        'The owner must be an agency that takes part in the case.',
      );
    }
    if (ownerUserId === null) return;
    const [found] = (await run(
      this.db,
      actionOwnerUserQuery(ownerUserId, ownerAgencyId),
    )) as unknown[];
    if (!found) {
      throw InputError.badInput('ownerUserId', 'The professional must work at the owner agency.');
    }
  }

  private async notifyAssigned(
    tx: EntityManager,
    user: Caller,
    target: PlanTarget,
    ownerAgencyId: string,
    ownerUserId: string | null,
  ): Promise<void> {
    const data = { caseReference: target.caseReference };
    if (ownerUserId !== null) {
      if (ownerUserId === user.id) return;
      await this.notifications.notifyUsers(tx, {
        regionId: user.regionId,
        userIds: [ownerUserId],
        kind: 'ACTION_ASSIGNED',
        caseId: target.caseId,
        data,
      });
      return;
    }
    await this.notifications.notifyAgencies(tx, {
      regionId: user.regionId,
      agencyIds: [ownerAgencyId],
      kind: 'ACTION_ASSIGNED',
      caseId: target.caseId,
      data,
      exceptUserId: user.id,
    });
  }

  /** Progress of an action that no version holds any more goes with it. */
  private async dropOrphanProgress(tx: EntityManager, caseId: string): Promise<void> {
    await run(tx, dropOrphanProgressQuery(caseId));
  }
}
