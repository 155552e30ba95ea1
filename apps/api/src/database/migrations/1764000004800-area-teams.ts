import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18 item 2, area teams (ADR 0036). An agency's team serves a set of wijken of its region
 * ("Wijkteam Noord", "Basisteam Demostad — wijkagent Noord"); users of that agency may belong to
 * it. Region-scoped with composite foreign keys like the other tables: a team's agency, its wijken
 * and its members are all of the team's region. A member must be a user of the team's agency
 * (`area_team_member_agency`, a trigger: the agency lives on the team row).
 */
export class AreaTeams1764000004800 implements MigrationInterface {
  name = 'AreaTeams1764000004800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE area_team (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE RESTRICT,
        agency_id uuid NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100 AND name = btrim(name)),
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (region_id, id),
        FOREIGN KEY (agency_id, region_id) REFERENCES agency (id, region_id) ON DELETE RESTRICT
      )`);
    await q.query(
      `CREATE UNIQUE INDEX area_team_agency_name_key ON area_team (region_id, agency_id, lower(name))`,
    );
    await q.query(`
      CREATE TABLE area_team_area (
        region_id uuid NOT NULL,
        team_id uuid NOT NULL,
        area_id uuid NOT NULL,
        PRIMARY KEY (team_id, area_id),
        FOREIGN KEY (region_id, team_id) REFERENCES area_team (region_id, id) ON DELETE CASCADE,
        FOREIGN KEY (region_id, area_id) REFERENCES area (region_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX area_team_area_area_idx ON area_team_area (region_id, area_id)`);
    await q.query(`
      CREATE TABLE area_team_member (
        region_id uuid NOT NULL,
        team_id uuid NOT NULL,
        user_id uuid NOT NULL,
        PRIMARY KEY (team_id, user_id),
        FOREIGN KEY (region_id, team_id) REFERENCES area_team (region_id, id) ON DELETE CASCADE,
        FOREIGN KEY (user_id, region_id) REFERENCES app_user (id, region_id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX area_team_member_user_idx ON area_team_member (user_id)`);
    await q.query(`
      CREATE FUNCTION area_team_member_agency() RETURNS trigger LANGUAGE plpgsql
        SET search_path = public, pg_temp AS $$
      BEGIN
        -- A user of another region is left to the foreign key (which names it).
        IF EXISTS (SELECT 1 FROM area_team t JOIN app_user u ON u.region_id = t.region_id
                    WHERE t.id = NEW.team_id AND u.id = NEW.user_id
                      AND u.agency_id <> t.agency_id) THEN
          RAISE EXCEPTION 'a team member must be a user of the team''s agency'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'area_team_member_agency';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER area_team_member_agency BEFORE INSERT OR UPDATE ON area_team_member
      FOR EACH ROW EXECUTE FUNCTION area_team_member_agency()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE area_team_member`);
    await q.query(`DROP FUNCTION area_team_member_agency()`);
    await q.query(`DROP TABLE area_team_area`);
    await q.query(`DROP TABLE area_team`);
  }
}
