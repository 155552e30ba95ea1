import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CLOSED_AT_SQL } from './retention.service';
import { CASE_CASCADE_TABLES, NESTED_COUNTS, PERSON_KEPT_BY_SQL } from './retention-references';

/** Categories every case has: the person (IDENTITY, BSN) and the case's own records (PLAN). */
const CASE_LEVEL_CATEGORIES = ['IDENTITY', 'BSN', 'PLAN'] as const;

/** Audit events are kept at least this long, then purged (issue 6; the database enforces it). */
export const AUDIT_KEEP_YEARS = 5;

// One job at a time across all API instances; other runs return at once.
const LOCK_SQL = `SELECT pg_try_advisory_lock(hashtext('schakel:retention')) AS locked`;
const UNLOCK_SQL = `SELECT pg_advisory_unlock(hashtext('schakel:retention'))`;

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
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      const [lock] = (await runner.query(LOCK_SQL)) as { locked: boolean }[];
      if (!lock?.locked) return result;
      result.ran = true;
      try {
        for (const candidate of await this.candidates(runner, now)) {
          await this.inTransaction(runner, (tx) => this.processCase(tx, candidate, now, result));
        }
        await this.purgeAudit(runner, now, result);
      } finally {
        await runner.query(UNLOCK_SQL);
      }
      return result;
    } finally {
      await runner.release();
    }
  }

  /** Cases where at least the shortest period of their region has passed. */
  private async candidates(runner: QueryRunner, now: Date): Promise<string[]> {
    const rows = (await runner.query(
      `SELECT c.id FROM case_file c
        WHERE c.status IN ('CLOSED','REFERRED_BACK','REJECTED')
          AND NOT EXISTS (SELECT 1 FROM legal_hold h WHERE h.case_id = c.id AND h.released_at IS NULL)
          AND (${CLOSED_AT_SQL}) + make_interval(months => (SELECT min(p.months)
                 FROM retention_period p WHERE p.region_id = c.region_id)) <= $1
        ORDER BY c.id`,
      [now],
    )) as { id: string }[];
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
    // Re-checked under the row lock: a hold set or a case reopened meanwhile wins. SKIP LOCKED:
    // a case someone is writing to right now waits for the next run.
    const [row] = await tx.query<CaseRow[]>(
      `SELECT c.id, c.region_id AS "regionId", c.status, c.subject_person_id AS "personId",
              closed."closedAt", to_char(closed."closedAt" AT TIME ZONE 'Europe/Amsterdam',
              'YYYY-MM-DD') AS "closedOn"
         FROM case_file c CROSS JOIN LATERAL (SELECT ${CLOSED_AT_SQL} AS "closedAt") closed
        WHERE c.id = $1 AND c.status IN ('CLOSED','REFERRED_BACK','REJECTED')
          AND closed."closedAt" IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM legal_hold h WHERE h.case_id = c.id AND h.released_at IS NULL)
        FOR UPDATE OF c SKIP LOCKED`,
      [caseId],
    );
    if (!row) return;

    // Per category the case holds: its period and whether it has passed at `now`.
    const due = await tx.query<DueRow[]>(
      `SELECT p.category, p.months, coalesce(i.n, 0)::int AS items,
              $2::timestamptz + make_interval(months => p.months) <= $3 AS due
         FROM retention_period p
         LEFT JOIN (SELECT category, count(*) AS n FROM information_item
                     WHERE case_id = $1 GROUP BY category) i ON i.category = p.category
        WHERE p.region_id = $4 AND (i.n > 0 OR p.category = ANY ($5::text[]))`,
      [row.id, row.closedAt, now, row.regionId, CASE_LEVEL_CATEGORIES],
    );
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
    const [deleted] = await tx.query<{ n: number }[]>(
      `WITH d AS (DELETE FROM information_item WHERE case_id = $1 AND category = ANY ($2::text[])
                  RETURNING 1)
       SELECT count(*)::int AS n FROM d`,
      [row.id, categories],
    );
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
      const [c] = await tx.query<{ n: number }[]>(
        table === 'consent'
          ? `SELECT count(*)::int AS n FROM consent WHERE case_id = $1 OR recorded_in_case_id = $1`
          : `SELECT count(*)::int AS n FROM ${table} WHERE case_id = $1`,
        [row.id],
      );
      if (c && c.n > 0) counts[table] = c.n;
    }
    for (const [table, sql] of Object.entries(NESTED_COUNTS)) {
      const [c] = await tx.query<{ n: number }[]>(`SELECT (${sql})::int AS n`, [row.id]);
      if (c && c.n > 0) counts[table] = c.n;
    }
    await tx.query(`DELETE FROM case_file WHERE id = $1`, [row.id]);

    // The person goes when nothing refers to them any more; a foreign key the job does not
    // check itself (savepoint) keeps them too.
    let personDeleted = false;
    await tx.query('SAVEPOINT retention_person');
    try {
      const [p] = await tx.query<{ n: number }[]>(
        `WITH d AS (DELETE FROM person p WHERE p.id = $1 AND ${PERSON_KEPT_BY_SQL}
                     RETURNING 1)
         SELECT count(*)::int AS n FROM d`,
        [row.personId],
      );
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
    const [inserted] = await tx.query<{ id: string }[]>(
      `INSERT INTO deletion_record (region_id, scope, case_id, case_status, closed_on, deleted_at,
                                    categories, row_counts, periods, person_deleted, run_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        row.regionId,
        r.scope,
        row.id,
        row.status,
        row.closedOn,
        r.now,
        r.categories,
        JSON.stringify(r.counts),
        JSON.stringify(r.periods),
        r.personDeleted,
        r.runId,
      ],
    );
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
    const regions = (await runner.query(`SELECT region_id AS id FROM audit_chain`)) as {
      id: string;
    }[];
    for (const { id } of regions) {
      const [purged] = (await runner.query(`SELECT audit_purge($1, $2)::int AS n`, [
        id,
        before,
      ])) as { n: number }[];
      result.auditEventsPurged += purged?.n ?? 0;
    }
  }
}
