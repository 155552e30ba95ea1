import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15 item 2: the region's own settings, kept by its functional administrator beside the
 * closing grace period (1764000000400). `access_review_months`: how often an agency admin confirms
 * that each account still needs access (the six months by default). `covenant_grace_days`:
 * how long an agency that signed an earlier covenant version keeps access after a new version is
 * adopted, before its users are locked out until it signs. The contact is the ZVH's desk (shown to
 * a locked-out user and in e-mails), never a client's.
 */
export class RegionSettings1764000003500 implements MigrationInterface {
  name = 'RegionSettings1764000003500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE region
      ADD COLUMN access_review_months integer NOT NULL DEFAULT 6
        CHECK (access_review_months BETWEEN 1 AND 12),
      ADD COLUMN covenant_grace_days integer NOT NULL DEFAULT 30
        CHECK (covenant_grace_days BETWEEN 0 AND 180),
      ADD COLUMN contact_email text CHECK (length(contact_email) BETWEEN 3 AND 320),
      ADD COLUMN contact_phone text CHECK (length(contact_phone) BETWEEN 3 AND 40)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE region DROP COLUMN contact_phone, DROP COLUMN contact_email,
      DROP COLUMN covenant_grace_days, DROP COLUMN access_review_months`);
  }
}
