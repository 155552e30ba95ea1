// The region's outcome report kept incrementally (migration 1764000004900, ADR 0037): after any
// sequence of writes to the case tables — cases referred and triaged, plans adopted, actions
// done (on time or late) or cancelled, scores at intake and closing, cases closed, signals, a
// person moved to another wijk, a case's theme changed, a case deleted — the kept aggregates
// equal a recount written here, set-based, from the case tables; concurrent writers keep them;
// and the report answers every figure as the recount gives it, with no figure under five cases.
import { CLOSE_OUTCOMES, LIFE_DOMAINS } from '@schakel/domain';
import fc from 'fast-check';
import { suppress, MIN_CELL, type RawCell } from '../src/outcome-report/outcome-report.cells';
import { toRawCell, type CellRow } from '../src/outcome-report/outcome-report.queries';
import { errorCode, ok } from './support/graphql-client';
import { callerByEmail, callerFor, createUser } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let region: string;
let zvh: string;
let areas: string[];
let persons: string[] = [];
let cases: string[] = [];
let serial = 0;

const THEMES = ['OTHER', 'DOMESTIC_VIOLENCE', 'FREQUENT_OFFENDER'];
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;
const Q = (ts: string) => `date_trunc('quarter', (${ts}) AT TIME ZONE 'Europe/Amsterdam')::date`;

/** Every figure per (region, quarter, wijk, theme) from the case tables, as (key, value) rows. */
const RECOUNT = `
  WITH c AS (
    SELECT cf.id, cf.region_id, cf.theme, p.area_id,
           coalesce(r.referred_at, cf.created_at) AS referred_at, r.decided_at, fa.adopted_at,
           cv.id AS current_version
      FROM case_file cf
      JOIN person p ON p.id = cf.subject_person_id
      LEFT JOIN referral r ON r.case_id = cf.id
      LEFT JOIN (SELECT case_id, min(adopted_at) AS adopted_at FROM plan_version
                  WHERE status = 'ADOPTED' GROUP BY case_id) fa ON fa.case_id = cf.id
      LEFT JOIN (SELECT DISTINCT ON (case_id) case_id, id FROM plan_version
                  WHERE status = 'ADOPTED' ORDER BY case_id, number DESC) cv ON cv.case_id = cf.id),
  actions AS (
    SELECT c.id, date_trunc('quarter', a.due_date::timestamp)::date AS quarter,
           count(*) AS due,
           count(*) FILTER (WHERE pr.status = 'DONE'
             AND (pr.status_changed_at AT TIME ZONE 'Europe/Amsterdam')::date <= a.due_date) AS on_time
      FROM c JOIN plan_action a ON a.version_id = c.current_version
      LEFT JOIN plan_action_progress pr ON pr.action_key = a.key
     WHERE coalesce(pr.status, 'OPEN') <> 'CANCELLED'
     GROUP BY 1, 2),
  changes AS (
    SELECT ia.case_id AS id, ${Q('ca.recorded_at')} AS quarter, cs.domain, cs.score - si.score AS change
      FROM life_domain_assessment ia
      JOIN life_domain_score si ON si.assessment_id = ia.id
      JOIN life_domain_assessment ca ON ca.case_id = ia.case_id AND ca.moment = 'CLOSING'
      JOIN life_domain_score cs ON cs.assessment_id = ca.id AND cs.domain = si.domain
     WHERE ia.moment = 'INTAKE'),
  signals AS (
    SELECT case_id AS id, ${Q('reported_at')} AS quarter, count(*) AS n
      FROM violation_signal GROUP BY 1, 2),
  couplings AS (
    SELECT case_id AS id, ${Q('coupled_at')} AS quarter, count(*) AS n
      FROM volunteer_coupling WHERE coupled_at IS NOT NULL GROUP BY 1, 2),
  long AS (
    SELECT c.id, ${Q('c.referred_at')} AS quarter, x.k, x.v
      FROM c CROSS JOIN LATERAL (VALUES
        ('referred', 1::numeric),
        ('triaged', (c.decided_at IS NOT NULL)::int::numeric),
        ('triage_days', coalesce(round(extract(epoch FROM c.decided_at - c.referred_at) / 86400, 4), 0)),
        ('planned', (c.adopted_at IS NOT NULL)::int::numeric),
        ('plan_days', coalesce(round(extract(epoch FROM c.adopted_at - c.referred_at) / 86400, 4), 0))
      ) x(k, v)
    UNION ALL
    SELECT a.id, a.quarter, x.k, x.v FROM actions a CROSS JOIN LATERAL (VALUES
        ('action_cases', 1::numeric), ('actions_due', a.due), ('actions_on_time', a.on_time)) x(k, v)
    UNION ALL
    SELECT cl.case_id, ${Q('cl.closed_at')}, x.k, 1
      FROM case_closure cl CROSS JOIN LATERAL (VALUES
        ('closed'), ('outcome_' || lower(cl.outcome))) x(k)
    UNION ALL
    SELECT ch.id, ch.quarter, x.k, x.v FROM changes ch CROSS JOIN LATERAL (VALUES
        ('ld_' || lower(ch.domain) || '_n', 1::numeric),
        ('ld_' || lower(ch.domain) || '_sum', ch.change::numeric)) x(k, v)
    UNION ALL
    SELECT s.id, s.quarter, x.k, x.v FROM signals s CROSS JOIN LATERAL (VALUES
        ('signal_cases', 1::numeric), ('signals', s.n)) x(k, v)
    UNION ALL
    SELECT v.id, v.quarter, x.k, x.v FROM couplings v CROSS JOIN LATERAL (VALUES
        ('coupling_cases', 1::numeric), ('couplings', v.n)) x(k, v))
  SELECT c.region_id, l.quarter, c.area_id, c.theme, l.k, sum(l.v) AS v
    FROM long l JOIN c ON c.id = l.id
   GROUP BY 1, 2, 3, 4, 5 HAVING sum(l.v) <> 0`;

