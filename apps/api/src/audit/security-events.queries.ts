import type { Statement } from '../common/sql';

/**
 * The identity a security event names as its actor when the user acts on their own account
 * (login, logout, their own factors and password): agency, its type and the user's roles.
 * Disabled users too: a refused login of a disabled account names them.
 */
export function securityActorQuery(userId: string): Statement {
  return {
    sql: `SELECT u.id::text AS "userId", u.agency_id::text AS "agencyId", a.type AS "agencyType",
                 u.roles, a.region_id::text AS "regionId"
            FROM app_user u JOIN agency a ON a.id = u.agency_id
           WHERE u.id = $1`,
    params: [userId],
  };
}
