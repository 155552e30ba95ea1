import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1763800000000 implements MigrationInterface {
  name = 'Foundation1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE region (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9-]{2,40}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE agency (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE RESTRICT,
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
        type text NOT NULL CHECK (type IN ('MUNICIPALITY','POLICE','PROBATION','PUBLIC_PROSECUTOR',
          'CARE','YOUTH','HOUSING','PRISON','VOLUNTEER','ZVH')),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (region_id, name)
      )`);
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency(id) ON DELETE RESTRICT,
        email text NOT NULL UNIQUE CHECK (email = lower(email) AND email LIKE '%_@_%'),
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
        password_hash text NOT NULL,
        roles text[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['MEMBER',
          'PROCESREGISSEUR','AGENCY_ADMIN','FUNCTIONAL_ADMIN','PRIVACY_OFFICER']::text[]),
        active boolean NOT NULL DEFAULT true,
        -- Sessions carry this number; raising it (on a password change) ends all of them.
        session_generation integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX app_user_agency_idx ON app_user (agency_id)`);
    await q.query(`
      CREATE TABLE login_attempt (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        account_key text NOT NULL,
        source_address text NOT NULL,
        succeeded boolean NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX login_attempt_account_idx ON login_attempt (account_key, attempted_at)`);
    await q.query(`CREATE INDEX login_attempt_source_idx ON login_attempt (source_address, attempted_at)`);
    await q.query(`
      CREATE TABLE revoked_session (
        session_id uuid PRIMARY KEY,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX revoked_session_expiry_idx ON revoked_session (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE revoked_session`);
    await q.query(`DROP TABLE login_attempt`);
    await q.query(`DROP TABLE app_user`);
    await q.query(`DROP TABLE agency`);
    await q.query(`DROP TABLE region`);
  }
}
