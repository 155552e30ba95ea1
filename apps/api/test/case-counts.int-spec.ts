// The overview's incremental counts (migration 1764000002300, ADR 0014): after any sequence of
// writes — cases created and moved between statuses and subjects, participations started and
// ended (with and without a planned end, some already past), a person's wijk changed — the count
// table equals a recount, and the dashboard answered from it equals the full statement's answer,
// for every agency. A caller whose rules go beyond participation gets the full statement.
import type { AgencyType, Role } from '@schakel/domain';
import fc from 'fast-check';
import type { Caller as ApiCaller } from '../src/auth/caller';
import { participationOnlyAddress } from '../src/dashboard/dashboard.queries';
import { DashboardService } from '../src/dashboard/dashboard.service';
import { PolicyService } from '../src/sharing/policy.service';
import { ok } from './support/graphql-client';
import { callerByEmail } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let region: string;
let agencies: { id: string; type: AgencyType }[];
let zvh: string;
let persons: string[];
let cases: string[] = [];
let serial = 0;

const STATUSES = ['REFERRED', 'IN_TRIAGE', 'ACCEPTED', 'ACTIVE', 'REFERRED_BACK', 'CLOSED'];
const WIJKEN = ['Noord', ' Noord ', 'Zuid', '', '   ', null, 'Oost'];

async function recountDifferences(): Promise<unknown[]> {
  return t.db.query(
    `WITH kept AS (
       SELECT region_id, agency_id, status, wijk, sum(n)::int AS n FROM case_count
        GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0),
     recount AS (
       SELECT c.region_id, ap.agency_id, c.status, NULLIF(btrim(p.wijk), '') AS wijk,
              count(DISTINCT c.id)::int AS n
         FROM case_participant ap
         JOIN case_file c ON c.id = ap.case_id
         JOIN person p ON p.id = c.subject_person_id
        WHERE ap.ended_at IS NULL
        GROUP BY 1, 2, 3, 4)
     (SELECT 'kept' AS side, * FROM kept EXCEPT SELECT 'kept', * FROM recount)
     UNION ALL
     (SELECT 'recount', * FROM recount EXCEPT SELECT 'recount', * FROM kept)`,
  );
}

/** The API's caller for an agency (roles as given), its policy loaded fresh from the database. */
async function apiCaller(
  agency: { id: string; type: AgencyType },
  roles: Role[],
  userId: string | null = null,
): Promise<ApiCaller> {
  const loaded = await t.app
    .get(PolicyService)
    .load({ regionId: region, agencyId: agency.id, agencyType: agency.type, roles, userId }, false);
  return {
    regionId: region,
    agencyId: agency.id,
    policy: () => Promise.resolve(loaded),
  } as unknown as ApiCaller;
}

type Write =
  | { kind: 'case'; status: number; person: number; agencies: number[]; plannedDays: number | null }
  | { kind: 'status'; target: number; status: number }
  | { kind: 'join'; target: number; agency: number; endDays: number | null }
  | { kind: 'end'; target: number; agency: number; inDays: number }
  | { kind: 'wijk'; person: number; wijk: number }
  | { kind: 'subject'; target: number; person: number }
  | { kind: 'delete'; target: number };

const write: fc.Arbitrary<Write> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('case' as const),
      status: fc.nat(),
      person: fc.nat(),
      agencies: fc.array(fc.nat(), { maxLength: 3 }),
      plannedDays: fc.option(fc.integer({ min: -5, max: 5 })),
    }),
  },
  fc.record({ kind: fc.constant('status' as const), target: fc.nat(), status: fc.nat() }),
  fc.record({
    kind: fc.constant('join' as const),
    target: fc.nat(),
    agency: fc.nat(),
    endDays: fc.option(fc.integer({ min: -5, max: 5 })),
  }),
  fc.record({
    kind: fc.constant('end' as const),
    target: fc.nat(),
    agency: fc.nat(),
    inDays: fc.integer({ min: -3, max: 3 }),
  }),
  fc.record({ kind: fc.constant('wijk' as const), person: fc.nat(), wijk: fc.nat() }),
  fc.record({ kind: fc.constant('subject' as const), target: fc.nat(), person: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), target: fc.nat() }),
);

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;

