import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_COVENANT_AT_1763900000000 } from './1763900000000-default-covenant';

const AGENCY_TYPES = `('MUNICIPALITY','POLICE','PROBATION','PUBLIC_PROSECUTOR','CARE','YOUTH',
  'HOUSING','PRISON','VOLUNTEER','ZVH')`;
const CATEGORIES = `('IDENTITY','BSN','POLICE','JUSTICE','PROBATION','CARE','CARE_SIGNAL','SOCIAL',
  'SAFETY','PLAN')`;

/**
 * The case data and the covenant as data. Every table with content carries region_id, and the
 * foreign keys include it (agency, person and case are unique on (id, region_id)), so the database
 * itself refuses a row that links records of two regions.
 */
export class SharingModel1763900000000 implements MigrationInterface {
  name = 'SharingModel1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE agency ADD CONSTRAINT agency_id_region_key UNIQUE (id, region_id)`);

    // History must stay as it was: a covenant change is a new version, never an edit.
    await q.query(`
      CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
      END $$`);

    await q.query(`
      CREATE TABLE covenant_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE RESTRICT,
        version integer NOT NULL CHECK (version > 0),
        note text NOT NULL CHECK (length(note) BETWEEN 1 AND 1000),
        created_by_user_id uuid REFERENCES app_user(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (region_id, version),
        UNIQUE (id, region_id)
      )`);
    await q.query(`
      CREATE TABLE covenant_entry (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        version_id uuid NOT NULL,
        region_id uuid NOT NULL,
        agency_type text CHECK (agency_type IN ${AGENCY_TYPES}),
        agency_id uuid,
        category text NOT NULL CHECK (category IN ${CATEGORIES}),
        read boolean NOT NULL,
        write boolean NOT NULL,
        read_summary boolean NOT NULL DEFAULT false,
        CHECK ((agency_type IS NULL) <> (agency_id IS NULL)),
        CHECK (read OR NOT write),
        FOREIGN KEY (version_id, region_id) REFERENCES covenant_version (id, region_id),
        FOREIGN KEY (agency_id, region_id) REFERENCES agency (id, region_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX covenant_entry_type_key
      ON covenant_entry (version_id, agency_type, category) WHERE agency_type IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX covenant_entry_agency_key
      ON covenant_entry (version_id, agency_id, category) WHERE agency_id IS NOT NULL`);
    for (const table of ['covenant_version', 'covenant_entry']) {
      await q.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    }

