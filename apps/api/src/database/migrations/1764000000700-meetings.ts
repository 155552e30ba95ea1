import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Case meetings (casusoverleg, issue 5): a meeting of a region with agenda items, one case each,
 * with the agencies invited to that item and per-agency attendance. Minutes and decisions are
 * PLAN-category content of the item's case. `meeting_event` is the append-only log of changes per
 * meeting that live subscribers catch up from (ids only, no content).
 */
export class Meetings1764000000700 implements MigrationInterface {
  name = 'Meetings1764000000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE RESTRICT,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        location text CHECK (length(location) BETWEEN 2 AND 200),
        online_url text CHECK (online_url ~ '^https://[^\\s]+$' AND length(online_url) <= 500),
        chair_user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE RESTRICT,
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED','IN_PROGRESS','CLOSED')),
        current_item_id uuid,
        -- Every write bumps it first: the row lock orders a meeting's events by commit.
        revision integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        closed_at timestamptz,
        CHECK (ends_at > starts_at),
        CHECK (location IS NOT NULL OR online_url IS NOT NULL),
        UNIQUE (id, region_id)
      )`);
    await q.query(`CREATE INDEX meeting_region_time_idx ON meeting (region_id, starts_at)`);

    await q.query(`
      CREATE TABLE meeting_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        meeting_id uuid NOT NULL,
        case_id uuid NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED','DISCUSSED')),
        -- Set when the chair first opens the item in meeting mode.
        opened_at timestamptz,
        minutes text CHECK (length(minutes) <= 20000),
        decisions text CHECK (length(decisions) <= 10000),
        minutes_updated_at timestamptz,
        minutes_updated_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        revision integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at),
        UNIQUE (meeting_id, case_id),
        UNIQUE (id, region_id),
        FOREIGN KEY (meeting_id, region_id) REFERENCES meeting (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (case_id, region_id) REFERENCES case_file (id, region_id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX meeting_item_meeting_idx ON meeting_item (meeting_id, starts_at)`);
    await q.query(`CREATE INDEX meeting_item_case_idx ON meeting_item (case_id)`);
    await q.query(`ALTER TABLE meeting ADD FOREIGN KEY (current_item_id)
      REFERENCES meeting_item (id) ON DELETE SET NULL`);

    await q.query(`
      CREATE TABLE meeting_item_invitee (
        item_id uuid NOT NULL,
        region_id uuid NOT NULL,
        agency_id uuid NOT NULL,
        invited_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (item_id, agency_id),
        FOREIGN KEY (item_id, region_id) REFERENCES meeting_item (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (agency_id, region_id) REFERENCES agency (id, region_id)
      )`);
    await q.query(`CREATE INDEX meeting_item_invitee_agency_idx ON meeting_item_invitee (agency_id)`);

    await q.query(`
      CREATE TABLE meeting_item_attendance (
        item_id uuid NOT NULL,
        region_id uuid NOT NULL,
        agency_id uuid NOT NULL,
        present boolean NOT NULL,
        recorded_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (item_id, agency_id),
        FOREIGN KEY (item_id, agency_id) REFERENCES meeting_item_invitee (item_id, agency_id)
          ON DELETE CASCADE,
        FOREIGN KEY (item_id, region_id) REFERENCES meeting_item (id, region_id) ON DELETE CASCADE
      )`);

    // No FK to meeting_item: an event may name an item that was removed since.
    await q.query(`
      CREATE TABLE meeting_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        region_id uuid NOT NULL,
        meeting_id uuid NOT NULL,
        item_id uuid,
        kind text NOT NULL CHECK (kind ~ '^[A-Z_]{3,40}$'),
        at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (meeting_id, region_id) REFERENCES meeting (id, region_id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX meeting_event_meeting_idx ON meeting_event (meeting_id, id)`);
    await q.query(`CREATE TRIGGER meeting_event_append_only BEFORE UPDATE ON meeting_event
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE meeting_event`);
    await q.query(`DROP TABLE meeting_item_attendance`);
    await q.query(`DROP TABLE meeting_item_invitee`);
    await q.query(`ALTER TABLE meeting DROP COLUMN current_item_id`);
    await q.query(`DROP TABLE meeting_item`);
    await q.query(`DROP TABLE meeting`);
  }
}
