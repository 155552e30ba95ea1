import { OPEN_CASE_STATUSES } from '@schakel/domain';
import type { AppAbility } from '@schakel/sharing-policy';
import type { Statement } from '../common/sql';
import { AMSTERDAM_TODAY } from '../database/amsterdam-today';
import { personMatchSql, type PersonQuery } from '../persons/person-matching';
import { NOTHING, policyFilter, SqlParams } from '../sharing/policy-sql';
import { streetConditionsSql } from '../supervision/supervision.queries';

export const VALIDITY_SQL = `CASE WHEN aa.valid_until >= ${AMSTERDAM_TODAY} THEN 'VALID' ELSE 'EXPIRED' END`;

const CONTACTS_SQL = `COALESCE((SELECT json_agg(json_build_object(
         'agency', json_build_object('id', ca.id, 'name', ca.name, 'type', ca.type),
         'name', ct.name, 'role', ct.role, 'phone', ct.phone, 'available', ct.available)
         ORDER BY ct.position)
    FROM agreed_approach_contact ct JOIN agency ca ON ca.id = ct.agency_id
   WHERE ct.agreed_approach_id = aa.id), '[]'::json)`;

/** The card of one case (the caller's read right is checked on the case before). */
export function cardOfCaseQuery(caseId: string, regionId: string): Statement {
  return {
    sql: `SELECT aa.instructions, to_char(aa.valid_until, 'YYYY-MM-DD') AS "validUntil",
       ${VALIDITY_SQL} AS validity, aa.revision, aa.updated_at AS "updatedAt",
       CASE WHEN ua.id IS NULL THEN NULL
            ELSE json_build_object('id', ua.id, 'name', ua.name, 'type', ua.type) END
         AS "updatedByAgency",
       ${CONTACTS_SQL} AS contacts
  FROM agreed_approach aa LEFT JOIN agency ua ON ua.id = aa.updated_by_agency_id
 WHERE aa.case_id = $1 AND aa.region_id = $2`,
    params: [caseId, regionId],
  };
}

/** Most cards one lookup returns; a search that finds more is too vague to be useful anyway. */
export const LOOKUP_LIMIT = 10;

// A card of a case that was closed, referred back or rejected is no agreed approach any more.
// (Statuses are code constants, so they are written into the SQL text.)
const LIVE_CASE = `c.status IN (${OPEN_CASE_STATUSES.map((status) => `'${status}'`).join(', ')})`;

/**
 * The police lookup: cards of the matching persons that `lookup` allows, filtered in SQL. The
 * instructions of an expired card never leave the database. The case id is selected only to
 * log the lookup; the service does not return it.
 */
export function lookupQuery(
  ability: AppAbility,
  regionId: string,
  person: PersonQuery,
): Statement | null {
  const params = new SqlParams([regionId]);
  const filter = policyFilter(
    ability,
    'lookup',
    { subject: 'AgreedApproach', alias: 'aa' },
    params,
  );
  if (filter === NOTHING) return null;
  const match = personMatchSql('p', person, params);
  if (match === NOTHING) return null;
  return {
    sql: `SELECT aa.case_id AS "caseId", aa.region_id AS "regionId", p.id AS "personId",
       json_build_object('givenNames', p.given_names, 'familyName', p.family_name,
         'dateOfBirth', person_birth_date(p.date_of_birth, p.date_of_birth_precision)) AS person,
       ${VALIDITY_SQL} AS validity, to_char(aa.valid_until, 'YYYY-MM-DD') AS "validUntil",
       CASE WHEN aa.valid_until >= ${AMSTERDAM_TODAY} THEN aa.instructions END AS instructions,
       ${CONTACTS_SQL} AS contacts,
       ${streetConditionsSql('aa.case_id')} AS conditions
  FROM agreed_approach aa
  JOIN case_file c ON c.id = aa.case_id AND c.region_id = aa.region_id
  JOIN person p ON p.id = c.subject_person_id AND p.region_id = c.region_id
 WHERE aa.region_id = $1
   AND ${LIVE_CASE}
   AND ${match}
   AND (${filter})
 ORDER BY (aa.valid_until >= ${AMSTERDAM_TODAY}) DESC, p.family_name, p.given_names, aa.valid_until DESC,
          aa.id
 LIMIT ${LOOKUP_LIMIT}`,
    params: params.values,
  };
}

/** The lookup log of one case, newest first. */
export function lookupsOfCaseQuery(caseId: string, regionId: string): Statement {
  return {
    sql: `SELECT l.id::text AS id, l.at, u.display_name AS "userName",
       json_build_object('id', a.id, 'name', a.name, 'type', a.type) AS agency,
       l.purpose_kind AS "purposeKind", l.purpose, l.search_kind AS "searchKind", l.validity
  FROM agreed_approach_lookup l
  JOIN app_user u ON u.id = l.user_id
  JOIN agency a ON a.id = l.agency_id
 WHERE l.case_id = $1 AND l.region_id = $2
 ORDER BY l.at DESC, l.id DESC
 LIMIT 500`,
    params: [caseId, regionId],
  };
}

