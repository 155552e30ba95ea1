import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16 item 4: a date of birth may be partly unknown, as the BRP records it (only the year, or
 * the year and month). `person.date_of_birth` keeps the first day of what is known (so ranges and
 * the birth index still work); `date_of_birth_precision` says how much of it is real.
 * `person_birth_date` gives the canonical text every read path selects ("1987", "1987-11",
 * "1987-11-02"); person matching compares on what both sides know (persons/person-matching.ts).
 */
export class PartialBirthDate1764000003950 implements MigrationInterface {
  name = 'PartialBirthDate1764000003950';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE person
      ADD COLUMN date_of_birth_precision text NOT NULL DEFAULT 'DAY'
        CHECK (date_of_birth_precision IN ('YEAR', 'MONTH', 'DAY')),
      ADD CONSTRAINT person_birth_date_first_day CHECK (
        date_of_birth_precision = 'DAY'
        OR (date_of_birth_precision = 'MONTH' AND extract(day FROM date_of_birth) = 1)
        OR (date_of_birth_precision = 'YEAR' AND to_char(date_of_birth, 'MM-DD') = '01-01'))`);
    await q.query(`
      CREATE FUNCTION person_birth_date(born date, birth_precision text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      RETURN CASE birth_precision
               WHEN 'YEAR' THEN to_char(born, 'YYYY')
               WHEN 'MONTH' THEN to_char(born, 'YYYY-MM')
               ELSE to_char(born, 'YYYY-MM-DD') END`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION person_birth_date(date, text)`);
    await q.query(`ALTER TABLE person DROP CONSTRAINT person_birth_date_first_day,
      DROP COLUMN date_of_birth_precision`);
  }
}
