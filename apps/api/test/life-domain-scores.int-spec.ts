// Outcomes per life domain (issue 18 item 3, ADR 0028): the case's leads score each domain 1–5 at
// intake, per adopted plan version and at closing; every partner sees a score only under the
// category of its domain (filtered in SQL), a withheld one as WITHHELD without telling whether it
// exists; every change is audited; a stale or concurrent scoring is EDIT_CONFLICT and changes nothing.
import { LIFE_DOMAINS } from '@schakel/domain';
import { errorCode, errorField, ok } from './support/graphql-client';
import { callerByEmail, idsBy, type Caller } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let cases: Map<string, string>;
const as: Record<string, Caller> = {};

const USERS = {
  regie: 'procesregisseur@zvh.demo.example',
  reclassering: 'reclassering@reclassering.demo.example',
  politie: 'wijkagent@politie.demo.example',
  wijkteam: 'wijkteam@demostad.demo.example',
  ggz: 'ggz@ggz.demo.example',
  woning: 'woningcorporatie@demohuis.demo.example',
  veiligthuis: 'veiligthuis@veiligthuis.demo.example',
  exodus: 'exodus@exodus.demo.example',
  privacy: 'privacy@zvh.demo.example',
  beheer: 'beheer@zvh.demo.example',
} as const;

beforeAll(async () => {
  t = await createTestApp();
  for (const [key, email] of Object.entries(USERS)) as[key] = await callerByEmail(t, email);
  cases = await idsBy(t, `SELECT reference AS key, id FROM case_file`);
});
afterAll(async () => {
  await t.close();
});

// ZVH-2026-001: reclassering is casusregisseur; police, wijkteam (with a CARE consent), GGZ, OM
// and the housing corporation take part; plan version 1 is adopted, version 2 a draft.
const CASE = 'ZVH-2026-001';
const caseId = (reference: string) => cases.get(reference)!;

interface Score {
  domain: string;
  category: string;
  access: string;
  score: number | null;
}
interface Moment {
  moment: string;
  planVersionId: string | null;
  planVersionNumber: number | null;
  planAdoptedOn: string | null;
  assessment: {
    revision: number;
    recordedAt: string;
    recordedByAgency: { name: string };
    scores: Score[];
  } | null;
}
const MOMENT_FIELDS = `moment planVersionId planVersionNumber planAdoptedOn
  assessment { revision recordedAt recordedByAgency { name } scores { domain category access score } }`;
const READ = `query($c: ID!) { caseLifeDomainScores(caseId: $c) {
  scorableDomains moments { ${MOMENT_FIELDS} } } }`;
const SCORE = `mutation($input: ScoreLifeDomainsInput!) { scoreLifeDomains(input: $input) { ${MOMENT_FIELDS} } }`;
interface Read {
  caseLifeDomainScores: { scorableDomains: string[]; moments: Moment[] };
}

const read = async (caller: Caller, reference = CASE) =>
  ok(await caller.gql<Read>(READ, { c: caseId(reference) })).caseLifeDomainScores;
const score = (caller: Caller, input: Record<string, unknown>) =>
  caller.gql<{ scoreLifeDomains: Moment }>(SCORE, { input: { caseId: caseId(CASE), ...input } });

/** domain → "FULL 2" / "FULL -" / "WITHHELD" of one moment, as a partner would read it. */
function view(moment: Moment | undefined): Record<string, string> {
  return Object.fromEntries(
    (moment?.assessment?.scores ?? []).map((s) => [
      s.domain,
      s.access === 'FULL' ? `FULL ${s.score ?? '-'}` : s.access,
    ]),
  );
}
const intakeOf = async (caller: Caller) =>
  (await read(caller)).moments.find((m) => m.moment === 'INTAKE');

async function stored(): Promise<{ revision: number; scores: Record<string, number> } | null> {
  const [row] = await t.db.query<{ revision: number; scores: Record<string, number> }[]>(
    `SELECT a.revision, json_object_agg(s.domain, s.score) AS scores
       FROM life_domain_assessment a JOIN life_domain_score s ON s.assessment_id = a.id
      WHERE a.case_id = $1 AND a.moment = 'INTAKE' GROUP BY a.id`,
    [caseId(CASE)],
  );
  return row ?? null;
}

const INTAKE = [
  { domain: 'HOUSING', score: 2 },
  { domain: 'FINANCES', score: 1 },
  { domain: 'JUSTICE_AND_BEHAVIOUR', score: 2 },
  { domain: 'SAFETY', score: 3 },
];

