import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { auditNote } from '../audit/audit-scope';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { PolicyService } from '../sharing/policy.service';
import { SharingError } from '../sharing/sharing.error';
import { textArg, uuidArg } from '../sharing/validate';
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

/** Bounds of a retention period in whole months (also a CHECK in the database). */
export const MIN_RETENTION_MONTHS = 6;
export const MAX_RETENTION_MONTHS = 120;

const REFERENCE = /^[A-Z0-9-]{3,40}$/;

// The closing moment: the closure for a closed case, the triage decision for one referred back
// or rejected; null while the case is open.
export const CLOSED_AT_SQL = `CASE c.status
    WHEN 'CLOSED' THEN (SELECT cc.closed_at FROM case_closure cc WHERE cc.case_id = c.id)
    WHEN 'REFERRED_BACK' THEN (SELECT r.decided_at FROM referral r WHERE r.case_id = c.id)
    WHEN 'REJECTED' THEN (SELECT r.decided_at FROM referral r WHERE r.case_id = c.id)
  END`;

const HOLD_SELECT = `
  SELECT h.id, c.reference AS "caseReference", c.status AS "caseStatus",
         ${CLOSED_AT_SQL} AS "closedAt", h.reason, h.set_at AS "setAt",
         su.display_name AS "setByName", h.released_at AS "releasedAt",
         ru.display_name AS "releasedByName", h.release_reason AS "releaseReason",
         c.id AS "caseId"
    FROM legal_hold h
    JOIN case_file c ON c.id = h.case_id AND c.region_id = h.region_id
    LEFT JOIN app_user su ON su.id = h.set_by_user_id
    LEFT JOIN app_user ru ON ru.id = h.released_by_user_id`;

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

  private async assert(user: AuthenticatedUser, action: 'read' | 'update'): Promise<void> {
    await this.policies.requireInOwnRegion(
      user,
      action,
      'Retention',
      action === 'read'
        ? 'You may not read the retention settings.'
        : 'Only the privacy officer changes retention settings and legal holds.',
    );
  }

  async periods(user: AuthenticatedUser): Promise<RetentionPeriodModel[]> {
    await this.assert(user, 'read');
    return await this.db.query<RetentionPeriodModel[]>(
      `SELECT p.category, p.months, p.source, p.revision, p.updated_at AS "updatedAt",
              u.display_name AS "updatedByName"
         FROM retention_period p LEFT JOIN app_user u ON u.id = p.updated_by_user_id
        WHERE p.region_id = $1
        ORDER BY array_position(ARRAY['IDENTITY','BSN','POLICE','JUSTICE','PROBATION','CARE',
          'CARE_SIGNAL','SOCIAL','SAFETY','PLAN'], p.category)`,
      [user.regionId],
    );
  }

  async history(user: AuthenticatedUser, first: number): Promise<RetentionPeriodChangeModel[]> {
    await this.assert(user, 'read');
    const limit = Math.min(Math.max(Math.trunc(first) || 50, 1), 200);
    return await this.db.query<RetentionPeriodChangeModel[]>(
      `SELECT h.category, h.months, h.source, h.revision, h.changed_at AS "changedAt",
              u.display_name AS "changedByName"
         FROM retention_period_history h LEFT JOIN app_user u ON u.id = h.changed_by_user_id
        WHERE h.region_id = $1
        ORDER BY h.changed_at DESC, h.id DESC LIMIT $2`,
      [user.regionId, limit],
    );
  }

  async updatePeriod(
    user: AuthenticatedUser,
    input: UpdateRetentionPeriodInput,
  ): Promise<RetentionPeriodModel> {
    await this.assert(user, 'update');
    if (!isInformationCategory(input.category)) {
      throw SharingError.badInput('category', 'category is not an information category.');
    }
    const months = input.months;
    if (
      !Number.isInteger(months) ||
      months < MIN_RETENTION_MONTHS ||
      months > MAX_RETENTION_MONTHS
    ) {
      throw SharingError.badInput(
        'months',
        `months must be a whole number from ${MIN_RETENTION_MONTHS} to ${MAX_RETENTION_MONTHS}.`,
      );
    }
    const source = textArg(input.source ?? '', 'source', 3, 500);
    const updated = await this.db.query<[unknown[], number]>(
      `UPDATE retention_period
          SET months = $3, source = $4, revision = revision + 1, updated_at = now(),
              updated_by_user_id = $5
        WHERE region_id = $1 AND category = $2 AND revision = $6
        RETURNING category`,
      [user.regionId, input.category, months, source, user.id, input.revision],
    );
    if (updated[1] === 0) {
      throw new SharingError(
        'CONFLICT',
        'The retention period was changed by someone else meanwhile; reload and try again.',
      );
    }
    const periods = await this.periods(user);
    return periods.find((p) => p.category === input.category)!;
  }

  async holds(user: AuthenticatedUser, includeReleased: boolean): Promise<LegalHoldModel[]> {
    await this.assert(user, 'update');
    const rows = await this.db.query<HoldRow[]>(
      `${HOLD_SELECT}
        WHERE h.region_id = $1 AND ($2 OR h.released_at IS NULL)
        ORDER BY h.released_at IS NOT NULL, h.set_at DESC LIMIT 200`,
      [user.regionId, includeReleased],
    );
    auditNote({ caseIds: rows.map((r) => r.caseId), record: { type: 'legal_hold', id: 'list' } });
    return rows.map(toHold);
  }

  async setHold(user: AuthenticatedUser, input: SetLegalHoldInput): Promise<LegalHoldModel> {
    await this.assert(user, 'update');
    const reference = (input.caseReference ?? '').trim().toUpperCase();
    if (!REFERENCE.test(reference)) {
      throw SharingError.badInput('caseReference', 'caseReference is not a case reference.');
    }
    const reason = textArg(input.reason ?? '', 'reason', 10, 1000);
    return this.db.transaction(async (tx) => {
      // Only the own region; the answer never says whether the reference exists elsewhere.
      const [found] = await tx.query<{ id: string }[]>(
        `SELECT id FROM case_file WHERE region_id = $1 AND reference = $2 FOR UPDATE`,
        [user.regionId, reference],
      );
      if (!found) throw SharingError.notFound('The case');
      auditNote({ caseId: found.id, record: { type: 'legal_hold', id: found.id } });
      const [active] = await tx.query<unknown[]>(
        `SELECT 1 FROM legal_hold WHERE case_id = $1 AND released_at IS NULL`,
        [found.id],
      );
      if (active) {
        throw new SharingError('CONFLICT', 'This case already has an active legal hold.');
      }
      const [hold] = await tx.query<{ id: string }[]>(
        `INSERT INTO legal_hold (region_id, case_id, reason, set_by_user_id)
         VALUES ($1, $2, $3, $4) RETURNING id`,
        [user.regionId, found.id, reason, user.id],
      );
      const [row] = await tx.query<HoldRow[]>(`${HOLD_SELECT} WHERE h.id = $1`, [hold!.id]);
      return toHold(row!);
    });
  }

  async releaseHold(
    user: AuthenticatedUser,
    input: ReleaseLegalHoldInput,
  ): Promise<LegalHoldModel> {
    await this.assert(user, 'update');
    const holdId = uuidArg(input.holdId ?? '', 'holdId');
    const reason = textArg(input.reason ?? '', 'reason', 10, 1000);
    return this.db.transaction(async (tx) => {
      const [hold] = await tx.query<{ caseId: string; releasedAt: Date | null }[]>(
        `SELECT case_id AS "caseId", released_at AS "releasedAt" FROM legal_hold
          WHERE id = $1 AND region_id = $2 FOR UPDATE`,
        [holdId, user.regionId],
      );
      if (!hold) throw SharingError.notFound('The legal hold');
      auditNote({ caseId: hold.caseId, record: { type: 'legal_hold', id: holdId } });
      if (hold.releasedAt)
        throw new SharingError('CONFLICT', 'This legal hold was released already.');
      await tx.query(
        `UPDATE legal_hold SET released_at = now(), released_by_user_id = $2, release_reason = $3
          WHERE id = $1`,
        [holdId, user.id, reason],
      );
      const [row] = await tx.query<HoldRow[]>(`${HOLD_SELECT} WHERE h.id = $1`, [holdId]);
      return toHold(row!);
    });
  }

  async deletionRecords(user: AuthenticatedUser, first: number): Promise<DeletionRecordModel[]> {
    await this.assert(user, 'read');
    const limit = Math.min(Math.max(Math.trunc(first) || 50, 1), 200);
    return await this.db.query<DeletionRecordModel[]>(
      `SELECT d.id, d.scope, d.case_status AS "caseStatus", to_char(d.closed_on, 'YYYY-MM-DD') AS "closedOn",
              d.deleted_at AS "deletedAt", d.categories, d.person_deleted AS "personDeleted",
              (SELECT coalesce(sum(value::bigint), 0)::int FROM jsonb_each_text(d.row_counts))
                AS "rowCount"
         FROM deletion_record d
        WHERE d.region_id = $1
        ORDER BY d.deleted_at DESC, d.id LIMIT $2`,
      [user.regionId, limit],
    );
  }
}
