import type { Statement } from '../common/sql';
import { ssoBoundEmail } from './login-account.queries';

/** The password reset's statements (PasswordResetService holds the decisions). */

/** Serialises the throttle's count-then-record per key (transaction-scoped). */
export function resetThrottleLockQuery(key: string): Statement {
  return {
    sql: `SELECT pg_advisory_xact_lock(hashtextextended('password_reset:' || $1, 0))`,
    params: [key],
  };
}

/** How many attempts of `kind` an account and a source made in the last `minutes`. */
export function resetAttemptCountsQuery(
  kind: 'request' | 'failed-completion',
  accountKey: string | null,
  source: string,
  minutes: number,
): Statement {
  return {
    sql: `SELECT
            count(*) FILTER (WHERE account_key = $2)::int AS "account",
            count(*) FILTER (WHERE source = $3)::int AS "source",
            greatest(0, ceil(extract(epoch FROM
              min(at) FILTER (WHERE account_key = $2) + make_interval(mins => $4) - now())))::int
              AS "accountWait",
            greatest(0, ceil(extract(epoch FROM
              min(at) FILTER (WHERE source = $3) + make_interval(mins => $4) - now())))::int
              AS "sourceWait"
          FROM password_reset_attempt
         WHERE kind = $1 AND at > now() - make_interval(mins => $4)
           AND (account_key = $2 OR source = $3)`,
    params: [kind, accountKey, source, minutes],
  };
}

export function insertResetAttemptQuery(
  kind: 'request' | 'failed-completion',
  accountKey: string | null,
  source: string,
): Statement {
  return {
    sql: `INSERT INTO password_reset_attempt (kind, account_key, source) VALUES ($1, $2, $3)`,
    params: [kind, accountKey, source],
  };
}

/** Attempts older than a day count for nothing. */
export function deleteOldResetAttemptsQuery(): Statement {
  return {
    sql: `DELETE FROM password_reset_attempt WHERE at < now() - interval '1 day'`,
    params: [],
  };
}

/**
 * The account a reset may be sent to: active, by its e-mail address, and not of an SSO-bound
 * domain (its people have no Schakel password to reset).
 */
export function resetAccountQuery(email: string): Statement {
  return {
    sql: `SELECT id, region_id AS "regionId" FROM app_user
           WHERE email = $1 AND active AND NOT ${ssoBoundEmail('email')}`,
    params: [email],
  };
}

/** A newer link ends the earlier ones: one working link per account at a time. */
export function endOpenResetsQuery(userId: string): Statement {
  return {
    sql: `UPDATE password_reset SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`,
    params: [userId],
  };
}

export function insertResetQuery(userId: string, tokenHash: string, minutes: number): Statement {
  return {
    sql: `INSERT INTO password_reset (user_id, token_hash, expires_at)
          VALUES ($1, $2, now() + make_interval(mins => $3))`,
    params: [userId, tokenHash, minutes],
  };
}

/** The reset a token names, locked, when it still works and its account is active. */
export function usableResetQuery(tokenHash: string): Statement {
  return {
    sql: `SELECT r.id, r.user_id AS "userId", u.region_id AS "regionId", u.agency_id AS "agencyId"
            FROM password_reset r JOIN app_user u ON u.id = r.user_id
           WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > now() AND u.active
             AND NOT ${ssoBoundEmail('u.email')}
             FOR UPDATE OF r`,
    params: [tokenHash],
  };
}