const KEPT = `
  SELECT g.region_id, g.quarter, g.area_id, g.theme, x.key AS k, sum(x.value::numeric) AS v
    FROM outcome_agg g,
         jsonb_each_text(to_jsonb(g) - 'region_id' - 'quarter' - 'area_id' - 'theme') x
   GROUP BY 1, 2, 3, 4, 5 HAVING sum(x.value::numeric) <> 0`;

/**
 * The actions in force (ADR 0042), kept by the same writes, against a recount from the plans:
 * rows only in the table, then rows only in the recount.
 */
async function inForceDifferences(): Promise<unknown[]> {
  const recount = `SELECT a.id AS action_id, a.region_id, a.case_id, a.version_id, a.key AS action_key,
                          a.owner_agency_id, a.due_date, p.status
                     FROM case_file c
                     JOIN plan_action a ON a.version_id = (
                            SELECT v.id FROM plan_version v WHERE v.case_id = c.id
                             ORDER BY (v.status = 'ADOPTED') DESC, v.number DESC LIMIT 1)
                     JOIN plan_action_progress p ON p.action_key = a.key
                    WHERE c.status IN ('REFERRED','IN_TRIAGE','ACCEPTED','ACTIVE')`;
  const kept = `SELECT action_id, region_id, case_id, version_id, action_key, owner_agency_id,
                       due_date, status FROM plan_action_in_force`;
  return t.db.query(
    `(SELECT 'kept only' AS side, * FROM (${kept} EXCEPT ${recount}) k)
     UNION ALL (SELECT 'recount only', * FROM (${recount} EXCEPT ${kept}) r)`,
  );
}

async function recountDifferences(): Promise<unknown[]> {
  return t.db.query(
    `WITH kept AS (${KEPT}), recount AS (${RECOUNT})
     (SELECT 'kept' AS side, * FROM kept EXCEPT SELECT 'kept', * FROM recount)
     UNION ALL
     (SELECT 'recount', * FROM recount EXCEPT SELECT 'recount', * FROM kept)`,
  );
}

/** The recount as the report's cells (same shape as the report's own read). */
async function recountCells(): Promise<RawCell[]> {
  const rows = await t.db.query<
    {
      quarter: string;
      area_id: string | null;
      area_name: string | null;
      theme: string;
      k: string;
      v: string;
    }[]
  >(
    `SELECT to_char(r.quarter, 'YYYY-MM-DD') AS quarter, r.area_id, a.name AS area_name, r.theme,
            r.k, r.v::float8 AS v
       FROM (${RECOUNT}) r LEFT JOIN area a ON a.id = r.area_id
      WHERE r.region_id = $1`,
    [region],
  );
  const cells = new Map<string, CellRow>();
  for (const r of rows) {
    const key = `${r.quarter}|${r.area_id}|${r.theme}`;
    const cell = cells.get(key) ?? {
      quarter: r.quarter,
      area_id: r.area_id,
      area_name: r.area_name,
      theme: r.theme,
      delta_rows: 0,
    };
    cell[r.k] = Number(r.v);
    cells.set(key, cell);
  }
  return [...cells.values()].map(toRawCell);
}

// ---- writes, as the API and the jobs make them, straight in SQL -------------------------------

async function newCase(person: string, theme: string, daysAgo: number): Promise<string> {
  const [row] = await t.db.query<{ id: string }[]>(
    `WITH c AS (
       INSERT INTO case_file (region_id, reference, subject_person_id, theme, status,
                              referring_agency_id, created_at)
       VALUES ($1, $2, $3, $4, 'REFERRED', $5, now() - make_interval(days => $6)) RETURNING id, created_at)
     INSERT INTO referral (case_id, region_id, reason, goal, person_informed, person_source, referred_at)
     SELECT c.id, $1, 'Aanmelding voor het rapport', 'Doel voor het rapport', true, 'NEW', c.created_at
       FROM c RETURNING case_id AS id`,
    [region, `REPORT-${++serial}`, person, theme, zvh, daysAgo],
  );
  cases.push(row!.id);
  return row!.id;
}

