import { OPEN_CASE_STATUSES } from '@schakel/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const OPEN = `ARRAY[${OPEN_CASE_STATUSES.map((s) => `'${s}'`).join(',')}]::text[]`;

/**
 * The actions to do, kept by the writes (ADR 0042): one row per action of the plan version in
 * force (the last adopted one, or the draft while none is adopted) of every open case, with its
 * status, owner and due date. "Mijn acties", the overdue actions on the overview and the overdue
 * notices walk this table in due-date order through an index and stop at their page, instead of
 * testing every action of the region for being in force (13.7 s for the overview's overdue list
 * at 100k cases, ADR 0042). Derived data: no audit event, no content of its own (the description
 * stays in plan_action); deleted with its action or case.
 *
 * Each write to a case's versions, actions, progress or status recomputes that case's rows under
 * the case's row lock, as the outcome report's facts do (ADR 0037): two writers of one case wait
 * for each other, and the second recomputes from what the first committed.
 */
export class PlanActionsInForce1764000005200 implements MigrationInterface {
  name = 'PlanActionsInForce1764000005200';

  async up(q: QueryRunner): Promise<void> {
    // For the composite key below (every reference pairs region with region).
    await q.query(`ALTER TABLE plan_action ADD UNIQUE (id, region_id)`);
    await q.query(`
      CREATE TABLE plan_action_in_force (
        action_id uuid PRIMARY KEY,
        region_id uuid NOT NULL,
        case_id uuid NOT NULL,
        version_id uuid NOT NULL,
        action_key uuid NOT NULL,
        owner_agency_id uuid NOT NULL,
        due_date date NOT NULL,
        status text NOT NULL,
        FOREIGN KEY (case_id, region_id) REFERENCES case_file (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (action_id, region_id) REFERENCES plan_action (id, region_id)
          ON DELETE CASCADE,
        FOREIGN KEY (version_id, region_id) REFERENCES plan_version (id, region_id)
          ON DELETE CASCADE,
        FOREIGN KEY (owner_agency_id, region_id) REFERENCES agency (id, region_id)
      )`);
    // The overview's overdue list: unfinished actions of the region, longest overdue first.
    await q.query(`CREATE INDEX plan_action_in_force_due_idx
      ON plan_action_in_force (region_id, due_date, action_id)
      WHERE status IN ('OPEN','IN_PROGRESS')`);
    // "Mijn acties": one agency's actions by status, soonest due first.
    await q.query(`CREATE INDEX plan_action_in_force_owner_idx
      ON plan_action_in_force (owner_agency_id, status, due_date, action_id)`);
    await q.query(`CREATE INDEX plan_action_in_force_case_idx ON plan_action_in_force (case_id)`);

    // Indexes the plan's own reads were missing: a goal's actions (the case's plan read every
    // action of the region per goal), a case's actions and notes.
    await q.query(`CREATE INDEX plan_action_goal_idx ON plan_action (goal_id)`);
    await q.query(`CREATE INDEX plan_action_case_idx ON plan_action (case_id)`);
    await q.query(
      `CREATE INDEX plan_action_note_case_idx ON plan_action_note (case_id, created_at DESC)`,
    );

    await q.query(`
      CREATE FUNCTION plan_action_in_force_rows(p_case uuid)
        RETURNS SETOF plan_action_in_force LANGUAGE sql STABLE
        SET search_path = public, pg_temp AS $$
        SELECT a.id, a.region_id, a.case_id, a.version_id, a.key, a.owner_agency_id, a.due_date,
               p.status
          FROM case_file c
          JOIN plan_action a ON a.version_id = (
                 SELECT v.id FROM plan_version v WHERE v.case_id = c.id
                  ORDER BY (v.status = 'ADOPTED') DESC, v.number DESC LIMIT 1)
          JOIN plan_action_progress p ON p.action_key = a.key
         WHERE c.id = p_case AND c.status = ANY(${OPEN})
      $$`);
    await q.query(`
      CREATE FUNCTION plan_action_in_force_refresh(p_case uuid) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        PERFORM 1 FROM case_file WHERE id = p_case FOR NO KEY UPDATE;
        IF NOT FOUND THEN
          DELETE FROM plan_action_in_force WHERE case_id = p_case;
          RETURN;
        END IF;
        DELETE FROM plan_action_in_force f WHERE f.case_id = p_case
           AND f.action_id NOT IN (SELECT n.action_id FROM plan_action_in_force_rows(p_case) n);
        INSERT INTO plan_action_in_force SELECT * FROM plan_action_in_force_rows(p_case)
          ON CONFLICT (action_id) DO UPDATE
            SET (region_id, case_id, version_id, action_key, owner_agency_id, due_date, status)
              = (EXCLUDED.region_id, EXCLUDED.case_id, EXCLUDED.version_id, EXCLUDED.action_key,
                 EXCLUDED.owner_agency_id, EXCLUDED.due_date, EXCLUDED.status)
            WHERE (plan_action_in_force.owner_agency_id, plan_action_in_force.due_date,
                   plan_action_in_force.status, plan_action_in_force.version_id)
                  IS DISTINCT FROM
                  (EXCLUDED.owner_agency_id, EXCLUDED.due_date, EXCLUDED.status,
                   EXCLUDED.version_id);
      END $$`);
    await q.query(`
      CREATE FUNCTION plan_action_in_force_write() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        old_case uuid;
        new_case uuid;
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN old_case := (to_jsonb(OLD) ->> TG_ARGV[0])::uuid; END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN new_case := (to_jsonb(NEW) ->> TG_ARGV[0])::uuid; END IF;
        IF old_case IS NOT NULL AND new_case IS NOT NULL AND old_case <> new_case THEN
          PERFORM plan_action_in_force_refresh(LEAST(old_case, new_case));
          PERFORM plan_action_in_force_refresh(GREATEST(old_case, new_case));
        ELSIF coalesce(new_case, old_case) IS NOT NULL THEN
          PERFORM plan_action_in_force_refresh(coalesce(new_case, old_case));
        END IF;
        RETURN NULL;
      END $$`);
    const sources: readonly (readonly [string, string, string])[] = [
      ['case_file', 'id', 'status'],
      ['plan_version', 'case_id', 'case_id, status, number'],
      ['plan_action', 'case_id', 'case_id, version_id, key, owner_agency_id, due_date'],
      ['plan_action_progress', 'case_id', 'case_id, action_key, status'],
    ];
    for (const [table, col, watched] of sources) {
      // A case file is never inserted with a plan; its deletion cascades.
      const events =
        table === 'case_file'
          ? `UPDATE OF ${watched}`
          : `INSERT OR DELETE OR UPDATE OF ${watched}`;
      await q.query(`CREATE TRIGGER plan_action_in_force_write AFTER ${events} ON ${table}
        FOR EACH ROW EXECUTE FUNCTION plan_action_in_force_write('${col}')`);
    }
    // The whole table from the plans: the backfill, and after a bulk load without triggers.
    await q.query(`
      CREATE FUNCTION plan_action_in_force_rebuild() RETURNS void LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        DELETE FROM plan_action_in_force;
        INSERT INTO plan_action_in_force
        SELECT a.id, a.region_id, a.case_id, a.version_id, a.key, a.owner_agency_id, a.due_date,
               p.status
          FROM (SELECT DISTINCT ON (v.case_id) v.case_id, v.id
                  FROM plan_version v
                 ORDER BY v.case_id, (v.status = 'ADOPTED') DESC, v.number DESC) f
          JOIN case_file c ON c.id = f.case_id AND c.status = ANY(${OPEN})
          JOIN plan_action a ON a.version_id = f.id
          JOIN plan_action_progress p ON p.action_key = a.key;
      END $$`);
    await q.query(`SELECT plan_action_in_force_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER plan_action_in_force_write ON case_file`);
    await q.query(`DROP TRIGGER plan_action_in_force_write ON plan_version`);
    await q.query(`DROP TRIGGER plan_action_in_force_write ON plan_action`);
    await q.query(`DROP TRIGGER plan_action_in_force_write ON plan_action_progress`);
    await q.query(`DROP FUNCTION plan_action_in_force_rebuild()`);
    await q.query(`DROP FUNCTION plan_action_in_force_write()`);
    await q.query(`DROP FUNCTION plan_action_in_force_refresh(uuid)`);
    await q.query(`DROP FUNCTION plan_action_in_force_rows(uuid)`);
    await q.query(`DROP TABLE plan_action_in_force`);
    await q.query(`ALTER TABLE plan_action DROP CONSTRAINT plan_action_id_region_id_key`);
    await q.query(`DROP INDEX plan_action_note_case_idx`);
    await q.query(`DROP INDEX plan_action_case_idx`);
    await q.query(`DROP INDEX plan_action_goal_idx`);
  }
}
