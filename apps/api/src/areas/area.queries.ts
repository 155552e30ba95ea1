import type { PostcodeRange } from '@schakel/domain';
import type { Statement } from '../common/sql';

const RANGES = `COALESCE((SELECT json_agg(json_build_object(
                  'pc4From', r.pc4_from, 'pc4To', r.pc4_to, 'pc6', r.pc6)
                  ORDER BY r.pc4_from, r.pc6 NULLS FIRST)
                  FROM area_postcode_range r WHERE r.region_id = a.region_id AND r.area_id = a.id),
                '[]'::json) AS ranges`;

/** The region's wijken with their ranges, by name; `lock` holds the rows for a change. */
export function areasQuery(regionId: string, includeInactive = true): Statement {
  return {
    sql: `SELECT a.id, a.name, a.active, a.version, ${RANGES}
            FROM area a
           WHERE a.region_id = $1${includeInactive ? '' : ' AND a.active'}
           ORDER BY lower(a.name), a.id`,
    params: [regionId],
  };
}

/** The active wijk a postcode ("1234AB") lies in, if any (the same function the trigger uses). */
export function areaForPostcodeQuery(regionId: string, postcode: string): Statement {
  return {
    sql: `SELECT a.id, a.name, a.active, a.version, ${RANGES}
            FROM area a
           WHERE a.region_id = $1 AND a.id = area_for_postcode($1, $2)`,
    params: [regionId, postcode],
  };
}

/**
 * Serialises the changes of one region's wijken (overlap checks read the others' ranges): the
 * region row, held until the change commits.
 */
export function lockRegionAreasQuery(regionId: string): Statement {
  return { sql: `SELECT id FROM region WHERE id = $1 FOR NO KEY UPDATE`, params: [regionId] };
}

export function insertAreaQuery(regionId: string, name: string): Statement {
  return {
    sql: `INSERT INTO area (region_id, name) VALUES ($1, $2) RETURNING id`,
    params: [regionId, name],
  };
}

/** A conditional update: no row when the version moved on (EDIT_CONFLICT) or the id is not ours. */
export function updateAreaQuery(
  regionId: string,
  id: string,
  name: string,
  active: boolean,
  expectedVersion: number | null,
): Statement {
  return {
    sql: `UPDATE area SET name = $3, active = $4, version = version + 1, updated_at = now()
           WHERE region_id = $1 AND id = $2 AND ($5::int IS NULL OR version = $5)
       RETURNING id`,
    params: [regionId, id, name, active, expectedVersion],
  };
}

export function deleteRangesQuery(regionId: string, areaId: string): Statement {
  return {
    sql: `DELETE FROM area_postcode_range WHERE region_id = $1 AND area_id = $2`,
    params: [regionId, areaId],
  };
}

export function insertRangesQuery(
  regionId: string,
  areaId: string,
  ranges: readonly PostcodeRange[],
): Statement {
  return {
    sql: `INSERT INTO area_postcode_range (region_id, area_id, pc4_from, pc4_to, pc6)
          SELECT $1, $2, f, t, p FROM unnest($3::int[], $4::int[], $5::text[]) AS x(f, t, p)`,
    params: [
      regionId,
      areaId,
      ranges.map((r) => r.pc4From),
      ranges.map((r) => r.pc4To),
      ranges.map((r) => r.pc6),
    ],
  };
}

/**
 * Every person of the region gets the wijk of their postcode again, after the wijken changed: a
 * postcode outside every active wijk leaves none (flagged, never guessed); a person without a
 * postcode keeps the wijk they had, under its current name. Returns the persons changed. Writing
 * `wijk` keeps the overview counts (ADR 0014) by their trigger.
 */
export function reassignPersonsQuery(regionId: string): Statement {
  return {
    sql: `WITH derived AS (
            SELECT p.id,
                   CASE WHEN p.postcode IS NULL THEN p.area_id
                        ELSE area_for_postcode(p.region_id, p.postcode) END AS area_id
              FROM person p
             WHERE p.region_id = $1 AND (p.postcode IS NOT NULL OR p.area_id IS NOT NULL)
          ), named AS (
            SELECT d.id, d.area_id, a.name
              FROM derived d LEFT JOIN area a ON a.region_id = $1 AND a.id = d.area_id
          ), changed AS (
            UPDATE person p SET area_id = n.area_id, wijk = n.name
              FROM named n
             WHERE p.id = n.id AND p.region_id = $1
               AND (p.area_id IS DISTINCT FROM n.area_id OR p.wijk IS DISTINCT FROM n.name)
            RETURNING 1)
          SELECT count(*)::int AS n FROM changed`,
    params: [regionId],
  };
}
