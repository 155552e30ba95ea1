import { OPEN_CASE_STATUSES } from '@schakel/domain';
import type { AppAbility } from '@schakel/sharing-policy';
import type { Statement } from '../common/sql';
import { waitingDaysSql } from '../common/waiting-days';
import {
  casesTakenPartIn,
  participationOpenEnded,
  participationPlannedEnd,
  takesPartJoined,
} from '../sharing/need-to-know';
import { NOTHING, PERSON_ADDRESS, policyFilter, SqlParams } from '../sharing/policy-sql';

/**
 * Every figure of the dashboard in one statement, over the cases the caller may read. The wijk is
 * part of the person's address (IDENTITY): where the caller may not read it, the case is counted
 * under "afgeschermd". Null when the caller can read no case at all.
 */
export function dashboardQuery(
  ability: AppAbility,
  regionId: string,
  agencyId: string,
): Statement | null {
  const params = new SqlParams([regionId, agencyId]);
  // The counts test need-to-know for every case of the region, twice (readable, address): the
  // caller's own participations are joined once as a set instead (`mine`), 8× less work at 1M.
  const participation = { agency: '$2', caseId: 'mine.case_id' };
  const readableOnce = policyFilter(
    ability,
    'read',
    { subject: 'Case', alias: 'c', participation },
    params,
  );
  if (readableOnce === NOTHING) return null;
  const address = policyFilter(
    ability,
    'read',
    { subject: 'CaseSubject', caseAlias: 'c', ...PERSON_ADDRESS, participation },
    params,
  );
  // Counted in one pass into (status, wijk) groups, so 100,000 cases are never materialised
  // (a CTE read several times is, and spilled to disk); every figure comes from the few groups.
  const counted = `
  SELECT c.status, a.readable AS address_readable,
         CASE WHEN a.readable THEN NULLIF(btrim(p.wijk), '') END AS wijk, count(*)::int AS n
    FROM case_file c JOIN person p ON p.id = c.subject_person_id
    LEFT JOIN ${casesTakenPartIn('$2')} mine ON mine.case_id = c.id
    CROSS JOIN LATERAL (SELECT (${address}) AS readable) a
   WHERE c.region_id = $1 AND (${readableOnce})
   GROUP BY 1, 2, 3`;
  return { sql: withFigures(params, counted, ability), params: params.values };
}

/**
 * The figures from the `counted` groups (status, address_readable, wijk, n): the statement both
 * forms end with, so they answer alike. The oldest referral is counted from the moment it was
 * referred, in days as the triage queue counts them (`waitingDays`), so both show one number:
 * the first undecided referral by date (an index, migration 1764000005300) or, for a waiting case
 * without a referral row (older data, the scale seed), the first by the case's own date.
 */
function withFigures(params: SqlParams, counted: string, ability: AppAbility): string {
  const readable = policyFilter(ability, 'read', { subject: 'Case', alias: 'c' }, params);
  const open = params.add(OPEN_CASE_STATUSES);
  const referred = params.add(['REFERRED', 'IN_TRIAGE']);
  return `WITH counted AS (${counted})
SELECT
  (SELECT COALESCE(sum(n), 0)::int FROM counted WHERE status = ANY(${referred}::text[]))
    AS "openReferrals",
  (SELECT json_build_object('caseId', w.id, 'reference', w.reference, 'since', w.since,
                            'waitingDays', ${waitingDaysSql('w.since')})
     FROM ((SELECT c.id, c.reference, r.referred_at AS since
              FROM referral r JOIN case_file c ON c.id = r.case_id
             WHERE r.region_id = $1 AND r.decision IS NULL
               AND c.status = ANY(${referred}::text[]) AND (${readable})
             ORDER BY r.referred_at, c.id LIMIT 1)
           UNION ALL
           (SELECT c.id, c.reference, c.created_at AS since
              FROM case_file c
             WHERE c.region_id = $1 AND c.status = ANY(${referred}::text[])
               AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.case_id = c.id) AND (${readable})
             ORDER BY c.created_at, c.id LIMIT 1)) w
    ORDER BY w.since, w.id LIMIT 1) AS "oldestReferral",
  COALESCE((SELECT json_agg(json_build_object('status', status, 'count', n) ORDER BY status)
     FROM (SELECT status, sum(n)::int AS n FROM counted GROUP BY status) s), '[]'::json)
    AS "byStatus",
  COALESCE((SELECT json_agg(json_build_object('wijk', wijk, 'withheld', NOT address_readable,
                   'openCount', open_count, 'totalCount', total_count)
                   ORDER BY open_count DESC, total_count DESC, NOT address_readable, wijk)
     FROM (SELECT wijk, address_readable,
                  COALESCE(sum(n) FILTER (WHERE status = ANY(${open}::text[])), 0)::int
                    AS open_count,
                  sum(n)::int AS total_count
             FROM counted GROUP BY wijk, address_readable) w), '[]'::json) AS "byWijk"`;
}

