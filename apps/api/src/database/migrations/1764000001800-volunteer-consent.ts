import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A consent may name parts of its category (IDENTITY: NAME, CONTACT, DATE_OF_BIRTH, ADDRESS;
 * PLAN: OWN_ACTIONS) and may expire. Existing consents name no parts (the whole category, as
 * before) and do not expire.
 */
export class VolunteerConsent1764000001800 implements MigrationInterface {
  name = 'VolunteerConsent1764000001800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE consent
        ADD COLUMN parts text[] NOT NULL DEFAULT '{}'
          CHECK (cardinality(parts) = 0
                 OR (category = 'IDENTITY'
                     AND parts <@ ARRAY['NAME','CONTACT','DATE_OF_BIRTH','ADDRESS']::text[])
                 OR (category = 'PLAN' AND parts <@ ARRAY['OWN_ACTIONS']::text[])),
        ADD COLUMN valid_until timestamptz CHECK (valid_until IS NULL OR valid_until > given_at)`);
    // "Does this agency hold a consent covering this case?" (participation of a volunteer).
    await q.query(`CREATE INDEX consent_recipient_person_idx ON consent (recipient_agency_id, person_id)
      WHERE withdrawn_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX consent_recipient_person_idx`);
    await q.query(`ALTER TABLE consent DROP COLUMN valid_until, DROP COLUMN parts`);
  }
}
