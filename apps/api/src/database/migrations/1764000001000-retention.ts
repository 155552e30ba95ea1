import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './1764000000600-audit';

const CATEGORIES = `('IDENTITY','BSN','POLICE','JUSTICE','PROBATION','CARE','CARE_SIGNAL','SOCIAL',
  'SAFETY','PLAN')`;

/** Frozen copy of the defaults (docs/privacy.md, "Retention"); a migration never follows app code. */
const TWO_YEARS =
  'Default: ZVH practice, personal data kept at most two years after the case is closed ' +
  '(choice of Schakel, docs/privacy.md "Retention"; check it against the regional covenant).';
const ONE_YEAR =
  'Default: one year for care data under medical secrecy; the care partner keeps its own ' +
  'medical file (choice of Schakel, docs/privacy.md "Retention").';
const DEFAULTS_SQL = `(VALUES
  ('IDENTITY', 24, '${TWO_YEARS}'), ('BSN', 24, '${TWO_YEARS}'), ('POLICE', 24, '${TWO_YEARS}'),
  ('JUSTICE', 24, '${TWO_YEARS}'), ('PROBATION', 24, '${TWO_YEARS}'), ('CARE', 12, '${ONE_YEAR}'),
  ('CARE_SIGNAL', 12, '${ONE_YEAR}'), ('SOCIAL', 24, '${TWO_YEARS}'), ('SAFETY', 24, '${TWO_YEARS}'),
  ('PLAN', 24, '${TWO_YEARS}')) AS d(category, months, source)`;

/**
 * Retention (issue 6, item 5): periods per region and category with their history, legal holds
 * per case, the record left by each deletion, and the one narrow path by which audit events older
 * than five years leave the trail (`audit_purge()`), with the anchor the verifier starts from.
 */
export class Retention1764000001000 implements MigrationInterface {
  name = 'Retention1764000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE retention_period (
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE RESTRICT,
        category text NOT NULL CHECK (category IN ${CATEGORIES}),
        -- Whole months after the case was closed (or referred back / rejected).
        months integer NOT NULL CHECK (months BETWEEN 6 AND 120),
        source text NOT NULL CHECK (length(source) BETWEEN 3 AND 500),
        revision integer NOT NULL DEFAULT 1 CHECK (revision > 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        PRIMARY KEY (region_id, category)
      )`);
    // Every value a period ever had, with who and when; no FK to app_user: history outlives users.
    await q.query(`
      CREATE TABLE retention_period_history (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE RESTRICT,
        category text NOT NULL CHECK (category IN ${CATEGORIES}),
        months integer NOT NULL,
        source text NOT NULL,
        revision integer NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        changed_by_user_id uuid
      )`);
    await q.query(`CREATE INDEX retention_period_history_idx
      ON retention_period_history (region_id, category, changed_at DESC)`);
    await q.query(`
      CREATE FUNCTION retention_period_history() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO retention_period_history (region_id, category, months, source, revision,
                                              changed_at, changed_by_user_id)
        VALUES (NEW.region_id, NEW.category, NEW.months, NEW.source, NEW.revision, NEW.updated_at,
                NEW.updated_by_user_id);
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER retention_period_history AFTER INSERT OR UPDATE ON retention_period
      FOR EACH ROW EXECUTE FUNCTION retention_period_history()`);
    await q.query(`CREATE TRIGGER retention_period_no_delete BEFORE DELETE ON retention_period
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    await q.query(`CREATE TRIGGER retention_period_history_append_only
      BEFORE UPDATE OR DELETE ON retention_period_history FOR EACH ROW EXECUTE FUNCTION refuse_change()`);

    // Every region has all ten periods: existing ones now, new ones when they are created.
    await q.query(`
      CREATE FUNCTION retention_period_defaults() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO retention_period (region_id, category, months, source)
        SELECT NEW.id, d.category, d.months, d.source FROM ${DEFAULTS_SQL};
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER region_retention_defaults AFTER INSERT ON region
      FOR EACH ROW EXECUTE FUNCTION retention_period_defaults()`);
    await q.query(`INSERT INTO retention_period (region_id, category, months, source)
      SELECT r.id, d.category, d.months, d.source FROM region r CROSS JOIN ${DEFAULTS_SQL}`);

