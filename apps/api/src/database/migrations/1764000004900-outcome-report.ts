import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './1764000000600-audit';

// Frozen copies of the vocabularies as they are at this migration (later changes add a migration).
const OUTCOMES = [
  'GOAL_ACHIEVED',
  'PARTIALLY_ACHIEVED',
  'NOT_ACHIEVED',
  'REFERRED_TO_REGULAR_CARE',
  'TAKEN_OVER_BY_JUSTICE',
  'PERSON_MOVED',
  'PERSON_DECEASED',
  'NO_COOPERATION',
  'OTHER',
];
const DOMAINS = [
  'HOUSING',
  'FINANCES',
  'WORK_AND_DAYTIME',
  'HEALTH_AND_CARE',
  'ADDICTION',
  'JUSTICE_AND_BEHAVIOUR',
  'SOCIAL_NETWORK',
  'SAFETY',
  'PARENTING',
];

/** Every measure column of `outcome_fact` and `outcome_agg`, with its SQL type. */
const MEASURES: readonly (readonly [string, string])[] = [
  ['referred', 'integer'],
  ['triaged', 'integer'],
  ['triage_days', 'numeric'],
  ['planned', 'integer'],
  ['plan_days', 'numeric'],
  ['action_cases', 'integer'],
  ['actions_due', 'integer'],
  ['actions_on_time', 'integer'],
  ['closed', 'integer'],
  ...OUTCOMES.map((o) => [`outcome_${o.toLowerCase()}`, 'integer'] as const),
  ...DOMAINS.flatMap((d) => [
    [`ld_${d.toLowerCase()}_n`, 'integer'] as const,
    [`ld_${d.toLowerCase()}_sum`, 'integer'] as const,
  ]),
  ['signal_cases', 'integer'],
  ['signals', 'integer'],
  ['coupling_cases', 'integer'],
  ['couplings', 'integer'],
];
const COLS = MEASURES.map(([c]) => c);
const list = (prefix = '') => COLS.map((c) => `${prefix}${c}`).join(', ');

/** A timestamp's quarter as the first day of it, in the Dutch calendar. */
const quarterOf = (ts: string) =>
  `date_trunc('quarter', (${ts}) AT TIME ZONE 'Europe/Amsterdam')::date`;

/**
 * The region's outcome report kept incrementally (issue 18 items 4–5, ADR 0037).
 *
 * `outcome_fact` holds, per case and quarter, what the case contributes to that quarter: referred
 * (and later triaged, with the days it took; a plan adopted, with the days from referral) in the
 * quarter of its referral; actions of its current plan in the quarter they fall due (and whether
 * done by then); its closing outcome in the quarter it closed; the change per life domain between
 * intake and closing scores in the quarter of the closing scores; violation signals in the quarter
 * they were reported. Every row carries the case's current wijk (`person.area_id`) and theme.
 * `outcome_fact_refresh(case)` recomputes one case's rows from its tables; triggers on every
 * table it reads call it, in the writer's transaction, whichever path wrote. The case row is
 * locked first (FOR NO KEY UPDATE), so two writers of one case refresh one after the other, the
 * later from the earlier's committed state (READ COMMITTED, a new snapshot per statement).
 *
 * `outcome_agg` holds append-only deltas of those rows per (region, quarter, wijk, theme): a
 * trigger on `outcome_fact` appends −old and +new, so writers lock no shared counter. The report
 * sums them; `outcome_agg_compact(region)` folds a region's deltas into one row per group.
 */
export class OutcomeReport1764000004900 implements MigrationInterface {
  name = 'OutcomeReport1764000004900';

