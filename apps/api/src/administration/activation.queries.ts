import { ssoBoundEmail } from '../auth/login-account.queries';
import type { Statement } from '../common/sql';

/** The password hash of an account that has none yet: no argon2 hash, so nothing verifies. */
export const NO_PASSWORD = '!';

/** Ends the account's open links: a new link replaces them, a disabled account has none. */
export function revokeOpenActivationsQuery(userId: string): Statement {
  return {
    sql: `UPDATE account_activation SET revoked_at = now()
           WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL`,
    params: [userId],
  };
}

export function insertActivationQuery(input: {
  regionId: string;
  userId: string;
  tokenHash: Buffer;
  createdByUserId: string | null;
  hours: number;
}): Statement {
  return {
    sql: `INSERT INTO account_activation (region_id, user_id, token_hash, created_by_user_id, expires_at)
          VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5::int))
          RETURNING id, expires_at AS "expiresAt"`,
    params: [input.regionId, input.userId, input.tokenHash, input.createdByUserId, input.hours],
  };
}

/**
 * Uses a link: only an unused, unrevoked, unexpired one of an active account, and only once —
 * the row lock makes a second, concurrent use find it used.
 */
export function consumeActivationQuery(tokenHash: Buffer): Statement {
  return {
    sql: `UPDATE account_activation t SET used_at = now()
            FROM app_user u
           WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.revoked_at IS NULL
             AND t.expires_at > now() AND u.id = t.user_id AND u.active
          RETURNING t.id, t.user_id AS "userId", t.region_id AS "regionId"`,
    params: [tokenHash],
  };
}

/** Why a link was refused, for the trail: used, revoked, expired or the account disabled. */
export function activationStateQuery(tokenHash: Buffer): Statement {
  return {
    sql: `SELECT t.id, t.user_id AS "userId", t.region_id AS "regionId",
                 CASE WHEN t.used_at IS NOT NULL THEN 'LINK_USED'
                      WHEN t.revoked_at IS NOT NULL THEN 'LINK_REVOKED'
                      WHEN t.expires_at <= now() THEN 'LINK_EXPIRED'
                      WHEN NOT u.active THEN 'ACCOUNT_DISABLED'
                      -- Bound to its agency's provider since the link was sent: no password.
                      WHEN ${ssoBoundEmail('u.email')} THEN 'SSO_BOUND'
                      ELSE 'LINK_OPEN' END AS reason
            FROM account_activation t JOIN app_user u ON u.id = t.user_id
           WHERE t.token_hash = $1`,
    params: [tokenHash],
  };
}

/**
 * Sets the first password (or a new one through a fresh link) and marks the account activated;
 * any session it had ends.
 */
export function activateUserQuery(userId: string, passwordHash: string): Statement {
  return {
    sql: `UPDATE app_user u
             SET password_hash = $2, activated_at = coalesce(u.activated_at, now()),
                 session_generation = u.session_generation + 1, updated_at = now()
            FROM agency a
           WHERE u.id = $1 AND a.id = u.agency_id
          RETURNING u.id, u.agency_id AS "agencyId", a.type AS "agencyType", u.roles, u.email`,
    params: [userId, passwordHash],
  };
}
