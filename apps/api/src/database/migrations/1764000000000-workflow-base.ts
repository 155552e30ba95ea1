import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The two pieces every workflow feature writes to: in-app notifications (one row per recipient
 * user, so each has its own "read") and the case timeline (append-only events of a case).
 */
export class WorkflowBase1764000000000 implements MigrationInterface {
  name = 'WorkflowBase1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE RESTRICT,
        recipient_user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind ~ '^[A-Z_]{3,40}$'),
        case_id uuid,
        -- Only references and short labels (case reference, agency name), never case content.
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        FOREIGN KEY (case_id, region_id) REFERENCES case_file (id, region_id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX notification_recipient_idx
      ON notification (recipient_user_id, created_at DESC)`);
    await q.query(`CREATE INDEX notification_unread_idx
      ON notification (recipient_user_id) WHERE read_at IS NULL`);

    await q.query(`
      CREATE TABLE case_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        region_id uuid NOT NULL,
        case_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind ~ '^[A-Z_]{3,40}$'),
        at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        actor_agency_id uuid REFERENCES agency(id) ON DELETE SET NULL,
        -- Labels for the timeline (agency name, plan version, decision); no free case content.
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        FOREIGN KEY (case_id, region_id) REFERENCES case_file (id, region_id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX case_event_case_idx ON case_event (case_id, at, id)`);
    await q.query(`CREATE TRIGGER case_event_append_only BEFORE UPDATE ON case_event
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_event`);
    await q.query(`DROP TABLE notification`);
  }
}
