import { OPEN_CASE_STATUSES } from '@schakel/domain';
import type { Statement } from '../common/sql';
import { participationOpenEnded, participationPlannedEnd } from '../sharing/need-to-know';

const TEAM_COLUMNS = `t.id, t.name, t.active, t.version,
  json_build_object('id', g.id, 'name', g.name, 'type', g.type) AS agency,
  COALESCE((SELECT json_agg(json_build_object('id', a.id, 'name', a.name) ORDER BY lower(a.name))
              FROM area_team_area ta JOIN area a ON a.region_id = ta.region_id AND a.id = ta.area_id
             WHERE ta.team_id = t.id), '[]'::json) AS areas`;
const MEMBERS = `COALESCE((SELECT json_agg(json_build_object('id', u.id, 'name', u.display_name)
                                    ORDER BY lower(u.display_name))
              FROM area_team_member m JOIN app_user u ON u.id = m.user_id
             WHERE m.team_id = t.id), '[]'::json) AS members`;

/** The region's teams with their agency, wijken and members (the functional administrator's list). */
export function areaTeamsQuery(regionId: string): Statement {
  return {
    sql: `SELECT ${TEAM_COLUMNS}, ${MEMBERS}
            FROM area_team t JOIN agency g ON g.id = t.agency_id AND g.region_id = t.region_id
           WHERE t.region_id = $1
           ORDER BY lower(g.name), lower(t.name), t.id`,
    params: [regionId],
  };
}

/** The active teams the user belongs to (their own view; members listed too). */
export function myAreaTeamsQuery(regionId: string, userId: string, agencyId: string): Statement {
  return {
    sql: `SELECT ${TEAM_COLUMNS}, ${MEMBERS}
            FROM area_team t JOIN agency g ON g.id = t.agency_id AND g.region_id = t.region_id
           WHERE t.region_id = $1 AND t.agency_id = $3 AND t.active
             AND EXISTS (SELECT 1 FROM area_team_member m WHERE m.team_id = t.id AND m.user_id = $2)
           ORDER BY lower(t.name), t.id`,
    params: [regionId, userId, agencyId],
  };
}

/**
 * The active teams serving wijk `areaId` (the partners the referral and triage propose): team and
 * agency names only, no members.
 */
export function teamsServingAreaQuery(regionId: string, areaId: string): Statement {
  return {
    sql: `SELECT ${TEAM_COLUMNS}, '[]'::json AS members
            FROM area_team t
            JOIN agency g ON g.id = t.agency_id AND g.region_id = t.region_id
           WHERE t.region_id = $1 AND t.active
             AND EXISTS (SELECT 1 FROM area_team_area ta WHERE ta.team_id = t.id AND ta.area_id = $2)
           ORDER BY lower(g.name), lower(t.name), t.id`,
    params: [regionId, areaId],
  };
}

/** The wijk of the subject of case `caseId` in the region, if any (for triage's proposal). */
export function caseAreaQuery(regionId: string, caseId: string): Statement {
  return {
    sql: `SELECT p.area_id AS "areaId"
            FROM case_file c JOIN person p ON p.id = c.subject_person_id AND p.region_id = c.region_id
           WHERE c.region_id = $1 AND c.id = $2`,
    params: [regionId, caseId],
  };
}

export function insertAreaTeamQuery(regionId: string, agencyId: string, name: string): Statement {
  return {
    sql: `INSERT INTO area_team (region_id, agency_id, name) VALUES ($1, $2, $3) RETURNING id`,
    params: [regionId, agencyId, name],
  };
}

/** A conditional update: no row when the version moved on (EDIT_CONFLICT) or the id is not ours. */
export function updateAreaTeamQuery(
  regionId: string,
  id: string,
  name: string,
  active: boolean,
  expectedVersion: number,
): Statement {
  return {
    // Wrapped in a SELECT so the driver answers rows (a bare UPDATE answers [rows, count]).
    sql: `WITH changed AS (
            UPDATE area_team SET name = $3, active = $4, version = version + 1, updated_at = now()
             WHERE region_id = $1 AND id = $2 AND version = $5
         RETURNING id)
          SELECT id FROM changed`,
    params: [regionId, id, name, active, expectedVersion],
  };
}

/** Sets a team's wijken to exactly `areaIds` (all of the region: the composite key refuses others). */
export function setTeamAreasQuery(regionId: string, teamId: string, areaIds: string[]): Statement {
  return {
    sql: `WITH gone AS (DELETE FROM area_team_area WHERE team_id = $2 AND NOT (area_id = ANY($3::uuid[])))
          INSERT INTO area_team_area (region_id, team_id, area_id)
          SELECT $1, $2, a FROM unnest($3::uuid[]) AS a
          ON CONFLICT DO NOTHING`,
    params: [regionId, teamId, areaIds],
  };
}

export function setTeamMembersQuery(
  regionId: string,
  teamId: string,
  userIds: string[],
): Statement {
  return {
    sql: `WITH gone AS (DELETE FROM area_team_member WHERE team_id = $2 AND NOT (user_id = ANY($3::uuid[])))
          INSERT INTO area_team_member (region_id, team_id, user_id)
          SELECT $1, $2, u FROM unnest($3::uuid[]) AS u
          ON CONFLICT DO NOTHING`,
    params: [regionId, teamId, userIds],
  };
}