describe('scoring life domains', () => {
  it('offers the intake, each adopted plan version and the closing, unscored at first', async () => {
    const scores = await read(as.reclassering!);
    expect(scores.moments.map((m) => [m.moment, m.planVersionNumber, m.assessment])).toEqual([
      ['INTAKE', null, null],
      ['PLAN', 1, null],
      ['CLOSING', null, null],
    ]);
    // The casusregisseur (probation) scores what it may read: not the CARE domains.
    expect(scores.scorableDomains).toEqual(
      LIFE_DOMAINS.filter((d) => d !== 'HEALTH_AND_CARE' && d !== 'ADDICTION'),
    );
    // A participant who does not lead the case scores nothing.
    expect((await read(as.politie!)).scorableDomains).toEqual([]);
  });

  it('refuses bad input, other agencies and domains the lead may not read, and writes nothing', async () => {
    const bad = await score(as.reclassering!, {
      moment: 'INTAKE',
      scores: [{ domain: 'HOUSING', score: 6 }],
    });
    expect([errorCode(bad), errorField(bad)]).toEqual(['BAD_USER_INPUT', 'scores.0.score']);

    const care = await score(as.reclassering!, {
      moment: 'INTAKE',
      scores: [
        { domain: 'HOUSING', score: 2 },
        { domain: 'ADDICTION', score: 1 },
      ],
    });
    expect([errorCode(care), errorField(care)]).toEqual(['FORBIDDEN', 'scores.1.domain']);

    const police = await score(as.politie!, { moment: 'INTAKE', scores: INTAKE.slice(2) });
    expect(errorCode(police)).toBe('FORBIDDEN');

    // The draft (version 2) is no adopted plan: its moment does not exist yet.
    const [draft] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM plan_version WHERE case_id = $1 AND status = 'DRAFT'`,
      [caseId(CASE)],
    );
    const onDraft = await score(as.reclassering!, {
      moment: 'PLAN',
      planVersionId: draft!.id,
      scores: INTAKE,
    });
    expect([errorCode(onDraft), errorField(onDraft)]).toEqual(['BAD_USER_INPUT', 'planVersionId']);

    // A referral still in triage is not scored yet (ZVH-2026-003), not even by the procesregisseur.
    const inTriage = await as.regie!.gql(SCORE, {
      input: { caseId: caseId('ZVH-2026-003'), moment: 'INTAKE', scores: INTAKE },
    });
    expect(errorCode(inTriage)).toBe('CONFLICT');
    expect((await read(as.regie!, 'ZVH-2026-003')).scorableDomains).toEqual([]);

    const outsider = await score(as.veiligthuis!, { moment: 'INTAKE', scores: INTAKE });
    expect(errorCode(outsider)).toBe('NOT_FOUND');
    expect(await stored()).toBeNull();
  });

  it('records the intake, audited, and every partner sees only the domains of its categories', async () => {
    const res = ok(await score(as.reclassering!, { moment: 'INTAKE', scores: INTAKE }));
    expect(res.scoreLifeDomains.assessment!.revision).toBe(1);
    expect(res.scoreLifeDomains.assessment!.recordedByAgency.name).toBe(
      'Reclassering Nederland, unit Demo-regio',
    );
    expect(await stored()).toEqual({
      revision: 1,
      scores: { HOUSING: 2, FINANCES: 1, JUSTICE_AND_BEHAVIOUR: 2, SAFETY: 3 },
    });

    const [event] = await t.db.query<
      { action: string; result: string; caseId: string; categories: string[] }[]
    >(
      `SELECT action, result, case_id AS "caseId", categories FROM audit_event
        WHERE operation = 'Mutation.scoreLifeDomains' AND actor_user_id = $1 AND result = 'ALLOWED'`,
      [as.reclassering!.userId],
    );
    expect(event).toMatchObject({ action: 'UPDATE', result: 'ALLOWED', caseId: caseId(CASE) });
    expect([...event!.categories].sort()).toEqual(['JUSTICE', 'SAFETY', 'SOCIAL']);

    // probation: SOCIAL, JUSTICE, SAFETY read; CARE withheld.
    expect(view(await intakeOf(as.reclassering!))).toEqual({
      HOUSING: 'FULL 2',
      FINANCES: 'FULL 1',
      WORK_AND_DAYTIME: 'FULL -',
      HEALTH_AND_CARE: 'WITHHELD',
      ADDICTION: 'WITHHELD',
      JUSTICE_AND_BEHAVIOUR: 'FULL 2',
      SOCIAL_NETWORK: 'FULL -',
      SAFETY: 'FULL 3',
      PARENTING: 'FULL -',
    });
    // police: JUSTICE and SAFETY, no SOCIAL, no CARE.
    expect(view(await intakeOf(as.politie!))).toEqual({
      HOUSING: 'WITHHELD',
      FINANCES: 'WITHHELD',
      WORK_AND_DAYTIME: 'WITHHELD',
      HEALTH_AND_CARE: 'WITHHELD',
      ADDICTION: 'WITHHELD',
      JUSTICE_AND_BEHAVIOUR: 'FULL 2',
      SOCIAL_NETWORK: 'WITHHELD',
      SAFETY: 'FULL 3',
      PARENTING: 'WITHHELD',
    });
    // The housing corporation: only SAFETY — its own domain HOUSING is SOCIAL, which it may not read.
    const woning = view(await intakeOf(as.woning!));
    expect(Object.entries(woning).filter(([, v]) => v !== 'WITHHELD')).toEqual([
      ['SAFETY', 'FULL 3'],
    ]);
    // GGZ (CARE) reads SOCIAL and CARE, not JUSTICE: the unscored CARE domains show as unscored.
    expect(view(await intakeOf(as.ggz!))).toMatchObject({
      HOUSING: 'FULL 2',
      HEALTH_AND_CARE: 'FULL -',
      JUSTICE_AND_BEHAVIOUR: 'WITHHELD',
    });
    // The wijkteam reads CARE only through the client's consent for this case.
    expect(view(await intakeOf(as.wijkteam!))).toMatchObject({
      HOUSING: 'FULL 2',
      ADDICTION: 'FULL -',
      JUSTICE_AND_BEHAVIOUR: 'WITHHELD',
    });
  });

  it('answers nothing to agencies outside the case, administrators and the privacy officer', async () => {
    for (const caller of [as.veiligthuis!, as.privacy!, as.beheer!]) {
      const res = await caller.gql<Read>(READ, { c: caseId(CASE) });
      expect(res.data?.caseLifeDomainScores ?? null).toBeNull();
      expect(['NOT_FOUND', 'FORBIDDEN']).toContain(errorCode(res));
    }
    // A volunteer organisation whose consent names only its own actions reads no scores.
    const exodus = await as.exodus!.gql<Read>(READ, { c: caseId('ZVH-2026-003') });
    expect(errorCode(exodus)).toBe('FORBIDDEN');
  });

  it('corrects with the revision read; a stale or second first scoring is EDIT_CONFLICT', async () => {
    const again = await score(as.reclassering!, { moment: 'INTAKE', scores: INTAKE });
    expect(errorCode(again)).toBe('EDIT_CONFLICT');

    const fixed = ok(
      await score(as.reclassering!, {
        moment: 'INTAKE',
        expectedRevision: 1,
        scores: [{ domain: 'HOUSING', score: 3 }],
      }),
    );
    expect(fixed.scoreLifeDomains.assessment!.revision).toBe(2);
    const stale = await score(as.regie!, {
      moment: 'INTAKE',
      expectedRevision: 1,
      scores: [{ domain: 'SAFETY', score: 5 }],
    });
    expect(errorCode(stale)).toBe('EDIT_CONFLICT');
    // Domains left out keep their scores; the stale write changed nothing.
    expect(await stored()).toEqual({
      revision: 2,
      scores: { HOUSING: 3, FINANCES: 1, JUSTICE_AND_BEHAVIOUR: 2, SAFETY: 3 },
    });
  });

  it('scores the adopted plan version as its own moment; two at once give one winner', async () => {
    const [v1] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM plan_version WHERE case_id = $1 AND status = 'ADOPTED' AND number = 1`,
      [caseId(CASE)],
    );
    const input = {
      moment: 'PLAN',
      planVersionId: v1!.id,
      scores: [
        { domain: 'HOUSING', score: 4 },
        { domain: 'SAFETY', score: 4 },
      ],
    };
    const results = await Promise.all([score(as.reclassering!, input), score(as.regie!, input)]);
    expect(results.map((r) => errorCode(r) ?? 'OK').sort()).toEqual(['EDIT_CONFLICT', 'OK']);
    const plan = (await read(as.politie!)).moments.find((m) => m.moment === 'PLAN');
    expect(plan!.planVersionNumber).toBe(1);
    // The moment says when its plan was adopted and when it was scored (the chart's axis and table).
    const [adopted] = await t.db.query<{ on: string }[]>(
      `SELECT to_char(adopted_on, 'YYYY-MM-DD') AS "on" FROM plan_version WHERE id = $1`,
      [v1!.id],
    );
    expect(plan!.planAdoptedOn).toBe(adopted!.on);
    expect(Date.now() - Date.parse(plan!.assessment!.recordedAt)).toBeLessThan(10 * 60_000);
    expect(view(plan)).toMatchObject({ HOUSING: 'WITHHELD', SAFETY: 'FULL 4' });
  });

  it('keeps domain and category together in the database itself', async () => {
    const [a] = await t.db.query<{ id: string; region_id: string }[]>(
      `SELECT id, region_id FROM life_domain_assessment WHERE case_id = $1 AND moment = 'INTAKE'`,
      [caseId(CASE)],
    );
    await expect(
      t.db.query(
        `INSERT INTO life_domain_score (region_id, assessment_id, domain, category, score)
         VALUES ($1, $2, 'ADDICTION', 'SOCIAL', 2)`,
        [a!.region_id, a!.id],
      ),
    ).rejects.toThrow(/check constraint/);
    await expect(
      t.db.query(
        `INSERT INTO life_domain_score (region_id, assessment_id, domain, category, score)
         VALUES ($1, $2, 'ADDICTION', 'CARE', 0)`,
        [a!.region_id, a!.id],
      ),
    ).rejects.toThrow(/check constraint/);
  });
});