    await q.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE RESTRICT,
        given_names text NOT NULL CHECK (length(given_names) BETWEEN 1 AND 200),
        family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 200),
        date_of_birth date NOT NULL,
        -- Nine digits passing the 11-proof (the API checks it first, with a clearer message).
        bsn text CHECK (bsn IS NULL OR CASE WHEN bsn ~ '^[0-9]{9}$' AND bsn <> '000000000' THEN
          (9 * substr(bsn, 1, 1)::int + 8 * substr(bsn, 2, 1)::int + 7 * substr(bsn, 3, 1)::int
           + 6 * substr(bsn, 4, 1)::int + 5 * substr(bsn, 5, 1)::int + 4 * substr(bsn, 6, 1)::int
           + 3 * substr(bsn, 7, 1)::int + 2 * substr(bsn, 8, 1)::int - substr(bsn, 9, 1)::int)
          % 11 = 0 ELSE false END),
        street text CHECK (length(street) <= 200),
        house_number text CHECK (length(house_number) <= 20),
        postcode text CHECK (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
        city text CHECK (length(city) <= 200),
        wijk text CHECK (length(wijk) <= 200),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (id, region_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX person_region_bsn_key ON person (region_id, bsn)
      WHERE bsn IS NOT NULL`);
    await q.query(`CREATE INDEX person_name_idx
      ON person (region_id, lower(family_name), date_of_birth)`);

    await q.query(`
      CREATE TABLE case_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE RESTRICT,
        reference text NOT NULL CHECK (reference ~ '^[A-Z0-9-]{3,40}$'),
        subject_person_id uuid NOT NULL,
        theme text NOT NULL CHECK (theme IN ('FREQUENT_OFFENDER','CONFUSED_BEHAVIOUR',
          'DOMESTIC_VIOLENCE','EX_DETAINEE','YOUTH_CRIME','RADICALISATION','UNDERMINING','OTHER')),
        status text NOT NULL DEFAULT 'REFERRED' CHECK (status IN ('REFERRED','IN_TRIAGE',
          'ACCEPTED','REFERRED_BACK','REJECTED','ACTIVE','CLOSED')),
        referring_agency_id uuid NOT NULL,
        casusregisseur_agency_id uuid,
        casusregisseur_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (region_id, reference),
        UNIQUE (id, region_id),
        FOREIGN KEY (subject_person_id, region_id) REFERENCES person (id, region_id),
        FOREIGN KEY (referring_agency_id, region_id) REFERENCES agency (id, region_id),
        FOREIGN KEY (casusregisseur_agency_id, region_id) REFERENCES agency (id, region_id)
      )`);
    // Keyset pagination of the case list: newest change first.
    await q.query(`CREATE INDEX case_file_page_idx ON case_file (region_id, updated_at DESC, id DESC)`);
    await q.query(`CREATE INDEX case_file_subject_idx ON case_file (subject_person_id)`);

    await q.query(`
      CREATE TABLE case_participant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        case_id uuid NOT NULL,
        agency_id uuid NOT NULL,
        role text NOT NULL CHECK (role IN ('REFERRER','CASUSREGISSEUR','PROCESREGIE','PARTNER')),
        reason text NOT NULL CHECK (length(reason) BETWEEN 10 AND 2000),
        legal_basis text NOT NULL CHECK (length(legal_basis) BETWEEN 3 AND 500),
        started_at timestamptz NOT NULL DEFAULT now(),
        -- NULL: open-ended; in the future: participation planned until then.
        ended_at timestamptz,
        end_reason text CHECK (length(end_reason) BETWEEN 10 AND 2000),
        added_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        ended_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        CHECK (ended_at IS NULL OR ended_at >= started_at),
        FOREIGN KEY (case_id, region_id) REFERENCES case_file (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (agency_id, region_id) REFERENCES agency (id, region_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX case_participant_open_key ON case_participant (case_id, agency_id)
      WHERE ended_at IS NULL`);
    // The need-to-know test (EXISTS … agency_id = ? AND not ended) runs for every listed row.
    await q.query(`CREATE INDEX case_participant_case_agency_idx
      ON case_participant (case_id, agency_id, ended_at)`);
    await q.query(`CREATE INDEX case_participant_agency_idx ON case_participant (agency_id, case_id)`);

    await q.query(`
      CREATE TABLE information_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        case_id uuid NOT NULL,
        person_id uuid NOT NULL,
        category text NOT NULL CHECK (category IN ${CATEGORIES}),
        source_agency_id uuid NOT NULL,
        legal_basis text NOT NULL CHECK (length(legal_basis) BETWEEN 3 AND 500),
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
        shareable_summary text CHECK (length(shareable_summary) BETWEEN 1 AND 2000),
        has_shareable_summary boolean GENERATED ALWAYS AS (shareable_summary IS NOT NULL) STORED,
        created_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (case_id, region_id) REFERENCES case_file (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (person_id, region_id) REFERENCES person (id, region_id),
        FOREIGN KEY (source_agency_id, region_id) REFERENCES agency (id, region_id)
      )`);
    await q.query(`CREATE INDEX information_item_case_category_idx
      ON information_item (case_id, category, created_at DESC)`);
    await q.query(`CREATE INDEX information_item_person_idx ON information_item (person_id)`);

    await q.query(`
      CREATE TABLE consent (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        person_id uuid NOT NULL,
        category text NOT NULL CHECK (category IN ${CATEGORIES}),
        recipient_agency_id uuid NOT NULL,
        -- Scope: NULL for every case of the person the recipient takes part in.
        case_id uuid,
        recorded_in_case_id uuid NOT NULL,
        recorded_by_agency_id uuid NOT NULL,
        recorded_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        given_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_at timestamptz,
        withdrawn_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        CHECK (withdrawn_at IS NULL OR withdrawn_at >= given_at),
        FOREIGN KEY (person_id, region_id) REFERENCES person (id, region_id),
        FOREIGN KEY (recipient_agency_id, region_id) REFERENCES agency (id, region_id),
        FOREIGN KEY (recorded_by_agency_id, region_id) REFERENCES agency (id, region_id),
        FOREIGN KEY (case_id, region_id) REFERENCES case_file (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (recorded_in_case_id, region_id) REFERENCES case_file (id, region_id)
          ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX consent_active_recipient_idx ON consent (recipient_agency_id)
      WHERE withdrawn_at IS NULL`);
    await q.query(`CREATE INDEX consent_case_idx ON consent (recorded_in_case_id)`);

    await q.query(`
      CREATE TABLE conflict_of_duties_decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        case_id uuid NOT NULL,
        category text NOT NULL CHECK (category IN ${CATEGORIES}),
        recipient_agency_id uuid NOT NULL,
        reasoning text NOT NULL CHECK (length(reasoning) BETWEEN 20 AND 5000),
        decided_by_agency_id uuid NOT NULL,
        decided_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        decided_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_at timestamptz,
        withdrawn_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        CHECK (withdrawn_at IS NULL OR withdrawn_at >= decided_at),
        FOREIGN KEY (case_id, region_id) REFERENCES case_file (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (recipient_agency_id, region_id) REFERENCES agency (id, region_id),
        FOREIGN KEY (decided_by_agency_id, region_id) REFERENCES agency (id, region_id)
      )`);
    await q.query(`CREATE INDEX conflict_of_duties_active_recipient_idx
      ON conflict_of_duties_decision (recipient_agency_id) WHERE withdrawn_at IS NULL`);
    await q.query(`CREATE INDEX conflict_of_duties_case_idx ON conflict_of_duties_decision (case_id)`);

    await q.query(`
      CREATE TABLE break_glass (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        case_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE RESTRICT,
        agency_id uuid NOT NULL,
        reason text NOT NULL CHECK (length(btrim(reason)) >= 20 AND length(reason) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        CHECK (expires_at > created_at),
        FOREIGN KEY (case_id, region_id) REFERENCES case_file (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (agency_id, region_id) REFERENCES agency (id, region_id)
      )`);
    await q.query(`CREATE INDEX break_glass_user_idx ON break_glass (user_id, expires_at)`);

    // Regions that already exist start from the default covenant (domain brief §4).
    const regions = (await q.query(`SELECT id FROM region`)) as { id: string }[];
    // Self-contained on purpose: a migration must not change when application code does.
    const entries = JSON.stringify(
      DEFAULT_COVENANT_AT_1763900000000.map(([agencyType, category, read, write, readSummary]) => ({
        agency_type: agencyType,
        category,
        read,
        write,
        read_summary: readSummary,
      })),
    );
    for (const region of regions) {
      const [version] = (await q.query(
        `INSERT INTO covenant_version (region_id, version, note)
         VALUES ($1, 1, 'Default covenant (domain brief §4)') RETURNING id`,
        [region.id],
      )) as { id: string }[];
      await q.query(
        `INSERT INTO covenant_entry
           (version_id, region_id, agency_type, category, read, write, read_summary)
         SELECT $1, $2, x.agency_type, x.category, x.read, x.write, x.read_summary
           FROM jsonb_to_recordset($3::jsonb)
             AS x(agency_type text, category text, read boolean, write boolean, read_summary boolean)`,
        [version!.id, region.id, entries],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'break_glass',
      'conflict_of_duties_decision',
      'consent',
      'information_item',
      'case_participant',
      'case_file',
      'person',
      'covenant_entry',
      'covenant_version',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP FUNCTION refuse_change()`);
    await q.query(`ALTER TABLE agency DROP CONSTRAINT agency_id_region_key`);
  }
}
