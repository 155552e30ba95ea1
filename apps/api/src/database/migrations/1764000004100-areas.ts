import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18 item 1 / issue 16 item 9 (ADR 0026): wijken as data per region instead of free text.
 *
 * - `area`: a region's wijken (unique name per region, case-insensitive; deactivated, never deleted).
 * - `area_postcode_range`: PC4 ranges (`pc4_from`–`pc4_to`), or one PC6 postcode that overrides
 *   the PC4 ranges for that postcode. Overlaps are refused by the API (ADR 0026).
 * - `person.area_id`: the wijk, derived from the postcode by `person_area_derive` on every write
 *   of a person's postcode, whoever writes it; `person.wijk` stays as the area's name so the
 *   overview counts (ADR 0014), search and dashboard group by the area. A postcode outside every
 *   wijk leaves `area_id` empty (flagged in the portal), never guessed.
 * - The overview counts' person trigger fires on any UPDATE whose wijk changed (a BEFORE trigger
 *   that sets wijk is invisible to `UPDATE OF wijk`).
 * - Data migration: today's free-text wijken become areas per region, variants merged
 *   ("Demostad-Noord" and "Noord": a prefix naming a city of the region is dropped; case and
 *   spaces ignored); every person points at its area and carries the area's name.
 */
export class Areas1764000004100 implements MigrationInterface {
  name = 'Areas1764000004100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE area (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE RESTRICT,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100 AND name = btrim(name)),
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (region_id, id)
      )`);
    await q.query(`CREATE UNIQUE INDEX area_region_name_key ON area (region_id, lower(name))`);
    await q.query(`
      CREATE TABLE area_postcode_range (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        area_id uuid NOT NULL,
        pc4_from integer NOT NULL CHECK (pc4_from BETWEEN 1000 AND 9999),
        pc4_to integer NOT NULL CHECK (pc4_to BETWEEN pc4_from AND 9999),
        pc6 text CHECK (pc6 IS NULL OR (pc6 ~ '^[1-9][0-9]{3}[A-Z]{2}$'
                        AND left(pc6, 4)::int = pc4_from AND pc4_from = pc4_to)),
        FOREIGN KEY (region_id, area_id) REFERENCES area (region_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX area_postcode_range_lookup_idx
      ON area_postcode_range (region_id, pc4_from, pc4_to)`);
    await q.query(`CREATE INDEX area_postcode_range_area_idx ON area_postcode_range (area_id)`);

    await q.query(`ALTER TABLE person ADD COLUMN area_id uuid,
      ADD CONSTRAINT person_area_fkey FOREIGN KEY (region_id, area_id)
        REFERENCES area (region_id, id) ON DELETE RESTRICT`);
    await q.query(`CREATE INDEX person_area_idx ON person (region_id, area_id)`);

    // The active wijk of a postcode: an exact PC6 entry first, then the PC4 range.
    await q.query(`
      CREATE FUNCTION area_for_postcode(p_region uuid, p_postcode text) RETURNS uuid
        LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
        SELECT r.area_id
          FROM area_postcode_range r
          JOIN area a ON a.region_id = r.region_id AND a.id = r.area_id AND a.active
         WHERE r.region_id = p_region
           AND p_postcode ~ '^[1-9][0-9]{3}'
           AND (r.pc6 = p_postcode
                OR (r.pc6 IS NULL AND left(p_postcode, 4)::int BETWEEN r.pc4_from AND r.pc4_to))
         ORDER BY r.pc6 IS NULL, a.name
         LIMIT 1
      $$`);
    await q.query(`
      CREATE FUNCTION person_area_derive() RETURNS trigger LANGUAGE plpgsql
        SET search_path = public, pg_temp AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.postcode IS NOT DISTINCT FROM OLD.postcode
           AND NEW.region_id = OLD.region_id THEN
          RETURN NEW;
        END IF;
        IF NEW.postcode IS NULL THEN
          IF TG_OP = 'UPDATE' THEN NEW.area_id := NULL; NEW.wijk := NULL; END IF;
          RETURN NEW;
        END IF;
        NEW.area_id := area_for_postcode(NEW.region_id, NEW.postcode);
        IF NEW.area_id IS NOT NULL THEN
          NEW.wijk := (SELECT name FROM area WHERE region_id = NEW.region_id AND id = NEW.area_id);
        ELSIF TG_OP = 'UPDATE' THEN
          NEW.wijk := NULL;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER person_area_derive
      BEFORE INSERT OR UPDATE OF postcode, region_id ON person
      FOR EACH ROW EXECUTE FUNCTION person_area_derive()`);

    await q.query(`DROP TRIGGER case_count_person_wijk ON person`);
    await q.query(`CREATE TRIGGER case_count_person_wijk AFTER UPDATE ON person
      FOR EACH ROW WHEN (NULLIF(btrim(OLD.wijk), '') IS DISTINCT FROM NULLIF(btrim(NEW.wijk), ''))
      EXECUTE FUNCTION case_count_person()`);

    await areasFromFreeText(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER case_count_person_wijk ON person`);
    await q.query(`CREATE TRIGGER case_count_person_wijk AFTER UPDATE OF wijk ON person
      FOR EACH ROW WHEN (NULLIF(btrim(OLD.wijk), '') IS DISTINCT FROM NULLIF(btrim(NEW.wijk), ''))
      EXECUTE FUNCTION case_count_person()`);
    await q.query(`DROP TRIGGER person_area_derive ON person`);
    await q.query(`DROP FUNCTION person_area_derive()`);
    await q.query(`DROP FUNCTION area_for_postcode(uuid, text)`);
    await q.query(`ALTER TABLE person DROP COLUMN area_id`);
    await q.query(`DROP TABLE area_postcode_range`);
    await q.query(`DROP TABLE area`);
  }
}

