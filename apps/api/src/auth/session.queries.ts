import { covenantAccessUntil } from './covenant-access.queries';
import { policyContextColumns, policyContextValidUntil } from '../sharing/policy-context.queries';

/** The channel of migration 1764000002200's triggers: what a session's context is built from changed. */
export const POLICY_CONTEXT_CHANNEL = 'schakel_policy_context';

/** The session cache's listener (auth/session-cache.ts), on its own connection. */
export const LISTEN_POLICY_CONTEXT = `LISTEN ${POLICY_CONTEXT_CHANNEL}`;

/**
 * The user behind a session: nothing when the user is gone or disabled, the session was revoked
 * or predates a password change, or the agency has not signed the current covenant (past its
 * grace period) — so the next request of such a user fails. `covenantAccessEnds` (epoch ms): the
 * end of the grace period, when the agency is in one (the banner; the cache keeps the row no longer).
 */
const SESSION_USER = `SELECT u.id, u.email, u.display_name AS "displayName", u.roles,
       a.id AS "agencyId", a.name AS "agencyName", a.type AS "agencyType",
       r.id AS "regionId", r.name AS "regionName",
       CASE WHEN ca.until < 'infinity' AND ca.until > now()
            THEN (extract(epoch FROM ca.until) * 1000)::float8 END AS "covenantAccessEnds"
  FROM app_user u
  JOIN agency a ON a.id = u.agency_id
  JOIN region r ON r.id = a.region_id
  CROSS JOIN LATERAL (SELECT ${covenantAccessUntil('a')} AS until) ca
 WHERE u.id = $1 AND u.active
   AND u.session_generation = $3
   AND NOT EXISTS (SELECT 1 FROM revoked_session s WHERE s.session_id = $2)
   AND ('FUNCTIONAL_ADMIN' = ANY (u.roles) OR ca.until > now())`;

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
  const refs = {
    regionId: 'su."regionId"',
    agencyId: 'su."agencyId"',
    agencyType: 'su."agencyType"',
    userId: 'su.id',
  };
  const sql = `WITH su AS MATERIALIZED (
${SESSION_USER}
)
SELECT su.*,
  ${policyContextColumns(refs)},
  ${policyContextValidUntil(refs)}
  FROM su`;
  return { sql, params };
}
