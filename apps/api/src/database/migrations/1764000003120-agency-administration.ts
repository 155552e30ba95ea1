import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15 item 2: the functional administrator keeps the region's agencies — a contact for each
 * and the covenant version the agency signed (null: not recorded). Contact details are of the
 * organisation's desk, not of clients.
 */
export class AgencyAdministration1764000003120 implements MigrationInterface {
  name = 'AgencyAdministration1764000003120';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE agency
      ADD COLUMN contact_name text CHECK (length(contact_name) BETWEEN 1 AND 200),
      ADD COLUMN contact_email text CHECK (length(contact_email) BETWEEN 3 AND 320),
      ADD COLUMN contact_phone text CHECK (length(contact_phone) BETWEEN 3 AND 40),
      ADD COLUMN covenant_signed_version integer CHECK (covenant_signed_version > 0),
      ADD COLUMN covenant_signed_on date`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE agency DROP COLUMN covenant_signed_on,
      DROP COLUMN covenant_signed_version, DROP COLUMN contact_phone, DROP COLUMN contact_email,
      DROP COLUMN contact_name`);
  }
}