async function decide(caseId: string, afterDays: number) {
  await t.db.query(
    `UPDATE referral SET decision = 'ACCEPTED', decision_reason = 'Besluit voor het rapport',
            decided_at = referred_at + make_interval(hours => $2), decided_by_agency_id = $3
      WHERE case_id = $1`,
    [caseId, afterDays * 24 + 5, zvh],
  );
  await t.db.query(`UPDATE case_file SET status = 'ACTIVE' WHERE id = $1 AND status <> 'CLOSED'`, [
    caseId,
  ]);
}

async function adopt(caseId: string, dueInDays: number[], afterDays: number): Promise<void> {
  // Written as a draft, then adopted: an adopted version's goals and actions are frozen.
  const [version] = await t.db.query<{ id: string }[]>(
    `INSERT INTO plan_version (region_id, case_id, number)
     SELECT $1, $2, coalesce(max(number), 0) + 1 FROM plan_version WHERE case_id = $2
     RETURNING id`,
    [region, caseId],
  );
  const [goal] = await t.db.query<{ id: string }[]>(
    `INSERT INTO plan_goal (region_id, version_id, life_domain, description, position)
     VALUES ($1, $2, 'HOUSING', 'Een woning', 1) RETURNING id`,
    [region, version!.id],
  );
  for (const [i, days] of dueInDays.entries()) {
    await t.db.query(
      `INSERT INTO plan_action (region_id, case_id, version_id, goal_id, description, owner_agency_id,
                                due_date, position)
       VALUES ($1, $2, $3, $4, 'Actie voor het rapport', $5, current_date + $6::int, $7)`,
      [region, caseId, version!.id, goal!.id, zvh, days, i + 1],
    );
  }
  await t.db.query(
    `UPDATE plan_version v SET status = 'ADOPTED', adopted_on = r.at::date, adopted_at = r.at
       FROM (SELECT coalesce((SELECT referred_at FROM referral WHERE case_id = $2), now())
                    + make_interval(days => $3) AS at) r
      WHERE v.id = $1`,
    [version!.id, caseId, afterDays],
  );
}

async function progress(caseId: string, n: number, status: string, daysFromDue: number) {
  await t.db.query(
    `WITH a AS (
       SELECT a.key, a.due_date FROM plan_action a WHERE a.case_id = $1
        ORDER BY a.id OFFSET $2 LIMIT 1)
     INSERT INTO plan_action_progress (action_key, region_id, case_id, status, status_changed_at)
     SELECT a.key, $3, $1, $4, (a.due_date + $5::int)::timestamp AT TIME ZONE 'Europe/Amsterdam'
            + interval '12 hours'
       FROM a
     ON CONFLICT (action_key) DO UPDATE
       SET status = EXCLUDED.status, status_changed_at = EXCLUDED.status_changed_at`,
    [caseId, n, region, status, daysFromDue],
  );
}

async function score(
  caseId: string,
  moment: 'INTAKE' | 'CLOSING',
  scores: number[],
  daysAgo: number,
) {
  await t.db.query(
    `WITH a AS (
       INSERT INTO life_domain_assessment (region_id, case_id, moment, recorded_by_agency_id, recorded_at)
       VALUES ($1, $2, $3, $4, now() - make_interval(days => $5))
       ON CONFLICT DO NOTHING RETURNING id)
     INSERT INTO life_domain_score (region_id, assessment_id, domain, category, score)
     SELECT $1, a.id, d.domain,
            CASE d.domain WHEN 'HEALTH_AND_CARE' THEN 'CARE' WHEN 'ADDICTION' THEN 'CARE'
              WHEN 'JUSTICE_AND_BEHAVIOUR' THEN 'JUSTICE' WHEN 'SAFETY' THEN 'SAFETY'
              ELSE 'SOCIAL' END,
            d.score
       FROM a, unnest($6::text[], $7::int[]) d(domain, score)`,
    [region, caseId, moment, zvh, daysAgo, LIFE_DOMAINS.slice(0, scores.length), scores],
  );
}

async function close(caseId: string, outcome: string) {
  await t.db.query(
    `INSERT INTO case_closure (case_id, region_id, outcome, reason, grace_days, access_ends_at)
     VALUES ($1, $2, $3, 'Afgesloten voor het rapport', 30, now() + interval '30 days')
     ON CONFLICT DO NOTHING`,
    [caseId, region, outcome],
  );
  await t.db.query(`UPDATE case_file SET status = 'CLOSED' WHERE id = $1`, [caseId]);
}

