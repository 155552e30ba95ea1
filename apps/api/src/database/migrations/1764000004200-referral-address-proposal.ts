import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16 item 9: linking a referral to a known person (BSN match, or the procesregisseur's
 * "same person") kept the known address and dropped the one the referrer entered. The entered
 * address is now kept as a proposed change of the person's address, which the procesregisseur
 * accepts (the person's address is updated, conditionally on the address it was proposed
 * against: stale → EDIT_CONFLICT) or rejects (the address stays). `current_*` holds the person's
 * address when the proposal was made, so a reviewer sees both and the accept can detect a change
 * made meanwhile. One pending proposal per case.
 */
export class ReferralAddressProposal1764000004200 implements MigrationInterface {
  name = 'ReferralAddressProposal1764000004200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE referral_address_proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        case_id uuid NOT NULL,
        person_id uuid NOT NULL,
        street text CHECK (length(street) <= 200),
        house_number text CHECK (length(house_number) <= 20),
        postcode text CHECK (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
        city text CHECK (length(city) <= 200),
        current_street text,
        current_house_number text,
        current_postcode text,
        current_city text,
        status text NOT NULL DEFAULT 'PENDING'
          CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED')),
        proposed_by_agency_id uuid NOT NULL,
        proposed_at timestamptz NOT NULL DEFAULT now(),
        decided_by_user_id uuid,
        decided_at timestamptz,
        CHECK ((status = 'PENDING') = (decided_at IS NULL)),
        UNIQUE (id, region_id),
        FOREIGN KEY (case_id, region_id) REFERENCES case_file (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (person_id, region_id) REFERENCES person (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (proposed_by_agency_id, region_id) REFERENCES agency (id, region_id),
        CONSTRAINT referral_address_proposal_decided_by_user_id_fkey
          FOREIGN KEY (decided_by_user_id, region_id) REFERENCES app_user (id, region_id)
          ON DELETE SET NULL (decided_by_user_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX referral_address_proposal_pending_key
      ON referral_address_proposal (case_id) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX referral_address_proposal_person_idx
      ON referral_address_proposal (person_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE referral_address_proposal`);
  }
}
