import type { Statement } from '../common/sql';

/** Login lookup; includes the password hash, which is never selected elsewhere. */
export function loginAccountQuery(email: string): Statement {
  // The agency, its region and the roles come along for the security trail (ADR 0018): a failed
  // login of a known account is recorded without a further statement, so it takes no longer than
  // one of an unknown address.
  return {
    sql: `SELECT u.id, u.active, u.password_hash AS "passwordHash",
                 u.session_generation AS "sessionGeneration", u.roles,
                 a.id AS "agencyId", a.type AS "agencyType", a.region_id AS "regionId"
         FROM app_user u JOIN agency a ON a.id = u.agency_id WHERE u.email = $1`,
    params: [email],
  };
}
