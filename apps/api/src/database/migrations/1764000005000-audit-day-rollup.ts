import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './1764000000600-audit';

// A role key as the volume rule groups by it: the distinct roles, sorted, comma-separated.
const ROLE_KEY = (roles: string) =>
  `array_to_string(ARRAY(SELECT DISTINCT r FROM unnest(${roles}) r ORDER BY r), ',')`;
// The Europe/Amsterdam day of an event, as the privacy office reads days.
const LOCAL_DAY = (column: string) => `(${column} AT TIME ZONE 'Europe/Amsterdam')::date`;

/**
 * Whether the actor's agency took part in no case of person `p` at the event's moment: no
 * participation in a case about the person (subject) or holding an item about them, begun by
 * then and not ended. Judged when the event is appended, against what is recorded then.
 */
const OUTSIDE_PARTICIPATION = `NOT EXISTS (
      SELECT 1 FROM case_participant cp
       WHERE cp.agency_id = e.actor_agency_id AND cp.region_id = e.region_id
         AND cp.started_at <= e.occurred_at
         AND (cp.ended_at IS NULL OR cp.ended_at > e.occurred_at)
         AND cp.case_id = ANY (ARRAY(
           SELECT c.id FROM case_file c
            WHERE c.subject_person_id = p.person_id AND c.region_id = e.region_id
           UNION ALL
           SELECT i.case_id FROM information_item i WHERE i.person_id = p.person_id)))`;

/** The rows of `source` (audit_event or a transition table) as outside-access roll-up rows. */
const ACCESS_ROWS = (source: string) => `
  SELECT e.region_id, ${LOCAL_DAY('e.occurred_at')} AS day, e.actor_user_id, e.actor_agency_id,
         p.person_id, e.action, e.operation, count(*)::int AS n,
         min(e.occurred_at) AS first_at, max(e.occurred_at) AS last_at,
         coalesce(array_agg(DISTINCT e.purpose ORDER BY e.purpose)
           FILTER (WHERE e.purpose IS NOT NULL), '{}') AS purposes,
         coalesce(array_agg(DISTINCT e.access_basis ORDER BY e.access_basis)
           FILTER (WHERE e.access_basis IS NOT NULL), '{}') AS bases
    FROM ${source} e
    CROSS JOIN LATERAL (SELECT DISTINCT u FROM unnest(e.person_ids) AS u) AS p(person_id)
   WHERE e.result = 'ALLOWED' AND e.actor_user_id IS NOT NULL AND e.actor_agency_id IS NOT NULL
     AND ${OUTSIDE_PARTICIPATION}
   GROUP BY 1, 2, 3, 4, 5, 6, 7`;

/** The rows of `source` as user-day roll-up rows (every event of a user, any action or result). */
const USER_ROWS = (source: string) => `
  SELECT e.region_id, e.actor_user_id, ${LOCAL_DAY('e.occurred_at')} AS day,
         ${ROLE_KEY('e.actor_roles')} AS role_key, count(*)::int AS n
    FROM ${source} e
   WHERE e.actor_user_id IS NOT NULL
   GROUP BY 1, 2, 3, 4`;

// The events left on the days a purge touched (inside the purge trigger).
const REMAINING = `(SELECT e.* FROM audit_event e JOIN audit_rollup_days d ON e.region_id = d.region_id
    AND e.occurred_at >= (d.day::timestamp AT TIME ZONE 'Europe/Amsterdam')
    AND e.occurred_at < ((d.day + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'))`;

const merge = (column: string) =>
  `ARRAY(SELECT DISTINCT v FROM unnest(a.${column} || EXCLUDED.${column}) v ORDER BY v)`;

const UPSERT_ACCESS = (source: string) => `
  INSERT INTO audit_outside_access_day AS a (region_id, day, actor_user_id, actor_agency_id, person_id,
      action, operation, n, first_at, last_at, purposes, bases)
  ${ACCESS_ROWS(source)}
  ON CONFLICT (region_id, day, actor_user_id, actor_agency_id, person_id, action, operation)
  DO UPDATE SET n = a.n + EXCLUDED.n,
                first_at = least(a.first_at, EXCLUDED.first_at),
                last_at = greatest(a.last_at, EXCLUDED.last_at),
                purposes = ${merge('purposes')},
                bases = ${merge('bases')}`;

const UPSERT_USER = (source: string) => `
  INSERT INTO audit_user_day AS u (region_id, actor_user_id, day, role_key, n)
  ${USER_ROWS(source)}
  ON CONFLICT (region_id, actor_user_id, day, role_key) DO UPDATE SET n = u.n + EXCLUDED.n`;

