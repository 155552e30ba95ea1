import type { Statement } from '../common/sql';

/**
 * An account whose access must be confirmed again: in use (active, not moved out) and last
 * reviewed longer ago than its region's access_review_months. `u` is app_user, `r` its region;
 * `$now` the clock of the caller (a test's or the job's).
 */
const DUE = (now: string) => `u.active AND u.left_at IS NULL
  AND u.access_reviewed_at + make_interval(months => r.access_review_months) <= ${now}`;

/** How many of the agency's accounts wait for review, and the region's interval. */
export function accessReviewSummaryQuery(agencyId: string, now: Date): Statement {
  return {
    sql: `SELECT r.access_review_months AS "reviewMonths",
                 (SELECT count(*)::int FROM app_user u
                   WHERE u.agency_id = a.id AND ${DUE('$2')}) AS "dueCount"
            FROM agency a JOIN region r ON r.id = a.region_id
           WHERE a.id = $1`,
    params: [agencyId, now],
  };
}

/** Confirms that the person still needs access (the caller checked the agency). */
export function confirmAccessQuery(userId: string): Statement {
  return {
    sql: `UPDATE app_user SET access_reviewed_at = now(), updated_at = now() WHERE id = $1`,
    params: [userId],
  };
}

/**
 * Takes, for one weekly reminder, every agency that has accounts due and was not reminded in the
 * last seven days, and marks it reminded at `$1` — in the job's transaction, so two runs (or two
 * replicas) never both take an agency, and a failed run takes it again next time. Answers the
 * count only: the e-mail names no one.
 */
export function claimDueAgenciesQuery(now: Date): Statement {
  return {
    sql: `WITH due AS (
            SELECT a.id, count(*)::int AS n
              FROM agency a JOIN region r ON r.id = a.region_id
              JOIN app_user u ON u.agency_id = a.id
             WHERE ${DUE('$1')}
             GROUP BY a.id)
          UPDATE agency a SET access_review_reminded_at = $1
            FROM due
           WHERE a.id = due.id
             -- Here, not in the CTE: re-checked on the locked row if another run got there first.
             AND (a.access_review_reminded_at IS NULL
                  OR a.access_review_reminded_at <= $1::timestamptz - interval '7 days')
             AND EXISTS (SELECT 1 FROM app_user x
                          WHERE x.agency_id = a.id AND x.active AND x.left_at IS NULL
                            AND x.activated_at IS NOT NULL AND 'AGENCY_ADMIN' = ANY (x.roles))
          RETURNING a.id AS "agencyId", due.n AS "dueCount"`,
    params: [now],
  };
}

/** Who receives an agency's reminder: its agency admins who can act on it. */
export function reminderRecipientsQuery(agencyId: string): Statement {
  return {
    sql: `SELECT email, mail_language AS "language" FROM app_user
           WHERE agency_id = $1 AND active AND left_at IS NULL AND activated_at IS NOT NULL
             AND 'AGENCY_ADMIN' = ANY (roles)
           ORDER BY email`,
    params: [agencyId],
  };
}
