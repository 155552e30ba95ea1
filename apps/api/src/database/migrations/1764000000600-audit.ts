import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Restricted role the running app may switch to (DB_APP_ROLE); created here when allowed. */
export const APP_ROLE = 'schakel_app';

export const AUDIT_ACTIONS_SQL = `('READ','SEARCH','EXPORT','CREATE','UPDATE','DELETE','DENIED',
  'BREAK_GLASS','LOOKUP','VIEW_AS')`;

/**
 * The audit trail (issue 6): append-only rows in one hash chain per region.
 *
 * - A BEFORE INSERT trigger (SECURITY DEFINER) assigns the next gapless `seq` of the region from
 *   `audit_chain`, locked FOR UPDATE, and computes `hash = sha256(prev_hash || canonical row)`.
 *   The row lock serialises concurrent writers of a region in every isolation level (under
 *   REPEATABLE READ a concurrent writer gets a serialisation error instead of forking the chain).
 * - UPDATE, DELETE and TRUNCATE are refused by triggers and not granted to the app role; a
 *   superuser can still bypass both, which is what the hash chain and `audit:verify` detect.
 * - The canonical serialisation must stay identical to `apps/api/src/audit/audit-canonical.ts`.
 */
export class Audit1764000000600 implements MigrationInterface {
  name = 'Audit1764000000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_chain (
        region_id uuid PRIMARY KEY REFERENCES region(id) ON DELETE RESTRICT,
        last_seq bigint NOT NULL CHECK (last_seq >= 0),
        last_hash bytea NOT NULL CHECK (octet_length(last_hash) = 32)
      )`);
    await q.query(`
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE RESTRICT,
        seq bigint NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        -- No foreign keys to users, cases or persons: the trail outlives the records it is about.
        actor_user_id uuid,
        on_behalf_of_user_id uuid,
        actor_agency_id uuid,
        actor_agency_type text,
        actor_roles text[] NOT NULL DEFAULT '{}',
        action text NOT NULL CHECK (action IN ${AUDIT_ACTIONS_SQL}),
        result text NOT NULL CHECK (result IN ('ALLOWED','DENIED')),
        operation text NOT NULL CHECK (operation ~ '^[A-Za-z][A-Za-z0-9_.:-]{0,99}$'),
        person_ids uuid[] NOT NULL DEFAULT '{}',
        case_id uuid,
        categories text[] NOT NULL DEFAULT '{}',
        fields text[] NOT NULL DEFAULT '{}',
        record_type text CHECK (length(record_type) <= 60),
        record_id text CHECK (length(record_id) <= 100),
        access_basis text CHECK (access_basis IN ('covenant','consent','conflict_of_duties',
          'break_glass','role')),
        purpose text CHECK (length(purpose) <= 500),
        reason_code text CHECK (reason_code ~ '^[A-Z_]{2,40}$'),
        origin_address text CHECK (length(origin_address) <= 100),
        user_agent text CHECK (length(user_agent) <= 500),
        request_id text CHECK (length(request_id) <= 100),
        prev_hash bytea NOT NULL CHECK (octet_length(prev_hash) = 32),
        hash bytea NOT NULL CHECK (octet_length(hash) = 32),
        -- NULL elements would make the canonical form ambiguous.
        CHECK (array_position(actor_roles, NULL) IS NULL AND array_position(person_ids, NULL) IS NULL
          AND array_position(categories, NULL) IS NULL AND array_position(fields, NULL) IS NULL),
        UNIQUE (region_id, seq)
      )`);
    await q.query(`CREATE INDEX audit_event_person_idx ON audit_event USING gin (person_ids)`);
    await q.query(`CREATE INDEX audit_event_time_idx ON audit_event (region_id, occurred_at)`);
    await q.query(`CREATE INDEX audit_event_user_idx
      ON audit_event (actor_user_id, occurred_at) WHERE actor_user_id IS NOT NULL`);
    await q.query(`CREATE INDEX audit_event_agency_idx
      ON audit_event (actor_agency_id, occurred_at) WHERE actor_agency_id IS NOT NULL`);
    await q.query(`CREATE INDEX audit_event_case_idx
      ON audit_event (case_id, occurred_at) WHERE case_id IS NOT NULL`);

    // Canonical form: "v1", then every field as "<utf8 bytes>:<text>" ("~" for NULL), lists as
    // "[<count>" + elements + "]", joined by "|". Length prefixes make it unambiguous.
    await q.query(`
      CREATE FUNCTION audit_field(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN v IS NULL THEN '~'
                    ELSE octet_length(convert_to(v, 'UTF8'))::text || ':' || v END $$`);
    await q.query(`
      CREATE FUNCTION audit_list(v text[]) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN v IS NULL THEN '~' ELSE '[' || cardinality(v)::text
          || coalesce((SELECT string_agg(audit_field(x), '' ORDER BY i)
                         FROM unnest(v) WITH ORDINALITY AS u(x, i)), '') || ']' END $$`);
    await q.query(`
      CREATE FUNCTION audit_time(t timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') $$`);
    await q.query(`
      CREATE FUNCTION audit_canonical(e audit_event) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT concat_ws('|', 'v1',
          audit_field(e.id::text), audit_field(e.region_id::text), audit_field(e.seq::text),
          audit_field(audit_time(e.occurred_at)), audit_field(e.actor_user_id::text),
          audit_field(e.on_behalf_of_user_id::text), audit_field(e.actor_agency_id::text),
          audit_field(e.actor_agency_type), audit_list(e.actor_roles), audit_field(e.action),
          audit_field(e.result), audit_field(e.operation), audit_list(e.person_ids::text[]),
          audit_field(e.case_id::text), audit_list(e.categories), audit_list(e.fields),
          audit_field(e.record_type), audit_field(e.record_id), audit_field(e.access_basis),
          audit_field(e.purpose), audit_field(e.reason_code), audit_field(e.origin_address),
          audit_field(e.user_agent), audit_field(e.request_id)) $$`);
    await q.query(`
      CREATE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
      DECLARE
        head audit_chain%ROWTYPE;
      BEGIN
        SELECT * INTO head FROM audit_chain WHERE region_id = NEW.region_id FOR UPDATE;
        IF NOT FOUND THEN
          INSERT INTO audit_chain (region_id, last_seq, last_hash)
          VALUES (NEW.region_id, 0, decode(repeat('00', 32), 'hex')) ON CONFLICT DO NOTHING;
          SELECT * INTO head FROM audit_chain WHERE region_id = NEW.region_id FOR UPDATE;
        END IF;
        -- The database's clock, so the app can neither backdate nor postdate an event.
        NEW.occurred_at := now();
        NEW.seq := head.last_seq + 1;
        NEW.prev_hash := head.last_hash;
        NEW.hash := sha256(NEW.prev_hash || convert_to(audit_canonical(NEW), 'UTF8'));
        UPDATE audit_chain SET last_seq = NEW.seq, last_hash = NEW.hash
         WHERE region_id = NEW.region_id;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_chain()`);
    await q.query(`CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    await q.query(`CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
    await q.query(`CREATE TRIGGER audit_chain_no_delete BEFORE DELETE ON audit_chain
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    await q.query(`CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
    await q.query(`REVOKE ALL ON audit_chain FROM PUBLIC`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC`);

    // The app role: everything the app does on ordinary tables, only SELECT and INSERT on the
    // trail, only SELECT on the chain heads and the migration table. Roles are per cluster; a managed
    // database may not let the migrating user create one, then a DBA creates it (operations.md).
    await q.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          IF (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
            BEGIN
              CREATE ROLE ${APP_ROLE} NOLOGIN;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
              NULL; -- created at the same moment by another database's migration
            END;
          ELSE
            RAISE NOTICE 'role ${APP_ROLE} not created: % may not create roles', current_user;
            RETURN;
          END IF;
        END IF;
        EXECUTE format('GRANT USAGE ON SCHEMA public TO ${APP_ROLE}');
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}');
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE}');
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public
          GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE}');
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public
          GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE}');
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM ${APP_ROLE}');
        EXECUTE format('REVOKE ALL ON audit_chain FROM ${APP_ROLE}');
        EXECUTE format('GRANT SELECT ON audit_chain TO ${APP_ROLE}');
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_migration FROM ${APP_ROLE}');
        -- A CREATEROLE (non-superuser) owner must be a member to SET ROLE to it.
        IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
          EXECUTE format('GRANT ${APP_ROLE} TO %I', current_user);
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public
            REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM ${APP_ROLE}';
          EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public
            REVOKE USAGE, SELECT ON SEQUENCES FROM ${APP_ROLE}';
          EXECUTE 'REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APP_ROLE}';
          EXECUTE 'REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${APP_ROLE}';
          EXECUTE 'REVOKE USAGE ON SCHEMA public FROM ${APP_ROLE}';
        END IF;
      END $$`);
    await q.query(`DROP TRIGGER audit_event_chain ON audit_event`);
    await q.query(`DROP FUNCTION audit_event_chain()`);
    await q.query(`DROP FUNCTION audit_canonical(audit_event)`);
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP TABLE audit_chain`);
    await q.query(`DROP FUNCTION audit_time(timestamptz)`);
    await q.query(`DROP FUNCTION audit_list(text[])`);
    await q.query(`DROP FUNCTION audit_field(text)`);
  }
}
