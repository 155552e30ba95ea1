import { covenantAccessLateral, covenantStatusColumns } from '../auth/covenant-access.queries';
import type { Statement } from '../common/sql';

const AGENCY = `a.id, a.name, a.type, a.contact_name AS "contactName", a.contact_email AS "contactEmail",
       a.contact_phone AS "contactPhone", a.covenant_signed_version AS "covenantSignedVersion",
       to_char(a.covenant_signed_on, 'YYYY-MM-DD') AS "covenantSignedOn",
       (SELECT max(v.version) FROM covenant_version v WHERE v.region_id = a.region_id) AS "currentCovenantVersion",
       (SELECT count(*)::int FROM app_user u WHERE u.agency_id = a.id AND u.active) AS "activeUsers",
       coalesce((SELECT array_agg(u.email ORDER BY u.email) FROM app_user u
                  WHERE u.agency_id = a.id AND u.active AND 'AGENCY_ADMIN' = ANY (u.roles)), '{}') AS "agencyAdmins",
       coalesce((SELECT json_agg(json_build_object('email', u.email, 'displayName', u.display_name,
                                                   'activated', u.activated_at IS NOT NULL)
                                 ORDER BY lower(u.display_name), u.email)
                   FROM app_user u
                  WHERE u.agency_id = a.id AND u.active AND 'AGENCY_ADMIN' = ANY (u.roles)), '[]') AS "agencyAdminAccounts",
       a.settings_version AS "settingsVersion",
       ${covenantStatusColumns('ca')}`;
const FROM_AGENCY = `agency a ${covenantAccessLateral('a', 'ca')}`;

export function regionAgenciesListQuery(regionId: string): Statement {
  return {
    sql: `SELECT ${AGENCY} FROM ${FROM_AGENCY} WHERE a.region_id = $1 ORDER BY lower(a.name), a.id`,
    params: [regionId],
  };
}

export function regionAgencyQuery(regionId: string, agencyId: string, lock: boolean): Statement {
  return {
    sql: `SELECT ${AGENCY} FROM ${FROM_AGENCY} WHERE a.region_id = $1 AND a.id = $2${lock ? ' FOR UPDATE OF a' : ''}`,
    params: [regionId, agencyId],
  };
}

export interface AgencyFields {
  name: string;
  type: string;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}

export function insertRegionAgencyQuery(regionId: string, f: AgencyFields): Statement {
  return {
    sql: `INSERT INTO agency (region_id, name, type, contact_name, contact_email, contact_phone)
          VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (region_id, name) DO NOTHING RETURNING id`,
    params: [regionId, f.name, f.type, f.contactName, f.contactEmail, f.contactPhone],
  };
}

/** Changes nothing when the settings moved on since `expectedVersion` was read (count 0). */
export function updateRegionAgencyQuery(
  regionId: string,
  agencyId: string,
  expectedVersion: number,
  f: AgencyFields,
): Statement {
  return {
    sql: `UPDATE agency SET name = $4, type = $5, contact_name = $6, contact_email = $7, contact_phone = $8,
                 settings_version = settings_version + 1
           WHERE region_id = $1 AND id = $2 AND settings_version = $3`,
    params: [
      regionId,
      agencyId,
      expectedVersion,
      f.name,
      f.type,
      f.contactName,
      f.contactEmail,
      f.contactPhone,
    ],
  };
}

export function nameTakenQuery(regionId: string, agencyId: string, name: string): Statement {
  return {
    sql: `SELECT 1 FROM agency WHERE region_id = $1 AND id <> $2 AND name = $3`,
    params: [regionId, agencyId, name],
  };
}

/** Roles held in the agency that its (new) type may not hold, e.g. a procesregisseur outside the ZVH. */
export function rolesOutsideTypeQuery(agencyId: string, allowed: readonly string[]): Statement {
  return {
    sql: `SELECT count(*)::int AS n FROM app_user
           WHERE agency_id = $1 AND NOT (roles <@ $2::text[])`,
    params: [agencyId, allowed],
  };
}

export function recordSignatureQuery(
  regionId: string,
  agencyId: string,
  version: number,
  signedOn: string,
): Statement {
  return {
    sql: `UPDATE agency SET covenant_signed_version = $3, covenant_signed_on = $4::date
           WHERE region_id = $1 AND id = $2
             AND EXISTS (SELECT 1 FROM covenant_version v WHERE v.region_id = $1 AND v.version = $3)`,
    params: [regionId, agencyId, version, signedOn],
  };
}