async function signal(caseId: string, daysAgo: number) {
  await t.db.query(
    `INSERT INTO violation_signal (region_id, case_id, reporter_agency_id, what, occurred_at,
                                   location, seen_by, reported_at, due_at)
     VALUES ($1, $2, $3, 'Gezien in de wijk', now() - make_interval(days => $4), 'Plein', 'Agent',
             now() - make_interval(days => $4), now() + interval '3 days')`,
    [region, caseId, zvh, daysAgo],
  );
}

type Write =
  | { kind: 'case'; person: number; theme: number; daysAgo: number }
  | { kind: 'decide'; target: number; days: number }
  | { kind: 'adopt'; target: number; due: number[]; days: number }
  | { kind: 'progress'; target: number; n: number; status: number; late: number }
  | { kind: 'score'; target: number; closing: boolean; scores: number[]; daysAgo: number }
  | { kind: 'close'; target: number; outcome: number }
  | { kind: 'signal'; target: number; daysAgo: number }
  | { kind: 'area'; person: number; area: number }
  | { kind: 'theme'; target: number; theme: number }
  | { kind: 'unscore'; target: number }
  | { kind: 'delete'; target: number };

const days = fc.integer({ min: 0, max: 400 });
const write: fc.Arbitrary<Write> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('case' as const),
      person: fc.nat(),
      theme: fc.nat(),
      daysAgo: days,
    }),
  },
  fc.record({
    kind: fc.constant('decide' as const),
    target: fc.nat(),
    days: fc.integer({ min: 0, max: 40 }),
  }),
  fc.record({
    kind: fc.constant('adopt' as const),
    target: fc.nat(),
    due: fc.array(fc.integer({ min: -200, max: 100 }), { maxLength: 3 }),
    days: fc.integer({ min: 0, max: 90 }),
  }),
  fc.record({
    kind: fc.constant('progress' as const),
    target: fc.nat(),
    n: fc.nat({ max: 3 }),
    status: fc.nat(),
    late: fc.integer({ min: -5, max: 5 }),
  }),
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('score' as const),
      target: fc.nat(),
      closing: fc.boolean(),
      scores: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 9 }),
      daysAgo: days,
    }),
  },
  fc.record({ kind: fc.constant('close' as const), target: fc.nat(), outcome: fc.nat() }),
  fc.record({ kind: fc.constant('signal' as const), target: fc.nat(), daysAgo: days }),
  fc.record({ kind: fc.constant('area' as const), person: fc.nat(), area: fc.nat() }),
  fc.record({ kind: fc.constant('theme' as const), target: fc.nat(), theme: fc.nat() }),
  fc.record({ kind: fc.constant('unscore' as const), target: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), target: fc.nat() }),
);

async function apply(w: Write): Promise<void> {
  if (w.kind === 'case') {
    await newCase(pick(persons, w.person), pick(THEMES, w.theme), w.daysAgo);
    return;
  }
  if (w.kind === 'area') {
    await t.db.query(`UPDATE person SET area_id = $2 WHERE id = $1`, [
      pick(persons, w.person),
      pick([...areas, null], w.area),
    ]);
    return;
  }
  if (cases.length === 0) return;
  const target = pick(cases, w.target);
  switch (w.kind) {
    case 'decide':
      return decide(target, w.days);
    case 'adopt':
      return adopt(target, w.due, w.days);
    case 'progress':
      return progress(
        target,
        w.n,
        pick(['DONE', 'DONE', 'IN_PROGRESS', 'CANCELLED', 'OPEN'], w.status),
        w.late,
      );
    case 'score':
      return score(target, w.closing ? 'CLOSING' : 'INTAKE', w.scores, w.daysAgo);
    case 'close':
      return close(target, pick(CLOSE_OUTCOMES, w.outcome));
    case 'signal':
      return signal(target, w.daysAgo);
    case 'theme':
      await t.db.query(`UPDATE case_file SET theme = $2 WHERE id = $1`, [
        target,
        pick(THEMES, w.theme),
      ]);
      return;
    case 'unscore':
      await t.db.query(
        `DELETE FROM life_domain_score WHERE (assessment_id, domain) IN (
           SELECT s.assessment_id, s.domain FROM life_domain_score s
             JOIN life_domain_assessment a ON a.id = s.assessment_id
            WHERE a.case_id = $1 LIMIT 1)`,
        [target],
      );
      return;
    case 'delete':
      await t.db.query(`DELETE FROM case_file WHERE id = $1`, [target]);
      cases = cases.filter((c) => c !== target);
      return;
  }
}

const REPORT = `query($f: OutcomeReportFilter) { outcomeReport(filter: $f) {
  from to minCellSize withheldCells areas { id name }
  cells { ...F } quarters { ...F } total { ...F } } }
  fragment F on OutcomeFigures { quarter areaId areaName theme referred triaged averageDaysToTriage
    planned averageDaysToPlan actionCases actionsDue actionsOnTime closed
    outcomes { outcome cases } lifeDomains { domain cases averageChange }
    signalCases signals couplingCases couplings }`;