async function participate(caseId: string, agencyId: string, endDays: number | null) {
  // One open-ended participation per case and agency (case_participant_open_key) and no two
  // overlapping (case_participant_no_overlap): a new one starts where the last one ended.
  await t.db.query(
    `WITH last AS (
       SELECT greatest(now() - interval '30 days', max(ended_at)) AS start
         FROM case_participant WHERE case_id = $2 AND agency_id = $3)
     INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis,
                                   started_at, ended_at)
     SELECT $1, $2, $3, 'PARTNER', 'Deelname voor de telling', 'Convenant', last.start,
            CASE WHEN $4::int IS NOT NULL
                 THEN greatest(last.start, now() + make_interval(days => $4::int)) END
       FROM last
      WHERE NOT EXISTS (SELECT 1 FROM case_participant o
                         WHERE o.case_id = $2 AND o.agency_id = $3 AND o.ended_at IS NULL)`,
    [region, caseId, agencyId, endDays],
  );
}

async function apply(w: Write): Promise<void> {
  switch (w.kind) {
    case 'case': {
      // The case and the ZVH's participation in one statement (a data-modifying WITH), as the
      // seed and some services write them.
      const [row] = await t.db.query<{ id: string }[]>(
        `WITH c AS (
           INSERT INTO case_file (region_id, reference, subject_person_id, theme, status,
                                  referring_agency_id)
           VALUES ($1, $2, $3, 'OTHER', $4, $5) RETURNING id)
         INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis,
                                       started_at, ended_at)
         SELECT $1, c.id, $5, 'PROCESREGIE', 'Procesregie voor de telling', 'Convenant',
                now() - interval '30 days',
                CASE WHEN $6::int IS NOT NULL
                     THEN now() + make_interval(days => $6::int) END
           FROM c RETURNING case_id AS id`,
        [
          region,
          `COUNT-${++serial}`,
          pick(persons, w.person),
          pick(STATUSES, w.status),
          zvh,
          w.plannedDays,
        ],
      );
      cases.push(row!.id);
      for (const a of w.agencies) await participate(row!.id, pick(agencies, a).id, null);
      return;
    }
    case 'status':
      if (cases.length === 0) return;
      await t.db.query(`UPDATE case_file SET status = $2 WHERE id = $1`, [
        pick(cases, w.target),
        pick(STATUSES, w.status),
      ]);
      return;
    case 'join':
      if (cases.length === 0) return;
      await participate(pick(cases, w.target), pick(agencies, w.agency).id, w.endDays);
      return;
    case 'end':
      if (cases.length === 0) return;
      await t.db.query(
        // Only ever earlier (an end never grows into the next participation).
        `UPDATE case_participant
            SET ended_at = greatest(started_at, least(coalesce(ended_at, 'infinity'),
                                                      now() + make_interval(days => $3))),
                end_reason = 'Einde voor de telling'
          WHERE id = (SELECT id FROM case_participant WHERE case_id = $1 AND agency_id = $2
                       ORDER BY ended_at DESC NULLS FIRST LIMIT 1)`,
        [pick(cases, w.target), pick(agencies, w.agency).id, w.inDays],
      );
      return;
    case 'wijk':
      await t.db.query(`UPDATE person SET wijk = $2 WHERE id = $1`, [
        pick(persons, w.person),
        pick(WIJKEN, w.wijk),
      ]);
      return;
    case 'subject':
      if (cases.length === 0) return;
      await t.db.query(`UPDATE case_file SET subject_person_id = $2 WHERE id = $1`, [
        pick(cases, w.target),
        pick(persons, w.person),
      ]);
      return;
    case 'delete': {
      if (cases.length === 0) return;
      const id = pick(cases, w.target);
      await t.db.query(`DELETE FROM case_file WHERE id = $1`, [id]);
      cases = cases.filter((c) => c !== id);
      return;
    }
  }
}

