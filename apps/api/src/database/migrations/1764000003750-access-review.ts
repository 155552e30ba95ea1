import type { MigrationInterface, QueryRunner } from 'typeorm';
import { JOB_SCHEMA } from './1764000003000-job-queue';

/**
 * Issue 15 item 2, the periodic access review's reminder. `agency.access_review_reminded_at`: when
 * the agency's admins were last e-mailed that accounts wait for review (at most once a week per
 * agency, whichever replica runs the daily job). `app_user.mail_language`: the language of the
 * e-mails Schakel sends the person on its own (NULL: Dutch). The daily job's queue is stately: at
 * most one waiting and one running across all replicas.
 */
export class AccessReview1764000003750 implements MigrationInterface {
  name = 'AccessReview1764000003750';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE agency ADD COLUMN access_review_reminded_at timestamptz`);
    await q.query(`ALTER TABLE app_user ADD COLUMN mail_language text
      CHECK (mail_language IN ('nl', 'en'))`);
    await q.query(`SELECT ${JOB_SCHEMA}.create_queue($1, $2::json)`, [
      'access.review',
      JSON.stringify({ policy: 'stately', retryLimit: 3, retryDelay: 300, expireInSeconds: 900 }),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`SELECT ${JOB_SCHEMA}.delete_queue('access.review')`);
    await q.query(`ALTER TABLE app_user DROP COLUMN mail_language`);
    await q.query(`ALTER TABLE agency DROP COLUMN access_review_reminded_at`);
  }
}
