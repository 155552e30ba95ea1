import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The second factor (issue 15 item 4, ADR 0017): a TOTP secret per account (encrypted by the
 * app, replay-protected by the last accepted time step), single-use recovery codes (only their
 * hashes), WebAuthn passkeys (public keys), the one-time challenges of passkey ceremonies, and
 * when each session last proved a second factor (step-up).
 */
export class Mfa1764000003300 implements MigrationInterface {
  name = 'Mfa1764000003300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mfa_totp (
        user_id uuid PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
        -- AES-256-GCM of the base32 secret (iv.tag.ciphertext, base64url); never the secret itself.
        secret_encrypted text NOT NULL CHECK (length(secret_encrypted) <= 400),
        -- Null while enrolment awaits its first code; only a confirmed secret is a factor.
        confirmed_at timestamptz,
        -- RFC 6238 time step of the last accepted code: a code of that step or before is refused.
        last_time_step bigint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE mfa_recovery_code (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        -- SHA-256 of the normalised code (60 random bits: a slow hash adds nothing).
        code_hash text NOT NULL CHECK (length(code_hash) = 64),
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, code_hash)
      )`);
    await q.query(`
      CREATE TABLE webauthn_credential (
        -- The credential id (base64url) as the authenticator gave it.
        id text PRIMARY KEY CHECK (length(id) BETWEEN 16 AND 1400),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        public_key bytea NOT NULL,
        sign_count bigint NOT NULL DEFAULT 0,
        transports text[] NOT NULL DEFAULT '{}',
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz
      )`);
    await q.query(`CREATE INDEX webauthn_credential_user_idx ON webauthn_credential (user_id)`);
    await q.query(`
      CREATE TABLE webauthn_challenge (
        challenge text PRIMARY KEY CHECK (length(challenge) <= 200),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('register', 'authenticate')),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX webauthn_challenge_expires_idx ON webauthn_challenge (expires_at)`);
    await q.query(`
      CREATE TABLE mfa_session (
        -- The session id (sid) of a session token.
        session_id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        -- When this session last proved a second factor (login or step-up).
        verified_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX mfa_session_verified_idx ON mfa_session (verified_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mfa_session`);
    await q.query(`DROP TABLE webauthn_challenge`);
    await q.query(`DROP TABLE webauthn_credential`);
    await q.query(`DROP TABLE mfa_recovery_code`);
    await q.query(`DROP TABLE mfa_totp`);
  }
}
