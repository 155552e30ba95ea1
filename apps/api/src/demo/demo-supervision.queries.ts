import type { Statement } from '../common/sql';

/*
 * The statements of demo-supervision.ts as pure builders. Seed data only: the values are the demo
 * data's, passed through as given.
 */

/** A condition recorded by the demo probation officer on the case with this reference. */
export function insertDemoConditionQuery(
  regionId: unknown,
  reference: unknown,
  condition: Record<string, unknown>,
): Statement {
  return {
    sql: `INSERT INTO supervision_condition (region_id, case_id, kind, subject, frequency,
            alcohol_monitor, notes, legal_source_kind, legal_source_date, parket_number, starts_on,
            ends_on, status, source_agency_id, created_by_user_id, updated_by_user_id)
          SELECT $1, c.id, $3, $4, $5, $6, $7, $8,
                 (now() AT TIME ZONE 'Europe/Amsterdam')::date - $9::int, $10,
                 (now() AT TIME ZONE 'Europe/Amsterdam')::date - $11::int,
                 (now() AT TIME ZONE 'Europe/Amsterdam')::date + $12::int, 'ACTIVE',
                 u.agency_id, u.id, u.id
            FROM case_file c, app_user u
           WHERE c.region_id = $1 AND c.reference = $2
             AND u.email = 'reclassering@reclassering.demo.example'
          RETURNING id, case_id AS "caseId"`,
    params: [
      regionId,
      reference,
      condition['kind'],
      condition['subject'],
      condition['frequency'] ?? null,
      condition['alcoholMonitor'] ?? false,
      condition['notes'] ?? null,
      condition['legalSourceKind'],
      condition['decidedDaysAgo'],
      condition['parketNumber'],
      condition['startedDaysAgo'],
      condition['endsInDays'],
    ],
  };
}

/** A report by the demo police officer, assessed by the demo probation officer. */
export function insertDemoSignalQuery(
  regionId: unknown,
  caseId: unknown,
  conditionId: unknown,
  signal: Record<string, unknown>,
): Statement {
  return {
    sql: `INSERT INTO violation_signal (region_id, case_id, condition_id, reporter_user_id,
            reporter_agency_id, what, occurred_at, location, seen_by, reported_at, due_at, status,
            assessment, follow_up, assessed_by_user_id, assessed_by_agency_id, assessed_at)
          SELECT $1, $2, $3, p.id, p.agency_id, $4, now() - make_interval(days => $5::int, hours => 2),
                 $6, $7, now() - make_interval(days => $5::int),
                 now() - make_interval(days => $5::int) + interval '3 days', 'ASSESSED', $8, $9,
                 r.id, r.agency_id, now() - make_interval(days => $5::int - 1)
            FROM app_user p, app_user r
           WHERE p.email = 'wijkagent@politie.demo.example'
             AND r.email = 'reclassering@reclassering.demo.example'`,
    params: [
      regionId,
      caseId,
      conditionId,
      signal['what'],
      signal['daysAgo'],
      signal['location'],
      signal['seenBy'],
      signal['assessment'],
      signal['followUp'],
    ],
  };
}

/**
 * A report awaiting probation's assessment, by the demo wijkteam professional (without naming a
 * condition: the wijkteam does not read JUSTICE), reported `hoursAgo`.
 */
export function insertDemoOpenSignalQuery(
  regionId: unknown,
  caseId: unknown,
  signal: Record<string, unknown>,
): Statement {
  return {
    sql: `INSERT INTO violation_signal (region_id, case_id, reporter_user_id, reporter_agency_id,
            what, occurred_at, location, seen_by, reported_at, due_at)
          SELECT $1, $2, w.id, w.agency_id, $3, now() - make_interval(hours => $4::int + 20),
                 $5, $6, now() - make_interval(hours => $4::int),
                 now() - make_interval(hours => $4::int) + interval '3 days'
            FROM app_user w
           WHERE w.email = 'wijkteam@demostad.demo.example'`,
    params: [
      regionId,
      caseId,
      signal['what'],
      signal['hoursAgo'],
      signal['location'],
      signal['seenBy'],
    ],
  };
}
