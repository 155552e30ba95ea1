import { dateSpan, precisionOf } from '@schakel/domain';
import type { AppAbility } from '@schakel/sharing-policy';
import type { CaseTheme } from '../cases/case.enums';
import { teamsServingAreaJson } from '../areas/area-team.queries';
import type { Statement } from '../common/sql';
import { waitingDaysSql } from '../common/waiting-days';
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
import type { InformationCategory } from '../sharing/sharing.enums';
import type { ReferralPersonSource } from './referral.enums';
import type { LookupQuery, NewPerson, ReferralDraft } from './referral.validation';

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
       ${waitingDaysSql('r.referred_at')} AS "waitingDays",
       ${agencyJson('ra')} AS "referringAgency", ru.display_name AS "referredByName",
       p.id, p.given_names AS "givenNames", p.family_name AS "familyName",
       person_birth_date(p.date_of_birth, p.date_of_birth_precision) AS "dateOfBirth", p.bsn, p.street,
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
                  'dateOfBirth', person_birth_date(m.date_of_birth, m.date_of_birth_precision), 'wijk', m.wijk,
                  'caseCount', (SELECT count(*) FROM case_file mc
                                 WHERE mc.subject_person_id = m.id AND mc.id <> c.id),
                  'bsnMatches', COALESCE(m.id = r.bsn_match_person_id, false))
                  ORDER BY m.family_name, m.given_names, m.id)
           FROM person m
          WHERE m.region_id = c.region_id AND m.id = ANY (r.possible_match_person_ids)
            AND m.id <> c.subject_person_id), '[]'::json) END AS "possibleMatches",
       CASE WHEN (${decider}) THEN ${teamsServingAreaJson('c.region_id', 'p.area_id')}
       END AS "areaTeams",
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

// ---------------------------------------------------------------------------------------------
// Making a referral (`ReferralService.create`): the service decides, these only write.
// ---------------------------------------------------------------------------------------------

/** The proposed agencies, the region's Veiligheidshuis and the referrer's own agency. */
export function referralAgenciesQuery(
  regionId: string,
  proposedAgencyIds: readonly string[],
  ownAgencyId: string,
): Statement {
  return {
    sql: `SELECT id, name, type FROM agency WHERE region_id = $1 AND (id = ANY ($2::uuid[]) OR type = 'ZVH' OR id = $3)
        ORDER BY created_at, id`,
    params: [regionId, proposedAgencyIds, ownAgencyId],
  };
}

/** One referral at a time per region (until the transaction ends). */
export function referralLockQuery(regionId: string): Statement {
  return { sql: `SELECT pg_advisory_xact_lock(hashtext('referral:' || $1))`, params: [regionId] };
}

/** The region's next case reference of this year, ZVH-yyyy-nnn. */
export function nextReferenceQuery(regionId: string): Statement {
  return {
    sql: `SELECT 'ZVH-' || y || '-' || lpad((COALESCE(max(substring(reference FROM '^ZVH-[0-9]{4}-([0-9]+)$')::int), 0) + 1)::text, 3, '0') AS reference
           FROM (SELECT to_char(now(), 'YYYY') AS y) t
           LEFT JOIN case_file c ON c.region_id = $1 AND c.reference LIKE 'ZVH-' || t.y || '-%'
          GROUP BY y`,
    params: [regionId],
  };
}

export function insertReferredCaseQuery(c: {
  regionId: string;
  reference: string;
  subjectPersonId: string;
  theme: CaseTheme;
  referringAgencyId: string;
}): Statement {
  return {
    sql: `INSERT INTO case_file (region_id, reference, subject_person_id, theme, status, referring_agency_id)
         VALUES ($1, $2, $3, $4, 'REFERRED', $5) RETURNING id`,
    params: [c.regionId, c.reference, c.subjectPersonId, c.theme, c.referringAgencyId],
  };
}

/** The referrer and the Veiligheidshuis (procesregie) take part from the start; once if the same. */
export function insertFirstParticipantsQuery(p: {
  regionId: string;
  caseId: string;
  legalBasis: string;
  userId: string;
  referrerAgencyId: string;
  referrerReason: string;
  zvhAgencyId: string;
  zvhReason: string;
  referrerReasonCategories: readonly InformationCategory[];
}): Statement {
  return {
    sql: `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis,
                                       added_by_user_id, reason_categories)
         SELECT $1, $2, a.agency_id, a.role, a.reason, $3, $4, a.categories
           FROM (VALUES ($5::uuid, 'REFERRER', $6, $9::text[]),
                        ($7::uuid, 'PROCESREGIE', $8, ARRAY['PLAN']::text[]))
                AS a(agency_id, role, reason, categories)
          WHERE a.role = 'REFERRER' OR a.agency_id <> $5::uuid`,
    params: [
      p.regionId,
      p.caseId,
      p.legalBasis,
      p.userId,
      p.referrerAgencyId,
      p.referrerReason,
      p.zvhAgencyId,
      p.zvhReason,
      p.referrerReasonCategories,
    ],
  };
}

