import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import { PolicyService } from '../sharing/policy.service';
import { runStatement } from '../database/run-statement';
import { RetentionError } from './retention.error';
import { InputError } from '../common/input.error';
import { textArg, uuidArg } from '../common/validate';
import { isInformationCategory } from '@schakel/domain';
import type {
  ReleaseLegalHoldInput,
  SetLegalHoldInput,
  UpdateRetentionPeriodInput,
} from './dto/retention.inputs';
import type {
  DeletionRecordModel,
  LegalHoldModel,
  RetentionPeriodChangeModel,
  RetentionPeriodModel,
} from './retention.model';
import {
  activeLegalHoldQuery,
  caseByReferenceForUpdateQuery,
  deletionRecordsQuery,
  insertLegalHoldQuery,
  legalHoldByIdQuery,
  legalHoldForUpdateQuery,
  legalHoldsQuery,
  releaseLegalHoldQuery,
  retentionHistoryQuery,
  retentionPeriodsQuery,
  updateRetentionPeriodQuery,
} from './retention.queries';

/** Bounds of a retention period in whole months (also a CHECK in the database). */
export const MIN_RETENTION_MONTHS = 6;
export const MAX_RETENTION_MONTHS = 120;

const REFERENCE = /^[A-Z0-9-]{3,40}$/;

type HoldRow = LegalHoldModel & { caseId: string };
const toHold = ({ caseId: _caseId, ...hold }: HoldRow): LegalHoldModel => hold;

/**
 * Retention settings of a region (periods, legal holds) and the deletion records the job left.
 * Periods: read by the privacy officer and the functional admin, changed by the privacy officer
 * (`manage Retention`). Legal holds: the privacy officer only, by case reference — it has no case
 * read, so the reference is resolved here in SQL, in the own region, to reference, status and
 * closing date: what setting a hold needs, nothing of the case's content.
 */
@Injectable()
export class RetentionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
  ) {}

  private async assert(user: Caller, action: 'read' | 'update'): Promise<void> {
    await this.policies.requireInOwnRegion(
      user,
      action,
      'Retention',
      action === 'read'
        ? 'You may not read the retention settings.'
        : 'Only the privacy officer changes retention settings and legal holds.',
    );
  }

  async periods(user: Caller): Promise<RetentionPeriodModel[]> {
    await this.assert(user, 'read');
    return (await runStatement(
      this.db,
      retentionPeriodsQuery(user.regionId),
    )) as RetentionPeriodModel[];
  }

  async history(user: Caller, first: number): Promise<RetentionPeriodChangeModel[]> {
    await this.assert(user, 'read');
    const limit = Math.min(Math.max(Math.trunc(first) || 50, 1), 200);
    return (await runStatement(
      this.db,
      retentionHistoryQuery(user.regionId, limit),
    )) as RetentionPeriodChangeModel[];
  }

  async updatePeriod(
    user: Caller,
    input: UpdateRetentionPeriodInput,
  ): Promise<RetentionPeriodModel> {
    await this.assert(user, 'update');
    if (!isInformationCategory(input.category)) {
      throw InputError.badInput('category', 'category is not an information category.');
    }
    const months = input.months;
    if (
      !Number.isInteger(months) ||
      months < MIN_RETENTION_MONTHS ||
      months > MAX_RETENTION_MONTHS
    ) {
      throw InputError.badInput(
        'months',
        `months must be a whole number from ${MIN_RETENTION_MONTHS} to ${MAX_RETENTION_MONTHS}.`,
      );
    }
    const source = textArg(input.source ?? '', 'source', 3, 500);
    const updated = (await runStatement(
      this.db,
      updateRetentionPeriodQuery({
        regionId: user.regionId,
        category: input.category,
        months,
        source,
        userId: user.id,
        revision: input.revision,
      }),
    )) as [unknown[], number];
    if (updated[1] === 0) {
      throw new RetentionError(
        'CONFLICT',
        'The retention period was changed by someone else meanwhile; reload and try again.',
      );
    }
    const periods = await this.periods(user);
    return periods.find((p) => p.category === input.category)!;
  }

  async holds(user: Caller, includeReleased: boolean): Promise<LegalHoldModel[]> {
    await this.assert(user, 'update');
    const rows = (await runStatement(
      this.db,
      legalHoldsQuery(user.regionId, includeReleased),
    )) as HoldRow[];
    user.note({ caseIds: rows.map((r) => r.caseId), record: { type: 'legal_hold', id: 'list' } });
    return rows.map(toHold);
  }

  async setHold(user: Caller, input: SetLegalHoldInput): Promise<LegalHoldModel> {
    await this.assert(user, 'update');
    const reference = (input.caseReference ?? '').trim().toUpperCase();
    if (!REFERENCE.test(reference)) {
      throw InputError.badInput('caseReference', 'caseReference is not a case reference.');
    }
    const reason = textArg(input.reason ?? '', 'reason', 10, 1000);
    return user.transaction(this.db, async (tx) => {
      // Only the own region; the answer never says whether the reference exists elsewhere.
      const [found] = (await runStatement(
        tx,
        caseByReferenceForUpdateQuery(user.regionId, reference),
      )) as { id: string }[];
      if (!found) throw InputError.notFound('The case');
      user.note({ caseId: found.id, record: { type: 'legal_hold', id: found.id } });
      const [active] = (await runStatement(tx, activeLegalHoldQuery(found.id))) as unknown[];
      if (active) {
        throw new RetentionError('CONFLICT', 'This case already has an active legal hold.');
      }
      const [hold] = (await runStatement(
        tx,
        insertLegalHoldQuery(user.regionId, found.id, reason, user.id),
      )) as { id: string }[];
      const [row] = (await runStatement(tx, legalHoldByIdQuery(hold!.id))) as HoldRow[];
      return toHold(row!);
    });
  }

  async releaseHold(user: Caller, input: ReleaseLegalHoldInput): Promise<LegalHoldModel> {
    await this.assert(user, 'update');
    const holdId = uuidArg(input.holdId ?? '', 'holdId');
    const reason = textArg(input.reason ?? '', 'reason', 10, 1000);
    return user.transaction(this.db, async (tx) => {
      const [hold] = (await runStatement(tx, legalHoldForUpdateQuery(holdId, user.regionId))) as {
        caseId: string;
        releasedAt: Date | null;
      }[];
      if (!hold) throw InputError.notFound('The legal hold');
      user.note({ caseId: hold.caseId, record: { type: 'legal_hold', id: holdId } });
      if (hold.releasedAt)
        throw new RetentionError('CONFLICT', 'This legal hold was released already.');
      await runStatement(tx, releaseLegalHoldQuery(holdId, user.id, reason));
      const [row] = (await runStatement(tx, legalHoldByIdQuery(holdId))) as HoldRow[];
      return toHold(row!);
    });
  }

  async deletionRecords(user: Caller, first: number): Promise<DeletionRecordModel[]> {
    await this.assert(user, 'read');
    const limit = Math.min(Math.max(Math.trunc(first) || 50, 1), 200);
    return (await runStatement(
      this.db,
      deletionRecordsQuery(user.regionId, limit),
    )) as DeletionRecordModel[];
  }
}
