import type { ConsentPart, InformationCategory } from '@schakel/domain';
import type { AppAbility } from '@schakel/sharing-policy';
import type { Statement } from '../common/sql';
import { consentActive, participationActive } from '../sharing/need-to-know';
import { policyFilter, SqlParams } from '../sharing/policy-sql';

/*
 * The consent and conflict-of-duties statements as pure functions. A volunteer organisation takes
 * part in a case only while the person's consent for it covers that case (domain brief, "Rules
 * settled later"); the policy context (sharing/policy-context.queries.ts) applies the same "active"
 * test (`consentActive`).
 */

/**
 * The agency `agency` (an SQL expression) holds an active consent of the subject person of case
 * `c` (alias) that covers that case: one for this case, or one for every case of the person.
 */
export const consentCoversCase = (caseAlias: string, agency: string) =>
  `EXISTS (SELECT 1 FROM consent k WHERE k.region_id = ${caseAlias}.region_id
      AND k.recipient_agency_id = ${agency} AND k.person_id = ${caseAlias}.subject_person_id
      AND (k.case_id IS NULL OR k.case_id = ${caseAlias}.id) AND ${consentActive('k')})`;

/**
 * Of the agencies proposed for a case, those of a consent-only type (the policy's
 * CONSENT_ONLY_AGENCY_TYPES) without an active consent covering the case: these may not take part.
 */
export function volunteersWithoutConsentQuery(
  caseId: string,
  agencyIds: readonly string[],
  consentOnlyTypes: readonly string[],
): Statement {
  return {
    sql: `SELECT a.id, a.name FROM agency a
  JOIN case_file c ON c.id = $1 AND c.region_id = a.region_id
 WHERE a.id = ANY ($2::uuid[]) AND a.type = ANY ($3::text[])
   AND NOT ${consentCoversCase('c', 'a.id')}
 ORDER BY a.name, a.id`,
    params: [caseId, agencyIds, consentOnlyTypes],
  };
}

const CONSENT_SELECT = `SELECT c.id, c.person_id AS "personId", c.category, c.parts,
       json_build_object('id', ra.id, 'name', ra.name, 'type', ra.type) AS "recipientAgency",
       c.case_id AS "caseId", c.recorded_in_case_id AS "recordedInCaseId",
       json_build_object('id', ba.id, 'name', ba.name, 'type', ba.type) AS "recordedByAgency",
       c.evidence, c.given_at AS "givenAt", c.valid_until AS "validUntil", c.withdrawn_at AS "withdrawnAt",
       ${consentActive('c')} AS "active"
  FROM consent c
  JOIN agency ra ON ra.id = c.recipient_agency_id
  JOIN agency ba ON ba.id = c.recorded_by_agency_id`;

const DECISION_SELECT = `SELECT d.id, d.case_id AS "caseId", d.category,
       json_build_object('id', ra.id, 'name', ra.name, 'type', ra.type) AS "recipientAgency",
       d.reasoning,
       json_build_object('id', da.id, 'name', da.name, 'type', da.type) AS "decidedByAgency",
       u.display_name AS "decidedBy", d.decided_at AS "decidedAt",
       d.withdrawn_at AS "withdrawnAt", d.withdrawn_at IS NULL AS "active"
  FROM conflict_of_duties_decision d
  JOIN agency ra ON ra.id = d.recipient_agency_id
  JOIN agency da ON da.id = d.decided_by_agency_id
  LEFT JOIN app_user u ON u.id = d.decided_by_user_id`;

/**
 * The listed case ($2, region $1, subject $3) as a would-be item of the exception's category
 * sourced by the caller ($4): the SQL twin of `categoryProbe(row, category, callerAgency, false)`,
 * which `holds()` checks with `create`. Columns named as the InformationItem target expects.
 */
const CASE_AS_HOLDER = (category: string) => `JOIN case_file cf ON cf.id = $2 AND cf.region_id = $1
        CROSS JOIN LATERAL (SELECT cf.id, cf.id AS case_id, $3::uuid AS person_id,
                                   cf.region_id, ${category} AS category,
                                   false AS has_shareable_summary,
                                   $4::uuid AS source_agency_id) holder`;

/**
 * Need-to-know on the exceptions themselves: a consent or decision, with its reasoning, is shown
 * to the agency it opens access for (recipient), to the agency that recorded it, to an agency that
 * holds the category in this case (may write it: the source of the secret, which may also withdraw
 * it), and to the process owner of the case (may update it: the procesregisseur). Other
 * participants see nothing of it — what they may read is unchanged by it.
 */
