import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17 items 1–2 (ADR 0033): supervision conditions (bijzondere voorwaarden) as structured
 * JUSTICE data of a case, recorded by probation; and violation signals a police officer or a
 * partner reports, which probation assesses within a deadline. Region-scoped with composite
 * (x_id, region_id) keys like every other table; both go with their case (retention).
 */
export class Supervision1764000004500 implements MigrationInterface {
  name = 'Supervision1764000004500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE supervision_condition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        case_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('CONTACT_BAN', 'LOCATION_BAN', 'ALCOHOL_BAN',
          'DRUG_BAN', 'REPORTING_DUTY', 'TREATMENT', 'RESIDENCE_IN_INSTITUTION', 'OTHER')),
        subject text CHECK (length(subject) <= 200),
        frequency text CHECK (length(frequency) <= 100),
        alcohol_monitor boolean NOT NULL DEFAULT false,
        notes text CHECK (length(notes) <= 2000),
        legal_source_kind text NOT NULL CHECK (legal_source_kind IN ('SENTENCE', 'PROSECUTOR_DECISION')),
        legal_source_date date NOT NULL,
        parket_number text NOT NULL CHECK (length(parket_number) <= 20),
        starts_on date NOT NULL,
        ends_on date CHECK (ends_on >= starts_on),
        status text NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'ENDED')),
        source_agency_id uuid NOT NULL,
        created_by_user_id uuid,
        updated_by_user_id uuid,
        revision integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (id, region_id),
        FOREIGN KEY (case_id, region_id) REFERENCES case_file (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (source_agency_id, region_id) REFERENCES agency (id, region_id),
        FOREIGN KEY (created_by_user_id, region_id) REFERENCES app_user (id, region_id)
          ON DELETE SET NULL (created_by_user_id),
        FOREIGN KEY (updated_by_user_id, region_id) REFERENCES app_user (id, region_id)
          ON DELETE SET NULL (updated_by_user_id)
      )`);
    await q.query(`CREATE INDEX supervision_condition_case_idx
      ON supervision_condition (case_id, starts_on DESC)`);

    await q.query(`
      CREATE TABLE violation_signal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        case_id uuid NOT NULL,
        condition_id uuid,
        reporter_user_id uuid,
        reporter_agency_id uuid NOT NULL,
        what text NOT NULL CHECK (length(what) BETWEEN 1 AND 2000),
        occurred_at timestamptz NOT NULL,
        location text NOT NULL CHECK (length(location) <= 300),
        seen_by text NOT NULL CHECK (length(seen_by) <= 300),
        reported_at timestamptz NOT NULL DEFAULT now(),
        due_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'REPORTED' CHECK (status IN ('REPORTED', 'ASSESSED')),
        assessment text CHECK (length(assessment) <= 4000),
        follow_up text CHECK (follow_up IN ('CONVERSATION', 'WARNING', 'REPORT_TO_PROSECUTOR',
          'NO_ACTION')),
        assessed_by_user_id uuid,
        assessed_by_agency_id uuid,
        assessed_at timestamptz,
        revision integer NOT NULL DEFAULT 1,
        CHECK ((status = 'ASSESSED') = (follow_up IS NOT NULL AND assessed_at IS NOT NULL
                                        AND assessment IS NOT NULL)),
        UNIQUE (id, region_id),
        FOREIGN KEY (case_id, region_id) REFERENCES case_file (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (condition_id, region_id) REFERENCES supervision_condition (id, region_id)
          ON DELETE SET NULL (condition_id),
        FOREIGN KEY (reporter_agency_id, region_id) REFERENCES agency (id, region_id),
        FOREIGN KEY (assessed_by_agency_id, region_id) REFERENCES agency (id, region_id),
        FOREIGN KEY (reporter_user_id, region_id) REFERENCES app_user (id, region_id)
          ON DELETE SET NULL (reporter_user_id),
        FOREIGN KEY (assessed_by_user_id, region_id) REFERENCES app_user (id, region_id)
          ON DELETE SET NULL (assessed_by_user_id)
      )`);
    await q.query(`CREATE INDEX violation_signal_case_idx ON violation_signal (case_id, reported_at DESC)`);
    await q.query(`CREATE INDEX violation_signal_open_idx ON violation_signal (region_id, due_at)
      WHERE status = 'REPORTED'`);
    await q.query(`CREATE INDEX violation_signal_reporter_idx
      ON violation_signal (reporter_user_id, reported_at DESC)`);

    // Probation may have a new signal e-mailed at once.
    await q.query(`ALTER TABLE notification_mail_preference
      DROP CONSTRAINT notification_mail_preference_kind_check`);
    await q.query(`ALTER TABLE notification_mail_preference
      ADD CONSTRAINT notification_mail_preference_kind_check CHECK (kind IN ('CASE_INVITED',
        'ACTION_ASSIGNED', 'ACTION_OVERDUE', 'MEETING_INVITED', 'REFERRAL_DECIDED',
        'VIOLATION_REPORTED'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification_mail_preference WHERE kind = 'VIOLATION_REPORTED'`);
    await q.query(`ALTER TABLE notification_mail_preference
      DROP CONSTRAINT notification_mail_preference_kind_check`);
    await q.query(`ALTER TABLE notification_mail_preference
      ADD CONSTRAINT notification_mail_preference_kind_check CHECK (kind IN ('CASE_INVITED',
        'ACTION_ASSIGNED', 'ACTION_OVERDUE', 'MEETING_INVITED', 'REFERRAL_DECIDED'))`);
    await q.query(`DROP TABLE violation_signal`);
    await q.query(`DROP TABLE supervision_condition`);
  }
}
