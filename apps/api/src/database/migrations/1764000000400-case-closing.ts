import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Closing a case (afschaling): one closure record per case with reason and outcome, and the
 * region's grace period during which participants keep reading a closed case.
 */
export class CaseClosing1764000000400 implements MigrationInterface {
  name = 'CaseClosing1764000000400';

  async up(q: QueryRunner): Promise<void> {
    // 30 days by default: time to finish one's own file and hand over; 0 ends access at once.
    await q.query(`ALTER TABLE region ADD COLUMN closing_grace_days integer NOT NULL DEFAULT 30
      CHECK (closing_grace_days BETWEEN 0 AND 180)`);
    await q.query(`
      CREATE TABLE case_closure (
        case_id uuid PRIMARY KEY,
        region_id uuid NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('GOAL_ACHIEVED','PARTIALLY_ACHIEVED',
          'NOT_ACHIEVED','REFERRED_TO_REGULAR_CARE','TAKEN_OVER_BY_JUSTICE','PERSON_MOVED',
          'PERSON_DECEASED','NO_COOPERATION','OTHER')),
        reason text NOT NULL CHECK (length(reason) BETWEEN 10 AND 2000),
        closed_at timestamptz NOT NULL DEFAULT now(),
        closed_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        closed_by_agency_id uuid,
        -- The grace period applied, so a later change of the region setting does not rewrite history.
        grace_days integer NOT NULL CHECK (grace_days BETWEEN 0 AND 180),
        access_ends_at timestamptz NOT NULL,
        FOREIGN KEY (case_id, region_id) REFERENCES case_file (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (closed_by_agency_id, region_id) REFERENCES agency (id, region_id)
      )`);
    await q.query(`CREATE TRIGGER case_closure_append_only BEFORE UPDATE ON case_closure
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_closure`);
    await q.query(`ALTER TABLE region DROP COLUMN closing_grace_days`);
  }
}
