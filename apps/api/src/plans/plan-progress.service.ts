import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import { runStatement as run } from '../database/run-statement';
import { PlanError } from './plan.error';
import { InputError } from '../common/input.error';
import { textArg } from '../common/validate';
import type { AddPlanActionNoteInput, UpdatePlanActionStatusInput } from './dto/plan.inputs';
import { PlanAccessService } from './plan-access.service';
import { PlanEditConflictError } from './plan.error';
import { toAction, toNote, type ActionRow, type NoteRow } from './plan.mapping';
import type { PlanActionModel, PlanActionNoteModel } from './plan.model';
import { insertActionNoteQuery, updateActionStatusQuery } from './plan-progress.queries';
import { actionByIdQuery, noteByIdQuery } from './plan.queries';

/**
 * Progress on actions: status and notes. This is daily work on an adopted plan, so it needs no
 * new version; it belongs to the action's key and shows in every version that holds the action.
 */
@Injectable()
export class PlanProgressService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: PlanAccessService,
  ) {}

  /**
   * The owner agency reports on its own action; the casusregisseur agency and the procesregisseur
   * (who adopt the plan) may correct it. Stale statusRevision → EDIT_CONFLICT.
   */
  async updateStatus(user: Caller, input: UpdatePlanActionStatusInput): Promise<PlanActionModel> {
    if (!Number.isInteger(input.statusRevision) || input.statusRevision < 1) {
      throw InputError.badInput('statusRevision', 'statusRevision must be a positive number.');
    }
    const { ability, row, target } = await this.access.target(
      user,
      'action',
      input.actionId,
      'actionId',
    );
    const owner = target.ownerAgencyId === user.agencyId;
    if (!owner && !PlanAccessService.canLead(ability, row)) {
      throw new PlanError(
        'FORBIDDEN',
        'Only the owner agency, the casusregisseur or the procesregisseur changes this status.',
      );
    }
    await user.transaction(this.db, async (tx) => {
      const result = (await run(
        tx,
        updateActionStatusQuery(target.actionKey, input.statusRevision, input.status, user.id),
      )) as [unknown[], number];
      if (result[1] === 0) throw new PlanEditConflictError('action');
    });
    return this.load(input.actionId, user.regionId);
  }

  /** Anyone who may write the plan adds notes; notes are never changed (append-only). */
  async addNote(user: Caller, input: AddPlanActionNoteInput): Promise<PlanActionNoteModel> {
    const text = textArg(input.text, 'text', 1, 2000);
    const { target } = await this.access.target(user, 'action', input.actionId, 'actionId');
    const [note] = (await user.transaction(this.db, (tx) =>
      run(
        tx,
        insertActionNoteQuery({
          regionId: user.regionId,
          caseId: target.caseId,
          actionKey: target.actionKey,
          text,
          authorUserId: user.id,
          authorAgencyId: user.agencyId,
        }),
      ),
    )) as { id: string }[];
    const { sql, params } = noteByIdQuery(note!.id);
    const [row] = await this.db.query<NoteRow[]>(sql, params);
    return toNote(row!);
  }

  private async load(actionId: string, regionId: string): Promise<PlanActionModel> {
    const { sql, params } = actionByIdQuery(actionId.toLowerCase(), regionId);
    const [row] = await this.db.query<{ action: ActionRow }[]>(sql, params);
    return toAction(row!.action);
  }
}
