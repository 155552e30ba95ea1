import type { Statement } from '../common/sql';

/*
 * The address a referrer entered for a person the referral was linked to (BSN match or "same
 * person"), kept as a proposed change of the person's address (migration 1764000004200).
 */

const ENTERED = (part: string) => `NULLIF(btrim(r.entered_person->>'${part}'), '')`;

/**
 * Proposes the referral's entered address for the case's person, when it names an address and
 * differs from the person's; at most one pending proposal per case. Returns the proposal's id.
 */
export function proposeEnteredAddressQuery(caseId: string, regionId: string): Statement {
  return {
    sql: `INSERT INTO referral_address_proposal
            (region_id, case_id, person_id, street, house_number, postcode, city,
             current_street, current_house_number, current_postcode, current_city,
             proposed_by_agency_id)
       SELECT c.region_id, c.id, p.id, ${ENTERED('street')}, ${ENTERED('houseNumber')},
              ${ENTERED('postcode')}, ${ENTERED('city')},
              p.street, p.house_number, p.postcode, p.city, c.referring_agency_id
         FROM case_file c
         JOIN referral r ON r.case_id = c.id
         JOIN person p ON p.id = c.subject_person_id AND p.region_id = c.region_id
        WHERE c.id = $1 AND c.region_id = $2
          AND COALESCE(${ENTERED('street')}, ${ENTERED('houseNumber')}, ${ENTERED('postcode')},
                       ${ENTERED('city')}) IS NOT NULL
          AND (${ENTERED('street')}, ${ENTERED('houseNumber')}, ${ENTERED('postcode')},
               ${ENTERED('city')})
              IS DISTINCT FROM (p.street, p.house_number, p.postcode, p.city)
       ON CONFLICT (case_id) WHERE status = 'PENDING' DO NOTHING
       RETURNING id`,
    params: [caseId, regionId],
  };
}

/** The proposals of a case, pending first, then newest decided. */
export function proposalsOfCaseQuery(caseId: string, regionId: string): Statement {
  return {
    sql: `SELECT k.id, k.case_id AS "caseId", k.person_id AS "personId", k.status,
              k.street, k.house_number AS "houseNumber", k.postcode, k.city,
              k.current_street AS "currentStreet", k.current_house_number AS "currentHouseNumber",
              k.current_postcode AS "currentPostcode", k.current_city AS "currentCity",
              a.name AS "proposedByAgency", k.proposed_at AS "proposedAt",
              u.display_name AS "decidedByName", k.decided_at AS "decidedAt"
         FROM referral_address_proposal k
         JOIN agency a ON a.id = k.proposed_by_agency_id
         LEFT JOIN app_user u ON u.id = k.decided_by_user_id
        WHERE k.case_id = $1 AND k.region_id = $2
        ORDER BY (k.status = 'PENDING') DESC, k.proposed_at DESC, k.id`,
    params: [caseId, regionId],
  };
}

/** Closes a pending proposal of the case; no row when it was decided meanwhile. */
export function decideProposalQuery(
  id: string,
  caseId: string,
  regionId: string,
  status: 'ACCEPTED' | 'REJECTED',
  userId: string,
): Statement {
  return {
    sql: `UPDATE referral_address_proposal
          SET status = $4, decided_by_user_id = $5, decided_at = now()
        WHERE id = $1 AND case_id = $2 AND region_id = $3 AND status = 'PENDING'
        RETURNING person_id AS "personId", street, house_number AS "houseNumber", postcode, city,
                  current_street AS "currentStreet", current_house_number AS "currentHouseNumber",
                  current_postcode AS "currentPostcode", current_city AS "currentCity"`,
    params: [id, caseId, regionId, status, userId],
  };
}

export interface AddressParts {
  street: string | null;
  houseNumber: string | null;
  postcode: string | null;
  city: string | null;
}

/**
 * The person's address becomes the proposed one, only if it is still the address the proposal
 * was made against (a change meanwhile → no row → EDIT_CONFLICT).
 */
export function applyProposedAddressQuery(
  personId: string,
  regionId: string,
  proposed: AddressParts,
  expected: AddressParts,
): Statement {
  return {
    sql: `UPDATE person SET street = $3, house_number = $4, postcode = $5, city = $6,
              updated_at = now()
        WHERE id = $1 AND region_id = $2
          AND (street, house_number, postcode, city) IS NOT DISTINCT FROM ($7, $8, $9, $10)
        RETURNING id`,
    params: [
      personId,
      regionId,
      proposed.street,
      proposed.houseNumber,
      proposed.postcode,
      proposed.city,
      expected.street,
      expected.houseNumber,
      expected.postcode,
      expected.city,
    ],
  };
}
