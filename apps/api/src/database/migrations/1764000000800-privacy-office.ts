import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The privacy office (issue 6, item 3): the privacy officer's review of break-the-glass accesses.
 *
 * One review per BREAK_GLASS audit event, append-only like the trail itself: a verdict is never
 * changed afterwards (a second opinion would be a new kind of record, not an edit). There is no
 * foreign key to audit_event on purpose: the trail is purged after its retention period and the
 * review must not block that, while a review itself holds no personal data beyond its note.
 */
export class PrivacyOffice1764000000800 implements MigrationInterface {
  name = 'PrivacyOffice1764000000800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE break_glass_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE RESTRICT,
        audit_event_id bigint NOT NULL UNIQUE,
        verdict text NOT NULL CHECK (verdict IN ('JUSTIFIED','NOT_JUSTIFIED')),
        note text NOT NULL CHECK (length(btrim(note)) >= 10 AND length(note) <= 2000),
        reviewed_by_user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE RESTRICT,
        reviewed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX break_glass_review_region_idx
      ON break_glass_review (region_id, reviewed_at)`);
    await q.query(`CREATE TRIGGER break_glass_review_append_only
      BEFORE UPDATE OR DELETE ON break_glass_review
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    await q.query(`CREATE TRIGGER break_glass_review_no_truncate BEFORE TRUNCATE ON break_glass_review
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
    // The review queue lists open BREAK_GLASS events of a region, oldest first.
    await q.query(`CREATE INDEX audit_event_break_glass_idx ON audit_event (region_id, occurred_at)
      WHERE action = 'BREAK_GLASS'`);
    // The app role (if any) writes reviews but may not change them, like the trail.
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'schakel_app') THEN
          EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON break_glass_review FROM schakel_app';
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_event_break_glass_idx`);
    await q.query(`DROP TABLE break_glass_review`);
  }
}
