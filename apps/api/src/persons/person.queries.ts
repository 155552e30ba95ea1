import type { AppAbility } from '@schakel/sharing-policy';
import type { Statement } from '../common/sql';
import { birthDateMatchSql, birthDateSql } from './person-matching';
import {
  FIND_BY,
  NOTHING,
  personVisibilityColumns,
  policyFilter,
  referrerBeforeTriageSql,
  SqlParams,
  type PersonCategory,
} from '../sharing/policy-sql';

export type PersonSearch =
  { by: 'bsn'; bsn: string } | { by: 'name'; familyName: string; dateOfBirth: string };

/** Most matches one search returns. */
export const PERSON_SEARCH_LIMIT = 20;

/**
 * Persons matching the search that the caller may find: a BSN search needs the right to read the
 * BSN in one of the person's cases, a name search the right to read the identity — otherwise the
 * search itself would reveal what the covenant withholds.
 */
export function personSearchQuery(
  ability: AppAbility,
  regionId: string,
  search: PersonSearch,
  viewerAgencyId: string,
): Statement | null {
  return visiblePersonsQuery(
    ability,
    regionId,
    viewerAgencyId,
    search.by === 'bsn' ? 'BSN' : 'IDENTITY',
    (params) =>
      search.by === 'bsn'
        ? `p.bsn = ${params.add(search.bsn)}`
        : `lower(p.family_name) = lower(${params.add(search.familyName)})` +
          ` AND ${birthDateMatchSql('p', search.dateOfBirth, params)}`,
  );
}

/**
 * The persons `match` selects (a WHERE fragment on alias `p`; NOTHING for none) that the caller may
 * find through `findBy` in one of the person's cases, with what the caller may see of each. Shared
 * by the person search and the referral lookup, so both reveal exactly the same.
 */
export function visiblePersonsQuery(
  ability: AppAbility,
  regionId: string,
  viewerAgencyId: string,
  findBy: PersonCategory,
  match: (params: SqlParams) => string,
  limit = PERSON_SEARCH_LIMIT,
): Statement | null {
  const params = new SqlParams([regionId]);
  const findableBy = FIND_BY[findBy].map((field) =>
    policyFilter(ability, 'read', { subject: 'CaseSubject', caseAlias: 'c', ...field }, params),
  );
  if (findableBy.includes(NOTHING)) return null;
  const findable = findableBy.map((f) => `(${f})`).join(' AND ');
  const matched = match(params);
  if (matched === NOTHING) return null;
  const openable = policyFilter(ability, 'read', { subject: 'Case', alias: 'c' }, params);
  // A case the viewer referred and triage has not decided shows it only what it entered itself:
  // through that case, the person as Schakel knows it is neither found nor shown.
  const pending = referrerBeforeTriageSql(ability, 'c', viewerAgencyId, params);
  const ofPerson = `c.subject_person_id = p.id AND NOT ${pending}`;
  const visible = personVisibilityColumns(
    ability,
    'c',
    params,
    (filter) => `EXISTS (SELECT 1 FROM case_file c WHERE ${ofPerson} AND ${filter})`,
  );
  const sql = `SELECT p.id, p.given_names AS "givenNames", p.family_name AS "familyName",
       ${birthDateSql('p')} AS "dateOfBirth", p.bsn, p.street,
       p.house_number AS "houseNumber", p.postcode, p.city, p.wijk,
       ${visible},
       ARRAY(SELECT c.id::text FROM case_file c WHERE ${ofPerson} AND ${openable}
              ORDER BY c.updated_at DESC, c.id DESC) AS "caseIds"
  FROM person p
 WHERE p.region_id = $1
   AND ${matched}
   AND EXISTS (SELECT 1 FROM case_file c WHERE ${ofPerson} AND ${findable})
 ORDER BY p.family_name, p.given_names, p.id
 LIMIT ${limit}`;
  return { sql, params: params.values };
}