    // A legal hold (bewaarplicht) keeps a case past its period. Released, never removed: the
    // rows go only with their case (cascade, trigger depth > 1).
    await q.query(`
      CREATE TABLE legal_hold (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        case_id uuid NOT NULL,
        reason text NOT NULL CHECK (length(btrim(reason)) BETWEEN 10 AND 1000),
        set_at timestamptz NOT NULL DEFAULT now(),
        set_by_user_id uuid,
        released_at timestamptz,
        released_by_user_id uuid,
        release_reason text CHECK (length(btrim(release_reason)) BETWEEN 10 AND 1000),
        CHECK ((released_at IS NULL) = (release_reason IS NULL)),
        CHECK (released_at IS NULL OR released_at >= set_at),
        FOREIGN KEY (case_id, region_id) REFERENCES case_file (id, region_id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE UNIQUE INDEX legal_hold_active_key ON legal_hold (case_id)
      WHERE released_at IS NULL`);
    await q.query(`CREATE INDEX legal_hold_region_idx ON legal_hold (region_id, set_at DESC)`);
    await q.query(`
      CREATE FUNCTION legal_hold_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF pg_trigger_depth() > 1 THEN RETURN OLD; END IF;
          RAISE EXCEPTION 'legal_hold is append-only';
        END IF;
        -- The only change: releasing an active hold, once.
        IF OLD.released_at IS NULL AND NEW.released_at IS NOT NULL
           AND (NEW.id, NEW.region_id, NEW.case_id, NEW.reason, NEW.set_at, NEW.set_by_user_id)
               IS NOT DISTINCT FROM
               (OLD.id, OLD.region_id, OLD.case_id, OLD.reason, OLD.set_at, OLD.set_by_user_id) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'legal_hold is append-only';
      END $$`);
    await q.query(`CREATE TRIGGER legal_hold_guard BEFORE UPDATE OR DELETE ON legal_hold
      FOR EACH ROW EXECUTE FUNCTION legal_hold_guard()`);

    // Proof of a deletion, without personal data: no name, BSN, content or case reference.
    await q.query(`
      CREATE TABLE deletion_record (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE RESTRICT,
        -- CASE: the case and everything of it; ITEMS: only items of categories with a shorter period.
        scope text NOT NULL CHECK (scope IN ('CASE','ITEMS')),
        -- The deleted case's random id: it links to the audit trail, which names it too.
        case_id uuid NOT NULL,
        case_status text NOT NULL CHECK (case_status IN ('CLOSED','REFERRED_BACK','REJECTED')),
        closed_on date NOT NULL,
        deleted_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        categories text[] NOT NULL,
        row_counts jsonb NOT NULL,
        periods jsonb NOT NULL,
        person_deleted boolean NOT NULL,
        run_id uuid NOT NULL
      )`);
    await q.query(`CREATE INDEX deletion_record_region_idx ON deletion_record (region_id, deleted_at DESC)`);
    await q.query(`CREATE TRIGGER deletion_record_append_only BEFORE UPDATE OR DELETE ON deletion_record
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    await q.query(`CREATE TRIGGER deletion_record_no_truncate BEFORE TRUNCATE ON deletion_record
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);