/**
 * The privacy office's signals page (AuditAnomalies) read a week of the region's trail per
 * request: ~2 s at 100k cases with a 75k-event week, and it grows with every (event, person) pair
 * (issue 14, target 3). Two daily roll-ups of the trail, kept by a statement trigger in the
 * transaction that appends the events (the audit writer's batch, the outbox sweeper, SQL), make
 * its cost follow what it shows (ADR 0038):
 *
 * - `audit_outside_access_day`: the allowed events of a user acting for an agency that, at the
 *   event's moment, took part in no case of the person: per Europe/Amsterdam day, person, action
 *   and operation, with count, first and last moment, purposes and access bases. Rule (a)
 *   ("access outside participation") is judged once, when the event is appended, against the
 *   participations, cases and items recorded then — not again on every read, and not changed
 *   afterwards by a later correction, closing or deletion (which made the per-read rule flag
 *   accesses to persons whose case had since been deleted).
 * - `audit_user_day`: every event of a user per day and role set: rule (b) ("unusual volume").
 *
 * The trail stays append-only and untouched; the roll-ups are derived, written only by the
 * trigger (SECURITY DEFINER; the app role may read them, not change them), and rebuilt from the
 * trail by `audit_rollup_rebuild()` (the backfill: it judges past events against today's
 * records). The trigger is ENABLE ALWAYS: rows written with the triggers off
 * (`session_replication_role = replica`, as backdated test and bench events are) are rolled up
 * too. A purge of the trail (after five years) counts the days it touched again from what remains.
 * The region's chain head, locked by the chain trigger for every insert, already orders a
 * region's writers, so the upserts add no waiting of their own.
 */
export class AuditDayRollup1764000005000 implements MigrationInterface {
  name = 'AuditDayRollup1764000005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_outside_access_day (
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE RESTRICT,
        day date NOT NULL,
        actor_user_id uuid NOT NULL,
        actor_agency_id uuid NOT NULL,
        person_id uuid NOT NULL,
        action text NOT NULL,
        operation text NOT NULL,
        n integer NOT NULL,
        first_at timestamptz NOT NULL,
        last_at timestamptz NOT NULL,
        purposes text[] NOT NULL,
        bases text[] NOT NULL,
        PRIMARY KEY (region_id, day, actor_user_id, actor_agency_id, person_id, action, operation)
      )`);
    await q.query(`
      CREATE TABLE audit_user_day (
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE RESTRICT,
        actor_user_id uuid NOT NULL,
        day date NOT NULL,
        role_key text NOT NULL,
        n integer NOT NULL,
        PRIMARY KEY (region_id, actor_user_id, day, role_key)
      )`);
    await q.query(`CREATE INDEX audit_user_day_day_idx ON audit_user_day (region_id, day)`);

    await q.query(`
      CREATE FUNCTION audit_event_rollup() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
      BEGIN
        ${UPSERT_ACCESS('appended')};
        ${UPSERT_USER('appended')};
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER audit_event_rollup AFTER INSERT ON audit_event
      REFERENCING NEW TABLE AS appended FOR EACH STATEMENT EXECUTE FUNCTION audit_event_rollup()`);
    await q.query(`ALTER TABLE audit_event ENABLE ALWAYS TRIGGER audit_event_rollup`);

    // After a purge: the days it touched are counted again from the events that remain.
    await q.query(`
      CREATE FUNCTION audit_event_rollup_purge() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
      BEGIN
        CREATE TEMP TABLE audit_rollup_days ON COMMIT DROP AS
          SELECT DISTINCT region_id, ${LOCAL_DAY('occurred_at')} AS day FROM purged;
        DELETE FROM audit_outside_access_day a USING audit_rollup_days d
         WHERE a.region_id = d.region_id AND a.day = d.day;
        DELETE FROM audit_user_day u USING audit_rollup_days d
         WHERE u.region_id = d.region_id AND u.day = d.day;
        ${UPSERT_ACCESS(REMAINING)};
        ${UPSERT_USER(REMAINING)};
        DROP TABLE audit_rollup_days;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER audit_event_rollup_purge AFTER DELETE ON audit_event
      REFERENCING OLD TABLE AS purged FOR EACH STATEMENT
      EXECUTE FUNCTION audit_event_rollup_purge()`);
    await q.query(`ALTER TABLE audit_event ENABLE ALWAYS TRIGGER audit_event_rollup_purge`);

    // The roll-ups from the whole trail: the backfill, and a repair for a DBA.
    await q.query(`
      CREATE FUNCTION audit_rollup_rebuild() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
      BEGIN
        LOCK TABLE audit_chain IN SHARE MODE;
        DELETE FROM audit_outside_access_day;
        DELETE FROM audit_user_day;
        INSERT INTO audit_outside_access_day (region_id, day, actor_user_id, actor_agency_id, person_id,
            action, operation, n, first_at, last_at, purposes, bases)
        ${ACCESS_ROWS('audit_event')};
        INSERT INTO audit_user_day (region_id, actor_user_id, day, role_key, n)
        ${USER_ROWS('audit_event')};
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION audit_rollup_rebuild() FROM PUBLIC`);
    await q.query(`SELECT audit_rollup_rebuild()`);

    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          EXECUTE 'REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_outside_access_day FROM ${APP_ROLE}';
          EXECUTE 'REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_user_day FROM ${APP_ROLE}';
          EXECUTE 'GRANT SELECT ON audit_outside_access_day, audit_user_day TO ${APP_ROLE}';
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_event_rollup_purge ON audit_event`);
    await q.query(`DROP TRIGGER audit_event_rollup ON audit_event`);
    await q.query(`DROP FUNCTION audit_rollup_rebuild()`);
    await q.query(`DROP FUNCTION audit_event_rollup_purge()`);
    await q.query(`DROP FUNCTION audit_event_rollup()`);
    await q.query(`DROP TABLE audit_user_day`);
    await q.query(`DROP TABLE audit_outside_access_day`);
  }
}
