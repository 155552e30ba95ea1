import { OPEN_CASE_STATUSES, STREET_CONDITION_KINDS } from '@schakel/domain';
import type { AppAbility } from '@schakel/sharing-policy';
import type { Statement } from '../common/sql';
import { AMSTERDAM_TODAY } from '../database/amsterdam-today';
import { participationActive } from '../sharing/need-to-know';
import { NOTHING, policyFilter, SqlParams } from '../sharing/policy-sql';

/*
 * Supervision conditions and violation signals (ADR 0033). Reads of one case are checked on the
 * case first (JUSTICE read for the conditions, PROBATION read for an assessment) and pass that
 * decision into the statement; lists over many cases use the policy filter.
 */

const CONDITION_COLUMNS = `sc.id, sc.case_id AS "caseId", sc.kind, sc.subject, sc.frequency,
       sc.alcohol_monitor AS "alcoholMonitor", sc.notes,
       sc.legal_source_kind AS "legalSourceKind",
       to_char(sc.legal_source_date, 'YYYY-MM-DD') AS "legalSourceDate",
       sc.parket_number AS "parketNumber", to_char(sc.starts_on, 'YYYY-MM-DD') AS "startsOn",
       to_char(sc.ends_on, 'YYYY-MM-DD') AS "endsOn", sc.status,
       json_build_object('id', sa.id, 'name', sa.name, 'type', sa.type) AS "sourceAgency",
       sc.revision, sc.updated_at AS "updatedAt"`;

/** The conditions of one case (the caller's JUSTICE read is checked on the case before). */
export function conditionsOfCaseQuery(caseId: string, regionId: string): Statement {
  return {
    sql: `SELECT ${CONDITION_COLUMNS}
  FROM supervision_condition sc JOIN agency sa ON sa.id = sc.source_agency_id
 WHERE sc.case_id = $1 AND sc.region_id = $2
 ORDER BY (sc.status = 'ACTIVE') DESC, sc.starts_on DESC, sc.id
 LIMIT 200`,
    params: [caseId, regionId],
  };
}

/** One condition of the region, whatever the caller may see (checked on its case after). */
export function conditionByIdQuery(conditionId: string, regionId: string): Statement {
  return {
    sql: `SELECT ${CONDITION_COLUMNS}
  FROM supervision_condition sc JOIN agency sa ON sa.id = sc.source_agency_id
 WHERE sc.id = $1 AND sc.region_id = $2`,
    params: [conditionId, regionId],
  };
}

export interface ConditionWrite {
  regionId: string;
  caseId: string;
  kind: string;
  subject: string | null;
  frequency: string | null;
  alcoholMonitor: boolean;
  notes: string | null;
  legalSourceKind: string;
  legalSourceDate: string;
  parketNumber: string;
  startsOn: string;
  endsOn: string | null;
  status: string;
  agencyId: string;
  userId: string;
}

const conditionValues = (c: ConditionWrite) => [
  c.kind,
  c.subject,
  c.frequency,
  c.alcoholMonitor,
  c.notes,
  c.legalSourceKind,
  c.legalSourceDate,
  c.parketNumber,
  c.startsOn,
  c.endsOn,
  c.status,
];

export function insertConditionQuery(c: ConditionWrite): Statement {
  return {
    sql: `INSERT INTO supervision_condition (kind, subject, frequency, alcohol_monitor, notes,
            legal_source_kind, legal_source_date, parket_number, starts_on, ends_on, status,
            region_id, case_id, source_agency_id, created_by_user_id, updated_by_user_id)
          VALUES ($1, $2, $3, $4, $5, $6, $7::date, $8, $9::date, $10::date, $11,
                  $12, $13, $14, $15, $15)
          RETURNING id`,
    params: [...conditionValues(c), c.regionId, c.caseId, c.agencyId, c.userId],
  };
}

/** Changes a condition at the revision the caller read; no row when that is stale. */
export function updateConditionQuery(
  conditionId: string,
  revision: number,
  c: ConditionWrite,
): Statement {
  return {
    sql: `UPDATE supervision_condition
             SET kind = $1, subject = $2, frequency = $3, alcohol_monitor = $4, notes = $5,
                 legal_source_kind = $6, legal_source_date = $7::date, parket_number = $8,
                 starts_on = $9::date, ends_on = $10::date, status = $11,
                 updated_by_user_id = $12, updated_at = now(), revision = revision + 1
           WHERE id = $13 AND region_id = $14 AND case_id = $15 AND revision = $16
       RETURNING id`,
    params: [...conditionValues(c), c.userId, conditionId, c.regionId, c.caseId, revision],
  };
}

