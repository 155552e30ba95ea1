import type { AppAbility } from '@schakel/sharing-policy';
import type { Statement } from '../common/sql';
import { personMatchSql } from '../persons/person-matching';
import { visiblePersonsQuery } from '../persons/person.queries';
import {
  FIND_BY,
  freeTextReadableSql,
  NOTHING,
  personVisibilityColumns,
  policyFilter,
  referrerBeforeTriageSql,
  SqlParams,
} from '../sharing/policy-sql';
import type { LookupQuery } from './referral.validation';

/*
 * The referral statements as pure functions. Every row filter goes through policyFilter; the
 * possible matches of a referral are only selected for a caller allowed to run its triage.
 */

/** Most persons one lookup returns. */
export const LOOKUP_LIMIT = 20;
/** Most referrals the triage queue shows at once; a longer queue is a planning problem. */
export const TRIAGE_QUEUE_LIMIT = 200;

/**
 * Persons the caller may already see that tolerantly match the lookup: by BSN only with BSN
 * access in one of the person's cases, by name only with identity access.
 */
export function referralLookupQuery(
  ability: AppAbility,
  regionId: string,
  query: LookupQuery,
  viewerAgencyId: string,
): Statement | null {
  return visiblePersonsQuery(
    ability,
    regionId,
    viewerAgencyId,
    query.bsn ? 'BSN' : 'IDENTITY',
    (params) => personMatchSql('p', query, params),
    LOOKUP_LIMIT,
  );
}

/** Is this person one the caller may pick (identity readable in one of their cases)? */
export function pickablePersonQuery(
  ability: AppAbility,
  regionId: string,
  personId: string,
  viewerAgencyId: string,
): Statement | null {
  const params = new SqlParams([regionId, personId]);
  // Picking a person means matching on name and birth date: the whole identity record.
  const identity = FIND_BY.IDENTITY.map((field) =>
    policyFilter(ability, 'read', { subject: 'CaseSubject', caseAlias: 'c', ...field }, params),
  );
  if (identity.includes(NOTHING)) return null;
  const pending = referrerBeforeTriageSql(ability, 'c', viewerAgencyId, params);
  return {
    sql: `SELECT p.id FROM person p
           WHERE p.region_id = $1 AND p.id = $2
             AND EXISTS (SELECT 1 FROM case_file c WHERE c.subject_person_id = p.id
                            AND NOT ${pending} AND ${identity.map((f) => `(${f})`).join(' AND ')})`,
    params: params.values,
  };
}

const agencyJson = (alias: string) =>
  `json_build_object('id', ${alias}.id, 'name', ${alias}.name, 'type', ${alias}.type)`;

/**
 * Referrals with their person, masked by the flags the policy computes per row; the possible
 * matches only for a caller who may triage the case.
 */
