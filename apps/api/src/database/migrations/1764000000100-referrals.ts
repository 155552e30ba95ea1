import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Frozen copies of the name normalisation in apps/api/src/persons/person-matching.ts; the
 * integration test referrals.int-spec.ts checks that both give the same keys.
 */
const DIACRITICS_FROM =
  'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŸŠšŽžČčĆćŁłŃńŚśŹźŻżĞğŞşİı';
const DIACRITICS_TO =
  'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyyYSsZzCcCcLlNnSsZzZzGgSsIi';
const PARTICLES =
  'van|der|den|de|het|t|te|ten|ter|in|op|aan|bij|uit|voor|vd|vdr|v|d|s|la|le|l|du|des|von|vom|' +
  'zu|zum|di|da|dos|del|della|el|al';

/**
 * Referral (aanmelding) and triage: one `referral` row per referred case, the partners the referrer
 * proposes, and the SQL side of tolerant person matching (fuzzystrmatch is a trusted extension,
 * so the database owner may create it without superuser rights).
 */
export class Referrals1764000000100 implements MigrationInterface {
  name = 'Referrals1764000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS fuzzystrmatch`);

    // Lower case, no diacritics, "Berg, van der" → "van der berg", only a–z and single spaces.
    await q.query(`
      CREATE FUNCTION person_plain_name(name text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      RETURN btrim(regexp_replace(
        regexp_replace(
          lower(translate(
            replace(replace(replace(replace(replace(replace(replace(name,
              'ß', 'ss'), 'Æ', 'ae'), 'æ', 'ae'), 'Œ', 'oe'), 'œ', 'oe'), 'Ĳ', 'ij'), 'ĳ', 'ij'),
            '${DIACRITICS_FROM}', '${DIACRITICS_TO}')),
          '^([^,]*),(.*)$', '\\2 \\1'),
        '[^a-z]+', ' ', 'g'))`);
    // Dutch spelling variants that sound alike; see foldSpelling().
    await q.query(`
      CREATE FUNCTION person_fold_spelling(letters text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      RETURN regexp_replace(regexp_replace(regexp_replace(
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
          replace(replace(letters,
            'ij', 'y'), 'uy', 'ui'), 'ei', 'y'), 'ey', 'y'), 'ph', 'f'), 'th', 't'), 'ck', 'k'),
            'qu', 'kw'), 'q', 'k'), 'x', 'ks'), 'c', 'k'), 'ou', 'au'), 'ae', 'a'),
        'dt$', 't'), 'd$', 't'), '(.)\\1+', '\\1', 'g')`);
    // The family-name key; see normaliseName(). A name of particles only keeps them.
    await q.query(`
      CREATE FUNCTION person_name_key(name text, keep_particles boolean) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      RETURN person_fold_spelling(CASE
        WHEN keep_particles THEN replace(person_plain_name(name), ' ', '')
        ELSE COALESCE(NULLIF(replace(regexp_replace(' ' || person_plain_name(name) || ' ',
               ' (${PARTICLES})(?= )', '', 'g'), ' ', ''), ''),
             replace(person_plain_name(name), ' ', ''))
      END)`);
    await q.query(`
      CREATE FUNCTION person_given_initial(given_names text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      RETURN left(person_fold_spelling(split_part(person_plain_name(given_names), ' ', 1)), 1)`);
    // Matching always pins the date of birth first.
    await q.query(`CREATE INDEX person_birth_idx ON person (region_id, date_of_birth)`);

    await q.query(`
      CREATE TABLE referral (
        case_id uuid PRIMARY KEY,
        region_id uuid NOT NULL,
        reason text NOT NULL CHECK (length(reason) BETWEEN 10 AND 2000),
        goal text NOT NULL CHECK (length(goal) BETWEEN 10 AND 2000),
        person_informed boolean NOT NULL,
        not_informed_reason text CHECK (length(not_informed_reason) BETWEEN 10 AND 2000),
        -- EXISTING: picked from persons the referrer may see; BSN_MATCH: linked by an existing
        -- BSN with the same name and birth date; NEW: a person row made from the entered data.
        person_source text NOT NULL CHECK (person_source IN ('EXISTING','BSN_MATCH','NEW')),
        -- Persons of the region that may be the same as the NEW one; never shown to the referrer.
        possible_match_person_ids uuid[] NOT NULL DEFAULT '{}',
        -- The possible match whose BSN was entered although name or birth date differ; the new
        -- person row is then made without the BSN (one BSN, one person).
        bsn_match_person_id uuid,
        match_decision text CHECK (match_decision IN ('SAME_PERSON','DIFFERENT_PERSON')),
        match_person_id uuid,
        match_decided_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        match_decided_at timestamptz,
        referred_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        referred_at timestamptz NOT NULL DEFAULT now(),
        criterion_multi_domain boolean,
        criterion_chains_cooperate boolean,
        criterion_impact_surroundings boolean,
        criterion_local_safety boolean,
        decision text CHECK (decision IN ('ACCEPTED','REFERRED_BACK','REJECTED')),
        decision_reason text CHECK (length(decision_reason) BETWEEN 10 AND 2000),
        decided_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        decided_by_agency_id uuid,
        decided_at timestamptz,
        CHECK (person_informed = (not_informed_reason IS NULL)),
        CHECK ((decision IS NULL) = (decided_at IS NULL)),
        CHECK (decision IS NULL OR decision_reason IS NOT NULL),
        CHECK ((match_decision IS NULL) = (match_decided_at IS NULL)),
        CHECK ((match_decision = 'SAME_PERSON') = (match_person_id IS NOT NULL)),
        FOREIGN KEY (case_id, region_id) REFERENCES case_file (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (decided_by_agency_id, region_id) REFERENCES agency (id, region_id)
      )`);
    await q.query(`
      CREATE TABLE referral_proposed_agency (
        case_id uuid NOT NULL,
        region_id uuid NOT NULL,
        agency_id uuid NOT NULL,
        PRIMARY KEY (case_id, agency_id),
        FOREIGN KEY (case_id) REFERENCES referral (case_id) ON DELETE CASCADE,
        FOREIGN KEY (case_id, region_id) REFERENCES case_file (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (agency_id, region_id) REFERENCES agency (id, region_id)
      )`);
    // The triage queue: waiting referrals of a region, oldest first.
    await q.query(`CREATE INDEX case_file_triage_idx ON case_file (region_id, created_at)
      WHERE status IN ('REFERRED','IN_TRIAGE')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX case_file_triage_idx`);
    await q.query(`DROP TABLE referral_proposed_agency`);
    await q.query(`DROP TABLE referral`);
    await q.query(`DROP INDEX person_birth_idx`);
    await q.query(`DROP FUNCTION person_given_initial(text)`);
    await q.query(`DROP FUNCTION person_name_key(text, boolean)`);
    await q.query(`DROP FUNCTION person_fold_spelling(text)`);
    await q.query(`DROP FUNCTION person_plain_name(text)`);
  }
}
