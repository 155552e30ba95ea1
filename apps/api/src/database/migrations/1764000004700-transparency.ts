import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17 item 4 (ADR 0035): telling the person. Per case one record of whether and when the
 * person was informed, and by which agency — or why not (an enum and a short explanation). The
 * letter itself is generated on request and never stored. The region's WGS contactpunt (where a
 * person uses their rights towards all partners at once) gets its own contact details.
 */
export class Transparency1764000004700 implements MigrationInterface {
  name = 'Transparency1764000004700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_person_informed (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        case_id uuid NOT NULL UNIQUE,
        informed boolean NOT NULL,
        informed_on date,
        informed_by_agency_id uuid,
        not_informed_reason text CHECK (not_informed_reason IN ('DANGER', 'NOT_REACHABLE',
          'INVESTIGATION', 'OTHER')),
        explanation text CHECK (length(explanation) BETWEEN 1 AND 1000),
        recorded_by_user_id uuid,
        recorded_by_agency_id uuid NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        revision integer NOT NULL DEFAULT 1 CHECK (revision > 0),
        CHECK (informed = (informed_on IS NOT NULL AND informed_by_agency_id IS NOT NULL)),
        CHECK (informed = (not_informed_reason IS NULL)),
        CHECK (not_informed_reason IS DISTINCT FROM 'OTHER' OR explanation IS NOT NULL),
        UNIQUE (id, region_id),
        FOREIGN KEY (case_id, region_id) REFERENCES case_file (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (informed_by_agency_id, region_id) REFERENCES agency (id, region_id),
        FOREIGN KEY (recorded_by_agency_id, region_id) REFERENCES agency (id, region_id),
        FOREIGN KEY (recorded_by_user_id, region_id) REFERENCES app_user (id, region_id)
          ON DELETE SET NULL (recorded_by_user_id)
      )`);
    await q.query(`
      ALTER TABLE region
        ADD COLUMN wgs_contact_email text CHECK (length(wgs_contact_email) BETWEEN 3 AND 320),
        ADD COLUMN wgs_contact_phone text CHECK (length(wgs_contact_phone) BETWEEN 3 AND 40),
        ADD COLUMN wgs_contact_address text
          CHECK (length(wgs_contact_address) BETWEEN 3 AND 300)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE region DROP COLUMN wgs_contact_address,
      DROP COLUMN wgs_contact_phone, DROP COLUMN wgs_contact_email`);
    await q.query(`DROP TABLE case_person_informed`);
  }
}
