import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { runStatement } from '../database/run-statement';
import {
  auditChainRegionsQuery,
  auditPurgeQuery,
  cascadeCountQuery,
  deleteCaseQuery,
  deleteDueItemsQuery,
  deleteUnreferencedPersonQuery,
  insertDeletionRecordQuery,
  NESTED_COUNTS,
  nestedCountQuery,
  retentionCandidatesQuery,
  retentionCaseForUpdateQuery,
  retentionDueQuery,
  retentionLockQuery,
} from './retention-job.queries';
import { CASE_CASCADE_TABLES } from './retention-references';

/** Categories every case has: the person (IDENTITY, BSN) and the case's own records (PLAN). */
const CASE_LEVEL_CATEGORIES = ['IDENTITY', 'BSN', 'PLAN'] as const;

/** Audit events are kept at least this long, then purged (issue 6; the database enforces it). */
export const AUDIT_KEEP_YEARS = 5;

export interface RetentionRunResult {
  runId: string;
  /** False when another run held the lock: this one did nothing. */
  ran: boolean;
  casesDeleted: number;
  itemDeletions: number;
  itemsDeleted: number;
  personsDeleted: number;
  auditEventsPurged: number;
}

interface CaseRow {
  id: string;
  regionId: string;
  status: 'CLOSED' | 'REFERRED_BACK' | 'REJECTED';
  personId: string;
  closedAt: Date;
  closedOn: string;
}

interface DueRow {
  category: string;
  months: number;
  items: number;
  due: boolean;
}

/**
 * The retention job (docs/privacy.md, "Retention"). For every closed, referred-back or rejected
 * case without an active legal hold, measured from its closing moment with the clock passed in:
 * - information items whose category's period has passed are deleted (scope ITEMS);
 * - once the longest period of the categories the case holds (IDENTITY, BSN and PLAN always) has
 *   passed, the case itself is deleted with everything that cascades from it, and then its person
 *   when nothing else refers to them (scope CASE).
 * Each deletion is one transaction with its deletion record and one DELETE audit event of the
 * system actor. Then audit events older than five years are purged per region.
 */
