import type { MigrationInterface, QueryRunner } from 'typeorm';

const CATEGORIES = `ARRAY['IDENTITY','BSN','POLICE','JUSTICE','PROBATION','CARE','CARE_SIGNAL','SOCIAL',
  'SAFETY','PLAN']::text[]`;

// The fixed texts the API writes itself (referral.enums.ts at this migration). They say nothing
// about the person, so PLAN (every participant) governs them.
const PROCESREGIE_REASON = 'Procesregie Zorg- en Veiligheidshuis: screening en triage';
const PARTNER_REASON =
  'Ketenpartner bij de casus, na acceptatie in de triage van het Zorg- en Veiligheidshuis';

/**
 * Every free text about a person has a category (domain brief, "Rules settled later"): the
 * referral's reason (with its goal and why the person was not informed) and each participation's
 * reason get the categories their writer chose, and are masked like items of those categories.
 *
 * Existing texts were written without a choice. They get SOCIAL: the most restrictive category
 * the Veiligheidshuis still reads (it must triage and run the case), while housing, police, OM,
 * youth, prison and volunteer organisations no longer read them by default. CARE would be
 * stricter, but would hide the referral from the Veiligheidshuis itself.
 *
 * The default stays for rows written outside the API (fixtures, bench data); the API always
 * writes the writer's choice.
 *
 * The referral also keeps what its referrer entered about the person (`entered_person`): until
 * triage decides, that is all the referrer sees of the person. Older referrals have none; the
 * API then withholds the person from the referrer instead of guessing.
 */
export class FreeTextCategories1764000001700 implements MigrationInterface {
  name = 'FreeTextCategories1764000001700';

  async up(q: QueryRunner): Promise<void> {
    const check = (column: string) =>
      `CHECK (cardinality(${column}) BETWEEN 1 AND 10 AND ${column} <@ ${CATEGORIES})`;
    await q.query(`ALTER TABLE referral
      ADD COLUMN reason_categories text[] NOT NULL DEFAULT ARRAY['SOCIAL']::text[]
        ${check('reason_categories')},
      ADD COLUMN entered_person jsonb`);
    await q.query(`ALTER TABLE case_participant
      ADD COLUMN reason_categories text[] NOT NULL DEFAULT ARRAY['SOCIAL']::text[]
        ${check('reason_categories')}`);
    await q.query(
      `UPDATE case_participant SET reason_categories = ARRAY['PLAN']::text[]
        WHERE reason IN ($1, $2)`,
      [PROCESREGIE_REASON, PARTNER_REASON],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE case_participant DROP COLUMN reason_categories`);
    await q.query(`ALTER TABLE referral DROP COLUMN reason_categories, DROP COLUMN entered_person`);
  }
}
