import type { Statement } from '../common/sql';

/**
 * The covenant lock-out (issue 15 item 2, ADR 0019): an agency's people have access only while
 * the agency signed the region's current covenant version — or signed an earlier one and the
 * first version it did not sign was adopted less than the region's `covenant_grace_days` ago.
 * An agency that never signed has no access. Holders of FUNCTIONAL_ADMIN are never locked out
 * (they record the signatures).
 *
 * Counted from the first unsigned version, not the current one: adopting version after version
 * must not stretch the grace of an agency that never signs.
 *
 * One SQL expression used by the session check, the login paths and the administrator's list,
 * so they cannot disagree. `agency` is the alias of an `agency` row in the surrounding statement.
 */
export function covenantAccessUntil(agency: string): string {
  return `CASE WHEN ${agency}.covenant_signed_version IS NULL THEN '-infinity'::timestamptz
     ELSE coalesce(
       (SELECT min(cv.created_at) FROM covenant_version cv
         WHERE cv.region_id = ${agency}.region_id AND cv.version > ${agency}.covenant_signed_version)
       + make_interval(days => (SELECT cg.covenant_grace_days FROM region cg
                                 WHERE cg.id = ${agency}.region_id)),
       'infinity'::timestamptz) END`;
}

/**
 * A user about to be given a session whose agency has no covenant access (and who is no
 * functional administrator): who, for the trail's refusal, and the ZVH's desk to name in the
 * message. No row when the user may work.
 */
export function covenantLockQuery(userId: string): Statement {
  return {
    sql: `SELECT u.id, u.roles, a.id AS "agencyId", a.type AS "agencyType", r.id AS "regionId",
                 r.name AS "regionName", r.contact_email AS "contactEmail",
                 r.contact_phone AS "contactPhone"
            FROM app_user u
            JOIN agency a ON a.id = u.agency_id
            JOIN region r ON r.id = a.region_id
           WHERE u.id = $1 AND NOT 'FUNCTIONAL_ADMIN' = ANY (u.roles)
             AND NOT (${covenantAccessUntil('a')} > now())`,
    params: [userId],
  };
}

/**
 * `"covenantStatus"` (SIGNED_CURRENT / IN_GRACE / NOT_SIGNED) and `"accessUntil"` (yyyy-mm-dd in
 * Europe/Amsterdam, the day access ends; only IN_GRACE) from a lateral `until` named `alias`.
 */
export function covenantStatusColumns(alias: string): string {
  return `CASE WHEN ${alias}.until = 'infinity' THEN 'SIGNED_CURRENT'
            WHEN ${alias}.until > now() THEN 'IN_GRACE' ELSE 'NOT_SIGNED' END AS "covenantStatus",
       CASE WHEN ${alias}.until > now() AND ${alias}.until < 'infinity'
            THEN to_char(${alias}.until AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') END AS "accessUntil"`;
}

/** `CROSS JOIN LATERAL (SELECT … AS until) alias` for `covenantStatusColumns`. */
export function covenantAccessLateral(agency: string, alias: string): string {
  return `CROSS JOIN LATERAL (SELECT ${covenantAccessUntil(agency)} AS until) ${alias}`;
}