/** How many of `ids` are wijken of the region / active users of the agency (input checks). */
export function countRegionAreasQuery(regionId: string, ids: string[]): Statement {
  return {
    sql: `SELECT count(*)::int AS n FROM area WHERE region_id = $1 AND id = ANY($2::uuid[])`,
    params: [regionId, ids],
  };
}
export function countAgencyUsersQuery(
  regionId: string,
  agencyId: string,
  ids: string[],
): Statement {
  return {
    sql: `SELECT count(*)::int AS n FROM app_user
           WHERE region_id = $1 AND agency_id = $2 AND id = ANY($3::uuid[])`,
    params: [regionId, agencyId, ids],
  };
}
export function agencyOfRegionQuery(regionId: string, agencyId: string): Statement {
  return {
    sql: `SELECT id, type FROM agency WHERE region_id = $1 AND id = $2`,
    params: [regionId, agencyId],
  };
}

/** The active users of an agency of the region, to choose team members from. */
export function teamCandidatesQuery(regionId: string, agencyId: string): Statement {
  return {
    sql: `SELECT id, display_name AS name FROM app_user
           WHERE region_id = $1 AND agency_id = $2 AND active
           ORDER BY lower(display_name), id`,
    params: [regionId, agencyId],
  };
}

/**
 * An area team's workload per wijk it serves (ADR 0036): the open cases its agency takes part in
 * (from the incremental counts of ADR 0014, plus the participations with a planned end counted
 * live, as the overview does), and the other open cases of the wijk, as one number. No person, no
 * case id, no reference leaves the statement. The wijk is matched by name: `person.wijk` always
 * holds its area's name (ADR 0026), and `case_count` groups by it.
 */
export function areaWorkloadQuery(regionId: string, teamId: string, agencyId: string): Statement {
  return {
    sql: `
    WITH team_area AS (
      SELECT a.id, a.name FROM area_team_area ta
        JOIN area a ON a.region_id = ta.region_id AND a.id = ta.area_id
       WHERE ta.region_id = $1 AND ta.team_id = $2),
    own AS (
      SELECT x.status, x.wijk, sum(x.n)::int AS n
        FROM (SELECT status, wijk, n FROM case_count
               WHERE region_id = $1 AND agency_id = $3 AND wijk IN (SELECT name FROM team_area)
              UNION ALL
              SELECT c.status, NULLIF(btrim(p.wijk), ''), 1
                FROM (SELECT DISTINCT ap.case_id FROM case_participant ap
                       WHERE ap.agency_id = $3 AND ${participationPlannedEnd('ap')}) planned
                JOIN case_file c ON c.id = planned.case_id
                JOIN person p ON p.id = c.subject_person_id
               WHERE c.region_id = $1 AND p.area_id IN (SELECT id FROM team_area)
                 AND NOT EXISTS (SELECT 1 FROM case_participant o
                                  WHERE o.case_id = c.id AND o.agency_id = $3
                                    AND ${participationOpenEnded('o')})) x
       WHERE x.status = ANY($4::text[])
       GROUP BY 1, 2),
    everyone AS (
      SELECT p.area_id, count(*)::int AS n
        FROM person p
        JOIN case_file c ON c.subject_person_id = p.id AND c.region_id = p.region_id
       WHERE p.region_id = $1 AND p.area_id IN (SELECT id FROM team_area)
         AND c.status = ANY($4::text[])
       GROUP BY 1)
    SELECT ta.id AS "areaId", ta.name AS "areaName",
           COALESCE((SELECT json_object_agg(o.status, o.n) FROM own o WHERE o.wijk = ta.name),
                    '{}'::json) AS "ownByStatus",
           COALESCE((SELECT sum(o.n) FROM own o WHERE o.wijk = ta.name), 0)::int AS "own",
           COALESCE((SELECT e.n FROM everyone e WHERE e.area_id = ta.id), 0)::int AS "all"
      FROM team_area ta
     ORDER BY lower(ta.name)`,
    params: [regionId, teamId, agencyId, [...OPEN_CASE_STATUSES]],
  };
}

/**
 * The active teams serving the wijk in column `areaColumn` of region `regionColumn`, as a JSON
 * array of `AreaTeam` (no members): embedded in the triage statement to propose partners.
 */
export function teamsServingAreaJson(regionColumn: string, areaColumn: string): string {
  return `COALESCE((SELECT json_agg(json_build_object('id', t.id, 'name', t.name, 'active', t.active,
             'version', t.version, 'agency', json_build_object('id', g.id, 'name', g.name, 'type', g.type),
             'areas', json_build_array(json_build_object('id', a.id, 'name', a.name)),
             'members', '[]'::json) ORDER BY lower(g.name), lower(t.name), t.id)
      FROM area_team_area ta
      JOIN area_team t ON t.id = ta.team_id AND t.region_id = ta.region_id AND t.active
      JOIN agency g ON g.id = t.agency_id AND g.region_id = t.region_id
      JOIN area a ON a.region_id = ta.region_id AND a.id = ta.area_id
     WHERE ta.region_id = ${regionColumn} AND ta.area_id = ${areaColumn}), '[]'::json)`;
}
