import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Integrity of the sharing records, in the database so that no code path can get around it:
 * - one agency takes part in a case at most once at any moment, also when a participation has a
 *   planned end (`ended_at` in the future), which the partial unique index on open rows misses;
 * - break-the-glass openings are append-only (they are the evidence of an exception).
 */
export class SharingIntegrity1764000000500 implements MigrationInterface {
  name = 'SharingIntegrity1764000000500';

  async up(q: QueryRunner): Promise<void> {
    // btree_gist is a trusted contrib extension: the database owner may create it.
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    // '[)': a participation ended at t and a new one starting at t do not overlap.
    await q.query(`ALTER TABLE case_participant ADD CONSTRAINT case_participant_no_overlap
      EXCLUDE USING gist (case_id WITH =, agency_id WITH =,
                          tstzrange(started_at, ended_at, '[)') WITH &&)`);

    // Nothing in the application changes or removes an opening. Deleting the case (retention)
    // still removes its openings through the foreign key's cascade, which runs as a trigger —
    // hence the depth test; a direct DELETE is refused.
    await q.query(`
      CREATE FUNCTION break_glass_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'break_glass is append-only';
      END $$`);
    await q.query(`CREATE TRIGGER break_glass_append_only BEFORE UPDATE OR DELETE ON break_glass
      FOR EACH ROW EXECUTE FUNCTION break_glass_refuse_change()`);
    await q.query(`CREATE TRIGGER break_glass_no_truncate BEFORE TRUNCATE ON break_glass
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER break_glass_no_truncate ON break_glass`);
    await q.query(`DROP TRIGGER break_glass_append_only ON break_glass`);
    await q.query(`DROP FUNCTION break_glass_refuse_change()`);
    await q.query(`ALTER TABLE case_participant DROP CONSTRAINT case_participant_no_overlap`);
  }
}