    // The audit purge: one anchor per purge; the verifier starts at the newest anchor.
    await q.query(`
      CREATE TABLE audit_purge (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE RESTRICT,
        -- The first event that remains and the link it must carry.
        first_seq bigint NOT NULL CHECK (first_seq > 1),
        prev_hash bytea NOT NULL CHECK (octet_length(prev_hash) = 32),
        purged_count bigint NOT NULL CHECK (purged_count > 0),
        purged_before timestamptz NOT NULL,
        purged_at timestamptz NOT NULL DEFAULT now(),
        xact xid8 NOT NULL DEFAULT pg_current_xact_id(),
        UNIQUE (region_id, first_seq)
      )`);
    await q.query(`CREATE TRIGGER audit_purge_append_only BEFORE UPDATE OR DELETE ON audit_purge
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    await q.query(`CREATE TRIGGER audit_purge_no_truncate BEFORE TRUNCATE ON audit_purge
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
    await q.query(`REVOKE ALL ON audit_purge FROM PUBLIC`);

    // DELETE on the trail passes only for rows an anchor of this very transaction covers, and
    // only when they are older than five years by the database's clock.
    await q.query(`DROP TRIGGER audit_event_append_only ON audit_event`);
    await q.query(`CREATE TRIGGER audit_event_append_only BEFORE UPDATE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    await q.query(`
      CREATE FUNCTION audit_event_purge_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
      BEGIN
        IF OLD.occurred_at < now() - interval '5 years' AND EXISTS (
             SELECT 1 FROM audit_purge a
              WHERE a.region_id = OLD.region_id AND a.xact = pg_current_xact_id()
                AND OLD.seq < a.first_seq AND OLD.occurred_at < a.purged_before) THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit_event is append-only';
      END $$`);
    await q.query(`CREATE TRIGGER audit_event_purge_guard BEFORE DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_purge_guard()`);

    // Removes the region's oldest events: the longest prefix of the chain older than both
    // `before` and five years ago (the database's clock). Returns how many went.
    await q.query(`
      CREATE FUNCTION audit_purge(p_region uuid, p_before timestamptz) RETURNS bigint
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        cutoff timestamptz := least(p_before, now() - interval '5 years');
        head audit_chain%ROWTYPE;
        keep_from bigint;
        start_seq bigint;
        link bytea;
        n bigint;
        deleted bigint;
      BEGIN
        -- Writers of the region wait: the chain cannot grow while its start moves.
        SELECT * INTO head FROM audit_chain WHERE region_id = p_region FOR UPDATE;
        IF NOT FOUND THEN RETURN 0; END IF;
        SELECT min(seq) INTO keep_from FROM audit_event
         WHERE region_id = p_region AND occurred_at >= cutoff;
        keep_from := coalesce(keep_from, head.last_seq + 1);
        SELECT min(seq) INTO start_seq FROM audit_event WHERE region_id = p_region;
        IF start_seq IS NULL OR keep_from <= start_seq THEN RETURN 0; END IF;
        SELECT count(*) INTO n FROM audit_event WHERE region_id = p_region AND seq < keep_from;
        IF keep_from > head.last_seq THEN
          link := head.last_hash;
        ELSE
          SELECT prev_hash INTO link FROM audit_event WHERE region_id = p_region AND seq = keep_from;
        END IF;
        INSERT INTO audit_purge (region_id, first_seq, prev_hash, purged_count, purged_before)
        VALUES (p_region, keep_from, link, n, cutoff);
        DELETE FROM audit_event WHERE region_id = p_region AND seq < keep_from;
        GET DIAGNOSTICS deleted = ROW_COUNT;
        IF deleted <> n THEN RAISE EXCEPTION 'audit purge removed % rows, expected %', deleted, n; END IF;
        RETURN deleted;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION audit_purge(uuid, timestamptz) FROM PUBLIC`);

    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          EXECUTE 'REVOKE ALL ON audit_purge FROM ${APP_ROLE}';
          EXECUTE 'GRANT SELECT ON audit_purge TO ${APP_ROLE}';
          EXECUTE 'GRANT EXECUTE ON FUNCTION audit_purge(uuid, timestamptz) TO ${APP_ROLE}';
          EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON deletion_record FROM ${APP_ROLE}';
          EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON retention_period_history FROM ${APP_ROLE}';
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION audit_purge(uuid, timestamptz)`);
    await q.query(`DROP TRIGGER audit_event_purge_guard ON audit_event`);
    await q.query(`DROP FUNCTION audit_event_purge_guard()`);
    await q.query(`DROP TRIGGER audit_event_append_only ON audit_event`);
    await q.query(`CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    await q.query(`DROP TABLE audit_purge`);
    await q.query(`DROP TABLE deletion_record`);
    await q.query(`DROP TABLE legal_hold`);
    await q.query(`DROP FUNCTION legal_hold_guard()`);
    await q.query(`DROP TRIGGER region_retention_defaults ON region`);
    await q.query(`DROP FUNCTION retention_period_defaults()`);
    await q.query(`DROP TABLE retention_period_history`);
    await q.query(`DROP TABLE retention_period`);
    await q.query(`DROP FUNCTION retention_period_history()`);
  }
}
