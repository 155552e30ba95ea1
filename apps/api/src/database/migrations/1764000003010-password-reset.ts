import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Password reset by e-mail (issue 15 item 5). A reset link carries a random token; only its
 * SHA-256 is stored, so the table gives nobody a working link. A token works once, until
 * `expires_at`; a newer request or a completed reset ends the earlier ones. `password_reset_attempt`
 * counts requests per account (a keyed hash of the e-mail address, whether or not an account
 * has it) and per source address, and failed completions per source, for the throttle.
 */
export class PasswordReset1764000003010 implements MigrationInterface {
  name = 'PasswordReset1764000003010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE password_reset (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE CHECK (length(token_hash) = 64),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CHECK (expires_at > created_at)
      )`);
    await q.query(`CREATE INDEX password_reset_user_idx ON password_reset (user_id)`);
    await q.query(`
      CREATE TABLE password_reset_attempt (
        kind text NOT NULL CHECK (kind IN ('request', 'failed-completion')),
        account_key text CHECK (length(account_key) <= 128),
        source text NOT NULL CHECK (length(source) <= 100),
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX password_reset_attempt_account_idx ON password_reset_attempt (account_key, at)`,
    );
    await q.query(
      `CREATE INDEX password_reset_attempt_source_idx ON password_reset_attempt (source, kind, at)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE password_reset_attempt`);
    await q.query(`DROP TABLE password_reset`);
  }
}
