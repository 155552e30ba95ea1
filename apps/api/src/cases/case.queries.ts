import type { CaseStatus } from '@schakel/domain';
import type { AppAbility } from '@schakel/sharing-policy';
import { keysetAt, type KeysetCursor } from '../common/keyset-cursor';
import { casePolicyColumns, participationActive } from '../sharing/need-to-know';
import { policyFilter, SqlParams, NOTHING } from '../sharing/policy-sql';
import type { CaseTheme } from './case.enums';
import type { Statement } from '../common/sql';

// Re-exported for statement builders written before common/sql.ts; new code imports common/sql.
export type { Statement };

/*
 * The case statements as pure functions, so the authorization SQL can be committed per role
 * (apps/api/test/__sql__) and reviewed when it changes.
 */

// The columns of a case row. Agencies and the casusregisseur come as scalar subqueries rather
// than joins: PostgreSQL plans a five-way join for every statement (~3 ms at 100,000 cases),
// a subquery by primary key costs next to nothing.
const CASE_KEY_COLUMNS = `SELECT c.id, c.reference, c.theme, c.status, c.region_id AS "regionId",
       c.created_at AS "createdAt", c.updated_at AS "updatedAt",
       ${keysetAt('c.updated_at')} AS "cursorAt",
       c.subject_person_id AS "subjectPersonId", c.referring_agency_id AS "referringAgencyId"`;
// A listed case is checked in memory on the policy's own columns (with the agencies taking part
// now); its participations load only when asked for (`participantsQuery`).
const LIST_KEY_COLUMNS = `SELECT ${casePolicyColumns('c')},
       c.reference, c.theme, c.status, c.created_at AS "createdAt", c.updated_at AS "updatedAt",
       ${keysetAt('c.updated_at')} AS "cursorAt"`;
// The subject's names always come with it; its birth date, BSN and address only when selected
// (a page of 25 that shows names: about a fifth less CPU in its statement without them).
const PERSON_NAMES = `p.given_names AS "givenNames", p.family_name AS "familyName"`;
const PERSON_BIRTH_DATE = `person_birth_date(p.date_of_birth, p.date_of_birth_precision) AS "dateOfBirth"`;
const PERSON_BSN = `p.bsn`;
const PERSON_ADDRESS = `p.street, p.house_number AS "houseNumber", p.postcode, p.city, p.wijk`;
const REFERRAL_PERSON = `(SELECT json_build_object('source', r.person_source, 'entered', r.entered_person)
          FROM referral r WHERE r.case_id = c.id) AS "referralPerson"`;
const REFERRING_AGENCY = `(SELECT json_build_object('id', ra.id, 'name', ra.name, 'type', ra.type)
          FROM agency ra WHERE ra.id = c.referring_agency_id) AS "referringAgency"`;
const CASUSREGISSEUR_AGENCY = `(SELECT json_build_object('id', ca.id, 'name', ca.name, 'type', ca.type)
          FROM agency ca WHERE ca.id = c.casusregisseur_agency_id) AS "casusregisseurAgency"`;
const CASUSREGISSEUR = `(SELECT json_build_object('id', cu.id, 'displayName', cu.display_name)
          FROM app_user cu WHERE cu.id = c.casusregisseur_user_id) AS "casusregisseur"`;

/**
 * Which optional parts of a case row a statement loads: a page loads only what the client
 * selected (the policy's own columns are always there). Not loaded means not returned.
 */
export interface CaseColumns {
  subject: boolean;
  /** Which of the subject's optional parts load with it (absent: all of them). */
  subjectParts?: SubjectParts;
  referringAgency: boolean;
  casusregisseurAgency: boolean;
  casusregisseur: boolean;
}

/** The subject's optional parts; not loaded means neither returned nor noted as shown. */
export interface SubjectParts {
  dateOfBirth: boolean;
  bsn: boolean;
  address: boolean;
}

const ALL_SUBJECT_PARTS: SubjectParts = { dateOfBirth: true, bsn: true, address: true };

function personColumns(parts: SubjectParts = ALL_SUBJECT_PARTS): string {
  return [
    PERSON_NAMES,
    ...(parts.dateOfBirth ? [PERSON_BIRTH_DATE] : []),
    ...(parts.bsn ? [PERSON_BSN] : []),
    ...(parts.address ? [PERSON_ADDRESS] : []),
    REFERRAL_PERSON,
  ].join(',\n       ');
}

export const ALL_CASE_COLUMNS: CaseColumns = {
  subject: true,
  referringAgency: true,
  casusregisseurAgency: true,
  casusregisseur: true,
};

