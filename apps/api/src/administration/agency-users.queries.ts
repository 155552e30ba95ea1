import type { Statement } from '../common/sql';
import { NO_PASSWORD } from './activation.queries';

/** The password hash of an account that signs in only at its agency's provider (as sso/ writes it). */
const SSO_ONLY = '!sso-only';

/** What an administrator sees of an account: no password, no case content. */
const MANAGED_USER = `u.id, u.email, u.display_name AS "displayName", u.roles, u.active,
       u.activated_at IS NOT NULL AS activated, u.left_at AS "leftAt",
       u.access_reviewed_at AS "accessReviewedAt", u.created_at AS "createdAt",
       (SELECT u.access_reviewed_at + make_interval(months => r.access_review_months)
          FROM agency ag JOIN region r ON r.id = ag.region_id
         WHERE ag.id = u.agency_id) AS "accessReviewDueAt",
       (SELECT max(t.expires_at) FROM account_activation t
         WHERE t.user_id = u.id AND t.used_at IS NULL AND t.revoked_at IS NULL
           AND t.expires_at > now()) AS "activationExpiresAt"`;

export function agencyUsersQuery(agencyId: string): Statement {
  return {
    sql: `SELECT ${MANAGED_USER} FROM app_user u WHERE u.agency_id = $1
          ORDER BY u.active DESC, lower(u.display_name), u.id`,
    params: [agencyId],
  };
}

export function agencyUserQuery(agencyId: string, userId: string): Statement {
  return {
    sql: `SELECT ${MANAGED_USER} FROM app_user u WHERE u.agency_id = $1 AND u.id = $2`,
    params: [agencyId, userId],
  };
}

/** The account, locked for this change; only within the agency (another agency's: no row). */
export function lockAgencyUserQuery(agencyId: string, userId: string): Statement {
  return {
    sql: `SELECT ${MANAGED_USER} FROM app_user u WHERE u.agency_id = $1 AND u.id = $2 FOR UPDATE`,
    params: [agencyId, userId],
  };
}

/**
 * A new account of the agency. `sso`: its e-mail domain signs in at the agency's own provider, so
 * it gets no password to set (no PHC string: no password ever verifies) and is ready at once.
 */
export function insertAgencyUserQuery(input: {
  agencyId: string;
  email: string;
  displayName: string;
  roles: readonly string[];
  sso?: boolean;
}): Statement {
  return {
    sql: `INSERT INTO app_user (agency_id, email, display_name, password_hash, roles, activated_at)
          VALUES ($1, $2, $3, CASE WHEN $5 THEN '${SSO_ONLY}' ELSE '${NO_PASSWORD}' END, $4,
                  CASE WHEN $5 THEN now() END)
          ON CONFLICT (email) DO NOTHING
          RETURNING id`,
    params: [input.agencyId, input.email, input.displayName, input.roles, input.sso === true],
  };
}

/** The agency whose own provider signs in addresses of this domain, if any (ADR 0016). */
export function ssoAgencyOfDomainQuery(domain: string): Statement {
  return {
    sql: `SELECT agency_id AS "agencyId" FROM agency_sso_domain WHERE domain = $1`,
    params: [domain],
  };
}

export function setRolesQuery(userId: string, roles: readonly string[]): Statement {
  return {
    sql: `UPDATE app_user SET roles = $2, updated_at = now() WHERE id = $1`,
    params: [userId, roles],
  };
}

/**
 * Disables an account: the session check refuses it from the next request on, and the raised
 * generation keeps its old sessions dead should it be enabled again.
 */
export function disableUserQuery(userId: string, left: boolean): Statement {
  return {
    sql: `UPDATE app_user SET active = false, session_generation = session_generation + 1,
                 left_at = CASE WHEN $2 THEN now() ELSE left_at END, updated_at = now()
           WHERE id = $1`,
    params: [userId, left],
  };
}

export function enableUserQuery(userId: string): Statement {
  return {
    sql: `UPDATE app_user SET active = true, left_at = NULL, updated_at = now() WHERE id = $1`,
    params: [userId],
  };
}

/** Active agencies of the same agency (a hand-over target). */
export function activeColleagueQuery(agencyId: string, userId: string): Statement {
  return {
    sql: `SELECT id, roles FROM app_user WHERE agency_id = $1 AND id = $2 AND active
            AND activated_at IS NOT NULL`,
    params: [agencyId, userId],
  };
}

/**
 * Hands over what a person owns in work that is still going on: the casusregisseur of cases not
 * closed, the actions of their draft plan versions, and the chair of meetings not closed. An
 * adopted plan version is a record and stays as adopted (its actions remain the agency's; the
 * next version names the new owner): those are counted, not changed. Counts only.
 */
export function handOverQuery(fromUserId: string, toUserId: string, regionId: string): Statement {
  return {
    sql: `WITH cases AS (
            UPDATE case_file SET casusregisseur_user_id = $2
             WHERE region_id = $3 AND casusregisseur_user_id = $1 AND status <> 'CLOSED'
            RETURNING 1),
          actions AS (
            UPDATE plan_action a SET owner_user_id = $2
              FROM case_file c, plan_version v
             WHERE a.region_id = $3 AND a.owner_user_id = $1 AND c.id = a.case_id
               AND c.status <> 'CLOSED' AND v.id = a.version_id AND v.status = 'DRAFT'
            RETURNING 1),
          meetings AS (
            UPDATE meeting SET chair_user_id = $2
             WHERE region_id = $3 AND chair_user_id = $1 AND status <> 'CLOSED'
            RETURNING 1)
          SELECT (SELECT count(*)::int FROM cases) AS cases,
                 (SELECT count(*)::int FROM actions) AS actions,
                 (SELECT count(*)::int FROM meetings) AS meetings,
                 (SELECT count(*)::int FROM plan_action a JOIN case_file c ON c.id = a.case_id
                    JOIN plan_version v ON v.id = a.version_id
                   WHERE a.region_id = $3 AND a.owner_user_id = $1 AND c.status <> 'CLOSED'
                     AND v.status = 'ADOPTED') AS "adoptedActions"`,
    params: [fromUserId, toUserId, regionId],
  };
}

/** Whether a person chairs meetings that are not closed (the successor must be able to). */
export function chairsOpenMeetingsQuery(userId: string, regionId: string): Statement {
  return {
    sql: `SELECT count(*)::int AS n FROM meeting
           WHERE region_id = $2 AND chair_user_id = $1 AND status <> 'CLOSED'`,
    params: [userId, regionId],
  };
}
