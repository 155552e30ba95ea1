import type { CaseStatus } from '@schakel/domain';
import type { AppAbility } from '@schakel/sharing-policy';
import { policyFilter, SqlParams, NOTHING } from '../sharing/policy-sql';
import type { CaseTheme } from './case.enums';

/*
 * The case statements as pure functions, so the authorization SQL can be committed per role
 * (apps/api/test/__sql__) and reviewed when it changes.
 */

// One row per case with everything the list shows, participants included (no query per row).
const CASE_SELECT = `SELECT c.id, c.reference, c.theme, c.status, c.region_id AS "regionId",
       c.created_at AS "createdAt", c.updated_at AS "updatedAt",
       to_char(c.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt",
       c.subject_person_id AS "subjectPersonId", c.referring_agency_id AS "referringAgencyId",
       p.given_names AS "givenNames", p.family_name AS "familyName",
       to_char(p.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", p.bsn, p.street,
       p.house_number AS "houseNumber", p.postcode, p.city, p.wijk,
       json_build_object('id', ra.id, 'name', ra.name, 'type', ra.type) AS "referringAgency",
       CASE WHEN ca.id IS NULL THEN NULL
            ELSE json_build_object('id', ca.id, 'name', ca.name, 'type', ca.type)
       END AS "casusregisseurAgency",
       CASE WHEN cu.id IS NULL THEN NULL
            ELSE json_build_object('id', cu.id, 'displayName', cu.display_name)
       END AS "casusregisseur",
       COALESCE((SELECT json_agg(json_build_object('id', cp.id, 'caseId', cp.case_id,
                   'agency', json_build_object('id', a.id, 'name', a.name, 'type', a.type),
                   'role', cp.role, 'reason', cp.reason, 'legalBasis', cp.legal_basis,
                   'startedAt', cp.started_at, 'endedAt', cp.ended_at, 'endReason', cp.end_reason,
                   'active', cp.ended_at IS NULL OR cp.ended_at > now())
                   ORDER BY cp.started_at, a.name, cp.id)
                  FROM case_participant cp JOIN agency a ON a.id = cp.agency_id
                 WHERE cp.case_id = c.id), '[]'::json) AS "participants"
  FROM case_file c
  JOIN person p ON p.id = c.subject_person_id
  JOIN agency ra ON ra.id = c.referring_agency_id
  LEFT JOIN agency ca ON ca.id = c.casusregisseur_agency_id
  LEFT JOIN app_user cu ON cu.id = c.casusregisseur_user_id`;

export interface CaseListFilter {
  statuses?: readonly CaseStatus[];
  themes?: readonly CaseTheme[];
}

export interface CaseCursor {
  at: string;
  id: string;
}

export interface Statement {
  sql: string;
  params: unknown[];
}

/** A page of the cases the caller may read, newest change first; null when none can be. */
export function caseListQuery(
  ability: AppAbility,
  regionId: string,
  filter: CaseListFilter,
  page: { first: number; after: CaseCursor | null },
): Statement | null {
  const params = new SqlParams([regionId]);
  const visible = policyFilter(ability, 'read', { subject: 'Case', alias: 'c' }, params);
  if (visible === NOTHING) return null;
  const where = ['c.region_id = $1', visible];
  if (filter.statuses?.length) where.push(`c.status = ANY(${params.add(filter.statuses)}::text[])`);
  if (filter.themes?.length) where.push(`c.theme = ANY(${params.add(filter.themes)}::text[])`);
  if (page.after) {
    where.push(
      `(c.updated_at, c.id) < (${params.add(page.after.at)}::timestamptz, ` +
        `${params.add(page.after.id)}::uuid)`,
    );
  }
  const sql =
    `${CASE_SELECT}\n WHERE ${where.join('\n   AND ')}\n` +
    ` ORDER BY c.updated_at DESC, c.id DESC\n LIMIT ${params.add(page.first + 1)}`;
  return { sql, params: params.values };
}

/** One case of the region, whatever the caller may see: checked on the loaded row. */
export function caseByIdQuery(caseId: string, regionId: string): Statement {
  return {
    sql: `${CASE_SELECT}\n WHERE c.id = $1 AND c.region_id = $2`,
    params: [caseId, regionId],
  };
}
