import PgBoss from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './1764000000600-audit';

/** pg-boss's schema; jobs/job-queue.service.ts names the same. */
export const JOB_SCHEMA = 'pgboss';

/**
 * The queues that exist, with their retry and history settings. Created here, by the owner:
 * creating a queue creates a table (a partition of pgboss.job), which the restricted app role may
 * not do. A new queue is a new migration.
 */
const QUEUES: { name: string; options: Record<string, unknown> }[] = [
  // pg-boss's own queue for cron schedules (timekeeper.js).
  { name: '__pgboss__send-it', options: { policy: 'standard' } },
  // One e-mail per job; retried with back-off for about a day when the SMTP server is away.
  {
    name: 'mail.send',
    options: {
      policy: 'standard',
      retryLimit: 12,
      retryDelay: 30,
      retryBackoff: true,
      expireInSeconds: 120,
      retentionMinutes: 7 * 24 * 60,
    },
  },
  // The scheduled jobs: stately = at most one waiting and one running across all replicas.
  {
    name: 'plan.overdue',
    options: { policy: 'stately', retryLimit: 2, retryDelay: 60, expireInSeconds: 900 },
  },
  {
    name: 'retention.run',
    options: { policy: 'stately', retryLimit: 2, retryDelay: 300, expireInSeconds: 3600 },
  },
];

/**
 * The durable job queue (issue 15 item 5, ADR 0015): pg-boss 10's schema, built from the SQL the
 * library gives for its version, here in the migration's own transaction (its BEGIN/COMMIT
 * wrapper removed), so the app starts pg-boss with `migrate: false` and its restricted role needs
 * only to read and write rows. A later pg-boss version brings a migration of its own
 * (`PgBoss.getMigrationPlans`), never an edit here.
 */
export class JobQueue1764000003000 implements MigrationInterface {
  name = 'JobQueue1764000003000';

  async up(q: QueryRunner): Promise<void> {
    const plan = PgBoss.getConstructionPlans(JOB_SCHEMA)
      .replace(/^\s*BEGIN;\s*$/m, '')
      .replace(/^\s*COMMIT;\s*$/m, '');
    await q.query(plan);
    for (const queue of QUEUES) {
      await q.query(`SELECT ${JOB_SCHEMA}.create_queue($1, $2::json)`, [
        queue.name,
        JSON.stringify(queue.options),
      ]);
    }
    // Only the owner creates or drops queues (tables).
    await q.query(`REVOKE ALL ON FUNCTION ${JOB_SCHEMA}.create_queue(text, json) FROM PUBLIC`);
    await q.query(`REVOKE ALL ON FUNCTION ${JOB_SCHEMA}.delete_queue(text) FROM PUBLIC`);
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          EXECUTE 'GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE}';
          EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE}';
          EXECUTE 'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE}';
          EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA ${JOB_SCHEMA}
            GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE}';
          -- The queues' settings are the migrations' to change.
          EXECUTE 'REVOKE INSERT, UPDATE, DELETE ON ${JOB_SCHEMA}.queue FROM ${APP_ROLE}';
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA ${JOB_SCHEMA}
            REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM ${APP_ROLE}';
        END IF;
      END $$`);
    await q.query(`DROP SCHEMA ${JOB_SCHEMA} CASCADE`);
  }
}
