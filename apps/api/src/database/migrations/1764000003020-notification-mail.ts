import type { MigrationInterface, QueryRunner } from 'typeorm';
import { JOB_SCHEMA } from './1764000003000-job-queue';

/**
 * E-mail about notifications (issue 15 item 6): per user and kind none, immediately or a daily
 * digest (no row: none — mail is opt-in). `notification.mail_state` records what the mail
 * dispatcher did with a notification (NULL: not yet looked at); notifications that existed before
 * are never mailed. Two scheduled queues: the dispatcher (every minute) and the digest (daily).
 */
export class NotificationMail1764000003020 implements MigrationInterface {
  name = 'NotificationMail1764000003020';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_mail_preference (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('CASE_INVITED', 'ACTION_ASSIGNED', 'ACTION_OVERDUE',
          'MEETING_INVITED', 'REFERRAL_DECIDED')),
        mode text NOT NULL CHECK (mode IN ('NONE', 'IMMEDIATELY', 'DAILY')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, kind)
      )`);
    await q.query(`ALTER TABLE notification ADD COLUMN mail_state text
      CHECK (mail_state IN ('SENT', 'DIGESTED', 'SKIPPED'))`);
    await q.query(`UPDATE notification SET mail_state = 'SKIPPED'`);
    await q.query(`CREATE INDEX notification_mail_pending_idx ON notification (recipient_user_id)
      WHERE mail_state IS NULL`);
    for (const [name, options] of [
      ['notification.mail', { policy: 'stately', retryLimit: 3, retryDelay: 30, expireInSeconds: 300 }],
      ['notification.digest', { policy: 'stately', retryLimit: 3, retryDelay: 300, expireInSeconds: 1800 }],
    ] as const) {
      await q.query(`SELECT ${JOB_SCHEMA}.create_queue($1, $2::json)`, [
        name,
        JSON.stringify(options),
      ]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`SELECT ${JOB_SCHEMA}.delete_queue('notification.digest')`);
    await q.query(`SELECT ${JOB_SCHEMA}.delete_queue('notification.mail')`);
    await q.query(`DROP INDEX notification_mail_pending_idx`);
    await q.query(`ALTER TABLE notification DROP COLUMN mail_state`);
    await q.query(`DROP TABLE notification_mail_preference`);
  }
}
