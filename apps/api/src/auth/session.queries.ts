import { policyContextColumns } from '../sharing/policy-context.queries';

/**
 * The user behind a session: nothing when the user is gone or disabled, or the session was
 * revoked or predates a password change — so a disabled user's next request fails.
 */
const SESSION_USER = `SELECT u.id, u.email, u.display_name AS "displayName", u.roles,
       a.id AS "agencyId", a.name AS "agencyName", a.type AS "agencyType",
       r.id AS "regionId", r.name AS "regionName"
  FROM app_user u
  JOIN agency a ON a.id = u.agency_id
  JOIN region r ON r.id = a.region_id
 WHERE u.id = $1 AND u.active
   AND u.session_generation = $3
   AND NOT EXISTS (SELECT 1 FROM revoked_session s WHERE s.session_id = $2)`;

/**
 * The session check, optionally with the caller's policy context in the same statement: one
 * round trip fewer on every read of case data. The context columns are those of
 * `policyContextQuery`, evaluated against the session row.
 */
export function sessionQuery(
  claims: { sub: string; sid: string; gen: number },
  withPolicyContext: boolean,
): { sql: string; params: unknown[] } {
  const params = [claims.sub, claims.sid, claims.gen];
  if (!withPolicyContext) return { sql: SESSION_USER, params };
  const sql = `WITH su AS MATERIALIZED (
${SESSION_USER}
)
SELECT su.*,
  ${policyContextColumns({
    regionId: 'su."regionId"',
    agencyId: 'su."agencyId"',
    agencyType: 'su."agencyType"',
    userId: 'su.id',
  })}
  FROM su`;
  return { sql, params };
}
