import { participationActive } from '../sharing/need-to-know';

/* The casusregisseur statements as pure functions; the service holds the checks. */

interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * The professionals who may lead the case: the active accounts with a case-content role of the
 * agencies that take part in it now — except the Veiligheidshuis, which holds procesregie, not
 * casusregie (triage refuses it too). Names and agencies only.
 */
export function casusregisseurCandidatesQuery(caseId: string, regionId: string): Statement {
  return {
    sql: `SELECT u.id, u.display_name AS "displayName",
                 json_build_object('id', a.id, 'name', a.name, 'type', a.type) AS "agency"
            FROM case_participant cp
            JOIN agency a ON a.id = cp.agency_id AND a.type <> 'ZVH'
            JOIN app_user u ON u.agency_id = a.id
           WHERE cp.case_id = $1 AND cp.region_id = $2 AND ${participationActive('cp')}
             AND u.active AND u.roles && ARRAY['MEMBER','PROCESREGISSEUR']::text[]
           ORDER BY a.name, u.display_name, u.id`,
    params: [caseId, regionId],
  };
}

/** The agency takes part now and may lead (not the Veiligheidshuis); its name, or no row. */
export function leadAgencyQuery(caseId: string, agencyId: string): Statement {
  return {
    sql: `SELECT a.name FROM case_participant cp JOIN agency a ON a.id = cp.agency_id
           WHERE cp.case_id = $1 AND cp.agency_id = $2 AND a.type <> 'ZVH'
             AND ${participationActive('cp')}
           LIMIT 1`,
    params: [caseId, agencyId],
  };
}

/** The user is an active account of that agency; a row when so. */
export function leadUserQuery(userId: string, agencyId: string): Statement {
  return {
    sql: `SELECT 1 FROM app_user WHERE id = $1 AND agency_id = $2 AND active`,
    params: [userId, agencyId],
  };
}

/**
 * Sets the casusregisseur only while it is still the one the caller saw (`previous*`): a stale
 * appointment changes nothing (no row) and becomes EDIT_CONFLICT.
 */
export function appointCasusregisseurQuery(a: {
  caseId: string;
  agencyId: string;
  userId: string | null;
  previousAgencyId: string | null;
  previousUserId: string | null;
}): Statement {
  return {
    sql: `UPDATE case_file SET casusregisseur_agency_id = $2, casusregisseur_user_id = $3,
                 updated_at = now()
           WHERE id = $1 AND casusregisseur_agency_id IS NOT DISTINCT FROM $4::uuid
             AND casusregisseur_user_id IS NOT DISTINCT FROM $5::uuid
       RETURNING id`,
    params: [a.caseId, a.agencyId, a.userId, a.previousAgencyId, a.previousUserId],
  };
}

/**
 * The participants' roles follow: the new lead's active participation becomes CASUSREGISSEUR, the
 * former lead's a PARTNER (a referrer stays REFERRER: that part does not change with the lead).
 */
export function leadRolesQuery(caseId: string, agencyId: string): Statement {
  return {
    sql: `UPDATE case_participant cp
             SET role = CASE WHEN cp.agency_id = $2 THEN 'CASUSREGISSEUR' ELSE 'PARTNER' END
           WHERE cp.case_id = $1 AND ${participationActive('cp')}
             AND ((cp.agency_id = $2 AND cp.role = 'PARTNER')
                  OR (cp.agency_id <> $2 AND cp.role = 'CASUSREGISSEUR'))`,
    params: [caseId, agencyId],
  };
}