/** The region's person holding this BSN, and whether the entered name and birth date agree. */
export function bsnHolderQuery(regionId: string, bsn: string, person: NewPerson): Statement {
  const params = new SqlParams([regionId, bsn]);
  const sameName = personMatchSql('p', { ...person, bsn: null }, params);
  return {
    sql: `SELECT p.id, (${sameName}) AS "sameName" FROM person p WHERE p.region_id = $1 AND p.bsn = $2`,
    params: params.values,
  };
}

/**
 * Known persons of the region that may be the entered one (tolerant name + birth date; another
 * BSN is another person); null when the entered name matches nobody by construction.
 */
export function possibleMatchesQuery(
  regionId: string,
  person: NewPerson,
  limit: number,
): Statement | null {
  const params = new SqlParams([regionId]);
  const match = personMatchSql('p', { ...person, bsn: null }, params);
  if (match === NOTHING) return null;
  const otherBsn = person.bsn ? ` AND (p.bsn IS NULL OR p.bsn = ${params.add(person.bsn)})` : '';
  return {
    sql: `SELECT p.id FROM person p WHERE p.region_id = $1 AND ${match}${otherBsn}
              ORDER BY p.created_at, p.id LIMIT ${limit}`,
    params: params.values,
  };
}

/** The name of the active wijk a postcode lies in (ADR 0026); no row: not in the wijkindeling. */
export function wijkOfPostcodeQuery(regionId: string, postcode: string): Statement {
  return {
    sql: `SELECT name FROM area WHERE region_id = $1 AND id = area_for_postcode($1, $2)`,
    params: [regionId, postcode],
  };
}

/**
 * A person row from the entered data; `bsn` null when another person holds it. The wijk comes from
 * the postcode (trigger `person_area_derive`, ADR 0026), never from free text.
 */
export function insertPersonQuery(
  regionId: string,
  person: NewPerson,
  bsn: string | null,
): Statement {
  return {
    // A partly unknown date of birth is stored as the first day of what is known, with its precision.
    sql: `INSERT INTO person (region_id, given_names, family_name, date_of_birth, bsn, street,
                           house_number, postcode, city, date_of_birth_precision)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    params: [
      regionId,
      person.givenNames,
      person.familyName,
      dateSpan(person.dateOfBirth).first,
      bsn,
      person.street,
      person.houseNumber,
      person.postcode,
      person.city,
      precisionOf(person.dateOfBirth),
    ],
  };
}

export interface NewReferral {
  caseId: string;
  regionId: string;
  draft: ReferralDraft;
  personSource: ReferralPersonSource;
  possibleMatchPersonIds: readonly string[];
  bsnMatchPersonId: string | null;
  referredByUserId: string;
  reasonCategories: readonly InformationCategory[];
  /** What the referrer entered, as JSON text, or null. */
  enteredPerson: string | null;
}

export function insertReferralQuery(r: NewReferral): Statement {
  return {
    sql: `INSERT INTO referral (case_id, region_id, reason, goal, person_informed, not_informed_reason,
                             person_source, possible_match_person_ids, bsn_match_person_id,
                             referred_by_user_id, reason_categories, entered_person)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::uuid[], $9, $10, $11::text[], $12::jsonb)`,
    params: [
      r.caseId,
      r.regionId,
      r.draft.reason,
      r.draft.goal,
      r.draft.personInformed,
      r.draft.notInformedReason,
      r.personSource,
      r.possibleMatchPersonIds,
      r.bsnMatchPersonId,
      r.referredByUserId,
      r.reasonCategories,
      r.enteredPerson,
    ],
  };
}

export function insertProposedAgenciesQuery(
  caseId: string,
  regionId: string,
  agencyIds: readonly string[],
): Statement {
  return {
    sql: `INSERT INTO referral_proposed_agency (case_id, region_id, agency_id)
         SELECT $1, $2, unnest($3::uuid[])`,
    params: [caseId, regionId, agencyIds],
  };
}