export function referralSelect(
  ability: AppAbility,
  params: SqlParams,
  viewerAgencyId: string,
  where: string,
  tail = '',
): string {
  const person = personVisibilityColumns(ability, 'c', params);
  const decider = policyFilter(ability, 'triage', { subject: 'Case', alias: 'c' }, params);
  // The texts are free texts about the person: not even selected unless every category is readable.
  const texts = freeTextReadableSql(ability, 'c', 'r.reason_categories', params);
  const ownEntry = referrerBeforeTriageSql(ability, 'c', viewerAgencyId, params);
  return `SELECT c.id AS "caseId", c.reference, c.theme, c.status,
       c.region_id AS "regionId", c.subject_person_id AS "subjectPersonId",
       c.referring_agency_id AS "referringAgencyId",
       r.referred_at AS "referredAt",
       floor(extract(epoch FROM now() - r.referred_at) / 86400)::int AS "waitingDays",
       ${agencyJson('ra')} AS "referringAgency", ru.display_name AS "referredByName",
       p.id, p.given_names AS "givenNames", p.family_name AS "familyName",
       to_char(p.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", p.bsn, p.street,
       p.house_number AS "houseNumber", p.postcode, p.city, p.wijk,
       ${person}, (${decider}) AS "triageVisible",
       (${texts}) AS "reasonVisible",
       CASE WHEN (${texts}) THEN r.reason END AS reason,
       CASE WHEN (${texts}) THEN r.goal END AS goal,
       CASE WHEN (${texts}) THEN r.not_informed_reason END AS "notInformedReason",
       r.reason_categories AS "reasonCategories", r.person_informed AS "personInformed",
       (${ownEntry}) AS "ownEntryOnly",
       CASE WHEN (${ownEntry}) THEN r.entered_person END AS "enteredPerson",
       COALESCE((SELECT json_agg(${agencyJson('pa')} ORDER BY pa.name)
                   FROM referral_proposed_agency rp JOIN agency pa ON pa.id = rp.agency_id
                  WHERE rp.case_id = c.id), '[]'::json) AS "proposedAgencies",
       r.person_source AS "personSource", r.bsn_match_person_id AS "bsnMatchPersonId",
       r.match_decision AS "matchDecision",
       CASE WHEN (${decider}) THEN COALESCE((
         SELECT json_agg(json_build_object('personId', m.id, 'givenNames', m.given_names,
                  'familyName', m.family_name,
                  'dateOfBirth', to_char(m.date_of_birth, 'YYYY-MM-DD'), 'wijk', m.wijk,
                  'caseCount', (SELECT count(*) FROM case_file mc
                                 WHERE mc.subject_person_id = m.id AND mc.id <> c.id),
                  'bsnMatches', COALESCE(m.id = r.bsn_match_person_id, false))
                  ORDER BY m.family_name, m.given_names, m.id)
           FROM person m
          WHERE m.region_id = c.region_id AND m.id = ANY (r.possible_match_person_ids)
            AND m.id <> c.subject_person_id), '[]'::json) END AS "possibleMatches",
       r.criterion_multi_domain AS "multiDomain",
       r.criterion_chains_cooperate AS "chainsCooperate",
       r.criterion_impact_surroundings AS "impactOnSurroundings",
       r.criterion_local_safety AS "seriousLocalSafety",
       r.decision, r.decision_reason AS "decisionReason", r.decided_at AS "decidedAt",
       CASE WHEN ca.id IS NULL THEN NULL ELSE ${agencyJson('ca')} END AS "casusregisseurAgency"
  FROM referral r
  JOIN case_file c ON c.id = r.case_id AND c.region_id = r.region_id
  JOIN person p ON p.id = c.subject_person_id
  JOIN agency ra ON ra.id = c.referring_agency_id
  LEFT JOIN app_user ru ON ru.id = r.referred_by_user_id
  LEFT JOIN agency ca ON ca.id = c.casusregisseur_agency_id
 WHERE ${where}${tail}`;
}

/** Waiting referrals the caller may decide, oldest first. */
export function triageQueueQuery(
  ability: AppAbility,
  regionId: string,
  viewerAgencyId: string,
): Statement | null {
  const params = new SqlParams([regionId]);
  const decidable = policyFilter(ability, 'triage', { subject: 'Case', alias: 'c' }, params);
  if (decidable === NOTHING) return null;
  const sql = referralSelect(
    ability,
    params,
    viewerAgencyId,
    `c.region_id = $1 AND c.status IN ('REFERRED', 'IN_TRIAGE') AND ${decidable}`,
    `\n ORDER BY r.referred_at, c.id\n LIMIT ${TRIAGE_QUEUE_LIMIT}`,
  );
  return { sql, params: params.values };
}

/** One referral by case id; the caller's read access is checked before. */
export function referralQuery(
  ability: AppAbility,
  regionId: string,
  caseId: string,
  viewerAgencyId: string,
): Statement {
  const params = new SqlParams([regionId, caseId]);
  return {
    sql: referralSelect(ability, params, viewerAgencyId, `c.region_id = $1 AND c.id = $2`),
    params: params.values,
  };
}
