import type { Statement } from '../common/sql';
import { NO_PASSWORD } from './activation.queries';

export function insertRegionQuery(code: string, name: string): Statement {
  return {
    sql: `INSERT INTO region (code, name) VALUES ($1, $2) RETURNING id`,
    params: [code, name],
  };
}

export function insertAgencyQuery(regionId: string, name: string, type: string): Statement {
  return {
    sql: `INSERT INTO agency (region_id, name, type) VALUES ($1, $2, $3) RETURNING id`,
    params: [regionId, name, type],
  };
}

/** The new region's ZVH agency signs the covenant version it starts with (ADR 0019). */
export function signCovenantQuery(agencyId: string, version: number): Statement {
  return {
    sql: `UPDATE agency SET covenant_signed_version = $2,
                 covenant_signed_on = (now() AT TIME ZONE 'Europe/Amsterdam')::date
           WHERE id = $1`,
    params: [agencyId, version],
  };
}

export function regionByCodeQuery(code: string): Statement {
  return { sql: `SELECT id, code, name FROM region WHERE code = $1`, params: [code] };
}

/** The region's agencies of one type, or the one with this name. */
export function regionAgenciesQuery(
  regionId: string,
  name: string | null,
  type: string,
): Statement {
  return {
    sql: `SELECT id, name, type FROM agency
           WHERE region_id = $1 AND ($2::text IS NULL AND type = $3 OR name = $2)
           ORDER BY name`,
    params: [regionId, name, type],
  };
}

/** A new account without a password: it can only be used after activation. */
export function insertInvitedUserQuery(input: {
  agencyId: string;
  email: string;
  displayName: string;
  roles: readonly string[];
}): Statement {
  return {
    sql: `INSERT INTO app_user (agency_id, email, display_name, password_hash, roles, activated_at)
          VALUES ($1, $2, $3, '${NO_PASSWORD}', $4, NULL)
          RETURNING id, region_id AS "regionId"`,
    params: [input.agencyId, input.email, input.displayName, input.roles],
  };
}

export function userByEmailQuery(email: string): Statement {
  return {
    sql: `SELECT id, region_id AS "regionId", active, activated_at AS "activatedAt", roles
            FROM app_user WHERE email = $1`,
    params: [email],
  };
}
