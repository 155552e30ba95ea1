import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15 item 1 and 2: accounts are created without a password and activated through a
 * single-use link (the admin command, an agency admin's invitation). Only a SHA-256 of the link's
 * token is stored, so a copy of the database opens no account. `activated_at` is null until the
 * invited person chose a password; existing accounts count as activated when they were created.
 */
export class AccountActivation1764000003100 implements MigrationInterface {
  name = 'AccountActivation1764000003100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN activated_at timestamptz`);
    await q.query(`UPDATE app_user SET activated_at = created_at`);
    // Accounts created with a password (the demo seed, fixtures) are active at once; an invited
    // account is inserted with NULL explicitly.
    await q.query(`ALTER TABLE app_user ALTER COLUMN activated_at SET DEFAULT now()`);
    await q.query(`
      CREATE TABLE account_activation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        user_id uuid NOT NULL,
        token_hash bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
        -- Null: the admin command (no signed-in actor).
        created_by_user_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        -- Set when a newer link replaces this one, or the account is disabled.
        revoked_at timestamptz,
        FOREIGN KEY (user_id, region_id) REFERENCES app_user (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (created_by_user_id, region_id) REFERENCES app_user (id, region_id),
        CHECK (expires_at > created_at),
        CHECK (used_at IS NULL OR revoked_at IS NULL)
      )`);
    await q.query(`CREATE INDEX account_activation_user_idx ON account_activation (user_id)`);
    // At most one link of an account can be used: issuing a new one revokes the others.
    await q.query(`CREATE UNIQUE INDEX account_activation_open_key ON account_activation (user_id)
      WHERE used_at IS NULL AND revoked_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE account_activation`);
    await q.query(`ALTER TABLE app_user DROP COLUMN activated_at`);
  }
}