  async up(q: QueryRunner): Promise<void> {
    const columns = MEASURES.map(([c, type]) => `${c} ${type} NOT NULL DEFAULT 0`).join(',\n');
    await q.query(`
      CREATE TABLE outcome_fact (
        case_id uuid NOT NULL,
        quarter date NOT NULL,
        region_id uuid NOT NULL,
        area_id uuid,
        theme text NOT NULL,
        ${columns},
        PRIMARY KEY (case_id, quarter),
        FOREIGN KEY (case_id, region_id) REFERENCES case_file (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (region_id, area_id) REFERENCES area (region_id, id)
      )`);
    await q.query(`CREATE INDEX outcome_fact_area_idx ON outcome_fact (area_id)
      WHERE area_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE outcome_agg (
        region_id uuid NOT NULL,
        quarter date NOT NULL,
        area_id uuid,
        theme text NOT NULL,
        ${columns}
      )`);
    await q.query(`CREATE INDEX outcome_agg_region_idx ON outcome_agg (region_id, quarter)`);

    // Hook for the volunteer couplings (issue 17 item 3, built apart): the moments a coupling of
    // the case started. Empty until that table exists; its migration replaces this body and adds
    // a trigger calling outcome_fact_refresh. Costs nothing meanwhile.
    await q.query(`
      CREATE FUNCTION outcome_volunteer_couplings(p_case uuid) RETURNS TABLE (coupled_at timestamptz)
        LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
        SELECT NULL::timestamptz WHERE false
      $$`);

    const zero = (except: Record<string, string>) =>
      COLS.map((c) => `${except[c] ?? '0'} AS ${c}`).join(', ');
    const outcomeCols = Object.fromEntries(
      OUTCOMES.map((o) => [`outcome_${o.toLowerCase()}`, `(cl.outcome = '${o}')::int`]),
    );
    const domainCols = Object.fromEntries(
      DOMAINS.flatMap((d) => [
        [`ld_${d.toLowerCase()}_n`, `count(*) FILTER (WHERE ch.domain = '${d}')::int`],
        [`ld_${d.toLowerCase()}_sum`, `coalesce(sum(ch.change) FILTER (WHERE ch.domain = '${d}'), 0)::int`],
      ]),
    );
    // One case's rows, from its own tables. The int-spec recomputes the same figures with
    // set-based SQL of its own.
    await q.query(`
      CREATE FUNCTION outcome_fact_rows(p_case uuid)
        RETURNS SETOF outcome_fact LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
        WITH c AS (
          SELECT cf.id, cf.region_id, cf.theme, p.area_id,
                 coalesce(r.referred_at, cf.created_at) AS referred_at, r.decided_at,
                 (SELECT min(v.adopted_at) FROM plan_version v
                   WHERE v.case_id = cf.id AND v.status = 'ADOPTED') AS adopted_at,
                 (SELECT v.id FROM plan_version v
                   WHERE v.case_id = cf.id AND v.status = 'ADOPTED'
                   ORDER BY v.number DESC LIMIT 1) AS current_version_id
            FROM case_file cf
            JOIN person p ON p.id = cf.subject_person_id
            LEFT JOIN referral r ON r.case_id = cf.id
           WHERE cf.id = p_case),
        parts AS (
          SELECT ${quarterOf('c.referred_at')} AS quarter,
                 ${zero({
                   referred: '1',
                   triaged: '(c.decided_at IS NOT NULL)::int',
                   triage_days: `coalesce(round(extract(epoch FROM c.decided_at - c.referred_at) / 86400, 4), 0)`,
                   planned: '(c.adopted_at IS NOT NULL)::int',
                   plan_days: `coalesce(round(extract(epoch FROM c.adopted_at - c.referred_at) / 86400, 4), 0)`,
                 })}
            FROM c
          UNION ALL
          SELECT date_trunc('quarter', a.due_date::timestamp)::date,
                 ${zero({
                   action_cases: '1',
                   actions_due: 'count(*)::int',
                   actions_on_time: `count(*) FILTER (WHERE pr.status = 'DONE'
                     AND (pr.status_changed_at AT TIME ZONE 'Europe/Amsterdam')::date <= a.due_date)::int`,
                 })}
            FROM c
            JOIN plan_action a ON a.version_id = c.current_version_id
            LEFT JOIN plan_action_progress pr ON pr.action_key = a.key
           WHERE pr.status IS DISTINCT FROM 'CANCELLED'
           GROUP BY 1
          UNION ALL
          SELECT ${quarterOf('cl.closed_at')}, ${zero({ closed: '1', ...outcomeCols })}
            FROM case_closure cl WHERE cl.case_id = p_case
          UNION ALL
          SELECT ch.quarter, ${zero(domainCols)}
            FROM (SELECT ${quarterOf('ca.recorded_at')} AS quarter, cs.domain,
                         cs.score - si.score AS change
                    FROM life_domain_assessment ia
                    JOIN life_domain_score si ON si.assessment_id = ia.id
                    JOIN life_domain_assessment ca
                      ON ca.case_id = ia.case_id AND ca.moment = 'CLOSING'
                    JOIN life_domain_score cs
                      ON cs.assessment_id = ca.id AND cs.domain = si.domain
                   WHERE ia.case_id = p_case AND ia.moment = 'INTAKE') ch
           GROUP BY ch.quarter
          UNION ALL
          SELECT ${quarterOf('s.reported_at')},
                 ${zero({ signal_cases: '1', signals: 'count(*)::int' })}
            FROM violation_signal s WHERE s.case_id = p_case GROUP BY 1
          UNION ALL
          SELECT ${quarterOf('vc.coupled_at')},
                 ${zero({ coupling_cases: '1', couplings: 'count(*)::int' })}
            FROM outcome_volunteer_couplings(p_case) vc GROUP BY 1)
        SELECT c.id, parts.quarter, c.region_id, c.area_id, c.theme,
               ${MEASURES.map(([col, type]) => `sum(parts.${col})::${type}`).join(', ')}
          FROM c CROSS JOIN parts
         GROUP BY c.id, parts.quarter, c.region_id, c.area_id, c.theme
      $$`);

    await q.query(`
      CREATE FUNCTION outcome_fact_refresh(p_case uuid) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        PERFORM 1 FROM case_file WHERE id = p_case FOR NO KEY UPDATE;
        IF NOT FOUND THEN
          DELETE FROM outcome_fact WHERE case_id = p_case;
          RETURN;
        END IF;
        DELETE FROM outcome_fact f WHERE f.case_id = p_case
           AND f.quarter NOT IN (SELECT n.quarter FROM outcome_fact_rows(p_case) n);
        INSERT INTO outcome_fact SELECT * FROM outcome_fact_rows(p_case)
          ON CONFLICT (case_id, quarter) DO UPDATE
            SET (region_id, area_id, theme, ${list()})
              = (EXCLUDED.region_id, EXCLUDED.area_id, EXCLUDED.theme, ${list('EXCLUDED.')})
            WHERE (outcome_fact.region_id, outcome_fact.area_id, outcome_fact.theme,
                   ${list('outcome_fact.')})
                  IS DISTINCT FROM
                  (EXCLUDED.region_id, EXCLUDED.area_id, EXCLUDED.theme, ${list('EXCLUDED.')});
      END $$`);

    // A fact row's change, as deltas.
    await q.query(`
      CREATE FUNCTION outcome_fact_delta() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          INSERT INTO outcome_agg (region_id, quarter, area_id, theme, ${list()})
          VALUES (OLD.region_id, OLD.quarter, OLD.area_id, OLD.theme,
                  ${COLS.map((c) => `-OLD.${c}`).join(', ')});
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
          INSERT INTO outcome_agg (region_id, quarter, area_id, theme, ${list()})
          VALUES (NEW.region_id, NEW.quarter, NEW.area_id, NEW.theme, ${list('NEW.')});
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER outcome_fact_delta AFTER INSERT OR UPDATE OR DELETE
      ON outcome_fact FOR EACH ROW EXECUTE FUNCTION outcome_fact_delta()`);

    // The source tables: each write refreshes the case it belongs to.
    await q.query(`
      CREATE FUNCTION outcome_source_write() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
      DECLARE
        col text := TG_ARGV[0];
        old_case uuid;
        new_case uuid;
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          old_case := (to_jsonb(OLD) ->> col)::uuid;
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
          new_case := (to_jsonb(NEW) ->> col)::uuid;
        END IF;
        -- A score names its assessment, which names the case (gone when deleted with it).
        IF col = 'assessment_id' THEN
          old_case := (SELECT a.case_id FROM life_domain_assessment a WHERE a.id = old_case);
          new_case := (SELECT a.case_id FROM life_domain_assessment a WHERE a.id = new_case);
        END IF;
        -- Both cases of a moved row, in a fixed order (the locks of two writers then never cross).
        IF old_case IS NOT NULL AND new_case IS NOT NULL AND old_case <> new_case THEN
          PERFORM outcome_fact_refresh(LEAST(old_case, new_case));
          PERFORM outcome_fact_refresh(GREATEST(old_case, new_case));
        ELSIF coalesce(new_case, old_case) IS NOT NULL THEN
          PERFORM outcome_fact_refresh(coalesce(new_case, old_case));
        END IF;
        RETURN NULL;
      END $$`);
    const sources: readonly (readonly [string, string, string])[] = [
      // table, column naming the case, the columns whose change matters
      ['case_file', 'id', 'theme, subject_person_id, region_id, created_at'],
      ['referral', 'case_id', 'case_id, referred_at, decided_at'],
      ['plan_version', 'case_id', 'case_id, status, adopted_at, number'],
      ['plan_action', 'case_id', 'case_id, version_id, key, due_date'],
      ['plan_action_progress', 'case_id', 'case_id, action_key, status, status_changed_at'],
      ['case_closure', 'case_id', 'case_id, outcome, closed_at'],
      ['life_domain_assessment', 'case_id', 'case_id, moment, recorded_at'],
      ['life_domain_score', 'assessment_id', 'assessment_id, domain, score'],
      ['violation_signal', 'case_id', 'case_id, reported_at'],
    ];
    for (const [table, col, watched] of sources) {
      await q.query(`CREATE TRIGGER outcome_source_write AFTER INSERT OR DELETE OR UPDATE OF ${watched}
        ON ${table} FOR EACH ROW EXECUTE FUNCTION outcome_source_write('${col}')`);
    }
    // A person's wijk: every case of theirs.
    await q.query(`
      CREATE FUNCTION outcome_person_area() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
      BEGIN
        PERFORM outcome_fact_refresh(c.id)
           FROM (SELECT id FROM case_file WHERE subject_person_id = NEW.id ORDER BY id) c;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER outcome_person_area AFTER UPDATE OF area_id ON person
      FOR EACH ROW WHEN (OLD.area_id IS DISTINCT FROM NEW.area_id)
      EXECUTE FUNCTION outcome_person_area()`);

    // The whole report from the tables: the backfill, and after a TRUNCATE (no row triggers fire).
    await q.query(`
      CREATE FUNCTION outcome_rebuild() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
      BEGIN
        DELETE FROM outcome_fact;
        DELETE FROM outcome_agg;
        INSERT INTO outcome_fact SELECT f.* FROM case_file c, LATERAL outcome_fact_rows(c.id) f;
      END $$`);
    await q.query(`
      CREATE FUNCTION outcome_truncated() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
      BEGIN
        PERFORM outcome_rebuild();
        RETURN NULL;
      END $$`);
    for (const [table] of sources.slice(1)) {
      await q.query(`CREATE TRIGGER outcome_truncated AFTER TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION outcome_truncated()`);
    }

    // Folds one region's deltas into one row per group; one folder at a time per region, writers
    // appending meanwhile are not blocked and their uncommitted rows are left alone.
    await q.query(`
      CREATE FUNCTION outcome_agg_compact(p_region uuid) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF NOT pg_try_advisory_xact_lock(hashtextextended('outcome_agg:' || p_region::text, 0)) THEN
          RETURN;
        END IF;
        WITH gone AS (
          DELETE FROM outcome_agg WHERE region_id = p_region
          RETURNING quarter, area_id, theme, ${list()})
        INSERT INTO outcome_agg (region_id, quarter, area_id, theme, ${list()})
        SELECT p_region, quarter, area_id, theme, ${MEASURES.map(([c, type]) => `sum(${c})::${type}`).join(', ')}
          FROM gone GROUP BY quarter, area_id, theme
        HAVING ${COLS.map((c) => `sum(${c}) <> 0`).join(' OR ')};
      END $$`);

    await q.query(`SELECT outcome_rebuild()`);

    await q.query(`REVOKE ALL ON outcome_fact, outcome_agg FROM PUBLIC`);
    for (const fn of [
      'outcome_volunteer_couplings(uuid)',
      'outcome_fact_rows(uuid)',
      'outcome_fact_refresh(uuid)',
      'outcome_fact_delta()',
      'outcome_source_write()',
      'outcome_person_area()',
      'outcome_rebuild()',
      'outcome_truncated()',
      'outcome_agg_compact(uuid)',
    ]) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
    }
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          EXECUTE 'GRANT SELECT ON outcome_agg TO ${APP_ROLE}';
          EXECUTE 'GRANT EXECUTE ON FUNCTION outcome_agg_compact(uuid) TO ${APP_ROLE}';
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER outcome_person_area ON person`);
    for (const table of [
      'case_file',
      'referral',
      'plan_version',
      'plan_action',
      'plan_action_progress',
      'case_closure',
      'life_domain_assessment',
      'life_domain_score',
      'violation_signal',
    ]) {
      await q.query(`DROP TRIGGER outcome_source_write ON ${table}`);
      if (table !== 'case_file') await q.query(`DROP TRIGGER outcome_truncated ON ${table}`);
    }
    await q.query(`DROP FUNCTION outcome_fact_rows(uuid)`);
    await q.query(`DROP TABLE outcome_agg`);
    await q.query(`DROP TABLE outcome_fact`);
    await q.query(`DROP FUNCTION outcome_agg_compact(uuid)`);
    await q.query(`DROP FUNCTION outcome_truncated()`);
    await q.query(`DROP FUNCTION outcome_rebuild()`);
    await q.query(`DROP FUNCTION outcome_person_area()`);
    await q.query(`DROP FUNCTION outcome_source_write()`);
    await q.query(`DROP FUNCTION outcome_fact_delta()`);
    await q.query(`DROP FUNCTION outcome_fact_refresh(uuid)`);
    await q.query(`DROP FUNCTION outcome_volunteer_couplings(uuid)`);
  }
}
