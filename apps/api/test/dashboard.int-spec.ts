// The procesregisseur's dashboard: its counts are exactly those of the cases the caller may read
// (the same cases the case list shows), only the procesregisseur gets it, in one statement.
import { Client } from 'pg';
import { errorCode, ok } from './support/graphql-client';
import { callerByEmail, createAgency, idsBy, type Caller } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let regie: Caller;

const DASHBOARD = `query { monitoringDashboard {
  openReferrals oldestReferral { caseId reference since waitingDays }
  byStatus { status count } byWijk { wijk withheld openCount totalCount } } }`;
interface Dashboard {
  monitoringDashboard: {
    openReferrals: number;
    oldestReferral: {
      caseId: string;
      reference: string;
      since: string;
      waitingDays: number;
    } | null;
    byStatus: { status: string; count: number }[];
    byWijk: { wijk: string | null; withheld: boolean; openCount: number; totalCount: number }[];
  };
}
const LIST = `query { cases(first: 100) { nodes { id reference status createdAt
  subject { address { access value { wijk } } } } pageInfo { hasNextPage } } }`;
interface CaseList {
  cases: {
    nodes: {
      id: string;
      reference: string;
      status: string;
      createdAt: string;
      subject: { address: { access: string; value: { wijk: string | null } | null } };
    }[];
    pageInfo: { hasNextPage: boolean };
  };
}

async function statementsDuring(fn: () => Promise<unknown>): Promise<string[]> {
  const spy = jest.spyOn(Client.prototype, 'query');
  try {
    await fn();
    return spy.mock.calls.map(([query]) =>
      typeof query === 'string' ? query : (query as { text: string }).text,
    );
  } finally {
    spy.mockRestore();
  }
}

beforeAll(async () => {
  t = await createTestApp();
  regie = await callerByEmail(t, 'procesregisseur@zvh.demo.example');
  const agencies = await idsBy(t, `SELECT name AS key, id FROM agency`);
  const zvh = agencies.get('Zorg- en Veiligheidshuis Demo-regio')!;
  const [region] = await t.db.query<
    {
      id: string;
    }[]
  >(`SELECT id FROM region WHERE code = 'demo'`);
  const [person] = await t.db.query<
    {
      id: string;
    }[]
  >(`SELECT id FROM person WHERE family_name = 'Fictief'`);
  // More cases: referrals waiting, one without a wijk, one the ZVH left (not readable) and one
  // it takes part in until a planned end (readable until then).
  await t.db.query(
    `WITH c AS (
       INSERT INTO case_file (region_id, reference, subject_person_id, theme, status,
                              referring_agency_id, created_at)
       VALUES ($1, 'DASH-1', $2, 'OTHER', 'REFERRED', $3, now() - interval '90 days'),
              ($1, 'DASH-2', $2, 'OTHER', 'IN_TRIAGE', $3, now() - interval '2 days'),
              ($1, 'DASH-3', $2, 'OTHER', 'ACTIVE', $3, now() - interval '200 days'),
              ($1, 'DASH-4', $2, 'OTHER', 'ACTIVE', $3, now() - interval '20 days')
       RETURNING id, reference)
     INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis,
                                   started_at, ended_at)
     SELECT $1, c.id, $3, 'PROCESREGIE', 'Procesregie voor het dashboard', 'Convenant',
            now() - interval '300 days',
            CASE WHEN c.reference = 'DASH-3' THEN now() - interval '1 day'
                 WHEN c.reference = 'DASH-4' THEN now() + interval '10 days' END
       FROM c`,
    [region!.id, person!.id, zvh],
  );
  await t.db.query(`UPDATE person SET wijk = NULL WHERE id = $1`, [person!.id]);
  // A case of another region must never count.
  const [other] = await t.db.query<{ id: string }[]>(
    `INSERT INTO region (code, name) VALUES ('other', 'Andere regio') RETURNING id`,
  );
  const otherZvh = await createAgency(t, other!.id, 'ZVH Elders', 'ZVH');
  const [otherPerson] = await t.db.query<{ id: string }[]>(
    `INSERT INTO person (region_id, given_names, family_name, date_of_birth, wijk)
     VALUES ($1, 'Anna', 'Elders', '1990-01-01', 'Noord') RETURNING id`,
    [other!.id],
  );
  await t.db.query(
    `WITH c AS (INSERT INTO case_file (region_id, reference, subject_person_id, theme, status,
                                       referring_agency_id, created_at)
                VALUES ($1, 'ELDERS-1', $2, 'OTHER', 'REFERRED', $3, now() - interval '400 days')
                RETURNING id)
     INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis)
     SELECT $1, c.id, $3, 'PROCESREGIE', 'Procesregie elders', 'Convenant' FROM c`,
    [other!.id, otherPerson!.id, otherZvh],
  );
});
afterAll(async () => {
  await t.close();
});

