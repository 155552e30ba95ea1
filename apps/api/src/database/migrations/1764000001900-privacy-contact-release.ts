import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each partner answers for its own data in a data-subject request (issue 11 item 6): the new role
 * PRIVACY_CONTACT, and per part of a request the partner's review (OPEN → IN_REVIEW → RELEASED,
 * with who and when). The contactpunt's export shows a partner's content only once RELEASED.
 *
 * The contactpunt (PRIVACY_OFFICER) compiles the answer and so may not also release a partner's
 * part: one user holds at most one of the two roles.
 */
export class PrivacyContactRelease1764000001900 implements MigrationInterface {
  name = 'PrivacyContactRelease1764000001900';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_roles_check`);
    await q.query(`ALTER TABLE app_user ADD CONSTRAINT app_user_roles_check
      CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['MEMBER','PROCESREGISSEUR','AGENCY_ADMIN',
        'FUNCTIONAL_ADMIN','PRIVACY_OFFICER','PRIVACY_CONTACT']::text[]
        AND NOT roles @> ARRAY['PRIVACY_OFFICER','PRIVACY_CONTACT']::text[])`);

    await q.query(`
      ALTER TABLE data_subject_request_part
        ADD COLUMN review_status text NOT NULL DEFAULT 'OPEN'
          CHECK (review_status IN ('OPEN','IN_REVIEW','RELEASED')),
        ADD COLUMN review_started_at timestamptz,
        ADD COLUMN review_started_by_user_id uuid,
        ADD COLUMN released_at timestamptz,
        ADD COLUMN released_by_user_id uuid,
        ADD COLUMN release_note text CHECK (length(release_note) BETWEEN 1 AND 2000),
        ADD CONSTRAINT data_subject_request_part_released_check
          CHECK ((review_status = 'RELEASED') = (released_at IS NOT NULL)),
        ADD CONSTRAINT data_subject_request_part_review_started_by_user_id_fkey
          FOREIGN KEY (review_started_by_user_id, region_id) REFERENCES app_user (id, region_id)
          ON DELETE SET NULL (review_started_by_user_id),
        ADD CONSTRAINT data_subject_request_part_released_by_user_id_fkey
          FOREIGN KEY (released_by_user_id, region_id) REFERENCES app_user (id, region_id)
          ON DELETE SET NULL (released_by_user_id)`);
    // The privacy contact's list: the parts of its own agency.
    await q.query(`CREATE INDEX data_subject_request_part_agency_idx
      ON data_subject_request_part (agency_id, review_status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX data_subject_request_part_agency_idx`);
    await q.query(`
      ALTER TABLE data_subject_request_part
        DROP COLUMN release_note, DROP COLUMN released_by_user_id, DROP COLUMN released_at,
        DROP COLUMN review_started_by_user_id, DROP COLUMN review_started_at,
        DROP COLUMN review_status`);
    // Users of the role keep their history; those left without a role can no longer sign in.
    await q.query(`UPDATE app_user
        SET active = active AND cardinality(array_remove(roles, 'PRIVACY_CONTACT')) > 0,
            roles = COALESCE(NULLIF(array_remove(roles, 'PRIVACY_CONTACT'), '{}'), ARRAY['MEMBER'])
      WHERE 'PRIVACY_CONTACT' = ANY(roles)`);
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_roles_check`);
    await q.query(`ALTER TABLE app_user ADD CONSTRAINT app_user_roles_check
      CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['MEMBER','PROCESREGISSEUR','AGENCY_ADMIN',
        'FUNCTIONAL_ADMIN','PRIVACY_OFFICER']::text[])`);
  }
}
