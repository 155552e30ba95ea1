import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './1764000000600-audit';

/**
 * The procesregisseur's overview counted incrementally (issue 14 target 3, ADR 0014). `case_count`
 * holds, per (region, agency, status, wijk), how many cases the agency takes part in without a
 * planned end: the sum of its rows. Triggers append a row of +1 or −1 for every write that moves
 * a case in or out of a group (case status, subject, region; a participation started, ended or
 * moved; a person's wijk), in the write's own transaction, whichever path wrote. Only rows are
 * appended: concurrent writers lock no counter (the ZVH takes part in every case). The reader sums
 * them; `case_count_compact` folds an agency's rows into one per group when they have piled up.
 * Participations with a planned end expire without a write and are counted by the reader, live.
 *
 * Consistency: a trigger reads the case's row FOR NO KEY UPDATE (a participation write) and the
 * person's FOR SHARE before appending, so a concurrent status, subject or wijk change waits for it
 * or it waits for that change; each then counts from the other's committed state (READ COMMITTED,
 * where each statement of the function takes a new snapshot). Locks are taken case, then person.
 * The wijk is normalised as the overview groups it: `NULLIF(btrim(wijk), '')`.
 */
export class CaseCounts1764000002300 implements MigrationInterface {
  name = 'CaseCounts1764000002300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_count (
        region_id uuid NOT NULL,
        agency_id uuid NOT NULL,
        status text NOT NULL,
        wijk text,
        n integer NOT NULL
      )`);
    await q.query(`CREATE INDEX case_count_agency_idx ON case_count (region_id, agency_id)`);
    // The planned ends, counted live by the overview: few rows, found without scanning the rest.
    await q.query(`CREATE INDEX case_participant_planned_end_idx
      ON case_participant (agency_id, ended_at) WHERE ended_at IS NOT NULL`);

    // The whole count from the tables: the backfill, and after a TRUNCATE (no row triggers fire).
    await q.query(`
      CREATE FUNCTION case_count_rebuild() RETURNS void LANGUAGE sql SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
        DELETE FROM case_count;
        INSERT INTO case_count (region_id, agency_id, status, wijk, n)
        SELECT c.region_id, ap.agency_id, c.status, NULLIF(btrim(p.wijk), ''), count(*)
          FROM case_participant ap
          JOIN case_file c ON c.id = ap.case_id
          JOIN person p ON p.id = c.subject_person_id
         WHERE ap.ended_at IS NULL
         GROUP BY 1, 2, 3, 4;
      $$`);

    // A participation row (case_participant_open_key: one open-ended row per case and agency).
    await q.query(`
      CREATE FUNCTION case_count_participation() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
      DECLARE
        c record;
        w text;
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.ended_at IS NULL THEN
          -- Not found: the case itself is being deleted; its BEFORE DELETE trigger counted it out.
          SELECT cf.region_id, cf.status, cf.subject_person_id INTO c
            FROM case_file cf WHERE cf.id = OLD.case_id FOR NO KEY UPDATE;
          IF FOUND THEN
            SELECT NULLIF(btrim(p.wijk), '') INTO w FROM person p
             WHERE p.id = c.subject_person_id FOR SHARE;
            IF FOUND THEN
              INSERT INTO case_count (region_id, agency_id, status, wijk, n)
              VALUES (c.region_id, OLD.agency_id, c.status, w, -1);
            END IF;
          END IF;
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.ended_at IS NULL THEN
          SELECT cf.region_id, cf.status, cf.subject_person_id INTO c
            FROM case_file cf WHERE cf.id = NEW.case_id FOR NO KEY UPDATE;
          IF FOUND THEN
            SELECT NULLIF(btrim(p.wijk), '') INTO w FROM person p
             WHERE p.id = c.subject_person_id FOR SHARE;
            IF FOUND THEN
              INSERT INTO case_count (region_id, agency_id, status, wijk, n)
              VALUES (c.region_id, NEW.agency_id, c.status, w, 1);
            END IF;
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER case_count_participation_write
      AFTER INSERT OR DELETE ON case_participant
      FOR EACH ROW EXECUTE FUNCTION case_count_participation()`);
    await q.query(`CREATE TRIGGER case_count_participation_change
      AFTER UPDATE OF ended_at, agency_id, case_id ON case_participant
      FOR EACH ROW WHEN (OLD.ended_at IS DISTINCT FROM NEW.ended_at
                         OR OLD.agency_id IS DISTINCT FROM NEW.agency_id
                         OR OLD.case_id IS DISTINCT FROM NEW.case_id)
      EXECUTE FUNCTION case_count_participation()`);

    // A case row: its agencies taking part without an end move with its status, subject, region.
    await q.query(`
      CREATE FUNCTION case_count_case() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
      DECLARE
        w text;
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          SELECT NULLIF(btrim(p.wijk), '') INTO w FROM person p
           WHERE p.id = OLD.subject_person_id FOR SHARE;
          IF FOUND THEN
            INSERT INTO case_count (region_id, agency_id, status, wijk, n)
            SELECT OLD.region_id, ap.agency_id, OLD.status, w, -1
              FROM case_participant ap WHERE ap.case_id = OLD.id AND ap.ended_at IS NULL;
          END IF;
        END IF;
        IF TG_OP = 'UPDATE' THEN
          SELECT NULLIF(btrim(p.wijk), '') INTO w FROM person p
           WHERE p.id = NEW.subject_person_id FOR SHARE;
          IF FOUND THEN
            INSERT INTO case_count (region_id, agency_id, status, wijk, n)
            SELECT NEW.region_id, ap.agency_id, NEW.status, w, 1
              FROM case_participant ap WHERE ap.case_id = NEW.id AND ap.ended_at IS NULL;
          END IF;
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NULL;
      END $$`);
    // No INSERT trigger: a new case has no participation yet (not deferrable foreign key), and
    // one statement inserting both (a data-modifying WITH) is counted by the participation's.
    await q.query(`CREATE TRIGGER case_count_case_change
      AFTER UPDATE OF status, subject_person_id, region_id ON case_file
      FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status
                         OR OLD.subject_person_id IS DISTINCT FROM NEW.subject_person_id
                         OR OLD.region_id IS DISTINCT FROM NEW.region_id)
      EXECUTE FUNCTION case_count_case()`);
    // BEFORE: the cascade deletes the participations after the case row is gone, when their
    // trigger can no longer see the case's status. Named to fire last of the BEFORE triggers.
    await q.query(`CREATE TRIGGER zz_case_count_case_delete BEFORE DELETE ON case_file
      FOR EACH ROW EXECUTE FUNCTION case_count_case()`);

    // A person's wijk: every case of theirs, per agency taking part without an end.
    await q.query(`
      CREATE FUNCTION case_count_person() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
      BEGIN
        INSERT INTO case_count (region_id, agency_id, status, wijk, n)
        SELECT c.region_id, ap.agency_id, c.status, v.wijk, v.n
          FROM case_file c
          JOIN case_participant ap ON ap.case_id = c.id AND ap.ended_at IS NULL
         CROSS JOIN (VALUES (NULLIF(btrim(OLD.wijk), ''), -1),
                            (NULLIF(btrim(NEW.wijk), ''), 1)) v(wijk, n)
         WHERE c.subject_person_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER case_count_person_wijk AFTER UPDATE OF wijk ON person
      FOR EACH ROW WHEN (NULLIF(btrim(OLD.wijk), '') IS DISTINCT FROM NULLIF(btrim(NEW.wijk), ''))
      EXECUTE FUNCTION case_count_person()`);

    await q.query(`
      CREATE FUNCTION case_count_truncated() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
      BEGIN
        PERFORM case_count_rebuild();
        RETURN NULL;
      END $$`);
    for (const table of ['case_file', 'case_participant', 'person']) {
      await q.query(`CREATE TRIGGER case_count_truncated AFTER TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION case_count_truncated()`);
    }

    // Folds one agency's rows into one per group. One folder at a time per (region, agency);
    // writers appending meanwhile are not blocked, and their uncommitted rows are left alone.
    await q.query(`
      CREATE FUNCTION case_count_compact(p_region uuid, p_agency uuid) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF NOT pg_try_advisory_xact_lock(hashtextextended(
             'case_count:' || p_region::text || ':' || p_agency::text, 0)) THEN
          RETURN;
        END IF;
        WITH gone AS (
          DELETE FROM case_count WHERE region_id = p_region AND agency_id = p_agency
          RETURNING status, wijk, n)
        INSERT INTO case_count (region_id, agency_id, status, wijk, n)
        SELECT p_region, p_agency, status, wijk, sum(n) FROM gone
         GROUP BY status, wijk HAVING sum(n) <> 0;
      END $$`);

    await q.query(`SELECT case_count_rebuild()`);

    await q.query(`REVOKE ALL ON case_count FROM PUBLIC`);
    for (const fn of [
      'case_count_rebuild()',
      'case_count_participation()',
      'case_count_case()',
      'case_count_person()',
      'case_count_truncated()',
      'case_count_compact(uuid, uuid)',
    ]) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
    }
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          EXECUTE 'GRANT SELECT ON case_count TO ${APP_ROLE}';
          EXECUTE 'GRANT EXECUTE ON FUNCTION case_count_compact(uuid, uuid) TO ${APP_ROLE}';
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['case_file', 'case_participant', 'person']) {
      await q.query(`DROP TRIGGER case_count_truncated ON ${table}`);
    }
    await q.query(`DROP TRIGGER case_count_person_wijk ON person`);
    await q.query(`DROP TRIGGER zz_case_count_case_delete ON case_file`);
    await q.query(`DROP TRIGGER case_count_case_change ON case_file`);
    await q.query(`DROP TRIGGER case_count_participation_change ON case_participant`);
    await q.query(`DROP TRIGGER case_count_participation_write ON case_participant`);
    await q.query(`DROP FUNCTION case_count_compact(uuid, uuid)`);
    await q.query(`DROP FUNCTION case_count_truncated()`);
    await q.query(`DROP FUNCTION case_count_person()`);
    await q.query(`DROP FUNCTION case_count_case()`);
    await q.query(`DROP FUNCTION case_count_participation()`);
    await q.query(`DROP FUNCTION case_count_rebuild()`);
    await q.query(`DROP INDEX case_participant_planned_end_idx`);
    await q.query(`DROP TABLE case_count`);
  }
}
