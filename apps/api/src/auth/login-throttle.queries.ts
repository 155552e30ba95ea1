import type { Statement } from '../common/sql';

/*
 * The login throttle's statements as pure builders; `LoginThrottleService` holds the decisions
 * (which waits apply, what a success gives back). Rows are touched in one fixed order
 * (scope, key), so two attempts never deadlock.
 */

export interface ThrottleKeys {
  account: string;
  pair: string;
  source: string;
}

/** The three rows of an attempt, created when missing. */
export function ensureThrottleRowsQuery(keys: ThrottleKeys): Statement {
  return {
    sql: `INSERT INTO login_throttle (scope, key)
         VALUES ('account', $1), ('pair', $2), ('source', $3)
         ON CONFLICT (scope, key) DO NOTHING`,
    params: [keys.account, keys.pair, keys.source],
  };
}

/** The three rows, locked, with whether each is stale, its wait and whether the pair is known. */
export function lockThrottleRowsQuery(
  keys: ThrottleKeys,
  memoryHours: number,
  knownSourceDays: number,
): Statement {
  return {
    sql: `SELECT scope, attempts,
                last_attempt_at < now() - make_interval(hours => $4) AS stale,
                -- The clock, not now(): this transaction may have started before the one it waited for.
                greatest(0, ceil(extract(epoch FROM next_allowed_at - clock_timestamp())))::int AS wait,
                coalesce(last_success_at > now() - make_interval(days => $5), false) AS known
           FROM login_throttle
          WHERE (scope, key) IN (('account', $1), ('pair', $2), ('source', $3))
          ORDER BY scope, key
            FOR UPDATE`,
    params: [keys.account, keys.pair, keys.source, memoryHours, knownSourceDays],
  };
}

/** Counts a reserved attempt and sets the wait after it (none when `waitSeconds` is 0). */
export function countThrottleAttemptQuery(
  scope: string,
  key: string,
  attempts: number,
  waitSeconds: number,
): Statement {
  return {
    sql: `UPDATE login_throttle
          SET attempts = $3, last_attempt_at = now(),
              next_allowed_at = CASE WHEN $4 > 0 THEN clock_timestamp() + make_interval(secs => $4)
                                     ELSE '-infinity' END
        WHERE scope = $1 AND key = $2`,
    params: [scope, key, attempts, waitSeconds],
  };
}

/** A success at the pair: known from now on; cleared unless a later attempt was reserved. */
export function pairSucceededQuery(
  accountKey: string,
  source: string,
  attemptNumber: number,
): Statement {
  return {
    sql: `UPDATE login_throttle
            SET last_success_at = now(),
                attempts = CASE WHEN attempts = $3 THEN 0 ELSE attempts END,
                next_allowed_at = CASE WHEN attempts = $3 THEN '-infinity' ELSE next_allowed_at END
          WHERE scope = 'pair' AND key = $1 || '|' || $2`,
    params: [accountKey, source, attemptNumber],
  };
}

/** A success clears the account, unless a later attempt was reserved. */
export function accountSucceededQuery(accountKey: string, attemptNumber: number): Statement {
  return {
    sql: `UPDATE login_throttle SET attempts = 0, next_allowed_at = '-infinity'
          WHERE scope = 'account' AND key = $1 AND attempts = $2`,
    params: [accountKey, attemptNumber],
  };
}

/** A success gives its reservation back to the source. */
export function sourceSucceededQuery(source: string, free: number): Statement {
  return {
    sql: `UPDATE login_throttle
            SET attempts = greatest(attempts - 1, 0),
                next_allowed_at = CASE WHEN attempts - 1 < $2 THEN '-infinity' ELSE next_allowed_at END
          WHERE scope = 'source' AND key = $1`,
    params: [source, free],
  };
}

/** The security log of evaluated attempts. */
export function insertLoginAttemptQuery(
  accountKey: string,
  source: string,
  succeeded: boolean,
): Statement {
  return {
    sql: `INSERT INTO login_attempt (account_key, source_address, succeeded) VALUES ($1, $2, $3)`,
    params: [accountKey, source, succeeded],
  };
}

export function deleteOldLoginAttemptsQuery(): Statement {
  return {
    sql: `DELETE FROM login_attempt WHERE attempted_at < now() - interval '1 day'`,
    params: [],
  };
}

export function deleteOldThrottleRowsQuery(
  memoryHours: number,
  knownSourceDays: number,
): Statement {
  return {
    sql: `DELETE FROM login_throttle
          WHERE last_attempt_at < now() - make_interval(hours => $1)
            AND (last_success_at IS NULL OR last_success_at < now() - make_interval(days => $2))`,
    params: [memoryHours, knownSourceDays],
  };
}

export function deleteExpiredRevokedSessionsQuery(): Statement {
  return { sql: `DELETE FROM revoked_session WHERE expires_at < now()`, params: [] };
}
