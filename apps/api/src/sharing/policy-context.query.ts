import {
  isAgencyType,
  isInformationCategory,
  type AgencyType,
  type InformationCategory,
  type Role,
} from '@schakel/domain';
import type {
  BreakGlassGrant,
  ConflictOfDutiesDecision,
  ConsentGrant,
  CovenantEntry,
  PolicyContext,
} from '@schakel/sharing-policy';

/** Whose ability is built: the signed-in user, or an agency previewed through "view as". */
export interface PolicyParty {
  regionId: string;
  agencyId: string;
  agencyType: AgencyType;
  roles: readonly Role[];
  /** null for a preview: break-glass openings belong to a person, never to an agency. */
  userId: string | null;
}

/**
 * Everything the ability needs, in ONE statement: the entries of the region's current covenant
 * version that speak about this agency or its type, and the agency's active consents,
 * conflict-of-duties decisions and the user's unexpired break-glass openings.
 */
export function policyContextQuery(party: PolicyParty): { sql: string; params: unknown[] } {
  const sql = `WITH current_version AS (
  SELECT v.id, v.version FROM covenant_version v
   WHERE v.region_id = $1 ORDER BY v.version DESC LIMIT 1
)
SELECT
  (SELECT cv.version FROM current_version cv) AS "covenantVersion",
  COALESCE((SELECT json_agg(json_build_object('agencyType', e.agency_type, 'agencyId', e.agency_id,
      'category', e.category, 'read', e.read, 'write', e.write, 'readSummary', e.read_summary))
     FROM covenant_entry e
    WHERE e.version_id = (SELECT cv.id FROM current_version cv)
      AND (e.agency_type = $3 OR e.agency_id = $2)), '[]'::json) AS "covenant",
  COALESCE((SELECT json_agg(json_build_object('personId', c.person_id, 'category', c.category,
      'recipientAgencyId', c.recipient_agency_id, 'caseId', c.case_id))
     FROM consent c
    WHERE c.region_id = $1 AND c.recipient_agency_id = $2 AND c.withdrawn_at IS NULL),
    '[]'::json) AS "consents",
  COALESCE((SELECT json_agg(json_build_object('caseId', d.case_id, 'category', d.category,
      'recipientAgencyId', d.recipient_agency_id))
     FROM conflict_of_duties_decision d
    WHERE d.region_id = $1 AND d.recipient_agency_id = $2 AND d.withdrawn_at IS NULL),
    '[]'::json) AS "conflictDecisions",
  COALESCE((SELECT json_agg(json_build_object('caseId', b.case_id, 'reason', b.reason))
     FROM break_glass b
    WHERE b.region_id = $1 AND b.user_id = $4 AND b.expires_at > now()), '[]'::json) AS "breakGlass"`;
  return { sql, params: [party.regionId, party.agencyId, party.agencyType, party.userId] };
}

export interface PolicyContextRow {
  covenantVersion: number | null;
  covenant: {
    agencyType: string | null;
    agencyId: string | null;
    category: string;
    read: boolean;
    write: boolean;
    readSummary: boolean;
  }[];
  consents: ConsentGrant[];
  conflictDecisions: ConflictOfDutiesDecision[];
  breakGlass: BreakGlassGrant[];
}

/** The row as a PolicyContext; unknown stored values drop out rather than widen anything. */
export function toPolicyContext(party: PolicyParty, row: PolicyContextRow): PolicyContext {
  const covenant: CovenantEntry[] = [];
  for (const entry of row.covenant) {
    if (!isInformationCategory(entry.category)) continue;
    const category: InformationCategory = entry.category;
    const base = { category, read: entry.read, write: entry.write, readSummary: entry.readSummary };
    if (entry.agencyId !== null) covenant.push({ ...base, subject: { agencyId: entry.agencyId } });
    else if (isAgencyType(entry.agencyType)) {
      covenant.push({ ...base, subject: { agencyType: entry.agencyType } });
    }
  }
  return {
    user: {
      id: party.userId ?? `preview:${party.agencyId}`,
      roles: party.roles,
      agencyId: party.agencyId,
      agencyType: party.agencyType,
      regionId: party.regionId,
    },
    covenant,
    consents: row.consents,
    conflictDecisions: row.conflictDecisions,
    breakGlass: party.userId === null ? [] : row.breakGlass,
  };
}