function concernsCaller(
  ability: AppAbility,
  params: SqlParams,
  columns: { recipient: string; recordedBy: string },
): string {
  const me = '$4';
  const holder = policyFilter(
    ability,
    'create',
    { subject: 'InformationItem', alias: 'holder' },
    params,
  );
  const processOwner = policyFilter(ability, 'update', { subject: 'Case', alias: 'cf' }, params);
  return `(${columns.recipient} = ${me}::uuid OR ${columns.recordedBy} = ${me}::uuid
             OR (${holder}) OR (${processOwner}))`;
}

/** The case whose exceptions are listed, and the caller's agency. */
export interface ExceptionScope {
  regionId: string;
  caseId: string;
  subjectPersonId: string;
  viewerAgencyId: string;
}

function scopeParams(scope: ExceptionScope): SqlParams {
  return new SqlParams([scope.regionId, scope.caseId, scope.subjectPersonId, scope.viewerAgencyId]);
}

/** The consents that apply in this case and concern the caller (see `concernsCaller`). */
export function caseConsentsQuery(ability: AppAbility, scope: ExceptionScope): Statement {
  const params = scopeParams(scope);
  const visible = concernsCaller(ability, params, {
    recipient: 'c.recipient_agency_id',
    recordedBy: 'c.recorded_by_agency_id',
  });
  return {
    sql: `${CONSENT_SELECT}
        ${CASE_AS_HOLDER('c.category')}
        WHERE c.region_id = $1
          AND (c.recorded_in_case_id = $2 OR c.case_id = $2 OR (c.case_id IS NULL AND c.person_id = $3))
          AND ${visible}
        ORDER BY c.given_at DESC, c.id`,
    params: params.values,
  };
}

/** The conflict-of-duties decisions of this case that concern the caller. */
export function caseDecisionsQuery(ability: AppAbility, scope: ExceptionScope): Statement {
  const params = scopeParams(scope);
  const visible = concernsCaller(ability, params, {
    recipient: 'd.recipient_agency_id',
    recordedBy: 'd.decided_by_agency_id',
  });
  return {
    sql: `${DECISION_SELECT}
        ${CASE_AS_HOLDER('d.category')}
        WHERE d.region_id = $1 AND d.case_id = $2
          AND ${visible}
        ORDER BY d.decided_at DESC, d.id`,
    params: params.values,
  };
}

export function consentByIdQuery(id: string): Statement {
  return { sql: `${CONSENT_SELECT} WHERE c.id = $1`, params: [id] };
}

export function decisionByIdQuery(id: string): Statement {
  return { sql: `${DECISION_SELECT} WHERE d.id = $1`, params: [id] };
}

export interface NewConsent {
  regionId: string;
  personId: string;
  category: InformationCategory;
  recipientAgencyId: string;
  /** null: every case of the person. */
  caseId: string | null;
  recordedInCaseId: string;
  recordedByAgencyId: string;
  recordedByUserId: string;
  parts: readonly ConsentPart[];
  validUntil: Date | null;
  /** How the consent was given; null when the caller did not say (older API clients). */
  evidence: string | null;
}

/** Records the consent unless the same one is active already (then no row is returned). */
export function insertConsentQuery(consent: NewConsent): Statement {
  return {
    sql: `INSERT INTO consent (region_id, person_id, category, recipient_agency_id, case_id,
                            recorded_in_case_id, recorded_by_agency_id, recorded_by_user_id,
                            parts, valid_until, evidence)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11
        WHERE NOT EXISTS (SELECT 1 FROM consent k WHERE k.region_id = $1 AND k.person_id = $2
                            AND k.category = $3 AND k.recipient_agency_id = $4
                            AND k.case_id IS NOT DISTINCT FROM $5 AND ${consentActive('k')})
       RETURNING id`,
    params: [
      consent.regionId,
      consent.personId,
      consent.category,
      consent.recipientAgencyId,
      consent.caseId,
      consent.recordedInCaseId,
      consent.recordedByAgencyId,
      consent.recordedByUserId,
      consent.parts,
      consent.validUntil,
      consent.evidence,
    ],
  };
}

/** A consent as far as withdrawing it needs (`RecordedException`). */
export function consentExceptionQuery(id: string, regionId: string): Statement {
  return {
    sql: `SELECT recorded_in_case_id AS "caseId", category, recipient_agency_id AS "recipientId",
              recorded_by_agency_id AS "recordedById"
         FROM consent WHERE id = $1 AND region_id = $2`,
    params: [id, regionId],
  };
}