describe('monitoringDashboard', () => {
  it('names the oldest waiting referral by its referral date, whether or not the case has a referral row; a decided one never', async () => {
    const oldest = async () =>
      ok(await regie.gql<Dashboard>(DASHBOARD)).monitoringDashboard.oldestReferral?.reference;
    expect(await oldest()).toBe('DASH-1'); // no referral row: its own date, 90 days ago
    const [zvh] = await t.db.query<{ id: string; region_id: string; person: string }[]>(
      `SELECT a.id, a.region_id, (SELECT id FROM person WHERE family_name = 'Fictief') AS person
         FROM agency a WHERE a.name = 'Zorg- en Veiligheidshuis Demo-regio'`,
    );
    // Created today, referred 120 days ago (the referral row's date counts), and an older
    // referral that was decided: its case is no longer waiting.
    const made = await t.db.query<{ id: string }[]>(
      `WITH c AS (
         INSERT INTO case_file (region_id, reference, subject_person_id, theme, status,
                                referring_agency_id)
         VALUES ($1, 'DASH-R1', $2, 'OTHER', 'IN_TRIAGE', $3),
                ($1, 'DASH-R2', $2, 'OTHER', 'ACCEPTED', $3)
         RETURNING id, reference),
       p AS (
         INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis)
         SELECT $1, c.id, $3, 'PROCESREGIE', 'Procesregie voor het dashboard', 'Convenant' FROM c)
       INSERT INTO referral (case_id, region_id, reason, goal, person_informed, person_source,
                             referred_at, decision, decision_reason, decided_at)
       SELECT c.id, $1, 'Aanmelding voor het dashboard', 'Doel voor het dashboard', true, 'NEW',
              now() - CASE c.reference WHEN 'DASH-R1' THEN interval '120 days' ELSE interval '300 days' END,
              CASE c.reference WHEN 'DASH-R2' THEN 'ACCEPTED' END,
              CASE c.reference WHEN 'DASH-R2' THEN 'Aangenomen voor het dashboard' END,
              CASE c.reference WHEN 'DASH-R2' THEN now() - interval '290 days' END
         FROM c RETURNING case_id AS id`,
      [zvh!.region_id, zvh!.person, zvh!.id],
    );
    try {
      expect(await oldest()).toBe('DASH-R1');
    } finally {
      await t.db.query(`DELETE FROM case_file WHERE id = ANY($1::uuid[])`, [made.map((m) => m.id)]);
    }
    expect(await oldest()).toBe('DASH-1');
  });

  it('counts exactly the cases the procesregisseur may read, as the case list shows them', async () => {
    const dashboard = ok(await regie.gql<Dashboard>(DASHBOARD)).monitoringDashboard;
    const list = ok(await regie.gql<CaseList>(LIST)).cases;
    expect(list.pageInfo.hasNextPage).toBe(false);
    const nodes = list.nodes;
    expect(nodes.map((n) => n.reference)).toContain('DASH-1');
    expect(nodes.map((n) => n.reference)).toContain('DASH-4');
    expect(nodes.map((n) => n.reference)).not.toContain('DASH-3');

    const byStatus = new Map<string, number>();
    for (const node of nodes) byStatus.set(node.status, (byStatus.get(node.status) ?? 0) + 1);
    expect(Object.fromEntries(dashboard.byStatus.map((s) => [s.status, s.count]))).toEqual(
      Object.fromEntries(byStatus),
    );

    const referrals = nodes.filter((n) => ['REFERRED', 'IN_TRIAGE'].includes(n.status));
    expect(dashboard.openReferrals).toBe(referrals.length);
    expect(dashboard.oldestReferral?.reference).toBe('DASH-1');
    // Whole Dutch calendar days, as the triage queue counts them (89 late in a winter evening:
    // 90 × 24 h ago was then already the next day in summer time).
    expect(dashboard.oldestReferral?.waitingDays).toBeGreaterThanOrEqual(89);
    expect(dashboard.oldestReferral?.waitingDays).toBeLessThanOrEqual(90);

    const open = ['REFERRED', 'IN_TRIAGE', 'ACCEPTED', 'ACTIVE'];
    const byWijk = new Map<string, { open: number; total: number }>();
    for (const node of nodes) {
      const key = node.subject.address.value?.wijk ?? '(none)';
      const entry = byWijk.get(key) ?? { open: 0, total: 0 };
      entry.total += 1;
      if (open.includes(node.status)) entry.open += 1;
      byWijk.set(key, entry);
    }
    expect(dashboard.byWijk.every((w) => !w.withheld)).toBe(true);
    expect(
      Object.fromEntries(
        dashboard.byWijk.map((w) => [
          w.wijk ?? '(none)',
          { open: w.openCount, total: w.totalCount },
        ]),
      ),
    ).toEqual(Object.fromEntries(byWijk));
    // Most open cases first.
    const opens = dashboard.byWijk.map((w) => w.openCount);
    expect(opens).toEqual([...opens].sort((a, b) => b - a));
  });

  it('is for the procesregisseur only', async () => {
    for (const email of [
      'wijkteam@demostad.demo.example',
      'wijkagent@politie.demo.example',
      'privacy@zvh.demo.example',
      'beheer@zvh.demo.example',
    ]) {
      const caller = await callerByEmail(t, email);
      expect(errorCode(await caller.gql(DASHBOARD))).toBe('FORBIDDEN');
    }
  });

  it('costs one statement besides the session and the policy context', async () => {
    const statements = await statementsDuring(() => regie.gql(DASHBOARD));
    expect(statements.length).toBeLessThanOrEqual(3);
    expect(statements.filter((sql) => sql.includes('WITH counted AS'))).toHaveLength(1);
  });
});
