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

/**
 * Whether the e-mail address in `column` lies in a domain bound to an agency's own provider:
 * its people sign in there only (issue 15: a bound domain makes local passwords unusable).
 */
export function ssoBoundEmail(column: string): string {
  return `EXISTS (SELECT 1 FROM agency_sso_domain sd
                   WHERE sd.domain = substring(${column} from '@([^@]+)$'))`;
}

export function ssoBoundQuery(email: string): Statement {
  return { sql: `SELECT ${ssoBoundEmail('$1::text')} AS "bound"`, params: [email] };
}