export function withdrawConsentQuery(id: string, userId: string): Statement {
  return {
    sql: `UPDATE consent SET withdrawn_at = now(), withdrawn_by_user_id = $2
          WHERE id = $1 AND withdrawn_at IS NULL`,
    params: [id, userId],
  };
}

/**
 * Ends, now, the participations of a consent-only agency (`consentOnlyTypes`) that the withdrawn
 * consent was the last one to cover; returns the case, region and agency name of each.
 */
export function endUncoveredParticipationsQuery(
  consentId: string,
  userId: string,
  endReason: string,
  consentOnlyTypes: readonly string[],
): Statement {
  return {
    sql: `UPDATE case_participant cp
          SET ended_at = now(), end_reason = $3, ended_by_user_id = $2
         FROM consent w, case_file c, agency a
        WHERE w.id = $1 AND a.id = w.recipient_agency_id AND a.type = ANY ($4::text[])
          AND cp.agency_id = w.recipient_agency_id AND c.id = cp.case_id
          AND c.subject_person_id = w.person_id AND (w.case_id IS NULL OR w.case_id = c.id)
          AND ${participationActive('cp')}
          AND NOT ${consentCoversCase('c', 'cp.agency_id')}
      RETURNING cp.case_id AS "caseId", c.region_id AS "regionId", a.name AS agency`,
    params: [consentId, userId, endReason, consentOnlyTypes],
  };
}

/**
 * Ends, now, the open couplings that the withdrawn consent was the last one to cover (run in the
 * withdrawal's transaction); returns each one's id, case and organisation.
 */
export function endUncoveredCouplingsQuery(consentId: string): Statement {
  return {
    sql: `UPDATE volunteer_coupling vc
             SET status = 'ENDED', ended_at = now(), end_reason = 'CONSENT_WITHDRAWN',
                 end_text = NULL, revision = vc.revision + 1, updated_at = now()
            FROM consent w, case_file c
           WHERE w.id = $1 AND vc.volunteer_agency_id = w.recipient_agency_id
             AND c.id = vc.case_id AND c.region_id = vc.region_id
             AND c.subject_person_id = w.person_id AND (w.case_id IS NULL OR w.case_id = c.id)
             AND vc.status IN ('REQUESTED', 'ACCEPTED', 'COUPLED')
             AND NOT ${consentCoversCase('c', 'vc.volunteer_agency_id')}
       RETURNING vc.id, vc.case_id AS "caseId", vc.region_id AS "regionId",
                 vc.volunteer_agency_id AS "volunteerAgencyId",
                 vc.requested_by_agency_id AS "requestedByAgencyId", c.reference AS "caseReference"`,
    params: [consentId],
  };
}

/** The case changed (its list order and `updatedAt`). */
export function caseTouchedQuery(caseId: string): Statement {
  return { sql: `UPDATE case_file SET updated_at = now() WHERE id = $1`, params: [caseId] };
}

export interface NewDecision {
  regionId: string;
  caseId: string;
  category: InformationCategory;
  recipientAgencyId: string;
  reasoning: string;
  decidedByAgencyId: string;
  decidedByUserId: string;
}

export function insertDecisionQuery(decision: NewDecision): Statement {
  return {
    sql: `INSERT INTO conflict_of_duties_decision (region_id, case_id, category, recipient_agency_id,
                                                reasoning, decided_by_agency_id, decided_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    params: [
      decision.regionId,
      decision.caseId,
      decision.category,
      decision.recipientAgencyId,
      decision.reasoning,
      decision.decidedByAgencyId,
      decision.decidedByUserId,
    ],
  };
}

/** A decision as far as withdrawing it needs (`RecordedException`). */
export function decisionExceptionQuery(id: string, regionId: string): Statement {
  return {
    sql: `SELECT case_id AS "caseId", category, recipient_agency_id AS "recipientId",
              decided_by_agency_id AS "recordedById"
         FROM conflict_of_duties_decision
        WHERE id = $1 AND region_id = $2`,
    params: [id, regionId],
  };
}

export function withdrawDecisionQuery(id: string, userId: string): Statement {
  return {
    sql: `UPDATE conflict_of_duties_decision SET withdrawn_at = now(), withdrawn_by_user_id = $2
        WHERE id = $1 AND withdrawn_at IS NULL`,
    params: [id, userId],
  };
}

/** The type of an agency of the region (the recipient of an exception). */
export function agencyTypeQuery(agencyId: string, regionId: string): Statement {
  return {
    sql: `SELECT type FROM agency WHERE id = $1 AND region_id = $2`,
    params: [agencyId, regionId],
  };
}