// ------------------------------------------------------------------ the street summary

/** The condition row `alias` belongs on the street today: an active street kind in its period. */
function onTheStreet(alias: string): string {
  const kinds = STREET_CONDITION_KINDS.map((kind) => `'${kind}'`).join(', ');
  return `${alias}.status = 'ACTIVE' AND ${alias}.kind IN (${kinds})
     AND ${alias}.starts_on <= ${AMSTERDAM_TODAY}
     AND (${alias}.ends_on IS NULL OR ${alias}.ends_on >= ${AMSTERDAM_TODAY})`;
}

/**
 * What a police officer may see of a case's conditions on its card (domain brief §4: JUSTICE is
 * not theirs, the street-relevant summary is): the active street kinds in their period, with
 * with whom / which area and the end date — never the legal source, notes or other kinds.
 * `caseColumn`: the card's case.
 */
export function streetConditionsSql(caseColumn: string): string {
  return `COALESCE((SELECT json_agg(json_build_object(
         'id', st.id, 'kind', st.kind,
         'subject', CASE WHEN st.kind IN ('CONTACT_BAN', 'LOCATION_BAN') THEN st.subject END,
         'endsOn', to_char(st.ends_on, 'YYYY-MM-DD'))
         ORDER BY st.kind, st.starts_on)
    FROM supervision_condition st
   WHERE st.case_id = ${caseColumn} AND ${onTheStreet('st')}), '[]'::json)`;
}

const LIVE_CASE = `c.status IN (${OPEN_CASE_STATUSES.map((status) => `'${status}'`).join(', ')})`;

/**
 * A condition the caller can report on from a card: one the street summary shows, on a live card
 * the caller may look up (the same `lookup` filter as the card lookup itself).
 */
export function streetConditionQuery(
  ability: AppAbility,
  conditionId: string,
  regionId: string,
): Statement | null {
  const params = new SqlParams([conditionId, regionId]);
  const filter = policyFilter(
    ability,
    'lookup',
    { subject: 'AgreedApproach', alias: 'aa' },
    params,
  );
  if (filter === NOTHING) return null;
  return {
    sql: `SELECT sc.id, sc.case_id AS "caseId", c.subject_person_id AS "personId"
  FROM supervision_condition sc
  JOIN case_file c ON c.id = sc.case_id AND c.region_id = sc.region_id
  JOIN agreed_approach aa ON aa.case_id = c.id AND aa.region_id = c.region_id
 WHERE sc.id = $1 AND sc.region_id = $2 AND ${LIVE_CASE}
   AND ${onTheStreet('sc')}
   AND (${filter})`,
    params: params.values,
  };
}

// ------------------------------------------------------------------ violation signals

/** The columns of a signal; `assessed`: whether the assessment and follow-up are selected. */
const signalColumns = (
  assessed: string,
) => `s.id, s.case_id AS "caseId", s.condition_id AS "conditionId",
       sc.kind AS "conditionKind",
       CASE WHEN sc.kind IN ('CONTACT_BAN', 'LOCATION_BAN') THEN sc.subject END AS "conditionSubject",
       s.what, s.occurred_at AS "occurredAt", s.location, s.seen_by AS "seenBy",
       s.reported_at AS "reportedAt", s.due_at AS "dueAt", s.status,
       json_build_object('id', ra.id, 'name', ra.name, 'type', ra.type) AS "reporterAgency",
       s.reporter_agency_id AS "reporterAgencyId",
       CASE WHEN ${assessed} THEN s.assessment END AS assessment,
       CASE WHEN ${assessed} THEN s.follow_up END AS "followUp", s.assessed_at AS "assessedAt",
       s.revision`;
const SIGNAL_FROM = `FROM violation_signal s
  JOIN agency ra ON ra.id = s.reporter_agency_id
  LEFT JOIN supervision_condition sc ON sc.id = s.condition_id AND sc.region_id = s.region_id`;

/**
 * The signals of one case the caller may see: all of them when it reads JUSTICE in the case,
 * else only its own agency's reports. The assessment is selected only when it reads PROBATION.
 */
