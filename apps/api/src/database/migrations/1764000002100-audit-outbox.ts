import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './1764000000600-audit';

/**
 * The audit outbox (issue 13 item 1, ADR 0011): the event of a committed write is inserted here
 * as the last statement of the write's own transaction, so a change without its event cannot
 * exist. Not chained: inserting does not lock the region's chain head. The writer links the row
 * into the chain just after answering (deleting it in the same statement as the INSERT into
 * audit_event); a sweeper links what a crashed process left behind.
 */
export class AuditOutbox1764000002100 implements MigrationInterface {
  name = 'AuditOutbox1764000002100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE RESTRICT,
        -- The wall clock, not the transaction's start: the sweeper's grace counts from here.
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        -- The event as an audit_event row (audit.service.ts AuditRow), with its content_hash.
        event jsonb NOT NULL CHECK (jsonb_typeof(event) = 'object')
      )`);
    await q.query(`CREATE INDEX audit_outbox_created_idx ON audit_outbox (created_at)`);
    // A row is written once and linked (deleted) once; never changed. UPDATE is granted only
    // because claiming a row (SELECT … FOR UPDATE SKIP LOCKED) requires it.
    await q.query(`CREATE TRIGGER audit_outbox_no_update BEFORE UPDATE ON audit_outbox
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    await q.query(`REVOKE ALL ON audit_outbox FROM PUBLIC`);
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          EXECUTE 'REVOKE ALL ON audit_outbox FROM ${APP_ROLE}';
          EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON audit_outbox TO ${APP_ROLE}';
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_outbox`);
  }
}
