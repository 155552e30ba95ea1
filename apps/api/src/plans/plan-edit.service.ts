import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CaseEventService } from '../case-events/case-event.service';
import { NotificationService } from '../notifications/notification.service';
import { SharingError } from '../sharing/sharing.error';
import { dateArg, localDate, textArg, uuidArg } from '../sharing/validate';
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
import type { PlanVersionModel } from './plan.model';
import { PlanService } from './plan.service';

const DESCRIPTION = { min: 3, max: 1000 };

function revisionArg(value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw SharingError.badInput('revision', 'revision must be a positive whole number.');
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

  async startRevision(
    user: AuthenticatedUser,
    input: StartPlanRevisionInput,
  ): Promise<PlanVersionModel> {
    const caseId = uuidArg(input.caseId, 'caseId');
    await this.access.forCase(user, caseId, true);
    const draftOf = async () => {
      const [draft] = await this.db.query<{ id: string }[]>(
        `SELECT id FROM plan_version WHERE case_id = $1 AND status = 'DRAFT'`,
        [caseId],
      );
      return draft?.id ?? null;
    };
    // Two people clicking "wijzigen" at once end up in the same draft.
    const existing = await draftOf();
    if (existing) return this.plans.loadVersion(existing, user.regionId);
    let id: string;
    try {
      id = await this.db.transaction((tx) => this.createDraft(tx, user, caseId));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const raced = await draftOf();
      if (!raced) throw error;
      id = raced;
    }
    return this.plans.loadVersion(id, user.regionId);
  }

  private async createDraft(
    tx: EntityManager,
    user: AuthenticatedUser,
    caseId: string,
  ): Promise<string> {
    const [base] = await tx.query<{ id: string }[]>(
      `SELECT id FROM plan_version WHERE case_id = $1 AND status = 'ADOPTED'
        ORDER BY number DESC LIMIT 1`,
      [caseId],
    );
    const [created] = await tx.query<{ id: string; number: number }[]>(
      `INSERT INTO plan_version (region_id, case_id, number, based_on_version_id, created_by_user_id)
       VALUES ($1, $2, (SELECT COALESCE(max(number), 0) + 1 FROM plan_version WHERE case_id = $2),
               $3, $4)
       RETURNING id, number`,
      [user.regionId, caseId, base?.id ?? null, user.id],
    );
    const id = created!.id;
    if (base) {
      // The same keys as the adopted version: the diff and the progress follow them.
      await tx.query(
        `INSERT INTO plan_goal (region_id, version_id, key, life_domain, description, position)
         SELECT region_id, $2, key, life_domain, description, position
           FROM plan_goal WHERE version_id = $1`,
        [base.id, id],
      );
      await tx.query(
        `INSERT INTO plan_action (region_id, case_id, version_id, goal_id, key, description,
                                  owner_agency_id, owner_user_id, due_date, position)
         SELECT a.region_id, a.case_id, $2, ng.id, a.key, a.description, a.owner_agency_id,
                a.owner_user_id, a.due_date, a.position
           FROM plan_action a
           JOIN plan_goal og ON og.id = a.goal_id
           JOIN plan_goal ng ON ng.version_id = $2 AND ng.key = og.key
          WHERE a.version_id = $1`,
        [base.id, id],
      );
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

  async addGoal(user: AuthenticatedUser, input: AddPlanGoalInput): Promise<PlanVersionModel> {
    const description = textArg(input.description, 'description', DESCRIPTION.min, DESCRIPTION.max);
    const { target } = await this.access.target(user, 'version', input.versionId, 'versionId');
    return this.editDraft(user, target, input.revision, async (tx) => {
      await tx.query(
        `INSERT INTO plan_goal (region_id, version_id, life_domain, description, position)
         VALUES ($1, $2, $3, $4,
                 (SELECT COALESCE(max(position), -1) + 1 FROM plan_goal WHERE version_id = $2))`,
        [user.regionId, target.versionId, input.lifeDomain, description],
      );
    });
  }

  async updateGoal(user: AuthenticatedUser, input: UpdatePlanGoalInput): Promise<PlanVersionModel> {
    const goalId = uuidArg(input.goalId, 'goalId');
    const description =
      input.description === null || input.description === undefined
        ? null
        : textArg(input.description, 'description', DESCRIPTION.min, DESCRIPTION.max);
    const { target } = await this.access.target(user, 'goal', goalId, 'goalId');
    return this.editDraft(user, target, input.revision, async (tx) => {
      await tx.query(
        `UPDATE plan_goal SET life_domain = COALESCE($2, life_domain),
                              description = COALESCE($3, description)
          WHERE id = $1`,
        [goalId, input.lifeDomain ?? null, description],
      );
    });
  }

  async removeGoal(user: AuthenticatedUser, input: RemovePlanGoalInput): Promise<PlanVersionModel> {
    const goalId = uuidArg(input.goalId, 'goalId');
    const { target } = await this.access.target(user, 'goal', goalId, 'goalId');
    return this.editDraft(user, target, input.revision, async (tx) => {
      await tx.query(`DELETE FROM plan_goal WHERE id = $1`, [goalId]);
      await this.dropOrphanProgress(tx, target.caseId);
    });
  }

  async addAction(user: AuthenticatedUser, input: AddPlanActionInput): Promise<PlanVersionModel> {
    const goalId = uuidArg(input.goalId, 'goalId');
    const description = textArg(input.description, 'description', DESCRIPTION.min, DESCRIPTION.max);
    const dueDate = dueDateArg(input.dueDate);
    const ownerAgencyId = uuidArg(input.ownerAgencyId, 'ownerAgencyId');
    const ownerUserId = input.ownerUserId ? uuidArg(input.ownerUserId, 'ownerUserId') : null;
    const { row, target } = await this.access.target(user, 'goal', goalId, 'goalId');
    await this.checkOwner(row, ownerAgencyId, ownerUserId);
    return this.editDraft(user, target, input.revision, async (tx) => {
      const [action] = await tx.query<{ key: string }[]>(
        `INSERT INTO plan_action (region_id, case_id, version_id, goal_id, description,
                                  owner_agency_id, owner_user_id, due_date, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8,
                 (SELECT COALESCE(max(position), -1) + 1 FROM plan_action WHERE goal_id = $4))
         RETURNING key`,
        [
          user.regionId,
          target.caseId,
          target.versionId,
          goalId,
          description,
          ownerAgencyId,
          ownerUserId,
          dueDate,
        ],
      );
      await tx.query(
        `INSERT INTO plan_action_progress (action_key, region_id, case_id, status_changed_by_user_id)
         VALUES ($1, $2, $3, $4)`,
        [action!.key, user.regionId, target.caseId, user.id],
      );
      await this.notifyAssigned(tx, user, target, ownerAgencyId, ownerUserId);
    });
  }

  async updateAction(
    user: AuthenticatedUser,
    input: UpdatePlanActionInput,
  ): Promise<PlanVersionModel> {
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
      const [goal] = await this.db.query<unknown[]>(
        `SELECT 1 FROM plan_goal WHERE id = $1 AND version_id = $2`,
        [goalId, target.versionId],
      );
      if (!goal) throw SharingError.badInput('goalId', 'No such goal in this plan version.');
    }
    return this.editDraft(user, target, input.revision, async (tx) => {
      await tx.query(
        `UPDATE plan_action SET description = COALESCE($2, description),
                                due_date = COALESCE($3::date, due_date),
                                goal_id = COALESCE($4, goal_id),
                                owner_agency_id = $5, owner_user_id = $6
          WHERE id = $1`,
        [actionId, description, dueDate, goalId, ownerAgencyId, ownerUserId],
      );
      const reassigned =
        ownerAgencyId !== target.ownerAgencyId ||
        (ownerUserId !== null && ownerUserId !== target.ownerUserId);
      if (reassigned) await this.notifyAssigned(tx, user, target, ownerAgencyId, ownerUserId);
    });
  }

  async removeAction(
    user: AuthenticatedUser,
    input: RemovePlanActionInput,
  ): Promise<PlanVersionModel> {
    const actionId = uuidArg(input.actionId, 'actionId');
    const { target } = await this.access.target(user, 'action', actionId, 'actionId');
    return this.editDraft(user, target, input.revision, async (tx) => {
      await tx.query(`DELETE FROM plan_action WHERE id = $1`, [actionId]);
      await this.dropOrphanProgress(tx, target.caseId);
    });
  }

  async adopt(user: AuthenticatedUser, input: AdoptPlanVersionInput): Promise<PlanVersionModel> {
    const adoptedOn = dateArg(input.adoptedOn, 'adoptedOn');
    if (adoptedOn > localDate()) {
      throw SharingError.badInput('adoptedOn', 'adoptedOn cannot lie in the future.');
    }
    const { ability, row, target } = await this.access.target(
      user,
      'version',
      input.versionId,
      'versionId',
    );
    if (!PlanAccessService.canLead(ability, row)) {
      throw new SharingError(
        'FORBIDDEN',
        'Only the procesregisseur or the casusregisseur agency adopts the plan.',
      );
    }
    const [previous] = await this.db.query<{ adoptedOn: string | null }[]>(
      `SELECT to_char(max(adopted_on), 'YYYY-MM-DD') AS "adoptedOn" FROM plan_version
        WHERE case_id = $1 AND status = 'ADOPTED'`,
      [target.caseId],
    );
    if (previous?.adoptedOn && adoptedOn < previous.adoptedOn) {
      throw SharingError.badInput(
        'adoptedOn',
        `adoptedOn cannot lie before the previous adoption (${previous.adoptedOn}).`,
      );
    }
    this.assertDraft(target);
    const revision = revisionArg(input.revision);
    await this.db.transaction(async (tx) => {
      const [adopted] = await tx.query<[{ number: number; goals: number }[], number]>(
        `UPDATE plan_version
            SET status = 'ADOPTED', adopted_on = $3, adopted_at = now(), adopted_by_user_id = $4,
                adopted_by_agency_id = $5, revision = revision + 1, updated_at = now()
          WHERE id = $1 AND revision = $2 AND status = 'DRAFT'
        RETURNING number,
                  (SELECT count(*)::int FROM plan_goal g WHERE g.version_id = plan_version.id)
                    AS goals`,
        [target.versionId, revision, adoptedOn, user.id, user.agencyId],
      );
      const done = adopted[0];
      if (!done) throw new PlanEditConflictError();
      if (done.goals === 0) {
        throw SharingError.badInput('versionId', 'A plan without goals cannot be adopted.');
      }
      const version = done.number;
      // Adopting the plan starts the work on an accepted case.
      await tx.query(
        `UPDATE case_file SET updated_at = now(),
                status = CASE WHEN status = 'ACCEPTED' THEN 'ACTIVE' ELSE status END
          WHERE id = $1`,
        [target.caseId],
      );
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
      throw new SharingError(
        'CONFLICT',
        `Version ${target.number} is adopted and can no longer be changed; start a new version.`,
      );
    }
  }

  /** Moves the draft's revision on (or fails with EDIT_CONFLICT), then applies the change. */
  private async editDraft(
    user: AuthenticatedUser,
    target: PlanTarget,
    revisionInput: number,
    change: (tx: EntityManager) => Promise<void>,
  ): Promise<PlanVersionModel> {
    const revision = revisionArg(revisionInput);
    this.assertDraft(target);
    await this.db.transaction(async (tx) => {
      const result = await tx.query<[unknown[], number]>(
        `UPDATE plan_version SET revision = revision + 1, updated_at = now()
          WHERE id = $1 AND revision = $2 AND status = 'DRAFT'`,
        [target.versionId, revision],
      );
      if (result[1] === 0) throw new PlanEditConflictError();
      await change(tx);
      await tx.query(`UPDATE case_file SET updated_at = now() WHERE id = $1`, [target.caseId]);
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
      throw SharingError.badInput(
        'ownerAgencyId',
        'The owner must be an agency that takes part in the case.',
      );
    }
    if (ownerUserId === null) return;
    const [found] = await this.db.query<unknown[]>(
      `SELECT 1 FROM app_user WHERE id = $1 AND agency_id = $2 AND active
          AND roles && ARRAY['MEMBER','PROCESREGISSEUR']::text[]`,
      [ownerUserId, ownerAgencyId],
    );
    if (!found) {
      throw SharingError.badInput('ownerUserId', 'The professional must work at the owner agency.');
    }
  }

  private async notifyAssigned(
    tx: EntityManager,
    user: AuthenticatedUser,
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
    await tx.query(
      `DELETE FROM plan_action_progress p
        WHERE p.case_id = $1 AND NOT EXISTS (SELECT 1 FROM plan_action a WHERE a.key = p.action_key)`,
      [caseId],
    );
  }
}
