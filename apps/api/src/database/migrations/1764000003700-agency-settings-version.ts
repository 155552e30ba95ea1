import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15 item 2: two functional administrators editing the same agency must not overwrite each
 * other silently. The settings (name, type, contact) carry a version the edit form sends back; an
 * UPDATE on a stale version changes nothing and is refused (EDIT_CONFLICT), as plan drafts do.
 */
export class AgencySettingsVersion1764000003700 implements MigrationInterface {
  name = 'AgencySettingsVersion1764000003700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE agency
      ADD COLUMN settings_version integer NOT NULL DEFAULT 1 CHECK (settings_version > 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE agency DROP COLUMN settings_version`);
  }
}
