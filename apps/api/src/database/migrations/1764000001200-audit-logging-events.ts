import type { MigrationInterface, QueryRunner } from 'typeorm';

const ACTIONS_BEFORE = `'READ','SEARCH','EXPORT','CREATE','UPDATE','DELETE','DENIED','BREAK_GLASS',
  'LOOKUP','VIEW_AS'`;

/**
 * The logging of the logging (ADR 0009): action `LOGGING` for the events an API process writes
 * when its audit writer starts and stops (`audit.started`, `audit.stopped`). A start without a
 * stop of the same process shows where the events of its last few milliseconds may be missing.
 */
export class AuditLoggingEvents1764000001200 implements MigrationInterface {
  name = 'AuditLoggingEvents1764000001200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check`);
    await q.query(`ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check
      CHECK (action IN (${ACTIONS_BEFORE}, 'LOGGING'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Events cannot be deleted: a trail that already holds LOGGING events keeps them unchecked.
    await q.query(`ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check`);
    await q.query(`ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check
      CHECK (action IN (${ACTIONS_BEFORE})) NOT VALID`);
  }
}