@Injectable()
export class RetentionJobService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async run(now: Date): Promise<RetentionRunResult> {
    const result: RetentionRunResult = {
      runId: randomUUID(),
      ran: false,
      casesDeleted: 0,
      itemDeletions: 0,
      itemsDeleted: 0,
      personsDeleted: 0,
      auditEventsPurged: 0,
    };
    // The lock's transaction: it writes nothing and ends (rolled back) when the run is over.
    const lockHolder = this.db.createQueryRunner();
    await lockHolder.connect();
    try {
      await lockHolder.startTransaction();
      const [lock] = (await runStatement(lockHolder, retentionLockQuery())) as {
        locked: boolean;
      }[];
      if (!lock?.locked) return result;
      result.ran = true;
      const runner = this.db.createQueryRunner();
      await runner.connect();
      try {
        for (const candidate of await this.candidates(runner, now)) {
          await this.inTransaction(runner, (tx) => this.processCase(tx, candidate, now, result));
        }
        await this.purgeAudit(runner, now, result);
      } finally {
        await runner.release();
      }
      return result;
    } finally {
      if (lockHolder.isTransactionActive) await lockHolder.rollbackTransaction().catch(() => {});
      await lockHolder.release();
    }
  }

  /** Cases where at least the shortest period of their region has passed. */
  private async candidates(runner: QueryRunner, now: Date): Promise<string[]> {
    const rows = (await runStatement(runner, retentionCandidatesQuery(now))) as { id: string }[];
    return rows.map((r) => r.id);
  }

  private async inTransaction(
    runner: QueryRunner,
    work: (tx: EntityManager) => Promise<void>,
  ): Promise<void> {
    await runner.startTransaction();
    try {
      await work(runner.manager);
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    }
  }

  private async processCase(
    tx: EntityManager,
    caseId: string,
    now: Date,
    result: RetentionRunResult,
  ): Promise<void> {
    // Re-checked under the row lock (see the builder).
    const [row] = (await runStatement(tx, retentionCaseForUpdateQuery(caseId))) as CaseRow[];
    if (!row) return;

    const due = (await runStatement(
      tx,
      retentionDueQuery({
        caseId: row.id,
        closedAt: row.closedAt,
        now,
        regionId: row.regionId,
        caseLevelCategories: CASE_LEVEL_CATEGORIES,
      }),
    )) as DueRow[];
    const periods = Object.fromEntries(due.map((d) => [d.category, d.months]));

    if (due.every((d) => d.due)) {
      await this.deleteCase(tx, row, due, periods, now, result);
      return;
    }
    const dueItems = due.filter((d) => d.due && d.items > 0);
    if (dueItems.length > 0) await this.deleteItems(tx, row, dueItems, now, result);
  }

  private async deleteItems(
    tx: EntityManager,
    row: CaseRow,
    dueItems: DueRow[],
    now: Date,
    result: RetentionRunResult,
  ): Promise<void> {
    const categories = dueItems.map((d) => d.category);
    const [deleted] = (await runStatement(tx, deleteDueItemsQuery(row.id, categories))) as {
      n: number;
    }[];
    const n = deleted?.n ?? 0;
    if (n === 0) return;
    const recordId = await this.record(tx, row, {
      scope: 'ITEMS',
      categories,
      counts: { information_item: n },
      periods: Object.fromEntries(dueItems.map((d) => [d.category, d.months])),
      personDeleted: false,
      now,
      runId: result.runId,
    });
    await this.audit.record(tx, {
      regionId: row.regionId,
      actor: null,
      action: 'DELETE',
      result: 'ALLOWED',
      operation: 'retention.deleteItems',
      caseId: row.id,
      personIds: [row.personId],
      categories,
      record: { type: 'deletion_record', id: recordId },
      purpose: 'retention period passed',
    });
    result.itemDeletions += 1;
    result.itemsDeleted += n;
  }

  private async deleteCase(
    tx: EntityManager,
    row: CaseRow,
    due: DueRow[],
    periods: Record<string, number>,
    now: Date,
    result: RetentionRunResult,
  ): Promise<void> {
    const counts: Record<string, number> = { case_file: 1 };
    for (const table of CASE_CASCADE_TABLES) {
      const [c] = (await runStatement(tx, cascadeCountQuery(table, row.id))) as { n: number }[];
      if (c && c.n > 0) counts[table] = c.n;
    }
    for (const [table, sql] of Object.entries(NESTED_COUNTS)) {
      const [c] = (await runStatement(tx, nestedCountQuery(sql, row.id))) as { n: number }[];
      if (c && c.n > 0) counts[table] = c.n;
    }
    await runStatement(tx, deleteCaseQuery(row.id));

    // The person goes when nothing refers to them any more; a foreign key the job does not
    // check itself (savepoint) keeps them too.
    let personDeleted = false;
    await tx.query('SAVEPOINT retention_person');
    try {
      const [p] = (await runStatement(tx, deleteUnreferencedPersonQuery(row.personId))) as {
        n: number;
      }[];
      personDeleted = (p?.n ?? 0) > 0;
      await tx.query('RELEASE SAVEPOINT retention_person');
      if (personDeleted) counts['person'] = 1;
    } catch (error) {
      if ((error as { code?: string }).code !== '23503') throw error;
      await tx.query('ROLLBACK TO SAVEPOINT retention_person');
    }

    const categories = due
      .filter((d) => d.items > 0 || d.category !== 'BSN' || personDeleted)
      .map((d) => d.category);
    const recordId = await this.record(tx, row, {
      scope: 'CASE',
      categories,
      counts,
      periods,
      personDeleted,
      now,
      runId: result.runId,
    });
    await this.audit.record(tx, {
      regionId: row.regionId,
      actor: null,
      action: 'DELETE',
      result: 'ALLOWED',
      operation: 'retention.deleteCase',
      caseId: row.id,
      personIds: [row.personId],
      categories,
      record: { type: 'deletion_record', id: recordId },
      purpose: 'retention period passed',
    });
    result.casesDeleted += 1;
    if (personDeleted) result.personsDeleted += 1;
  }

  private async record(
    tx: EntityManager,
    row: CaseRow,
    r: {
      scope: 'CASE' | 'ITEMS';
      categories: string[];
      counts: Record<string, number>;
      periods: Record<string, number>;
      personDeleted: boolean;
      now: Date;
      runId: string;
    },
  ): Promise<string> {
    const [inserted] = (await runStatement(
      tx,
      insertDeletionRecordQuery({
        regionId: row.regionId,
        scope: r.scope,
        caseId: row.id,
        caseStatus: row.status,
        closedOn: row.closedOn,
        deletedAt: r.now,
        categories: r.categories,
        counts: r.counts,
        periods: r.periods,
        personDeleted: r.personDeleted,
        runId: r.runId,
      }),
    )) as { id: string }[];
    return inserted!.id;
  }

  /** Audit events older than five years, per region, through the database's narrow path. */
  private async purgeAudit(
    runner: QueryRunner,
    now: Date,
    result: RetentionRunResult,
  ): Promise<void> {
    const before = new Date(now);
    before.setUTCFullYear(before.getUTCFullYear() - AUDIT_KEEP_YEARS);
    const regions = (await runStatement(runner, auditChainRegionsQuery())) as {
      id: string;
    }[];
    for (const { id } of regions) {
      const [purged] = (await runStatement(runner, auditPurgeQuery(id, before))) as { n: number }[];
      result.auditEventsPurged += purged?.n ?? 0;
    }
  }
}