interface Figures {
  quarter: string;
  areaId: string | null;
  theme: string | null;
  referred: number | null;
  triaged: number | null;
  averageDaysToTriage: number | null;
  closed: number | null;
  outcomes: { outcome: string; cases: number | null }[];
  lifeDomains: { domain: string; cases: number | null; averageChange: number | null }[];
  [k: string]: unknown;
}
interface Report {
  outcomeReport: {
    from: string;
    to: string;
    withheldCells: number;
    cells: Figures[];
    quarters: Figures[];
    total: Figures;
  };
}

beforeAll(async () => {
  t = await createTestApp();
  const [demo] = await t.db.query<{ id: string }[]>(`SELECT id FROM region WHERE code = 'demo'`);
  region = demo!.id;
  const [z] = await t.db.query<{ id: string }[]>(
    `SELECT id FROM agency WHERE region_id = $1 AND type = 'ZVH' LIMIT 1`,
    [region],
  );
  zvh = z!.id;
  areas = (
    await t.db.query<{ id: string }[]>(`SELECT id FROM area WHERE region_id = $1 ORDER BY name`, [
      region,
    ])
  ).map((a) => a.id);
  persons = (
    await t.db.query<{ id: string }[]>(
      `INSERT INTO person (region_id, given_names, family_name, date_of_birth)
       SELECT $1, 'Rapport', 'Persoon ' || g, '1980-01-01' FROM generate_series(1, 6) g RETURNING id`,
      [region],
    )
  ).map((p) => p.id);
}, 120_000);
afterAll(async () => {
  await t.close();
});

// First, before any test below writes to the region: the seeded demo as a visitor meets it.
describe('the demo covers a year of scores (issue 18)', () => {
  it('the procesregisseur’s default report shows cells of five or more cases with a change per life domain in three quarters, equal to the recount', async () => {
    const regie = await callerByEmail(t, 'procesregisseur@zvh.demo.example');
    const report = ok(await regie.gql<Report>(REPORT, {})).outcomeReport;
    const recount = new Map(
      (await recountCells()).map((c) => [`${c.quarter}|${c.areaId}|${c.theme}`, suppress(c)]),
    );
    const withChange = report.cells.filter((c) =>
      c.lifeDomains.some((d) => d.averageChange !== null),
    );
    // Shown cells with a mean change per life domain, in at least three quarters of the period.
    expect(new Set(withChange.map((c) => c.quarter)).size).toBeGreaterThanOrEqual(3);
    for (const cell of withChange) {
      const counted = recount.get(`${cell.quarter}|${cell.areaId}|${cell.theme}`)!;
      // The recount has the same cell, with enough closed cases to be shown.
      expect(counted?.closed).toBeGreaterThanOrEqual(MIN_CELL);
      expect(cell.areaName).not.toBeNull();
      expect(cell.closed).toBe(counted.closed);
      expect(cell.closed).toBeGreaterThanOrEqual(MIN_CELL);
      for (const d of cell.lifeDomains) {
        const v = counted.lifeDomains[d.domain as (typeof LIFE_DOMAINS)[number]];
        expect([d.domain, d.cases]).toEqual([d.domain, v?.n ?? null]);
        if (v && v.n > 0) expect(d.averageChange).toBeCloseTo(v.sum / v.n, 2);
        else expect(d.averageChange).toBeNull();
      }
    }
    // A visible change: the period's mean change is shown, and mostly an improvement.
    const shown = report.total.lifeDomains.filter((d) => d.averageChange !== null);
    expect(shown.length).toBeGreaterThanOrEqual(5);
    expect(shown.filter((d) => d.averageChange! > 0).length).toBeGreaterThanOrEqual(5);
    // Referrals too: at least three quarters with a shown cell of referred cases.
    const referred = report.cells.filter((c) => c.referred !== null && c.referred >= MIN_CELL);
    expect(new Set(referred.map((c) => c.quarter)).size).toBeGreaterThanOrEqual(3);
    for (const cell of referred) {
      const counted = recount.get(`${cell.quarter}|${cell.areaId}|${cell.theme}`)!;
      expect([cell.referred, cell.triaged]).toEqual([counted.referred, counted.triaged]);
    }
  });

  it('an open demo case has scores at three or more moments over the year, shown to its casusregisseur', async () => {
    const probation = await callerByEmail(t, 'reclassering@reclassering.demo.example');
    const [open] = await t.db.query<{ id: string; reference: string }[]>(
      `SELECT c.id, c.reference FROM case_file c JOIN life_domain_assessment a ON a.case_id = c.id
        WHERE c.region_id = $1 AND c.status = 'ACTIVE'
        GROUP BY c.id, c.reference HAVING count(*) >= 3 AND max(a.recorded_at) - min(a.recorded_at) > interval '180 days'`,
      [region],
    );
    // The long-running demo case (README: the demo's year of history).
    expect(open?.reference).toBe('ZVH-2025-125');
    const { caseLifeDomainScores } = ok(
      await probation.gql<{
        caseLifeDomainScores: {
          moments: {
            moment: string;
            assessment: { scores: { domain: string; score: number | null }[] } | null;
          }[];
        };
      }>(
        `query($id: ID!) { caseLifeDomainScores(caseId: $id) {
           moments { moment assessment { scores { domain score } } } } }`,
        { id: open!.id },
      ),
    );
    const scored = caseLifeDomainScores.moments.filter((m) =>
      m.assessment?.scores.some((s) => s.score !== null),
    );
    expect(scored.length).toBeGreaterThanOrEqual(3);
    expect(scored.map((m) => m.moment)).toEqual(['INTAKE', 'PLAN', 'PLAN', 'PLAN']);
    const housing = scored.map(
      (m) => m.assessment!.scores.find((s) => s.domain === 'HOUSING')!.score,
    );
    expect(housing[housing.length - 1]!).toBeGreaterThan(housing[0]!);
  });
});

