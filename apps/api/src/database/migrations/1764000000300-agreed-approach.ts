import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The agreed approach (afsprakenkaart) of a case: one current card with a revision number for
 * optimistic locking, its contact persons, an append-only history of every saved revision, and
 * the log of police lookups (domain brief §2 step 6, §4 PLAN row).
 */
export class AgreedApproach1764000000300 implements MigrationInterface {
  name = 'AgreedApproach1764000000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agreed_approach (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        case_id uuid NOT NULL,
        instructions text NOT NULL CHECK (length(btrim(instructions)) BETWEEN 1 AND 4000),
        valid_until date NOT NULL,
        revision integer NOT NULL DEFAULT 1 CHECK (revision > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        updated_by_agency_id uuid,
        UNIQUE (case_id),
        UNIQUE (id, region_id),
        FOREIGN KEY (case_id, region_id) REFERENCES case_file (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (updated_by_agency_id, region_id) REFERENCES agency (id, region_id)
      )`);

    await q.query(`
      CREATE TABLE agreed_approach_contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        agreed_approach_id uuid NOT NULL,
        position integer NOT NULL CHECK (position >= 0),
        agency_id uuid NOT NULL,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 200),
        role text CHECK (length(role) <= 200),
        -- Stored as entered; the API accepts only Dutch numbers and derives the tel: link.
        phone text NOT NULL CHECK (phone ~ '^\\+?[0-9 ()-]{3,25}$'),
        available text CHECK (length(available) <= 200),
        UNIQUE (agreed_approach_id, position),
        FOREIGN KEY (agreed_approach_id, region_id) REFERENCES agreed_approach (id, region_id)
          ON DELETE CASCADE,
        FOREIGN KEY (agency_id, region_id) REFERENCES agency (id, region_id)
      )`);

    // Every saved revision, the current one included; never changed afterwards.
    await q.query(`
      CREATE TABLE agreed_approach_revision (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        region_id uuid NOT NULL,
        agreed_approach_id uuid NOT NULL,
        revision integer NOT NULL CHECK (revision > 0),
        instructions text NOT NULL,
        valid_until date NOT NULL,
        contacts jsonb NOT NULL,
        saved_at timestamptz NOT NULL DEFAULT now(),
        saved_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        saved_by_agency_id uuid,
        UNIQUE (agreed_approach_id, revision),
        FOREIGN KEY (agreed_approach_id, region_id) REFERENCES agreed_approach (id, region_id)
          ON DELETE CASCADE,
        FOREIGN KEY (saved_by_agency_id, region_id) REFERENCES agency (id, region_id)
      )`);
    await q.query(`CREATE TRIGGER agreed_approach_revision_append_only
      BEFORE UPDATE ON agreed_approach_revision FOR EACH ROW EXECUTE FUNCTION refuse_change()`);

    // One row per card shown (case_id set), or one row without a case when nothing was found.
    // The search terms are not stored: a lookup that found nobody must not keep a BSN or name.
    await q.query(`
      CREATE TABLE agreed_approach_lookup (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        lookup_id uuid NOT NULL,
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE RESTRICT,
        case_id uuid,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE RESTRICT,
        agency_id uuid NOT NULL,
        purpose_kind text NOT NULL CHECK (purpose_kind IN
          ('STREET_CHECK','INCIDENT_REPORT','ARREST_CONSIDERED','SAFETY_CHECK','OTHER')),
        purpose text NOT NULL CHECK (length(btrim(purpose)) BETWEEN 5 AND 500),
        search_kind text NOT NULL CHECK (search_kind IN ('BSN','NAME_DOB')),
        found boolean NOT NULL,
        validity text CHECK (validity IN ('VALID','EXPIRED')),
        at timestamptz NOT NULL DEFAULT now(),
        CHECK (found = (case_id IS NOT NULL)),
        CHECK ((validity IS NULL) = (case_id IS NULL)),
        FOREIGN KEY (case_id, region_id) REFERENCES case_file (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (agency_id, region_id) REFERENCES agency (id, region_id)
      )`);
    await q.query(`CREATE INDEX agreed_approach_lookup_case_idx
      ON agreed_approach_lookup (case_id, at DESC) WHERE case_id IS NOT NULL`);
    await q.query(`CREATE TRIGGER agreed_approach_lookup_append_only
      BEFORE UPDATE ON agreed_approach_lookup FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE agreed_approach_lookup`);
    await q.query(`DROP TABLE agreed_approach_revision`);
    await q.query(`DROP TABLE agreed_approach_contact`);
    await q.query(`DROP TABLE agreed_approach`);
  }
}