/** Parameters written into the SQL as JSON literals, so two renderings compare by meaning. */
function inlined(sql: string, values: readonly unknown[]): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => JSON.stringify(values[Number(n) - 1]));
}

/**
 * Whether the caller's rules for reading a case and its person's address reduce to "the case is
 * in my region and my agency takes part now": then the address is readable for every counted case
 * (true) or for none (false), and the counts can come from `case_count`. Decided on the compiled
 * filters themselves, compared with the participation-only form: any other rule (a broken glass,
 * a consent, the casusregisseur, another agency's part) gives null and the full statement answers.
 */
export function participationOnlyAddress(
  ability: AppAbility,
  regionId: string,
  agencyId: string,
): boolean | null {
  const params = new SqlParams([regionId, agencyId]);
  const participation = { agency: '$2', caseId: 'mine.case_id' };
  const readable = policyFilter(
    ability,
    'read',
    { subject: 'Case', alias: 'c', participation },
    params,
  );
  const address = policyFilter(
    ability,
    'read',
    { subject: 'CaseSubject', caseAlias: 'c', ...PERSON_ADDRESS, participation },
    params,
  );
  const region = JSON.stringify(regionId);
  const agency = JSON.stringify(agencyId);
  const ownPart = `c.region_id = ${region} AND (${takesPartJoined('c.id', agency, agency, 'mine.case_id')})`;
  if (inlined(readable, params.values) !== `(${ownPart})`) return null;
  const addressSql = inlined(address, params.values);
  if (addressSql === NOTHING) return false;
  return addressSql === `(${ownPart} AND TRUE)` || addressSql === `(${ownPart})` ? true : null;
}

/**
 * The dashboard from the incremental counts (migration 1764000002300, ADR 0014): the agency's
 * rows of `case_count` (the cases it takes part in without an end) plus, counted live, the cases
 * it takes part in only until a planned end. Only for a caller for whom `participationOnlyAddress`
 * is not null; the answer is then the full statement's. `deltaRows` tells when to compact.
 */
export function dashboardCountsQuery(
  ability: AppAbility,
  regionId: string,
  agencyId: string,
  addressReadable: boolean,
): Statement {
  const params = new SqlParams([regionId, agencyId]);
  const readableAddress = params.add(addressReadable);
  const counted = `
  SELECT status, ${readableAddress}::boolean AS address_readable,
         CASE WHEN ${readableAddress}::boolean THEN wijk END AS wijk, sum(n)::int AS n
    FROM (SELECT status, wijk, n FROM case_count WHERE region_id = $1 AND agency_id = $2
          UNION ALL
          SELECT c.status, NULLIF(btrim(p.wijk), ''), 1
            FROM (SELECT DISTINCT ap.case_id FROM case_participant ap
                   WHERE ap.agency_id = $2 AND ${participationPlannedEnd('ap')}) planned
            JOIN case_file c ON c.id = planned.case_id
            JOIN person p ON p.id = c.subject_person_id
           WHERE c.region_id = $1
             AND NOT EXISTS (SELECT 1 FROM case_participant o
                              WHERE o.case_id = c.id AND o.agency_id = $2
                                AND ${participationOpenEnded('o')})) x
   GROUP BY 1, 2, 3 HAVING sum(n) <> 0`;
  const sql = withFigures(params, counted, ability).replace(
    '\nSELECT\n',
    `\nSELECT\n  (SELECT count(*)::int FROM case_count WHERE region_id = $1 AND agency_id = $2)
    AS "deltaRows",\n`,
  );
  return { sql, params: params.values };
}

/** Folds an agency's count rows into one per group (see the migration). */
export function compactCountsQuery(regionId: string, agencyId: string): Statement {
  return { sql: `SELECT case_count_compact($1, $2)`, params: [regionId, agencyId] };
}