/**
 * Today's free text → areas, for persons without an area. A variant's key: spaces collapsed, lower
 * case, a leading "<city of the region> -" dropped. The most used spelling (then the shortest)
 * names a new area; an existing area of that name is reused. Re-running it changes nothing more.
 */
export async function areasFromFreeText(q: {
  query: (sql: string) => Promise<unknown>;
}): Promise<void> {
  const variants = `
    WITH cities AS (
      SELECT DISTINCT region_id, lower(regexp_replace(btrim(city), '\\s+', ' ', 'g')) AS city
        FROM person WHERE NULLIF(btrim(city), '') IS NOT NULL
    ), written AS (
      SELECT p.region_id, regexp_replace(btrim(p.wijk), '\\s+', ' ', 'g') AS spelling,
             count(*) AS n
        FROM person p WHERE p.area_id IS NULL AND NULLIF(btrim(p.wijk), '') IS NOT NULL
       GROUP BY 1, 2
    ), named AS (
      SELECT w.region_id, w.spelling, w.n,
             left(COALESCE((SELECT btrim(substr(w.spelling, length(c.city) + 1), ' -–:')
                              FROM cities c
                             WHERE c.region_id = w.region_id
                               AND lower(w.spelling) LIKE c.city || '%'
                               AND substr(w.spelling, length(c.city) + 1) ~ '^\\s*[-–:]\\s*\\S'
                             ORDER BY length(c.city) DESC LIMIT 1), w.spelling), 100) AS name
        FROM written w
    )
    SELECT region_id, spelling, name, lower(name) AS key, n FROM named`;
  await q.query(`
    INSERT INTO area (region_id, name)
    SELECT DISTINCT ON (region_id, key) region_id, name
      FROM (SELECT region_id, key, name, sum(n) AS uses
              FROM (${variants}) v GROUP BY region_id, key, name) v
     ORDER BY region_id, key, uses DESC, length(name), name
    ON CONFLICT (region_id, lower(name)) DO NOTHING`);
  await q.query(`
    UPDATE person p SET area_id = a.id, wijk = a.name
      FROM (${variants}) v
      JOIN area a ON a.region_id = v.region_id AND lower(a.name) = v.key
     WHERE p.area_id IS NULL AND p.region_id = v.region_id
       AND regexp_replace(btrim(p.wijk), '\\s+', ' ', 'g') = v.spelling`);
}
