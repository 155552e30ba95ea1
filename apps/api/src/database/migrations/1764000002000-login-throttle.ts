import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login throttling that holds under concurrency (issue 11 item 9): one row per account, per
 * (account, source address) and per source address, locked while an attempt is reserved, so
 * parallel attempts cannot all pass a count taken before any of them was recorded. The account is
 * a keyed hash of the e-mail address, as in login_attempt.
 */
export class LoginThrottle1764000002000 implements MigrationInterface {
  name = 'LoginThrottle1764000002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_throttle (
        scope text NOT NULL CHECK (scope IN ('account', 'pair', 'source')),
        key text NOT NULL CHECK (length(key) <= 400),
        -- Attempts reserved (evaluated or being evaluated) since the last success.
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        -- The next attempt is refused before this time.
        next_allowed_at timestamptz NOT NULL DEFAULT '-infinity',
        last_attempt_at timestamptz NOT NULL DEFAULT now(),
        -- Pairs only: when the account last signed in from this source.
        last_success_at timestamptz,
        PRIMARY KEY (scope, key)
      )`);
    await q.query(`CREATE INDEX login_throttle_last_attempt_idx ON login_throttle (last_attempt_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_throttle`);
  }
}
