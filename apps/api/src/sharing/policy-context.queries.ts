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
import { consentActive } from './need-to-know';

/** Whose ability is built: the signed-in user, or an agency previewed through "view as". */
export interface PolicyParty {
  regionId: string;
  agencyId: string;
  agencyType: AgencyType;
  roles: readonly Role[];
  /** null for a preview: break-glass openings belong to a person, never to an agency. */
  userId: string | null;
}

/** SQL expressions for whose context is loaded: parameters, or columns of a joined session row. */
export interface PolicyPartyRefs {
  regionId: string;
  agencyId: string;
  agencyType: string;
  /** null: no break-glass openings (a preview). */
  userId: string | null;
}

/**
 * The select list of the policy context: the entries of the region's current covenant version
 * that speak about this agency or its type, and the agency's active (not withdrawn, not expired)
 * consents with the parts they name, conflict-of-duties
 * decisions and the user's unexpired break-glass openings. Shared by the standalone statement and
 * the session lookup, which loads it in the same round trip (`auth/session.queries.ts`).
 */
export function policyContextColumns(refs: PolicyPartyRefs): string {
  const { regionId, agencyId, agencyType, userId } = refs;
  const currentVersion = (column: 'id' | 'version') =>
    `(SELECT v.${column} FROM covenant_version v
     WHERE v.region_id = ${regionId} ORDER BY v.version DESC LIMIT 1)`;
  const breakGlass =
    userId === null
      ? `'[]'::json`
      : `COALESCE((SELECT json_agg(json_build_object('caseId', b.case_id, 'reason', b.reason))
     FROM break_glass b
    WHERE b.region_id = ${regionId} AND b.user_id = ${userId} AND b.expires_at > now()), '[]'::json)`;
  return `${currentVersion('version')} AS "covenantVersion",
  COALESCE((SELECT json_agg(json_build_object('agencyType', e.agency_type, 'agencyId', e.agency_id,
      'category', e.category, 'read', e.read, 'write', e.write, 'readSummary', e.read_summary))
     FROM covenant_entry e
    WHERE e.version_id = ${currentVersion('id')}
      AND (e.agency_type = ${agencyType} OR e.agency_id = ${agencyId})), '[]'::json) AS "covenant",
  COALESCE((SELECT json_agg(json_build_object('personId', c.person_id, 'category', c.category,
      'recipientAgencyId', c.recipient_agency_id, 'caseId', c.case_id, 'parts', c.parts))
     FROM consent c
    WHERE c.region_id = ${regionId} AND c.recipient_agency_id = ${agencyId}
      AND ${consentActive('c')}),
    '[]'::json) AS "consents",
  COALESCE((SELECT json_agg(json_build_object('caseId', d.case_id, 'category', d.category,
      'recipientAgencyId', d.recipient_agency_id))
     FROM conflict_of_duties_decision d
    WHERE d.region_id = ${regionId} AND d.recipient_agency_id = ${agencyId} AND d.withdrawn_at IS NULL),
    '[]'::json) AS "conflictDecisions",
  ${breakGlass} AS "breakGlass"`;
}

/**
 * When the context's rows stop being what `policyContextColumns` would select because time
 * passed (epoch milliseconds; null: never): the first active consent to run out or break-glass
 * opening to expire. A context held in memory (auth/session-cache.ts) is dropped then; every
 * other change notifies (migration 1764000002200).
 */
export function policyContextValidUntil(refs: PolicyPartyRefs & { userId: string }): string {
  const { regionId, agencyId, userId } = refs;
  return `(EXTRACT(EPOCH FROM LEAST(
    (SELECT min(c.valid_until) FROM consent c
      WHERE c.region_id = ${regionId} AND c.recipient_agency_id = ${agencyId}
        AND ${consentActive('c')}),
    (SELECT min(b.expires_at) FROM break_glass b
      WHERE b.region_id = ${regionId} AND b.user_id = ${userId} AND b.expires_at > now())
  )) * 1000)::float8 AS "validUntil"`;
}

/** Everything the ability needs, in ONE statement. */
export function policyContextQuery(party: PolicyParty): { sql: string; params: unknown[] } {
  const sql = `SELECT
  ${policyContextColumns({
    regionId: '$1',
    agencyId: '$2',
    agencyType: '$3',
    userId: party.userId === null ? null : '$4',
  })}`;
  const params: unknown[] = [party.regionId, party.agencyId, party.agencyType];
  if (party.userId !== null) params.push(party.userId);
  return { sql, params };
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
