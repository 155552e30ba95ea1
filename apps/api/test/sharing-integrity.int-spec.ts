// Privacy doubts from review, each closed and proven here: who sees consents and
// conflict-of-duties decisions (need-to-know), one active participation per agency and case even
// under concurrent invitations with a planned end, and break-the-glass openings that cannot be
// changed afterwards.
import { Client } from 'pg';
import { errorCode, ok } from './support/graphql-client';
import { callerByEmail, idsBy, type Caller } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let cases: Map<string, string>;
let agencies: Map<string, string>;
const as: Record<string, Caller> = {};

const USERS = {
  regie: 'procesregisseur@zvh.demo.example',
  wijkteam: 'wijkteam@demostad.demo.example',
  gemeente: 'gemeente@demostad.demo.example',
  politie: 'wijkagent@politie.demo.example',
  ggz: 'ggz@ggz.demo.example',
  om: 'om@om.demo.example',
  veiligthuis: 'veiligthuis@veiligthuis.demo.example',
} as const;

beforeAll(async () => {
  t = await createTestApp();
  for (const [key, email] of Object.entries(USERS)) as[key] = await callerByEmail(t, email);
  cases = await idsBy(t, `SELECT reference AS key, id FROM case_file`);
  agencies = await idsBy(t, `SELECT name AS key, id FROM agency`);
});
afterAll(async () => {
  await t.close();
});

const caseId = (reference: string) => cases.get(reference)!;
const agencyId = (name: string) => agencies.get(name)!;
describe('consents and conflict-of-duties decisions are need-to-know', () => {
  const CONSENTS = `query($c: ID!) { consents(caseId: $c) { id category recipientAgency { name } } }`;
  const DECISIONS = `query($c: ID!) {
    conflictOfDutiesDecisions(caseId: $c) { id reasoning recipientAgency { name } } }`;
  const consentsOf = async (caller: Caller) =>
    ok(await caller.gql<{ consents: { id: string }[] }>(CONSENTS, { c: caseId('ZVH-2026-001') }))
      .consents;
  const decisionsOf = async (caller: Caller) =>
    ok(
      await caller.gql<{ conflictOfDutiesDecisions: { id: string; reasoning: string }[] }>(
        DECISIONS,
        { c: caseId('ZVH-2026-002') },
      ),
    ).conflictOfDutiesDecisions;

  it('shows a consent to its recipient, the holder of the category and the procesregisseur only', async () => {
    // ZVH-2026-001: GGZ recorded the client's consent that the wijkteam reads CARE.
    for (const caller of [as.wijkteam!, as.ggz!, as.regie!]) {
      expect(await consentsOf(caller)).toHaveLength(1);
    }
    // Police and OM take part in the case too, but the consent does not concern them.
    expect(await consentsOf(as.politie!)).toEqual([]);
    expect(await consentsOf(as.om!)).toEqual([]);
  });

  it('shows a decision with its reasoning to the recipient, the holder and the procesregisseur only', async () => {
    // ZVH-2026-002: Veilig Thuis decided to share CARE with the police.
    for (const caller of [as.politie!, as.veiligthuis!, as.regie!]) {
      const [decision] = await decisionsOf(caller);
      expect(decision?.reasoning).toMatch(/beroepsgeheim/);
    }
    // The municipality is casusregisseur of the case, but the secret is not its business.
    expect(await decisionsOf(as.gemeente!)).toEqual([]);
  });

  it('tells an agency it does not concern that it does not exist, and changes nothing', async () => {
    const [decision] = await decisionsOf(as.veiligthuis!);
    const WITHDRAW = `mutation($id: ID!) {
      withdrawConflictOfDutiesDecision(decisionId: $id) { active } }`;
    const byOutsider = await as.gemeente!.gql(WITHDRAW, { id: decision!.id });
    expect(errorCode(byOutsider)).toBe('NOT_FOUND');
    // The recipient knows of it, so is told it may not withdraw it.
    expect(errorCode(await as.politie!.gql(WITHDRAW, { id: decision!.id }))).toBe('FORBIDDEN');
    const [stored] = await t.db.query<{ withdrawn_at: Date | null }[]>(
      `SELECT withdrawn_at FROM conflict_of_duties_decision WHERE id = $1`,
      [decision!.id],
    );
    expect(stored!.withdrawn_at).toBeNull();

    const [consent] = await consentsOf(as.ggz!);
    const byPolice = await as.politie!.gql(
      `mutation($id: ID!) { withdrawConsent(consentId: $id) { active } }`,
      { id: consent!.id },
    );
    expect(errorCode(byPolice)).toBe('NOT_FOUND');
  });
});

