/*
 * The consent statements shared with other features: a volunteer organisation takes part in a
 * case only while the person's consent for it covers that case (domain brief, "Rules settled
 * later"). The policy context (sharing/policy-context.query.ts) applies the same "active" test.
 */

/** A consent is active: not withdrawn and not expired (alias `k`). */
export const ACTIVE_CONSENT = `k.withdrawn_at IS NULL AND (k.valid_until IS NULL OR k.valid_until > now())`;

/**
 * The agency `agency` (an SQL expression) holds an active consent of the subject person of case
 * `c` (alias) that covers that case: one for this case, or one for every case of the person.
 */
export const consentCoversCase = (caseAlias: string, agency: string) =>
  `EXISTS (SELECT 1 FROM consent k WHERE k.region_id = ${caseAlias}.region_id
      AND k.recipient_agency_id = ${agency} AND k.person_id = ${caseAlias}.subject_person_id
      AND (k.case_id IS NULL OR k.case_id = ${caseAlias}.id) AND ${ACTIVE_CONSENT})`;

/**
 * Of the agencies $2 (uuid[]) proposed for case $1, those of a consent-only type $3 (text[]: the
 * policy's CONSENT_ONLY_AGENCY_TYPES) without an active consent covering the case: these may not
 * take part.
 */
export const VOLUNTEERS_WITHOUT_CONSENT = `SELECT a.id, a.name FROM agency a
  JOIN case_file c ON c.id = $1 AND c.region_id = a.region_id
 WHERE a.id = ANY ($2::uuid[]) AND a.type = ANY ($3::text[])
   AND NOT ${consentCoversCase('c', 'a.id')}
 ORDER BY a.name, a.id`;
