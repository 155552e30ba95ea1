import type { Statement } from '../common/sql';
import { CLOSED_AT_SQL } from './retention.queries';

/*
 * The retention job's statements as pure builders; `RetentionJobService` holds the decisions.
 */

/*
 * One run at a time across all API instances; other runs return at once. A transaction-level lock,
 * held by a transaction of its own that stays open for the run (the cases are deleted in their own
 * transactions on another connection): it ends with that transaction whatever happens, and works
 * behind a transaction-mode pooler, where a session lock could stay with a server connection some
 * other client gets next (ADR 0030).
 */
export function retentionLockQuery(): Statement {
  return {
    sql: `SELECT pg_try_advisory_xact_lock(hashtext('schakel:retention')) AS locked`,
    params: [],
  };
}

/** Cases where at least the shortest period of their region has passed. */
export function retentionCandidatesQuery(now: Date): Statement {
  return {
    sql: `SELECT c.id FROM case_file c
        WHERE c.status IN ('CLOSED','REFERRED_BACK','REJECTED')
          AND NOT EXISTS (SELECT 1 FROM legal_hold h WHERE h.case_id = c.id AND h.released_at IS NULL)
          AND (${CLOSED_AT_SQL}) + make_interval(months => (SELECT min(p.months)
                 FROM retention_period p WHERE p.region_id = c.region_id)) <= $1
        ORDER BY c.id`,
    params: [now],
  };
}

/**
 * A candidate re-checked under its row lock: a hold set or a case reopened meanwhile wins.
 * SKIP LOCKED: a case someone is writing to right now waits for the next run.
 */
export function retentionCaseForUpdateQuery(caseId: string): Statement {
  return {
    sql: `SELECT c.id, c.region_id AS "regionId", c.status, c.subject_person_id AS "personId",
              closed."closedAt", to_char(closed."closedAt" AT TIME ZONE 'Europe/Amsterdam',
              'YYYY-MM-DD') AS "closedOn"
         FROM case_file c CROSS JOIN LATERAL (SELECT ${CLOSED_AT_SQL} AS "closedAt") closed
        WHERE c.id = $1 AND c.status IN ('CLOSED','REFERRED_BACK','REJECTED')
          AND closed."closedAt" IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM legal_hold h WHERE h.case_id = c.id AND h.released_at IS NULL)
        FOR UPDATE OF c SKIP LOCKED`,
    params: [caseId],
  };
}

/** Per category the case holds: its period and whether it has passed at `now`. */
export function retentionDueQuery(p: {
  caseId: string;
  closedAt: Date;
  now: Date;
  regionId: string;
  caseLevelCategories: readonly string[];
}): Statement {
  return {
    sql: `SELECT p.category, p.months, coalesce(i.n, 0)::int AS items,
              $2::timestamptz + make_interval(months => p.months) <= $3 AS due
         FROM retention_period p
         LEFT JOIN (SELECT category, count(*) AS n FROM information_item
                     WHERE case_id = $1 GROUP BY category) i ON i.category = p.category
        WHERE p.region_id = $4 AND (i.n > 0 OR p.category = ANY ($5::text[]))`,
    params: [p.caseId, p.closedAt, p.now, p.regionId, p.caseLevelCategories],
  };
}

export function deleteDueItemsQuery(caseId: string, categories: readonly string[]): Statement {
  return {
    sql: `WITH d AS (DELETE FROM information_item WHERE case_id = $1 AND category = ANY ($2::text[])
                  RETURNING 1)
       SELECT count(*)::int AS n FROM d`,
    params: [caseId, categories],
  };
}

/** The rows of `table` (one of CASE_CASCADE_TABLES) that go with the case. */
export function cascadeCountQuery(table: string, caseId: string): Statement {
  return {
    sql:
      table === 'consent'
        ? `SELECT count(*)::int AS n FROM consent WHERE case_id = $1 OR recorded_in_case_id = $1`
        : `SELECT count(*)::int AS n FROM ${table} WHERE case_id = $1`,
    params: [caseId],
  };
}