/** Logs one lookup: a row per card shown, or one row saying nothing was found. */
export function logLookupQuery(
  caller: { regionId: string; userId: string; agencyId: string },
  search: { purposeKind: string; purpose: string; searchKind: string },
  shown: readonly { caseId: string; validity: string }[],
): Statement {
  return {
    sql: `WITH shown AS (
           SELECT * FROM jsonb_to_recordset($8::jsonb) AS x("caseId" uuid, validity text)
         ), lookup AS (SELECT gen_random_uuid() AS id)
         INSERT INTO agreed_approach_lookup (lookup_id, region_id, case_id, user_id, agency_id,
                                             purpose_kind, purpose, search_kind, found, validity)
         SELECT lookup.id, $1, s."caseId", $2, $3, $4, $5, $6, s."caseId" IS NOT NULL, s.validity
           FROM lookup LEFT JOIN shown s ON TRUE
          WHERE s."caseId" IS NOT NULL OR $7::int = 0
         RETURNING at`,
    params: [
      caller.regionId,
      caller.userId,
      caller.agencyId,
      search.purposeKind,
      search.purpose,
      search.searchKind,
      shown.length,
      JSON.stringify(shown.map((row) => ({ caseId: row.caseId, validity: row.validity }))),
    ],
  };
}

// ---------------------------------------------------------------- saving a card

/** The ids among `agencyIds` that are agencies of the region (an array, or null for none). */
export function regionAgencyIdsQuery(regionId: string, agencyIds: readonly string[]): Statement {
  return {
    sql: `SELECT array_agg(id::text) AS ids FROM agency WHERE region_id = $1 AND id = ANY($2::uuid[])`,
    params: [regionId, agencyIds],
  };
}

export interface CardWrite {
  regionId: string;
  caseId: string;
  instructions: string;
  validUntil: string;
  userId: string;
  agencyId: string;
}

/** The first card of a case; no row when another one was created meanwhile. */
export function insertCardQuery(card: CardWrite): Statement {
  return {
    sql: `INSERT INTO agreed_approach (region_id, case_id, instructions, valid_until,
                                        updated_by_user_id, updated_by_agency_id)
           VALUES ($1, $2, $3, $4::date, $5, $6)
           ON CONFLICT (case_id) DO NOTHING
           RETURNING id, revision`,
    params: [
      card.regionId,
      card.caseId,
      card.instructions,
      card.validUntil,
      card.userId,
      card.agencyId,
    ],
  };
}

/** Replaces the card at the revision the edit started from; no row when that is stale. */
export function updateCardQuery(card: CardWrite, expectedRevision: number): Statement {
  return {
    sql: `UPDATE agreed_approach
              SET instructions = $3, valid_until = $4::date, revision = revision + 1,
                  updated_at = now(), updated_by_user_id = $5, updated_by_agency_id = $6
            WHERE case_id = $1 AND region_id = $2 AND revision = $7
          RETURNING id, revision`,
    params: [
      card.caseId,
      card.regionId,
      card.instructions,
      card.validUntil,
      card.userId,
      card.agencyId,
      expectedRevision,
    ],
  };
}

export function deleteContactsQuery(agreedApproachId: string): Statement {
  return {
    sql: `DELETE FROM agreed_approach_contact WHERE agreed_approach_id = $1`,
    params: [agreedApproachId],
  };
}

/** `contactsJson`: the contacts with their position, as JSON. */
export function insertContactsQuery(
  regionId: string,
  agreedApproachId: string,
  contactsJson: string,
): Statement {
  return {
    sql: `INSERT INTO agreed_approach_contact
           (region_id, agreed_approach_id, position, agency_id, name, role, phone, available)
         SELECT $1, $2, x.position, x."agencyId", x.name, x.role, x.phone, x.available
           FROM jsonb_to_recordset($3::jsonb)
             AS x(position int, "agencyId" uuid, name text, role text, phone text, available text)`,
    params: [regionId, agreedApproachId, contactsJson],
  };
}

/** The saved revision, kept as it was. */
export function insertCardRevisionQuery(
  card: CardWrite,
  saved: { id: string; revision: number },
  contactsJson: string,
): Statement {
  return {
    sql: `INSERT INTO agreed_approach_revision (region_id, agreed_approach_id, revision,
           instructions, valid_until, contacts, saved_by_user_id, saved_by_agency_id)
         VALUES ($1, $2, $3, $4, $5::date, $6::jsonb, $7, $8)`,
    params: [
      card.regionId,
      saved.id,
      saved.revision,
      card.instructions,
      card.validUntil,
      contactsJson,
      card.userId,
      card.agencyId,
    ],
  };
}

export function touchCaseQuery(caseId: string): Statement {
  return { sql: `UPDATE case_file SET updated_at = now() WHERE id = $1`, params: [caseId] };
}