describe('the outcome report kept incrementally', () => {
  it('equals a recount after the demo data and migrations', async () => {
    expect(areas.length).toBeGreaterThan(0);
    expect(await recountDifferences()).toEqual([]);
    expect(await inForceDifferences()).toEqual([]);
  });

  it('equals a recount after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 15 }), async (writes) => {
        for (const w of writes) await apply(w);
        expect(await recountDifferences()).toEqual([]);
        expect(await inForceDifferences()).toEqual([]);
      }),
      { numRuns: 25 },
    );
    // Not vacuous: the writes reached every kind of figure.
    const [seen] = await t.db.query<Record<string, number>[]>(
      `SELECT sum(referred)::int AS referred, sum(triaged)::int AS triaged, sum(actions_due)::int AS actions,
              sum(closed)::int AS closed, sum(signals)::int AS signals,
              sum(ld_housing_n)::int AS scored
         FROM outcome_agg WHERE region_id = $1`,
      [region],
    );
    expect(Object.keys(seen!)).toHaveLength(6);
    for (const value of Object.values(seen!)) expect(value).toBeGreaterThan(0);
    const [inForce] = await t.db.query<{ n: number; done: number }[]>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'DONE')::int AS done
         FROM plan_action_in_force WHERE region_id = $1`,
      [region],
    );
    expect(inForce!.n).toBeGreaterThan(inForce!.done);
    expect(inForce!.done).toBeGreaterThan(0);
    expect(await recountDifferences()).toEqual([]);
    expect(await inForceDifferences()).toEqual([]);
  }, 600_000);

  it('equals a recount after concurrent writes on the same cases and persons', async () => {
    const few = [
      await newCase(persons[0]!, 'OTHER', 10),
      await newCase(persons[1]!, 'OTHER', 20),
      await newCase(persons[0]!, 'DOMESTIC_VIOLENCE', 30),
    ];
    for (const c of few) await adopt(c, [-3, 5], 2);
    const outcomes = { committed: 0, refused: 0 };
    const rounds = Array.from({ length: 8 }, (_, worker) =>
      t.db
        .transaction(async (m) => {
          for (let step = 0; step < 4; step++) {
            const target = few[(worker + step) % few.length]!;
            switch ((worker + step) % 5) {
              case 0:
                await m.query(`UPDATE case_file SET theme = $2 WHERE id = $1`, [
                  target,
                  pick(THEMES, worker + step),
                ]);
                break;
              case 1:
                await m.query(
                  `INSERT INTO violation_signal (region_id, case_id, reporter_agency_id, what, occurred_at,
                                                 location, seen_by, due_at)
                   VALUES ($1, $2, $3, 'Gezien', now(), 'Plein', 'Agent', now() + interval '3 days')`,
                  [region, target, zvh],
                );
                break;
              case 2:
                await m.query(
                  `INSERT INTO plan_action_progress (action_key, region_id, case_id, status)
                   SELECT a.key, $2, $1, 'DONE' FROM plan_action a WHERE a.case_id = $1
                   ON CONFLICT (action_key) DO UPDATE SET status = 'DONE', status_changed_at = now()`,
                  [target, region],
                );
                break;
              case 3:
                await m.query(
                  `UPDATE referral SET decision = 'ACCEPTED', decision_reason = 'Besluit voor het rapport',
                                      decided_at = referred_at + interval '3 days' WHERE case_id = $1`,
                  [target],
                );
                break;
              default:
                await m.query(`UPDATE person SET area_id = $2 WHERE id = $1`, [
                  persons[(worker + step) % 2],
                  pick([...areas, null], worker + step),
                ]);
            }
            await m.query(`SELECT pg_sleep(0.01)`);
          }
        })
        .then(
          () => outcomes.committed++,
          (error: { code?: string }) => {
            if (!['40P01', '40001'].includes(error.code ?? '')) throw error;
            outcomes.refused++;
          },
        ),
    );
    await Promise.all(rounds);
    expect(outcomes.committed).toBeGreaterThan(0);
    expect(await recountDifferences()).toEqual([]);
    expect(await inForceDifferences()).toEqual([]);
  }, 120_000);

  it('compacts the region into one row per cell without changing a figure', async () => {
    await t.db.query(`SELECT outcome_agg_compact($1)`, [region]);
    const [folded] = await t.db.query<{ rows: number; cells: number }[]>(
      `SELECT count(*)::int AS rows, count(DISTINCT (quarter, area_id, theme))::int AS cells
         FROM outcome_agg WHERE region_id = $1`,
      [region],
    );
    expect(folded!.rows).toBe(folded!.cells);
    expect(await recountDifferences()).toEqual([]);
    expect(await inForceDifferences()).toEqual([]);
  });
});

describe('the report answers the recount, suppressed', () => {
  it('every cell of the procesregisseur’s report is the recount’s cell with the rule applied', async () => {
    const regie = await callerByEmail(t, 'procesregisseur@zvh.demo.example');
    const report = ok(
      await regie.gql<Report>(REPORT, { f: { from: '2025-01-01', to: '2026-12-31' } }),
    ).outcomeReport;
    const recount = (await recountCells()).filter(
      (c) => c.quarter >= report.from && c.quarter <= report.to,
    );
    const key = (c: { quarter: string; areaId: string | null; theme: string | null }) =>
      `${c.quarter}|${c.areaId}|${c.theme}`;
    const byKey = new Map(report.cells.map((c) => [key(c), c]));
    let compared = 0;
    for (const cell of recount) {
      const shown = suppress(cell);
      const answered = byKey.get(key(cell));
      if (!answered) {
        // Only cells with nothing in them are left out.
        expect(cell.referred + cell.actionCases + cell.closed + cell.signalCases).toBe(0);
        continue;
      }
      compared++;
      expect(answered.referred).toBe(shown.referred);
      expect(answered.triaged).toBe(shown.triaged);
      expect(answered.closed).toBe(shown.closed);
      expect(answered.signals).toBe(shown.signals);
      expect(answered.actionsOnTime).toBe(shown.actionsOnTime);
      for (const d of answered.lifeDomains) {
        const v = shown.lifeDomains[d.domain as (typeof LIFE_DOMAINS)[number]];
        expect(d.cases).toBe(v?.n ?? null);
        if (v && v.n > 0) expect(d.averageChange).toBeCloseTo(v.sum / v.n, 2);
        else expect(d.averageChange).toBeNull();
      }
    }
    expect(compared).toBeGreaterThan(0);
    expect(compared).toBe(report.cells.length);
    // No figure under five cases, anywhere in the answer.
    for (const f of [...report.cells, ...report.quarters, report.total]) {
      for (const n of [
        f.referred,
        f.triaged,
        f.closed,
        ...f.outcomes.map((o) => o.cases),
        ...f.lifeDomains.map((d) => d.cases),
      ]) {
        if (n !== null && n !== 0) expect(n).toBeGreaterThanOrEqual(MIN_CELL);
      }
    }
  }, 120_000);

  it('shows a cell of five cases, withholds one of four, and its totals count only what is shown', async () => {
    // A wijk of its own, so the cells are these cases only.
    const [area] = await t.db.query<{ id: string }[]>(
      `INSERT INTO area (region_id, name) VALUES ($1, 'Rapportwijk') RETURNING id`,
      [region],
    );
    const people = (
      await t.db.query<{ id: string }[]>(
        `INSERT INTO person (region_id, given_names, family_name, date_of_birth, area_id)
         SELECT $1, 'Wijk', 'Bewoner ' || g, '1990-01-01', $2 FROM generate_series(1, 9) g RETURNING id`,
        [region, area!.id],
      )
    ).map((p) => p.id);
    // Five violent-at-home cases, each scored 2 → 4 on housing (+2) and closed; four others.
    for (const p of people.slice(0, 5)) {
      const c = await newCase(p, 'DOMESTIC_VIOLENCE', 0);
      await decide(c, 0);
      await score(c, 'INTAKE', [2], 0);
      await score(c, 'CLOSING', [4], 0);
      await close(c, 'GOAL_ACHIEVED');
    }
    for (const p of people.slice(5)) {
      const c = await newCase(p, 'FREQUENT_OFFENDER', 0);
      await score(c, 'INTAKE', [1], 0);
      await score(c, 'CLOSING', [5], 0);
    }
    const regie = await callerByEmail(t, 'procesregisseur@zvh.demo.example');
    const report = ok(
      await regie.gql<Report>(REPORT, { f: { areaIds: [area!.id] } }),
    ).outcomeReport;
    const dv = report.cells.find((c) => c.theme === 'DOMESTIC_VIOLENCE')!;
    const fo = report.cells.find((c) => c.theme === 'FREQUENT_OFFENDER')!;
    expect(dv.referred).toBe(5);
    expect(dv.closed).toBe(5);
    expect(dv.outcomes.find((o) => o.outcome === 'GOAL_ACHIEVED')!.cases).toBe(5);
    expect(dv.lifeDomains.find((d) => d.domain === 'HOUSING')).toEqual({
      domain: 'HOUSING',
      cases: 5,
      averageChange: 2,
    });
    expect(fo.referred).toBeNull();
    expect(fo.lifeDomains.find((d) => d.domain === 'HOUSING')!.averageChange).toBeNull();
    // The quarter and the period count the shown cell only: 5, not 9; +2, not the four's +4.
    const quarter = report.quarters.find((q) => q.quarter === dv.quarter)!;
    expect(quarter.referred).toBe(5);
    expect(quarter.lifeDomains.find((d) => d.domain === 'HOUSING')!.averageChange).toBe(2);
    expect(report.total.referred).toBe(5);
    expect(report.withheldCells).toBe(1);
    // Narrowed to the four's theme: still nothing of them, whatever the filter.
    const narrow = ok(
      await regie.gql<Report>(REPORT, {
        f: { areaIds: [area!.id], themes: ['FREQUENT_OFFENDER'] },
      }),
    ).outcomeReport;
    expect(narrow.total.referred).toBe(0);
    expect(narrow.total.lifeDomains.every((d) => d.averageChange === null)).toBe(true);
    // `withoutArea: false` is the same as leaving it out; `true` adds the cases without a wijk
    // (persons whose postcode is in no range) and nothing of another wijk.
    const areaOnly = ok(
      await regie.gql<Report>(REPORT, { f: { areaIds: [area!.id], withoutArea: false } }),
    ).outcomeReport;
    expect(areaOnly.total.referred).toBe(5);
    expect(areaOnly.cells.map((c) => c.areaId)).toEqual(report.cells.map((c) => c.areaId));
    const withNone = ok(
      await regie.gql<Report>(REPORT, { f: { areaIds: [area!.id], withoutArea: true } }),
    ).outcomeReport;
    expect(withNone.cells.every((c) => c.areaId === area!.id || c.areaId === null)).toBe(true);
    expect(withNone.cells.filter((c) => c.areaId === area!.id)).toEqual(report.cells);
  }, 120_000);

  it('the partners’ managers (agency administrators) read it; a member, the privacy officer and the functional administrator do not', async () => {
    const [probation] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM agency WHERE region_id = $1 AND type = 'PROBATION' LIMIT 1`,
      [region],
    );
    const codes: Record<string, string | undefined> = {};
    for (const roles of [
      ['AGENCY_ADMIN'],
      ['MEMBER'],
      ['PRIVACY_OFFICER'],
      ['FUNCTIONAL_ADMIN'],
    ] as const) {
      const agency = roles[0] === 'AGENCY_ADMIN' || roles[0] === 'MEMBER' ? probation!.id : zvh;
      const caller = callerFor(t, await createUser(t, agency, roles, `report ${roles.join(' ')}`));
      codes[roles.join('+')] = errorCode(await caller.gql(REPORT, {})) ?? 'data';
    }
    expect(codes).toEqual({
      AGENCY_ADMIN: 'data',
      MEMBER: 'FORBIDDEN',
      PRIVACY_OFFICER: 'FORBIDDEN',
      FUNCTIONAL_ADMIN: 'FORBIDDEN',
    });
  });

  it('refuses a bad period with a clear error, naming the field', async () => {
    const regie = await callerByEmail(t, 'procesregisseur@zvh.demo.example');
    const backwards = await regie.gql(REPORT, { f: { from: '2026-10-01', to: '2026-01-01' } });
    expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
    expect(backwards.errors?.[0]?.extensions?.field).toBe('from');
    const notADate = await regie.gql(REPORT, { f: { to: '2026-02-30' } });
    expect(errorCode(notADate)).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await regie.gql(REPORT, { f: { from: '2000-01-01', to: '2026-01-01' } })),
    ).toBe('BAD_USER_INPUT');
  });

  it('another region sees none of this region’s figures', async () => {
    const [other] = await t.db.query<{ id: string }[]>(
      `INSERT INTO region (code, name) VALUES ('rapport', 'Rapportregio') RETURNING id`,
    );
    const [agency] = await t.db.query<{ id: string }[]>(
      `INSERT INTO agency (region_id, name, type) VALUES ($1, 'ZVH Rapport', 'ZVH') RETURNING id`,
      [other!.id],
    );
    const caller = callerFor(
      t,
      await createUser(t, agency!.id, ['PROCESREGISSEUR'], 'regie rapport'),
    );
    const res = await caller.gql<Report>(REPORT, { f: { from: '2025-01-01', to: '2026-12-31' } });
    // Locked out (no covenant signed) or an empty report: never the demo region's figures.
    if (!res.errors) {
      expect(res.data!.outcomeReport.cells).toEqual([]);
      expect(res.data!.outcomeReport.total.referred).toBe(0);
    }
  });
});