describe('participation', () => {
  const ADD = `mutation($input: AddCaseParticipantInput!) { addCaseParticipant(input: $input) { id } }`;

  it('is active at most once per agency and case, also when invitations with an end date race', async () => {
    const input = {
      caseId: caseId('ZVH-2026-001'),
      agencyId: agencyId('Exodus Demo-regio'),
      role: 'PARTNER',
      reason: 'Maatje voor dagbesteding, met toestemming',
      reasonCategories: ['PLAN'],
      legalBasis: 'Toestemming cliënt',
      until: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    };
    // A volunteer organisation takes part only under the person's consent: record it first.
    await t.db.query(
      `INSERT INTO consent (region_id, person_id, category, recipient_agency_id, case_id,
                            recorded_in_case_id, recorded_by_agency_id, parts)
       SELECT region_id, subject_person_id, 'IDENTITY', $2, id, id, $3, '{NAME,CONTACT}'
         FROM case_file WHERE id = $1`,
      [input.caseId, input.agencyId, agencyId('Zorg- en Veiligheidshuis Demo-regio')],
    );
    const results = await Promise.all(
      Array.from({ length: 6 }, () => as.regie!.gql(ADD, { input })),
    );
    const outcomes = results.map((res) => (res.errors ? errorCode(res) : 'ADDED')).sort();
    expect(outcomes).toEqual(['ADDED', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
    const [{ n }] = await t.db.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM case_participant
        WHERE case_id = $1 AND agency_id = $2 AND (ended_at IS NULL OR ended_at > now())`,
      [input.caseId, input.agencyId],
    );
    expect(n).toBe(1);
  });

  it('refuses an overlapping participation in the database itself, whoever writes it', async () => {
    // The wijkteam takes part in ZVH-2026-001 without an end; a second row with a planned end
    // slips past the unique index on open rows, but not past the exclusion constraint.
    await expect(
      t.db.query(
        `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis,
                                       ended_at)
         SELECT region_id, $1, $2, 'PARTNER', 'Tweede deelname met einddatum', 'Test',
                now() + interval '7 days'
           FROM case_file WHERE id = $1`,
        [caseId('ZVH-2026-001'), agencyId('Wijkteam Demostad-Noord')],
      ),
    ).rejects.toThrow(/case_participant_no_overlap/);
  });
});

describe('break-the-glass openings', () => {
  it('cannot be changed or deleted, but go with their case when it is deleted', async () => {
    const reference = 'BG-APPEND-1';
    const [created] = await t.db.query<{ id: string }[]>(
      `INSERT INTO case_file (region_id, reference, subject_person_id, theme, status,
                              referring_agency_id)
       SELECT region_id, $1, subject_person_id, theme, status, referring_agency_id
         FROM case_file WHERE id = $2
       RETURNING id`,
      [reference, caseId('ZVH-2026-002')],
    );
    const BREAK = `mutation($input: BreakGlassInput!) { breakGlass(input: $input) { caseId } }`;
    ok(
      await as.regie!.gql(BREAK, {
        input: {
          caseId: created!.id,
          reason: 'Acute dreiging gemeld buiten kantoortijd; casus moet direct in.',
        },
      }),
    );
    const count = async () =>
      (
        await t.db.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM break_glass WHERE case_id = $1`,
          [created!.id],
        )
      )[0]!.n;
    expect(await count()).toBe(1);

    // Refused to the app (restricted role: no grant) and, by trigger, to the owner as well.
    const owner = new Client({ connectionString: t.database.url });
    await owner.connect();
    try {
      const runners: ((sql: string, params?: unknown[]) => Promise<unknown>)[] = [
        (sql, params) => t.db.query(sql, params),
        (sql, params) => owner.query(sql, params),
      ];
      for (const query of runners) {
        await expect(
          query(
            `UPDATE break_glass SET expires_at = now() + interval '1 year' WHERE case_id = $1`,
            [created!.id],
          ),
        ).rejects.toThrow(/append-only|permission denied/);
        await expect(
          query(`DELETE FROM break_glass WHERE case_id = $1`, [created!.id]),
        ).rejects.toThrow(/append-only|permission denied/);
        await expect(query(`TRUNCATE break_glass`)).rejects.toThrow(
          /append-only|permission denied/,
        );
      }
      await expect(
        owner.query(`DELETE FROM break_glass WHERE case_id = $1`, [created!.id]),
      ).rejects.toThrow(/append-only/);
    } finally {
      await owner.end();
    }
    expect(await count()).toBe(1);

    // Retention deletes the case; its openings go with it (the cascade is allowed).
    await t.db.query(`DELETE FROM case_file WHERE id = $1`, [created!.id]);
    expect(await count()).toBe(0);
  });
});
