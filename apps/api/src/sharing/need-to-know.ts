/**
 * Need-to-know, spelled once. A participation is active while it has not ended: an end in the
 * future is a planned "until". Every statement that asks "does this agency take part in this
 * case?" uses these fragments; `need-to-know.spec.ts` fails when the predicate is written
 * anywhere else. The in-memory twin is `activeParticipantAgencyIds` in the CASL subjects.
 */

/** The participation row `alias` (of `case_participant`) is active at `at` (default: now). */
export function participationActive(alias: string, at = 'now()'): string {
  return `(${alias}.ended_at IS NULL OR ${alias}.ended_at > ${at})`;
}

/** TRUE when agency `agency` (a placeholder or column) takes part in case `caseColumn` now. */
export function takesPart(caseColumn: string, agency: string): string {
  return (
    `EXISTS (SELECT 1 FROM case_participant ap WHERE ap.case_id = ${caseColumn}` +
    ` AND ap.agency_id = ${agency} AND ${participationActive('ap')})`
  );
}

/**
 * The cases agency `agency` takes part in now, one row each, as a parenthesised subquery: a set to
 * join once (a hash join over every case) where testing `takesPart` row by row would probe the
 * index once per case.
 */
export function casesTakenPartIn(agency: string): string {
  return (
    `(SELECT DISTINCT ap.case_id FROM case_participant ap` +
    ` WHERE ap.agency_id = ${agency} AND ${participationActive('ap')})`
  );
}

/**
 * `takesPart`, answered from `joinedCaseId` — the case's row of `casesTakenPartIn(known)` joined
 * to the statement (NULL when none) — when `agency` is that agency; any other agency is tested
 * row by row as before. With bound parameters PostgreSQL folds the CASE while planning, so the
 * statement keeps only the branch that applies.
 */
export function takesPartJoined(
  caseColumn: string,
  agency: string,
  known: string,
  joinedCaseId: string,
): string {
  return (
    `(CASE WHEN ${agency}::uuid = ${known}::uuid THEN ${joinedCaseId} IS NOT NULL` +
    ` ELSE ${takesPart(caseColumn, agency)} END)`
  );
}

/** The agencies taking part in case `caseColumn` now, as a text[] (what the CASL subject needs). */
export function activeAgencyIds(caseColumn: string): string {
  return (
    `ARRAY(SELECT ap.agency_id::text FROM case_participant ap` +
    ` WHERE ap.case_id = ${caseColumn} AND ${participationActive('ap')})`
  );
}

/**
 * The policy columns of case `c` as the CASL `Case` subject reads them (`CasePolicyFields`):
 * one spelling for every statement that loads a case to check it in memory.
 */
export function casePolicyColumns(c: string): string {
  return [
    `${c}.id`,
    `${c}.region_id AS "regionId"`,
    `${c}.subject_person_id AS "subjectPersonId"`,
    `${c}.referring_agency_id AS "referringAgencyId"`,
    `${c}.casusregisseur_agency_id AS "casusregisseurAgencyId"`,
    `${activeAgencyIds(`${c}.id`)} AS "activeParticipantAgencyIds"`,
  ].join(', ');
}

/**
 * The consent row `alias` (of `consent`) is active at `at`: not withdrawn, not expired. The
 * policy context loads only these, and a volunteer organisation takes part only under one.
 */
export function consentActive(alias: string, at = 'now()'): string {
  return `(${alias}.withdrawn_at IS NULL AND (${alias}.valid_until IS NULL OR ${alias}.valid_until > ${at}))`;
}

/**
 * The participation row `alias` has no end at all: what the incremental `case_count` counts
 * (ADR 0014). Active by `participationActive` together with `participationPlannedEnd`.
 */
export function participationOpenEnded(alias: string): string {
  return `${alias}.ended_at IS NULL`;
}

/** The participation row `alias` ends at a planned moment still ahead of `at` (default: now). */
export function participationPlannedEnd(alias: string, at = 'now()'): string {
  return `${alias}.ended_at > ${at}`;
}
