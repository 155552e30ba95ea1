import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on per agency (issue 15 item 3, ADR 0016): an agency's binding to its own OpenID
 * provider, the e-mail domains that lead its people to it, and the provider's subject on a user.
 * The client secret is stored sealed (AES-256-GCM, key from SSO_SECRET_KEY[_FILE]) and bound to
 * its agency as associated data: a sealed secret copied onto another agency's row does not open.
 */
export class AgencySso1764000003200 implements MigrationInterface {
  name = 'AgencySso1764000003200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agency_sso (
        agency_id uuid PRIMARY KEY REFERENCES agency(id) ON DELETE CASCADE,
        issuer text NOT NULL CHECK (issuer ~ '^https?://' AND length(issuer) <= 500),
        client_id text NOT NULL CHECK (length(client_id) BETWEEN 1 AND 300),
        client_auth text NOT NULL CHECK (client_auth IN ('client_secret_basic', 'private_key_jwt')),
        client_secret_sealed bytea,
        CHECK ((client_auth = 'client_secret_basic') = (client_secret_sealed IS NOT NULL)),
        -- Just-in-time provisioning: the agency admin's switch; off unless turned on.
        jit_provisioning boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL
      )`);
    // One domain leads to one agency in the whole installation: the login page asks only the e-mail.
    await q.query(`
      CREATE TABLE agency_sso_domain (
        domain text PRIMARY KEY CHECK (domain = lower(domain) AND domain ~ '^[a-z0-9.-]+\\.[a-z]{2,}$'),
        agency_id uuid NOT NULL REFERENCES agency_sso(agency_id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX agency_sso_domain_agency_idx ON agency_sso_domain (agency_id)`);
    await q.query(`ALTER TABLE app_user ADD COLUMN sso_issuer text, ADD COLUMN sso_subject text`);
    await q.query(`
      ALTER TABLE app_user ADD CONSTRAINT app_user_sso_pair
        CHECK ((sso_issuer IS NULL) = (sso_subject IS NULL))`);
    await q.query(`
      CREATE UNIQUE INDEX app_user_sso_subject_idx ON app_user (sso_issuer, sso_subject)
        WHERE sso_subject IS NOT NULL`);
    // The provider's ID token of an SSO session, sealed, for RP-initiated logout (id_token_hint).
    await q.query(`
      CREATE TABLE sso_session (
        session_id uuid PRIMARY KEY,
        agency_id uuid NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
        id_token_sealed bytea NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX sso_session_expiry_idx ON sso_session (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sso_session`);
    await q.query(`DROP INDEX app_user_sso_subject_idx`);
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_sso_pair`);
    await q.query(`ALTER TABLE app_user DROP COLUMN sso_subject, DROP COLUMN sso_issuer`);
    await q.query(`DROP TABLE agency_sso_domain`);
    await q.query(`DROP TABLE agency_sso`);
  }
}