/** Rows below a case's rows that the cascade also removes; counted for the deletion record. */
export const NESTED_COUNTS: Readonly<Record<string, string>> = {
  plan_goal: `SELECT count(*) FROM plan_goal g JOIN plan_version v ON v.id = g.version_id
               WHERE v.case_id = $1`,
  agreed_approach_contact: `SELECT count(*) FROM agreed_approach_contact x
               JOIN agreed_approach a ON a.id = x.agreed_approach_id WHERE a.case_id = $1`,
  agreed_approach_revision: `SELECT count(*) FROM agreed_approach_revision x
               JOIN agreed_approach a ON a.id = x.agreed_approach_id WHERE a.case_id = $1`,
  meeting_item_invitee: `SELECT count(*) FROM meeting_item_invitee x
               JOIN meeting_item i ON i.id = x.item_id WHERE i.case_id = $1`,
  meeting_item_attendance: `SELECT count(*) FROM meeting_item_attendance x
               JOIN meeting_item i ON i.id = x.item_id WHERE i.case_id = $1`,
  life_domain_score: `SELECT count(*) FROM life_domain_score s
               JOIN life_domain_assessment a ON a.id = s.assessment_id WHERE a.case_id = $1`,
  volunteer_coupling_progress: `SELECT count(*) FROM volunteer_coupling_progress x
               JOIN volunteer_coupling v ON v.id = x.coupling_id WHERE v.case_id = $1`,
};

/** One of NESTED_COUNTS for a case. */
export function nestedCountQuery(countSql: string, caseId: string): Statement {
  return { sql: `SELECT (${countSql})::int AS n`, params: [caseId] };
}

export function deleteCaseQuery(caseId: string): Statement {
  return { sql: `DELETE FROM case_file WHERE id = $1`, params: [caseId] };
}

/**
 * Person references of a referral that keep a person row: the person another referral was
 * matched to (also a foreign key), and a possible match the procesregisseur has not yet decided
 * on. Once decided, a possible match no longer needs the person; a stale id then stays in
 * `possible_match_person_ids` (an array, no foreign key), while `bsn_match_person_id` is cleared
 * by its foreign key.
 */
export const PERSON_KEPT_BY_SQL = `
  NOT EXISTS (SELECT 1 FROM referral r
               WHERE r.match_person_id = p.id
                  OR (r.match_decision IS NULL
                      AND (r.bsn_match_person_id = p.id OR p.id = ANY (r.possible_match_person_ids))))`;

/** Deletes the person unless something still refers to them; counts 1 when it went. */
export function deleteUnreferencedPersonQuery(personId: string): Statement {
  return {
    sql: `WITH d AS (DELETE FROM person p WHERE p.id = $1 AND ${PERSON_KEPT_BY_SQL}
                     RETURNING 1)
         SELECT count(*)::int AS n FROM d`,
    params: [personId],
  };
}

export function insertDeletionRecordQuery(r: {
  regionId: string;
  scope: 'CASE' | 'ITEMS';
  caseId: string;
  caseStatus: string;
  closedOn: string;
  deletedAt: Date;
  categories: string[];
  counts: Record<string, number>;
  periods: Record<string, number>;
  personDeleted: boolean;
  runId: string;
}): Statement {
  return {
    sql: `INSERT INTO deletion_record (region_id, scope, case_id, case_status, closed_on, deleted_at,
                                    categories, row_counts, periods, person_deleted, run_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    params: [
      r.regionId,
      r.scope,
      r.caseId,
      r.caseStatus,
      r.closedOn,
      r.deletedAt,
      r.categories,
      JSON.stringify(r.counts),
      JSON.stringify(r.periods),
      r.personDeleted,
      r.runId,
    ],
  };
}

/** The regions with an audit chain. */
export function auditChainRegionsQuery(): Statement {
  return { sql: `SELECT region_id AS id FROM audit_chain`, params: [] };
}

/** Audit events of a region before `before`, through the database's narrow path. */
export function auditPurgeQuery(regionId: string, before: Date): Statement {
  return { sql: `SELECT audit_purge($1, $2)::int AS n`, params: [regionId, before] };
}
