import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data-subject requests through the WGS contactpunt (issue 6): one request of a person (access,
 * rectification, erasure, objection) with its AVG deadline, and one part per partner agency
 * that holds data on the person.
 *
 * The requester's identity is kept on the request as entered: a person the region does not know
 * can still ask (the answer is "no data"), and the request stays on record when the person's
 * data is deleted under the retention rules (person_id becomes NULL).
 */
export class DataSubjectRequests1764000000900 implements MigrationInterface {
  name = 'DataSubjectRequests1764000000900';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE data_subject_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE RESTRICT,
        person_id uuid,
        given_names text NOT NULL CHECK (length(given_names) BETWEEN 1 AND 200),
        family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 200),
        date_of_birth date NOT NULL,
        bsn text CHECK (bsn ~ '^[0-9]{9}$'),
        type text NOT NULL CHECK (type IN ('ACCESS','RECTIFICATION','ERASURE','OBJECTION')),
        received_on date NOT NULL,
        identity_verification text NOT NULL
          CHECK (length(identity_verification) BETWEEN 3 AND 500),
        -- AVG art. 12(3): one month after receipt, extendable once by two further months.
        deadline date NOT NULL CHECK (deadline > received_on),
        extended_deadline date CHECK (extended_deadline > deadline),
        extension_reason text CHECK (length(extension_reason) BETWEEN 10 AND 2000),
        extended_at timestamptz,
        include_employee_names boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'RECEIVED'
          CHECK (status IN ('RECEIVED','IN_PROGRESS','COMPLETED','REJECTED')),
        outcome text CHECK (length(outcome) BETWEEN 3 AND 4000),
        closed_at timestamptz,
        -- Optimistic locking: every change is UPDATE … WHERE revision = the one seen.
        revision integer NOT NULL DEFAULT 1,
        registered_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((extended_deadline IS NULL) = (extension_reason IS NULL)),
        CHECK ((status IN ('COMPLETED','REJECTED')) = (closed_at IS NOT NULL AND outcome IS NOT NULL)),
        UNIQUE (id, region_id),
        FOREIGN KEY (person_id, region_id) REFERENCES person (id, region_id)
          ON DELETE SET NULL (person_id)
      )`);
    await q.query(`CREATE INDEX data_subject_request_list_idx
      ON data_subject_request (region_id, received_on DESC, id)`);
    await q.query(`CREATE INDEX data_subject_request_person_idx
      ON data_subject_request (person_id) WHERE person_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE data_subject_request_part (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        request_id uuid NOT NULL,
        agency_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','DELIVERED','NO_DATA')),
        note text CHECK (length(note) BETWEEN 1 AND 2000),
        revision integer NOT NULL DEFAULT 1,
        updated_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        updated_at timestamptz,
        UNIQUE (request_id, agency_id),
        FOREIGN KEY (request_id, region_id) REFERENCES data_subject_request (id, region_id)
          ON DELETE CASCADE,
        FOREIGN KEY (agency_id, region_id) REFERENCES agency (id, region_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE data_subject_request_part`);
    await q.query(`DROP TABLE data_subject_request`);
  }
}
