// Closing a case (afschaling): who may close, validation that changes nothing, the grace period
// during which participants still read, read-only afterwards (CASE_CLOSED), and withdrawals that
// stay possible.
import { errorCode, errorField, ok } from './support/graphql-client';
import { callerByEmail, idsBy, type Caller } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let cases: Map<string, string>;
let agencies: Map<string, string>;
const as: Record<string, Caller> = {};

const USERS = {
  regie: 'procesregisseur@zvh.demo.example',
  wijkteam: 'wijkteam@demostad.demo.example',
  politie: 'wijkagent@politie.demo.example',
  ggz: 'ggz@ggz.demo.example',
  veiligthuis: 'veiligthuis@veiligthuis.demo.example',
  gemeente: 'gemeente@demostad.demo.example',
  privacy: 'privacy@zvh.demo.example',
  beheer: 'beheer@zvh.demo.example',
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
const CLOSE = `mutation($input: CloseCaseInput!) { closeCase(input: $input) {
  caseId outcome reason closedAt graceDays accessEndsAt closedByAgency { name } } }`;
interface Closed {
  closeCase: {
    caseId: string;
    outcome: string;
    reason: string;
    closedAt: string;
    graceDays: number;
    accessEndsAt: string;
    closedByAgency: { name: string } | null;
  };
}
const closeInput = (reference: string, overrides: Record<string, unknown> = {}) => ({
  input: {
    caseId: caseId(reference),
    outcome: 'GOAL_ACHIEVED',
    reason: 'Doelen behaald; wijkteam houdt regulier contact.',
    expectedStatus: 'ACTIVE',
    ...overrides,
  },
});
const SETTINGS = `mutation($days: Int!) { updateRegionSettings(input: { closingGraceDays: $days }) {
  closingGraceDays } }`;
const READ_CASE = `query($id: ID!) { case(id: $id) { status readOnly } }`;

/** What a closing may change, to prove a refused one changed nothing. */
interface ClosingSnapshot {
  status: string;
  updated_at: Date;
  closures: number;
  ends: (string | null)[] | null;
  events: number;
  notifications: number;
}

async function snapshot(reference: string) {
  return t.db.query<ClosingSnapshot[]>(
    `SELECT c.status, c.updated_at,
            (SELECT count(*)::int FROM case_closure WHERE case_id = c.id) AS closures,
            (SELECT json_agg(cp.ended_at ORDER BY cp.id) FROM case_participant cp
              WHERE cp.case_id = c.id) AS ends,
            (SELECT count(*)::int FROM case_event e WHERE e.case_id = c.id) AS events,
            (SELECT count(*)::int FROM notification n WHERE n.case_id = c.id) AS notifications
       FROM case_file c WHERE c.id = $1`,
    [caseId(reference)],
  );
}

describe('who may close', () => {
  it('refuses everyone but the procesregisseur, and changes nothing', async () => {
    const before = await snapshot('ZVH-2026-001');
    for (const caller of [as.wijkteam!, as.politie!, as.privacy!, as.beheer!]) {
      const res = await caller.gql(CLOSE, closeInput('ZVH-2026-001'));
      expect(errorCode(res)).toBe('FORBIDDEN');
    }
    expect(await snapshot('ZVH-2026-001')).toEqual(before);
  });
});

describe('validation', () => {
  it.each([
    ['reason', { reason: 'te kort' }, 'BAD_USER_INPUT'],
    ['reason', { reason: '          spaties          ' }, 'BAD_USER_INPUT'],
    ['caseId', { caseId: 'not-an-id' }, 'BAD_USER_INPUT'],
  ])('refuses a bad %s and changes nothing', async (field, overrides, code) => {
    const before = await snapshot('ZVH-2026-001');
    const res = await as.regie!.gql(CLOSE, closeInput('ZVH-2026-001', overrides));
    expect(errorCode(res)).toBe(code);
    expect(errorField(res)).toBe(field);
    expect(await snapshot('ZVH-2026-001')).toEqual(before);
  });

  it('refuses an unknown outcome at the schema and changes nothing', async () => {
    const before = await snapshot('ZVH-2026-001');
    const res = await as.regie!.gql(CLOSE, closeInput('ZVH-2026-001', { outcome: 'WHATEVER' }));
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(await snapshot('ZVH-2026-001')).toEqual(before);
  });

  it('gives CONFLICT when the case is no longer in the status the caller saw', async () => {
    const before = await snapshot('ZVH-2026-001');
    const res = await as.regie!.gql(
      CLOSE,
      closeInput('ZVH-2026-001', { expectedStatus: 'ACCEPTED' }),
    );
    expect(errorCode(res)).toBe('CONFLICT');
    expect(await snapshot('ZVH-2026-001')).toEqual(before);
  });

  it('leaves a referral to triage: closing one is a CONFLICT', async () => {
    const res = await as.regie!.gql(
      CLOSE,
      closeInput('ZVH-2026-003', { expectedStatus: 'IN_TRIAGE' }),
    );
    expect(errorCode(res)).toBe('CONFLICT');
    expect((await snapshot('ZVH-2026-003'))[0]!.closures).toBe(0);
  });
});

describe('closing with the default grace period', () => {
  const ref = 'ZVH-2026-002';
  let closed: Closed['closeCase'];
  let plannedEnd: Date;

  beforeAll(async () => {
    // The municipality's participation was planned to end in 5 days: that stays its end.
    const [[row]] = await t.db.query<[{ ended_at: Date }[], number]>(
      `UPDATE case_participant SET ended_at = now() + interval '5 days'
        WHERE case_id = $1 AND agency_id = $2 RETURNING ended_at`,
      [caseId(ref), agencyId('Gemeente Demostad')],
    );
    plannedEnd = row!.ended_at;
    closed = ok(
      await as.regie!.gql<Closed>(CLOSE, closeInput(ref, { outcome: 'REFERRED_TO_REGULAR_CARE' })),
    ).closeCase;
  });

  it('records outcome, reason, closer and the 30 days of grace of the region', () => {
    expect(closed.outcome).toBe('REFERRED_TO_REGULAR_CARE');
    expect(closed.reason).toBe('Doelen behaald; wijkteam houdt regulier contact.');
    expect(closed.closedByAgency?.name).toBe('Zorg- en Veiligheidshuis Demo-regio');
    expect(closed.graceDays).toBe(30);
    const days = (Date.parse(closed.accessEndsAt) - Date.parse(closed.closedAt)) / 86_400_000;
    expect(days).toBeCloseTo(30, 5);
  });

  it('plans the end of every active participation at the end of the grace period', async () => {
    const rows = await t.db.query<{ name: string; ended_at: Date; end_reason: string }[]>(
      `SELECT a.name, cp.ended_at, cp.end_reason FROM case_participant cp
         JOIN agency a ON a.id = cp.agency_id WHERE cp.case_id = $1`,
      [caseId(ref)],
    );
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      if (row.name === 'Gemeente Demostad') {
        expect(row.ended_at.getTime()).toBe(plannedEnd.getTime());
      } else {
        expect(row.ended_at.getTime()).toBe(Date.parse(closed.accessEndsAt));
        expect(row.end_reason).toBe('Casus afgesloten (afschaling)');
      }
    }
  });

  it('lets participants read the case, read-only, during the grace period', async () => {
    for (const caller of [as.politie!, as.veiligthuis!, as.gemeente!, as.regie!]) {
      const data = ok(
        await caller.gql<{ case: { status: string; readOnly: boolean } }>(READ_CASE, {
          id: caseId(ref),
        }),
      );
      expect(data.case).toEqual({ status: 'CLOSED', readOnly: true });
    }
  });

  it('puts CASE_CLOSED on the timeline and notifies the participants, not the closer', async () => {
    const timeline = ok(
      await as.politie!.gql<{
        caseTimeline: { kind: string; params: { key: string; value: string }[] }[];
      }>(`query($id: ID!) { caseTimeline(caseId: $id) { kind params { key value } } }`, {
        id: caseId(ref),
      }),
    ).caseTimeline;
    const last = timeline[timeline.length - 1]!;
    expect(last.kind).toBe('CASE_CLOSED');
    expect(last.params).toEqual(
      expect.arrayContaining([
        { key: 'outcome', value: 'REFERRED_TO_REGULAR_CARE' },
        { key: 'graceDays', value: '30' },
      ]),
    );
    const recipients = await t.db.query<{ email: string }[]>(
      `SELECT u.email FROM notification n JOIN app_user u ON u.id = n.recipient_user_id
        WHERE n.case_id = $1 AND n.kind = 'CASE_CLOSED' ORDER BY u.email`,
      [caseId(ref)],
    );
    const emails = recipients.map((r) => r.email);
    expect(emails).toEqual(
      expect.arrayContaining([USERS.politie, USERS.veiligthuis, USERS.gemeente]),
    );
    expect(emails).not.toContain(USERS.regie);
    expect(emails).not.toContain(USERS.privacy);
    expect(emails).not.toContain(USERS.wijkteam);
  });

  it('shows the closure to participants with PLAN read', async () => {
    const data = ok(
      await as.politie!.gql<{ caseClosure: { outcome: string; graceDays: number } | null }>(
        `query($id: ID!) { caseClosure(caseId: $id) { outcome graceDays } }`,
        { id: caseId(ref) },
      ),
    );
    expect(data.caseClosure).toEqual({ outcome: 'REFERRED_TO_REGULAR_CARE', graceDays: 30 });
    const open = ok(
      await as.politie!.gql<{ caseClosure: unknown }>(
        `query($id: ID!) { caseClosure(caseId: $id) { outcome } }`,
        { id: caseId('ZVH-2026-001') },
      ),
    );
    expect(open.caseClosure).toBeNull();
  });

  it('refuses closing it again with CONFLICT', async () => {
    const res = await as.regie!.gql(CLOSE, closeInput(ref, { expectedStatus: 'CLOSED' }));
    expect(errorCode(res)).toBe('CONFLICT');
    const again = await as.regie!.gql(CLOSE, closeInput(ref));
    expect(errorCode(again)).toBe('CONFLICT');
    expect((await snapshot(ref))[0]!.closures).toBe(1);
  });

  it('refuses every write with CASE_CLOSED', async () => {
    const writes: [Caller, string, Record<string, unknown>][] = [
      [
        as.politie!,
        `mutation($input: AddInformationItemInput!) { addInformationItem(input: $input) { id } }`,
        {
          input: {
            caseId: caseId(ref),
            category: 'POLICE',
            legalBasis: 'Wpg art. 16',
            text: 'Nieuw incident na afsluiten.',
          },
        },
      ],
      [
        as.regie!,
        `mutation($input: AddCaseParticipantInput!) { addCaseParticipant(input: $input) { id } }`,
        {
          input: {
            caseId: caseId(ref),
            agencyId: agencyId('Woonstichting Demohuis'),
            role: 'PARTNER',
            reason: 'Huurachterstand speelt een rol.',
            reasonCategories: ['PLAN'],
            legalBasis: 'Convenant art. 5',
          },
        },
      ],
      [
        as.veiligthuis!,
        `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
        {
          input: {
            caseId: caseId(ref),
            category: 'CARE',
            recipientAgencyId: agencyId('Politie basisteam Demostad'),
          },
        },
      ],
      [
        as.veiligthuis!,
        `mutation($input: RecordConflictOfDutiesDecisionInput!) {
           recordConflictOfDutiesDecision(input: $input) { id } }`,
        {
          input: {
            caseId: caseId(ref),
            category: 'CARE',
            recipientAgencyId: agencyId('Politie basisteam Demostad'),
            reasoning: 'Acuut gevaar voor het kind weegt zwaarder dan het beroepsgeheim.',
          },
        },
      ],
    ];
    const [participation] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM case_participant WHERE case_id = $1 AND agency_id = $2`,
      [caseId(ref), agencyId('Politie basisteam Demostad')],
    );
    writes.push([
      as.regie!,
      `mutation($input: EndCaseParticipationInput!) { endCaseParticipation(input: $input) { id } }`,
      { input: { participantId: participation!.id, reason: 'Politie heeft geen rol meer.' } },
    ]);
    const before = await snapshot(ref);
    for (const [caller, mutation, variables] of writes) {
      const res = await caller.gql(mutation, variables);
      expect([mutation.slice(0, 60), errorCode(res)]).toEqual([
        mutation.slice(0, 60),
        'CASE_CLOSED',
      ]);
    }
    expect(await snapshot(ref)).toEqual(before);
  });

  it('still lets the holder withdraw a conflict-of-duties decision in the closed case', async () => {
    const [decision] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM conflict_of_duties_decision WHERE case_id = $1 AND withdrawn_at IS NULL`,
      [caseId(ref)],
    );
    const data = ok(
      await as.veiligthuis!.gql<{ withdrawConflictOfDutiesDecision: { active: boolean } }>(
        `mutation($id: ID!) { withdrawConflictOfDutiesDecision(decisionId: $id) { active } }`,
        { id: decision!.id },
      ),
    );
    expect(data.withdrawConflictOfDutiesDecision.active).toBe(false);
  });

  it('ends the participants’ access once the grace period is over', async () => {
    await t.db.query(
      `UPDATE case_participant SET ended_at = now() - interval '1 second'
        WHERE case_id = $1 AND ended_at > now()`,
      [caseId(ref)],
    );
    for (const caller of [as.politie!, as.veiligthuis!, as.regie!]) {
      expect(errorCode(await caller.gql(READ_CASE, { id: caseId(ref) }))).toBe('NOT_FOUND');
    }
  });
});

describe('the grace period as a region setting', () => {
  it('is changed by the functional administrator only, within 0–180 days', async () => {
    expect(errorCode(await as.regie!.gql(SETTINGS, { days: 10 }))).toBe('FORBIDDEN');
    expect(errorCode(await as.privacy!.gql(SETTINGS, { days: 10 }))).toBe('FORBIDDEN');
    for (const days of [-1, 181]) {
      const res = await as.beheer!.gql(SETTINGS, { days });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(errorField(res)).toBe('closingGraceDays');
    }
    const read = ok(
      await as.regie!.gql<{ regionSettings: { closingGraceDays: number } }>(
        `query { regionSettings { closingGraceDays } }`,
      ),
    );
    expect(read.regionSettings.closingGraceDays).toBe(30);
  });

  it('with 0 days ends access at once; the recorder can still withdraw its consent', async () => {
    const ref = 'ZVH-2026-001';
    ok(await as.beheer!.gql(SETTINGS, { days: 0 }));
    try {
      const closed = ok(await as.regie!.gql<Closed>(CLOSE, closeInput(ref))).closeCase;
      expect(closed.graceDays).toBe(0);
      for (const caller of [as.politie!, as.wijkteam!, as.ggz!]) {
        expect(errorCode(await caller.gql(READ_CASE, { id: caseId(ref) }))).toBe('NOT_FOUND');
      }
      // GGZ recorded the client's consent; withdrawing it must stay possible.
      const [consent] = await t.db.query<{ id: string }[]>(
        `SELECT id FROM consent WHERE recorded_in_case_id = $1 AND withdrawn_at IS NULL`,
        [caseId(ref)],
      );
      expect(
        errorCode(
          await as.wijkteam!.gql(`mutation($id: ID!) { withdrawConsent(consentId: $id) { id } }`, {
            id: consent!.id,
          }),
        ),
      ).toBe('NOT_FOUND');
      const data = ok(
        await as.ggz!.gql<{ withdrawConsent: { active: boolean } }>(
          `mutation($id: ID!) { withdrawConsent(consentId: $id) { active } }`,
          { id: consent!.id },
        ),
      );
      expect(data.withdrawConsent.active).toBe(false);
    } finally {
      ok(await as.beheer!.gql(SETTINGS, { days: 30 }));
    }
  });
});

describe('concurrent closing and other read-only statuses', () => {
  it('lets exactly one of two concurrent closings win', async () => {
    const ref = 'ZVH-2026-003';
    await t.db.query(`UPDATE case_file SET status = 'ACCEPTED' WHERE id = $1`, [caseId(ref)]);
    const input = closeInput(ref, { expectedStatus: 'ACCEPTED' });
    const results = await Promise.all([as.regie!.gql(CLOSE, input), as.regie!.gql(CLOSE, input)]);
    const codes = results.map((res) => errorCode(res) ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect((await snapshot(ref))[0]).toMatchObject({ status: 'CLOSED', closures: 1 });
  });

  it('treats a rejected referral as read-only too (CASE_CLOSED)', async () => {
    const ref = 'ZVH-2026-004';
    await t.db.query(`UPDATE case_file SET status = 'REJECTED' WHERE id = $1`, [caseId(ref)]);
    const res = await as.wijkteam!.gql(
      `mutation($input: AddInformationItemInput!) { addInformationItem(input: $input) { id } }`,
      {
        input: {
          caseId: caseId(ref),
          category: 'SOCIAL',
          legalBasis: 'Jeugdwet',
          text: 'Nog een signaal.',
        },
      },
    );
    expect(errorCode(res)).toBe('CASE_CLOSED');
    // …and says so, so the portal shows no edit buttons.
    const { data } = await as.wijkteam!.gql<{ case: { status: string; readOnly: boolean } }>(
      READ_CASE,
      { id: caseId(ref) },
    );
    expect(data?.case).toEqual({ status: 'REJECTED', readOnly: true });
  });
});