function caseColumns(columns: CaseColumns, key = CASE_KEY_COLUMNS): string {
  return [
    key,
    ...(columns.subject ? [personColumns(columns.subjectParts)] : []),
    ...(columns.referringAgency ? [REFERRING_AGENCY] : []),
    ...(columns.casusregisseurAgency ? [CASUSREGISSEUR_AGENCY] : []),
    ...(columns.casusregisseur ? [CASUSREGISSEUR] : []),
  ].join(',\n       ');
}

const CASE_COLUMNS = caseColumns(ALL_CASE_COLUMNS);
const CASE_FROM = `  FROM case_file c
  JOIN person p ON p.id = c.subject_person_id`;
const CASE_FROM_WITHOUT_PERSON = `  FROM case_file c`;

// One case with every participation as JSON: the case page shows them.
const PARTICIPANTS_JSON = `COALESCE((SELECT json_agg(json_build_object('id', cp.id, 'caseId', cp.case_id,
                   'agency', json_build_object('id', a.id, 'name', a.name, 'type', a.type),
                   'role', cp.role, 'reason', cp.reason, 'reasonCategories', cp.reason_categories,
                   'legalBasis', cp.legal_basis,
                   'startedAt', cp.started_at, 'endedAt', cp.ended_at, 'endReason', cp.end_reason,
                   'active', ${participationActive('cp')})
                   ORDER BY cp.started_at, a.name, cp.id)
                  FROM case_participant cp JOIN agency a ON a.id = cp.agency_id
                 WHERE cp.case_id = c.id), '[]'::json) AS "participants"`;

export interface CaseListFilter {
  statuses?: readonly CaseStatus[];
  themes?: readonly CaseTheme[];
  /** A search's extra condition on the case `c` and its person `p` (search/search.queries.ts). */
  match?: (params: SqlParams) => string;
}

/** A page of the cases the caller may read, newest change first; null when none can be. */
export function caseListQuery(
  ability: AppAbility,
  regionId: string,
  filter: CaseListFilter,
  page: { first: number; after: KeysetCursor | null },
  columns: CaseColumns = ALL_CASE_COLUMNS,
): Statement | null {
  const params = new SqlParams([regionId]);
  const visible = policyFilter(ability, 'read', { subject: 'Case', alias: 'c' }, params);
  if (visible === NOTHING) return null;
  const where = ['c.region_id = $1', visible];
  if (filter.statuses?.length) where.push(`c.status = ANY(${params.add(filter.statuses)}::text[])`);
  if (filter.themes?.length) where.push(`c.theme = ANY(${params.add(filter.themes)}::text[])`);
  if (filter.match) where.push(filter.match(params));
  if (page.after) {
    where.push(
      `(c.updated_at, c.id) < (${params.add(page.after.at)}::timestamptz, ` +
        `${params.add(page.after.id)}::uuid)`,
    );
  }
  const sql =
    `${caseColumns(columns, LIST_KEY_COLUMNS)}\n` +
    `${columns.subject || filter.match ? CASE_FROM : CASE_FROM_WITHOUT_PERSON}\n WHERE ${where.join('\n   AND ')}\n` +
    ` ORDER BY c.updated_at DESC, c.id DESC\n LIMIT ${params.add(page.first + 1)}`;
  return { sql, params: params.values };
}

/** One case of the region, whatever the caller may see: checked on the loaded row. */
export function caseByIdQuery(caseId: string, regionId: string): Statement {
  return {
    sql: `${CASE_COLUMNS},\n       ${PARTICIPANTS_JSON}\n${CASE_FROM}\n WHERE c.id = $1 AND c.region_id = $2`,
    params: [caseId, regionId],
  };
}

/** Every participation in these cases of the region (the `participants` field of a page). */
export function participantsQuery(caseIds: readonly string[], regionId: string): Statement {
  return {
    sql: `SELECT cp.id, cp.case_id AS "caseId",
       json_build_object('id', a.id, 'name', a.name, 'type', a.type) AS "agency",
       cp.role, cp.reason, cp.reason_categories AS "reasonCategories",
       cp.legal_basis AS "legalBasis", cp.started_at AS "startedAt",
       cp.ended_at AS "endedAt", cp.end_reason AS "endReason", ${participationActive('cp')} AS "active"
  FROM case_participant cp JOIN agency a ON a.id = cp.agency_id
 WHERE cp.case_id = ANY($1::uuid[]) AND cp.region_id = $2
 ORDER BY cp.case_id, cp.started_at, a.name, cp.id`,
    params: [caseIds, regionId],
  };
}

/** An agency of the region (the one a "view as" previews). */
export function agencyOfRegionQuery(agencyId: string, regionId: string): Statement {
  return {
    sql: `SELECT id, name, type FROM agency WHERE id = $1 AND region_id = $2`,
    params: [agencyId, regionId],
  };
}
