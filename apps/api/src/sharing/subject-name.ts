import type { AppAbility } from '@schakel/sharing-policy';
import { PERSON_NAME, policyFilter, referrerBeforeTriageSql, type SqlParams } from './policy-sql';

/**
 * The name of the person of case `caseAlias`, for lists that show a case number (issue 16: the
 * name next to every case number): `"personName"` is NULL unless the caller may read the name
 * (the policy SQL that masks it on the case page), `"personNameVisible"` says which. A referrer
 * awaiting triage gets the name it entered itself, as on the case page.
 */
export function subjectNameColumns(
  ability: AppAbility,
  caseAlias: string,
  viewerAgencyId: string,
  params: SqlParams,
): string {
  const c = caseAlias;
  const visible = `(${policyFilter(ability, 'read', { subject: 'CaseSubject', caseAlias: c, ...PERSON_NAME }, params)})`;
  const ownEntry = referrerBeforeTriageSql(ability, c, viewerAgencyId, params);
  return `CASE WHEN ${visible} THEN (CASE WHEN ${ownEntry}
         THEN (SELECT concat_ws(' ', rs.entered_person->>'givenNames', rs.entered_person->>'familyName')
                 FROM referral rs WHERE rs.case_id = ${c}.id)
         ELSE (SELECT concat_ws(' ', sp.given_names, sp.family_name)
                 FROM person sp WHERE sp.id = ${c}.subject_person_id) END) END AS "personName",
       ${visible} AS "personNameVisible"`;
}