export function signalsOfCaseQuery(
  caseId: string,
  regionId: string,
  agencyId: string,
  readsJustice: boolean,
  readsProbation: boolean,
): Statement {
  return {
    sql: `SELECT ${signalColumns('$5::boolean')}
  ${SIGNAL_FROM}
 WHERE s.case_id = $1 AND s.region_id = $2 AND ($4 OR s.reporter_agency_id = $3)
 ORDER BY s.reported_at DESC, s.id DESC
 LIMIT 200`,
    params: [caseId, regionId, agencyId, readsJustice, readsProbation],
  };
}

/** The caller's own reports: their status, never probation's assessment. */
export function ownSignalsQuery(userId: string, regionId: string): Statement {
  return {
    sql: `SELECT ${signalColumns('FALSE')}
  ${SIGNAL_FROM}
 WHERE s.reporter_user_id = $1 AND s.region_id = $2
 ORDER BY s.reported_at DESC, s.id DESC
 LIMIT 100`,
    params: [userId, regionId],
  };
}

/**
 * Unassessed signals of the cases where the caller may assess (write PROBATION while taking
 * part): probation's dashboard, the nearest deadline first.
 */
export function signalsToAssessQuery(ability: AppAbility, regionId: string): Statement | null {
  const params = new SqlParams([regionId]);
  const filter = policyFilter(
    ability,
    'create',
    { subject: 'CaseCategory', caseAlias: 'c', category: 'PROBATION' },
    params,
  );
  if (filter === NOTHING) return null;
  return {
    sql: `SELECT ${signalColumns('TRUE')}, c.reference AS "caseReference"
  ${SIGNAL_FROM}
  JOIN case_file c ON c.id = s.case_id AND c.region_id = s.region_id
 WHERE s.region_id = $1 AND s.status = 'REPORTED' AND (${filter})
 ORDER BY s.due_at, s.id
 LIMIT 200`,
    params: params.values,
  };
}

/** One signal of the region, whatever the caller may see (checked on its case after). */
export function signalByIdQuery(signalId: string, regionId: string): Statement {
  return {
    sql: `SELECT s.id, s.case_id AS "caseId", s.status, s.revision
  FROM violation_signal s WHERE s.id = $1 AND s.region_id = $2`,
    params: [signalId, regionId],
  };
}

export interface SignalWrite {
  regionId: string;
  caseId: string;
  conditionId: string | null;
  userId: string;
  agencyId: string;
  what: string;
  occurredAt: string;
  location: string;
  seenBy: string;
  assessmentDays: number;
}

export function insertSignalQuery(s: SignalWrite): Statement {
  return {
    sql: `INSERT INTO violation_signal (region_id, case_id, condition_id, reporter_user_id,
            reporter_agency_id, what, occurred_at, location, seen_by, due_at)
          VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz, $8, $9, now() + make_interval(days => $10))
          RETURNING id`,
    params: [
      s.regionId,
      s.caseId,
      s.conditionId,
      s.userId,
      s.agencyId,
      s.what,
      s.occurredAt,
      s.location,
      s.seenBy,
      s.assessmentDays,
    ],
  };
}

/** Records the assessment at the revision the caller read; no row when that is stale. */
export function assessSignalQuery(a: {
  signalId: string;
  regionId: string;
  revision: number;
  assessment: string;
  followUp: string;
  userId: string;
  agencyId: string;
}): Statement {
  return {
    sql: `UPDATE violation_signal
             SET status = 'ASSESSED', assessment = $4, follow_up = $5, assessed_at = now(),
                 assessed_by_user_id = $6, assessed_by_agency_id = $7, revision = revision + 1
           WHERE id = $1 AND region_id = $2 AND revision = $3
       RETURNING id`,
    params: [a.signalId, a.regionId, a.revision, a.assessment, a.followUp, a.userId, a.agencyId],
  };
}

/** The probation agencies taking part in the case: whom a new signal is for. */
export function probationAgenciesOfCaseQuery(caseId: string, regionId: string): Statement {
  return {
    sql: `SELECT array_agg(DISTINCT a.id::text) AS ids
  FROM case_participant ap JOIN agency a ON a.id = ap.agency_id AND a.region_id = ap.region_id
 WHERE ap.case_id = $1 AND ap.region_id = $2 AND a.type = 'PROBATION'
   AND ${participationActive('ap')}`,
    params: [caseId, regionId],
  };
}

export function caseReferenceQuery(caseId: string): Statement {
  return { sql: `SELECT reference FROM case_file WHERE id = $1`, params: [caseId] };
}

/** The case changed (its list order and `updatedAt`). */
export function touchCaseQuery(caseId: string): Statement {
  return { sql: `UPDATE case_file SET updated_at = now() WHERE id = $1`, params: [caseId] };
}
