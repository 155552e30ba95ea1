import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15 item 2: an agency admin moves a person out of the agency (what they own is handed
 * over, the account is disabled and marked as left) and reviews every account's access at least
 * every six months. `access_reviewed_at` starts at the account's creation: a new account was just
 * decided on.
 */
export class AccountLifecycle1764000003110 implements MigrationInterface {
  name = 'AccountLifecycle1764000003110';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN left_at timestamptz`);
    await q.query(`ALTER TABLE app_user ADD COLUMN access_reviewed_at timestamptz`);
    await q.query(`UPDATE app_user SET access_reviewed_at = created_at`);
    await q.query(`ALTER TABLE app_user ALTER COLUMN access_reviewed_at SET DEFAULT now()`);
    await q.query(`ALTER TABLE app_user ALTER COLUMN access_reviewed_at SET NOT NULL`);
    await q.query(`ALTER TABLE app_user ADD CONSTRAINT app_user_left_inactive
      CHECK (left_at IS NULL OR NOT active)`);
    await q.query(`CREATE INDEX app_user_agency_name_idx ON app_user (agency_id, lower(display_name))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX app_user_agency_name_idx`);
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_left_inactive`);
    await q.query(`ALTER TABLE app_user DROP COLUMN access_reviewed_at`);
    await q.query(`ALTER TABLE app_user DROP COLUMN left_at`);
  }
}