beforeAll(async () => {
  t = await createTestApp();
  const [demo] = await t.db.query<{ id: string }[]>(`SELECT id FROM region WHERE code = 'demo'`);
  region = demo!.id;
  agencies = await t.db.query(
    `SELECT id, type FROM agency WHERE region_id = $1 ORDER BY type, name`,
    [region],
  );
  zvh = agencies.find((a) => a.type === 'ZVH')!.id;
  persons = (
    await t.db.query<{ id: string }[]>(
      `INSERT INTO person (region_id, given_names, family_name, date_of_birth, wijk)
       SELECT $1, 'Telling', 'Persoon ' || g, '1980-01-01', (ARRAY['Noord', ' Zuid', NULL, ''])[g % 4 + 1]
         FROM generate_series(1, 5) g RETURNING id`,
      [region],
    )
  ).map((p) => p.id);
});
afterAll(async () => {
  await t.close();
});

describe('the overview counted incrementally', () => {
  it('the demo procesregisseur is answered from the counts', async () => {
    const regie = await apiCaller({ id: zvh, type: 'ZVH' }, ['MEMBER', 'PROCESREGISSEUR']);
    const { ability } = await regie.policy();
    expect(participationOnlyAddress(ability, region, zvh)).toBe(true);
  });

  it('equals a recount, and the full statement, after any sequence of writes', async () => {
    const service = t.app.get(DashboardService);
    const outcomes = { fromCounts: 0, runs: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 12 }), async (writes) => {
        for (const w of writes) await apply(w);
        expect(await recountDifferences()).toEqual([]);
        for (const agency of agencies) {
          const roles: Role[] = agency.type === 'ZVH' ? ['MEMBER', 'PROCESREGISSEUR'] : ['MEMBER'];
          const caller = await apiCaller(agency, roles);
          const readable = participationOnlyAddress(
            (await caller.policy()).ability,
            region,
            agency.id,
          );
          if (readable !== null) outcomes.fromCounts++;
          expect(await service.dashboard(caller)).toEqual(await service.fullDashboard(caller));
        }
        outcomes.runs++;
      }),
      { numRuns: 20 },
    );
    // Not vacuous: the counts answered for the ZVH and for other agencies.
    expect(outcomes.fromCounts).toBeGreaterThan(outcomes.runs);
    expect(serial).toBeGreaterThan(20);
    expect(cases.length).toBeGreaterThan(5);
    expect(await recountDifferences()).toEqual([]);
  }, 600_000);

  it('equals a recount after concurrent writes on the same cases and persons', async () => {
    // Eight transactions at once over three cases and two persons, each a few writes with
    // pauses between them, so that they interleave: the triggers' locks must keep the counts.
    for (let i = 0; i < 3; i++) {
      await apply({ kind: 'case', status: i, person: i, agencies: [0, 1, 2], plannedDays: null });
    }
    const few = cases.slice(-3);
    const people = persons.slice(0, 2);
    const outcomes = { committed: 0, refused: 0 };
    const rounds = Array.from({ length: 8 }, (_, worker) =>
      t.db
        .transaction(async (m) => {
          for (let step = 0; step < 4; step++) {
            const target = few[(worker + step) % few.length]!;
            const agency = agencies[(worker * 3 + step) % agencies.length]!.id;
            switch ((worker + step) % 4) {
              case 0:
                await m.query(`UPDATE case_file SET status = $2 WHERE id = $1`, [
                  target,
                  STATUSES[(worker + step) % STATUSES.length],
                ]);
                break;
              case 1:
                await m.query(
                  `UPDATE case_participant SET ended_at = greatest(started_at, now()),
                          end_reason = 'Einde voor de telling'
                    WHERE case_id = $1 AND agency_id = $2 AND ended_at IS NULL`,
                  [target, agency],
                );
                break;
              case 2:
                await m.query(
                  `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason,
                                                 legal_basis, started_at)
                   SELECT $1, $2, $3, 'PARTNER', 'Deelname voor de telling', 'Convenant',
                          greatest(now() - interval '30 days', max(ended_at))
                     FROM case_participant WHERE case_id = $2 AND agency_id = $3
                   HAVING count(*) FILTER (WHERE ended_at IS NULL OR ended_at > now()) = 0`,
                  [region, target, agency],
                );
                break;
              default:
                await m.query(`UPDATE person SET wijk = $2 WHERE id = $1`, [
                  people[(worker + step) % people.length],
                  WIJKEN[(worker + step) % WIJKEN.length],
                ]);
            }
            await m.query(`SELECT pg_sleep(0.01)`);
          }
        })
        .then(
          () => outcomes.committed++,
          // A deadlock or an overlapping participation refused: the transaction left no trace.
          (error: { code?: string }) => {
            if (!['40P01', '23P01', '23505', '40001'].includes(error.code ?? '')) throw error;
            outcomes.refused++;
          },
        ),
    );
    await Promise.all(rounds);
    expect(outcomes.committed).toBeGreaterThan(0);
    expect(await recountDifferences()).toEqual([]);
    const service = t.app.get(DashboardService);
    for (const agency of agencies) {
      const caller = await apiCaller(
        agency,
        agency.type === 'ZVH' ? ['MEMBER', 'PROCESREGISSEUR'] : ['MEMBER'],
      );
      expect(await service.dashboard(caller)).toEqual(await service.fullDashboard(caller));
    }
  }, 120_000);

  it('compacts an agency’s rows into one per group without changing the answer', async () => {
    const service = t.app.get(DashboardService);
    const caller = await apiCaller({ id: zvh, type: 'ZVH' }, ['MEMBER', 'PROCESREGISSEUR']);
    const before = await service.fullDashboard(caller);
    await t.db.query(`SELECT case_count_compact($1, $2)`, [region, zvh]);
    const [folded] = await t.db.query<{ rows: number; groups: number }[]>(
      `SELECT count(*)::int AS rows, count(DISTINCT (status, wijk))::int AS groups
         FROM case_count WHERE region_id = $1 AND agency_id = $2`,
      [region, zvh],
    );
    expect(folded!.rows).toBe(folded!.groups);
    expect(await service.dashboard(caller)).toEqual(before);
    expect(await recountDifferences()).toEqual([]);
  });

  it('a caller with a rule beyond participation (a broken glass) gets the full statement', async () => {
    const [user] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM app_user WHERE email = 'procesregisseur@zvh.demo.example'`,
    );
    // A case the ZVH does not take part in, opened by breaking the glass.
    const [row] = await t.db.query<{ id: string }[]>(
      `INSERT INTO case_file (region_id, reference, subject_person_id, theme, status,
                              referring_agency_id)
       VALUES ($1, 'COUNT-GLASS', $2, 'OTHER', 'REFERRED', $3) RETURNING id`,
      [region, persons[0], zvh],
    );
    await t.db.query(
      `INSERT INTO break_glass (region_id, case_id, user_id, agency_id, reason, expires_at)
       VALUES ($1, $2, $3, $4, 'Acute dreiging, het dossier moet nu bekeken worden', now() + interval '1 hour')`,
      [region, row!.id, user!.id, zvh],
    );
    const caller = await apiCaller(
      { id: zvh, type: 'ZVH' },
      ['MEMBER', 'PROCESREGISSEUR'],
      user!.id,
    );
    expect(participationOnlyAddress((await caller.policy()).ability, region, zvh)).toBeNull();
    const service = t.app.get(DashboardService);
    const full = await service.fullDashboard(caller);
    expect(await service.dashboard(caller)).toEqual(full);
    // The broken glass counts: one more referral than the ZVH's participations give.
    const plain = await apiCaller({ id: zvh, type: 'ZVH' }, ['MEMBER', 'PROCESREGISSEUR']);
    expect(full.openReferrals).toBe((await service.dashboard(plain)).openReferrals + 1);
    // Through the API as well (a session opened after the glass was broken).
    const regie = await callerByEmail(t, 'procesregisseur@zvh.demo.example');
    const answer = ok(
      await regie.gql<{ monitoringDashboard: { openReferrals: number } }>(
        `query { monitoringDashboard { openReferrals } }`,
      ),
    );
    expect(answer.monitoringDashboard.openReferrals).toBe(full.openReferrals);
  });
});
