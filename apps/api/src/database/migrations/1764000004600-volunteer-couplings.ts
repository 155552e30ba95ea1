import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17 item 3 (ADR 0034): volunteer couplings. `volunteer_coupling` is a match request that
 * probation sends to a volunteer organisation of the region under the person's consent, carrying
 * only what a match needs (first name, age band, wijk, help asked, availability, a safety note,
 * an offence summary only under a JUSTICE consent), and what the organisation's coordinator does
 * with it (accept or decline, couple a volunteer, end). `volunteer_coupling_progress`: the
 * coordinator's dated notes. Both go with their case. The region keeps the covenant's yearly goal.
 */
export class VolunteerCouplings1764000004600 implements MigrationInterface {
  name = 'VolunteerCouplings1764000004600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE region
      ADD COLUMN volunteer_goal_min integer NOT NULL DEFAULT 65 CHECK (volunteer_goal_min >= 0),
      ADD COLUMN volunteer_goal_max integer NOT NULL DEFAULT 100,
      ADD CONSTRAINT region_volunteer_goal_check CHECK (volunteer_goal_max >= volunteer_goal_min)`);
    await q.query(`
      CREATE TABLE volunteer_coupling (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        case_id uuid NOT NULL,
        volunteer_agency_id uuid NOT NULL,
        requested_by_agency_id uuid NOT NULL,
        requested_by_user_id uuid,
        requested_at timestamptz NOT NULL DEFAULT now(),
        first_name text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 200),
        age_band text NOT NULL CHECK (age_band IN ('UNDER_18', 'AGE_18_23', 'AGE_24_29',
          'AGE_30_39', 'AGE_40_49', 'AGE_50_64', 'AGE_65_PLUS')),
        wijk text CHECK (length(wijk) <= 200),
        help_asked text[] NOT NULL CHECK (cardinality(help_asked) BETWEEN 1 AND 6
          AND help_asked <@ ARRAY['ADMINISTRATIE', 'SOCIAAL_NETWERK', 'DAGBESTEDING', 'WONEN',
                                  'WERK', 'OTHER']),
        help_other text CHECK (length(help_other) <= 300),
        availability text NOT NULL CHECK (length(availability) BETWEEN 2 AND 300),
        safety_note text CHECK (length(safety_note) <= 1000),
        offence_summary text CHECK (length(offence_summary) <= 500),
        status text NOT NULL DEFAULT 'REQUESTED' CHECK (status IN ('REQUESTED', 'ACCEPTED',
          'DECLINED', 'COUPLED', 'ENDED')),
        decided_at timestamptz,
        decline_reason text CHECK (length(decline_reason) <= 1000),
        volunteer_name text CHECK (length(volunteer_name) BETWEEN 1 AND 100),
        volunteer_phone text CHECK (length(volunteer_phone) <= 30),
        coupled_at timestamptz,
        ended_at timestamptz,
        end_reason text CHECK (end_reason IN ('GOAL_REACHED', 'CLIENT_STOPPED',
          'VOLUNTEER_STOPPED', 'NO_CONTACT', 'CONSENT_WITHDRAWN', 'OTHER')),
        end_text text CHECK (length(end_text) <= 1000),
        coordinator_user_id uuid,
        revision integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'COUPLED') <= (volunteer_name IS NOT NULL AND coupled_at IS NOT NULL)),
        CHECK ((status = 'ENDED') = (ended_at IS NOT NULL AND end_reason IS NOT NULL)),
        CHECK ((status = 'DECLINED') <= (decline_reason IS NOT NULL)),
        UNIQUE (id, region_id),
        FOREIGN KEY (case_id, region_id) REFERENCES case_file (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (volunteer_agency_id, region_id) REFERENCES agency (id, region_id),
        FOREIGN KEY (requested_by_agency_id, region_id) REFERENCES agency (id, region_id),
        FOREIGN KEY (requested_by_user_id, region_id) REFERENCES app_user (id, region_id)
          ON DELETE SET NULL (requested_by_user_id),
        FOREIGN KEY (coordinator_user_id, region_id) REFERENCES app_user (id, region_id)
          ON DELETE SET NULL (coordinator_user_id)
      )`);
    await q.query(`CREATE INDEX volunteer_coupling_agency_idx
      ON volunteer_coupling (volunteer_agency_id, requested_at DESC)`);
    await q.query(`CREATE INDEX volunteer_coupling_case_idx ON volunteer_coupling (case_id)`);
    await q.query(`
      CREATE TABLE volunteer_coupling_progress (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        coupling_id uuid NOT NULL,
        noted_on date NOT NULL,
        note text NOT NULL CHECK (length(note) BETWEEN 2 AND 1000),
        recorded_by_user_id uuid,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (id, region_id),
        FOREIGN KEY (coupling_id, region_id) REFERENCES volunteer_coupling (id, region_id)
          ON DELETE CASCADE,
        FOREIGN KEY (recorded_by_user_id, region_id) REFERENCES app_user (id, region_id)
          ON DELETE SET NULL (recorded_by_user_id)
      )`);
    await q.query(`CREATE INDEX volunteer_coupling_progress_idx
      ON volunteer_coupling_progress (coupling_id, noted_on DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE volunteer_coupling_progress`);
    await q.query(`DROP TABLE volunteer_coupling`);
    await q.query(`ALTER TABLE region DROP CONSTRAINT region_volunteer_goal_check,
      DROP COLUMN volunteer_goal_max, DROP COLUMN volunteer_goal_min`);
  }
}
