import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Optimistic concurrency for the region's settings (/beheer/instellingen): every change raises
 * `settings_version`, and a change sent with an older one is refused (EDIT_CONFLICT), so two
 * functional administrators never silently overwrite each other.
 */
export class RegionSettingsVersion1764000003610 implements MigrationInterface {
  name = 'RegionSettingsVersion1764000003610';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE region
      ADD COLUMN settings_version integer NOT NULL DEFAULT 1 CHECK (settings_version > 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE region DROP COLUMN settings_version`);
  }
}
