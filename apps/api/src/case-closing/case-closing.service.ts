import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { closeCaseSchema, type CaseStatus } from '@schakel/domain';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import { CaseEventService } from '../case-events/case-event.service';
import { parseInput } from '../common/parse-input';
import { NotificationService } from '../notifications/notification.service';
import { CaseAccessService } from '../sharing/case-access.service';
import { caseCategoryItem } from '../sharing/policy-sql';
import { PolicyService } from '../sharing/policy.service';
import { CaseClosingError } from './case-closing.error';
import { uuidArg } from '../common/validate';
import type { CaseClosureModel } from './case-closing.model';
import {
  closeCaseQuery,
  closureQuery,
  insertClosureQuery,
  planParticipationEndsQuery,
} from './case-closing.queries';
import type { CloseCaseInput } from './dto/close-case.input';

/** A referral is decided in triage (accept, refer back, reject); only an accepted case is closed. */
const CLOSABLE: readonly CaseStatus[] = ['ACCEPTED', 'ACTIVE'];

/** Stored as the end reason of every participation the closing ends. */
const END_REASON = 'Casus afgesloten (afschaling)';

/**
 * Closing a case (afschaling). Participation does not end at once: each active participation gets a
 * planned end after the region's grace period, so need-to-know (`participationActive`) keeps working
 * until then and ends by itself, with no job to run.
 */
@Injectable()
export class CaseClosingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
    private readonly cases: CaseAccessService,
    private readonly events: CaseEventService,
    private readonly notifications: NotificationService,
  ) {}

  async close(user: Caller, input: CloseCaseInput): Promise<CaseClosureModel> {
    const { caseId, reason } = parseInput(closeCaseSchema(), input);
    const { ability } = await user.policy();
    const row = await this.cases.require(ability, 'update', caseId, user);
    if (row.status === 'CLOSED')
      throw new CaseClosingError('CONFLICT', 'The case is already closed.');
    CaseAccessService.assertOpen(row);
    if (!CLOSABLE.includes(row.status)) {
      throw new CaseClosingError(
        'CONFLICT',
        'A referral is decided in triage before it can be closed.',
      );
    }
    if (row.status !== input.expectedStatus) {
      throw new CaseClosingError('CONFLICT', 'The case has changed meanwhile; reload it first.');
    }

    await user.transaction(this.db, async (tx) => {
      // Conditional on the status: of two concurrent closings, the second changes nothing.
      const close = closeCaseQuery(caseId, user.regionId, row.status);
      const [closed] = await tx.query<[{ reference: string; graceDays: number }[], number]>(
        close.sql,
        close.params,
      );
      const updated = closed[0];
      if (!updated) throw new CaseClosingError('CONFLICT', 'The case has changed meanwhile.');
      const closure = insertClosureQuery({
        caseId,
        regionId: user.regionId,
        outcome: input.outcome,
        reason,
        closedByUserId: user.id,
        closedByAgencyId: user.agencyId,
        graceDays: updated.graceDays,
      });
      await tx.query(closure.sql, closure.params);
      // An earlier planned end stays; ended participations stay ended.
      const plan = planParticipationEndsQuery(caseId, updated.graceDays, END_REASON, user.id);
      const [ending] = await tx.query<[{ agencyId: string }[], number]>(plan.sql, plan.params);
      await this.events.record(tx, {
        regionId: user.regionId,
        caseId,
        kind: 'CASE_CLOSED',
        actor: { userId: user.id, agencyId: user.agencyId },
        data: { outcome: input.outcome, graceDays: updated.graceDays },
      });
      await this.notifications.notifyAgencies(tx, {
        regionId: user.regionId,
        agencyIds: [...row.activeParticipantAgencyIds, ...ending.map((p) => p.agencyId)],
        kind: 'CASE_CLOSED',
        caseId,
        data: { caseReference: updated.reference },
        exceptUserId: user.id,
      });
    });
    return (await this.load(caseId))!;
  }

  /** The closure of a case the caller may read, with PLAN read (the reason is a process record). */
  async closure(user: Caller, caseIdArg: string): Promise<CaseClosureModel | null> {
    const caseId = uuidArg(caseIdArg, 'caseId');
    const { ability } = await user.policy();
    const row = await this.cases.require(ability, 'read', caseId, user);
    if (!ability.can('read', caseCategoryItem(row, 'PLAN'))) {
      throw new CaseClosingError('FORBIDDEN', 'You may not read the plan records of this case.');
    }
    return this.load(caseId);
  }

  private async load(caseId: string): Promise<CaseClosureModel | null> {
    const { sql, params } = closureQuery(caseId);
    const [row] = await this.db.query<CaseClosureModel[]>(sql, params);
    return row ?? null;
  }
}
