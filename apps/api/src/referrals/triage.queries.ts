import type { Statement } from '../common/sql';
import { takesPart } from '../sharing/need-to-know';
import type { PersonMatchDecision, TriageDecision } from './referral.enums';
import type { TriageDraft } from './referral.validation';

/*
 * The triage statements as pure functions. The lists the procesregisseur sees (the queue, one
 * referral) are policy-filtered and live in referral.queries.ts; these write the decision.
 */

/**
 * Decides a waiting referral: the conditional update is the lock, a second concurrent decision
 * finds no waiting row (no row changed).
 */
export function decideCaseQuery(
  caseId: string,
  regionId: string,
  decision: TriageDecision,
): Statement {
  return {
    sql: `UPDATE case_file SET status = $3, updated_at = now()
          WHERE id = $1 AND region_id = $2 AND status IN ('REFERRED', 'IN_TRIAGE')
            AND EXISTS (SELECT 1 FROM referral r WHERE r.case_id = case_file.id)
          RETURNING id`,
    params: [caseId, regionId, decision],
  };
}

/** What the decision needs of the referral just locked (`LockedReferral`). */
export function lockedReferralQuery(caseId: string): Statement {
  return {
    sql: `SELECT c.reference, c.subject_person_id AS "subjectPersonId",
                c.referring_agency_id AS "referringAgencyId",
                r.possible_match_person_ids::text[] AS "possibleMatchPersonIds",
                r.match_decision AS "matchDecision",
                ARRAY(SELECT rp.agency_id::text FROM referral_proposed_agency rp
                       WHERE rp.case_id = c.id) AS "proposedAgencyIds"
           FROM case_file c JOIN referral r ON r.case_id = c.id
          WHERE c.id = $1`,
    params: [caseId],
  };
}

/** Records the criteria, the decision and who took it. */
export function recordTriageQuery(
  draft: TriageDraft,
  decider: { userId: string; agencyId: string },
): Statement {
  return {
    sql: `UPDATE referral
            SET criterion_multi_domain = $2, criterion_chains_cooperate = $3,
                criterion_impact_surroundings = $4, criterion_local_safety = $5,
                decision = $6, decision_reason = $7, decided_by_user_id = $8,
                decided_by_agency_id = $9, decided_at = now()
          WHERE case_id = $1`,
    params: [
      draft.caseId,
      draft.criteria.multiDomain,
      draft.criteria.chainsCooperate,
      draft.criteria.impactOnSurroundings,
      draft.criteria.seriousLocalSafety,
      draft.decision,
      draft.reason,
      decider.userId,
      decider.agencyId,
    ],
  };
}

/** The person, if it is one of the referral's possible matches in the region. */
export function possibleMatchQuery(
  personId: string,
  regionId: string,
  possibleMatchPersonIds: readonly string[],
): Statement {
  return {
    sql: `SELECT 1 FROM person WHERE id = $1 AND region_id = $2 AND id = ANY ($3::uuid[])`,
    params: [personId, regionId, possibleMatchPersonIds],
  };
}

/* "Same person": the case, its items and the consents recorded in it move to the known person. */

export function setSubjectPersonQuery(caseId: string, personId: string): Statement {
  return {
    sql: `UPDATE case_file SET subject_person_id = $2 WHERE id = $1`,
    params: [caseId, personId],
  };
}

export function moveItemsToPersonQuery(caseId: string, from: string, to: string): Statement {
  return {
    sql: `UPDATE information_item SET person_id = $3 WHERE case_id = $1 AND person_id = $2`,
    params: [caseId, from, to],
  };
}

export function moveConsentsToPersonQuery(caseId: string, from: string, to: string): Statement {
  return {
    sql: `UPDATE consent SET person_id = $3 WHERE recorded_in_case_id = $1 AND person_id = $2`,
    params: [caseId, from, to],
  };
}

/** Deletes the merged-away person row unless a case still has it as its subject. */
export function deleteMergedPersonQuery(personId: string): Statement {
  return {
    sql: `DELETE FROM person p WHERE p.id = $1
              AND NOT EXISTS (SELECT 1 FROM case_file c WHERE c.subject_person_id = p.id)`,
    params: [personId],
  };
}

export function recordPersonMatchQuery(
  caseId: string,
  decision: PersonMatchDecision,
  matchedPersonId: string | null,
  userId: string,
): Statement {
  return {
    sql: `UPDATE referral SET match_decision = $2, match_person_id = $3,
              match_decided_by_user_id = $4, match_decided_at = now()
        WHERE case_id = $1`,
    params: [caseId, decision, matchedPersonId, userId],
  };
}

/** The agencies of the region among these ids. */
export function regionAgenciesQuery(regionId: string, agencyIds: readonly string[]): Statement {
  return {
    sql: `SELECT id, name, type FROM agency WHERE region_id = $1 AND id = ANY ($2::uuid[])`,
    params: [regionId, agencyIds],
  };
}

export interface Invitation {
  regionId: string;
  caseId: string;
  agencyId: string;
  role: string;
  reason: string;
  legalBasis: string;
  addedByUserId: string;
}

/** The agency joins the case unless it takes part already (then no row is returned). */
export function inviteParticipantQuery(i: Invitation): Statement {
  return {
    // The fixed reason says nothing about the person: PLAN, which every participant reads.
    sql: `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis,
                                       added_by_user_id, reason_categories)
         SELECT $1, $2, $3, $4, $5, $6, $7, ARRAY['PLAN']::text[]
          WHERE NOT ${takesPart('$2', '$3')}
         ON CONFLICT DO NOTHING RETURNING id`,
    params: [i.regionId, i.caseId, i.agencyId, i.role, i.reason, i.legalBasis, i.addedByUserId],
  };
}

export function setCasusregisseurQuery(caseId: string, agencyId: string): Statement {
  return {
    sql: `UPDATE case_file SET casusregisseur_agency_id = $2 WHERE id = $1`,
    params: [caseId, agencyId],
  };
}
