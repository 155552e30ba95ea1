// Issue 11 item 4: a volunteer organisation (VOLUNTEER) takes part in a case only after the
// person's recorded consent for it, and then sees only what that consent names — by default the
// person's name and contact details (not BSN, birth date or address) and its own plan actions.
// Never by default, never proposed; withdrawal (or expiry) takes effect on the next request.
import { errorCode, errorField, ok, type GqlResponse } from './support/graphql-client';
import { callerByEmail, idsBy, type Caller } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let agencies: Map<string, string>;
let regionId: string;
const as: Record<string, Caller> = {};
const USERS = {
  regie: 'procesregisseur@zvh.demo.example',
  wijkteam: 'wijkteam@demostad.demo.example',
  reclassering: 'reclassering@reclassering.demo.example',
  exodus: 'exodus@exodus.demo.example',
} as const;

const EXODUS = 'Exodus Demo-regio';
const WIJKTEAM = 'Wijkteam Demostad-Noord';
const POLITIE = 'Politie basisteam Demostad';
const RECLASSERING = 'Reclassering Nederland, unit Demo-regio';
const ZVH = 'Zorg- en Veiligheidshuis Demo-regio';
const agencyId = (name: string) => agencies.get(name)!;

let caseId: string;
const consentIds: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  for (const [key, email] of Object.entries(USERS)) as[key] = await callerByEmail(t, email);
  agencies = await idsBy(t, `SELECT name AS key, id FROM agency`);
  const [region] = await t.db.query<
    {
      id: string;
    }[]
  >(`SELECT id FROM region WHERE code = 'demo'`);
  regionId = region!.id;

  // A case of reclassering with the ZVH and the wijkteam, and an item in several categories.
  const [person] = await t.db.query<{ id: string }[]>(
    `INSERT INTO person (region_id, given_names, family_name, date_of_birth, bsn, street,
                         house_number, postcode, city, wijk)
     VALUES ($1, 'Vera', 'Vrijwilligersproef', '1985-03-03', '930002015', 'Maatjeslaan', '7',
             '1234AB', 'Demostad', 'Noord') RETURNING id`,
    [regionId],
  );
  const [c] = await t.db.query<{ id: string }[]>(
    `INSERT INTO case_file (region_id, reference, subject_person_id, theme, status,
                            referring_agency_id)
     VALUES ($1, 'VOL-2026-001', $2, 'EX_DETAINEE', 'ACTIVE', $3) RETURNING id`,
    [regionId, person!.id, agencyId(RECLASSERING)],
  );
  caseId = c!.id;
  for (const [name, role] of [
    [ZVH, 'PROCESREGIE'],
    [RECLASSERING, 'REFERRER'],
    [WIJKTEAM, 'PARTNER'],
  ] as const) {
    await t.db.query(
      `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis)
       VALUES ($1, $2, $3, $4, 'Deelnemer voor de test', 'Test')`,
      [regionId, caseId, agencyId(name), role],
    );
  }
  for (const category of ['IDENTITY', 'SAFETY', 'PLAN', 'CARE_SIGNAL']) {
    await t.db.query(
      `INSERT INTO information_item (region_id, case_id, person_id, category, source_agency_id,
                                     legal_basis, text)
       VALUES ($1, $2, $3, $4, $5, 'Test', $6)`,
      [regionId, caseId, person!.id, category, agencyId(RECLASSERING), `Tekst ${category}`],
    );
  }
});
afterAll(async () => {
  await t.close();
});

const ADD = `mutation($input: AddCaseParticipantInput!) {
  addCaseParticipant(input: $input) { id active agency { name } } }`;
const RECORD = `mutation($input: RecordConsentInput!) {
  recordConsent(input: $input) { id category parts active recipientAgency { name } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawConsent(consentId: $id) { id active } }`;
const CASE = `query($id: ID!) { case(id: $id) {
  reference
  subject {
    givenNames { access value } familyName { access value } dateOfBirth { access value }
    address { access value { street city wijk } } bsn { access value } }
  informationItems { category access text }
  categoryAccess { category access } } }`;
const CASE_PLAN = `query($caseId: ID!) { casePlan(caseId: $caseId) { canEdit } }`;
const MY_ACTIONS = `query { myActions(first: 20) { nodes { caseReference description ownerAgency { name } } } }`;
const SEARCH = `query($name: String!, $dob: String!) {
  searchPersons(input: { familyName: $name, dateOfBirth: $dob }) { caseIds } }`;

interface Protected<T = string> {
  access: string;
  value: T | null;
}
interface CaseView {
  case: {
    reference: string;
    subject: {
      givenNames: Protected;
      familyName: Protected;
      dateOfBirth: Protected;
      address: Protected<{ street: string; city: string; wijk: string }>;
      bsn: Protected;
    };
    informationItems: { category: string; access: string; text: string | null }[];
    categoryAccess: { category: string; access: string }[];
  };
}

const participants = async (agency: string) =>
  await t.db.query<{ active: boolean; endReason: string | null }[]>(
    `SELECT (ended_at IS NULL OR ended_at > now()) AS active, end_reason AS "endReason"
       FROM case_participant WHERE case_id = $1 AND agency_id = $2 ORDER BY started_at`,
    [caseId, agencyId(agency)],
  );

const addExodus = (caseIdArg: string) =>
  as.regie!.gql<{ addCaseParticipant: { id: string; active: boolean } }>(ADD, {
    input: {
      caseId: caseIdArg,
      agencyId: agencyId(EXODUS),
      role: 'PARTNER',
      reason: 'Maatje na vrijlating, op verzoek van de cliënt',
      reasonCategories: ['PLAN'],
      legalBasis: 'Toestemming cliënt',
    },
  });

const shown = (view: CaseView['case']) => ({
  name: `${view.subject.familyName.access} ${view.subject.familyName.value ?? '-'}`,
  dateOfBirth: `${view.subject.dateOfBirth.access} ${view.subject.dateOfBirth.value ?? '-'}`,
  address: `${view.subject.address.access} ${view.subject.address.value?.street ?? '-'}`,
  bsn: `${view.subject.bsn.access} ${view.subject.bsn.value ?? '-'}`,
  items: view.informationItems.map((i) => `${i.category} ${i.access}`).sort(),
});

describe('a volunteer organisation as participant', () => {
  it('is refused without the person’s consent, with CONSENT_REQUIRED, and nothing changes', async () => {
    const events = async () =>
      (
        await t.db.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM case_event WHERE case_id = $1`,
          [caseId],
        )
      )[0]!.n;
    const before = await events();
    const res = await addExodus(caseId);
    expect([errorCode(res), errorField(res)]).toEqual(['CONSENT_REQUIRED', 'agencyId']);
    expect(await participants(EXODUS)).toEqual([]);
    expect(await events()).toBe(before);
    // …and Exodus cannot open the case.
    expect(errorCode(await as.exodus!.gql(CASE, { id: caseId }))).toBe('NOT_FOUND');
  });

  it('is added once the consent is recorded, with the default scope when none is named', async () => {
    for (const category of ['IDENTITY', 'PLAN'] as const) {
      const recorded = ok(
        await as.reclassering!.gql<{
          recordConsent: { id: string; parts: string[]; active: boolean };
        }>(RECORD, {
          input: { caseId, category, recipientAgencyId: agencyId(EXODUS) },
        }),
      ).recordConsent;
      consentIds[category] = recorded.id;
      expect(recorded.active).toBe(true);
      expect(recorded.parts).toEqual(
        category === 'IDENTITY' ? ['NAME', 'CONTACT'] : ['OWN_ACTIONS'],
      );
    }
    const added = ok(await addExodus(caseId)).addCaseParticipant;
    expect(added.active).toBe(true);
  });

  it('with the default consent sees the name but not birth date, address, BSN or any item', async () => {
    const view = ok(await as.exodus!.gql<CaseView>(CASE, { id: caseId })).case;
    expect(shown(view)).toEqual({
      name: 'FULL Vrijwilligersproef',
      dateOfBirth: 'WITHHELD -',
      address: 'WITHHELD -',
      bsn: 'WITHHELD -',
      items: [],
    });
    expect(view.subject.givenNames).toEqual({ access: 'FULL', value: 'Vera' });
    // Every category reads "afgeschermd": the items of IDENTITY are not the name.
    expect(view.categoryAccess.filter((c) => c.access !== 'WITHHELD')).toEqual([]);
    // A name-and-birth-date search would confirm the birth date: it finds nothing.
    const search = ok(
      await as.exodus!.gql<{ searchPersons: unknown[] }>(SEARCH, {
        name: 'Vrijwilligersproef',
        dob: '1985-03-03',
      }),
    );
    expect(search.searchPersons).toEqual([]);
  });

  it('with the default consent sees only its own plan actions, not the plan', async () => {
    const VERSION = `id revision goals { id }`;
    type V = { id: string; revision: number; goals: { id: string }[] };
    const started = ok(
      await as.reclassering!.gql<{ startPlanRevision: V }>(
        `mutation($caseId: ID!) { startPlanRevision(input: { caseId: $caseId }) { ${VERSION} } }`,
        { caseId },
      ),
    ).startPlanRevision;
    let version = ok(
      await as.reclassering!.gql<{ addPlanGoal: V }>(
        `mutation($input: AddPlanGoalInput!) { addPlanGoal(input: $input) { ${VERSION} } }`,
        {
          input: {
            versionId: started.id,
            revision: started.revision,
            lifeDomain: 'SOCIAL_NETWORK',
            description: 'Een sociaal netwerk buiten het oude milieu',
          },
        },
      ),
    ).addPlanGoal;
    const dueDate = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    for (const [owner, description] of [
      [EXODUS, 'Wekelijks koffie met het maatje'],
      [WIJKTEAM, 'Schuldhulpverlening aanvragen'],
    ] as const) {
      version = ok(
        await as.reclassering!.gql<{ addPlanAction: V }>(
          `mutation($input: AddPlanActionInput!) { addPlanAction(input: $input) { ${VERSION} } }`,
          {
            input: {
              goalId: version.goals[0]!.id,
              revision: version.revision,
              description,
              ownerAgencyId: agencyId(owner),
              dueDate,
            },
          },
        ),
      ).addPlanAction;
    }
    const mine = ok(
      await as.exodus!.gql<{
        myActions: { nodes: { caseReference: string; description: string }[] };
      }>(MY_ACTIONS),
    ).myActions.nodes.filter((n) => n.caseReference === 'VOL-2026-001');
    expect(mine.map((n) => n.description)).toEqual(['Wekelijks koffie met het maatje']);
    // The whole plan (goals, other partners' actions) stays closed.
    expect(errorCode(await as.exodus!.gql(CASE_PLAN, { caseId }))).toBe('FORBIDDEN');
    // The wijkteam, a covenant partner, sees its own action as before.
    const wijkteam = ok(
      await as.wijkteam!.gql<{ myActions: { nodes: { description: string }[] } }>(MY_ACTIONS),
    ).myActions.nodes.map((n) => n.description);
    expect(wijkteam).toContain('Schuldhulpverlening aanvragen');
  });

  it('with a wider consent (a named category, all identity fields) sees that too', async () => {
    const safety = ok(
      await as.reclassering!.gql<{ recordConsent: { id: string; parts: string[] } }>(RECORD, {
        input: { caseId, category: 'SAFETY', recipientAgencyId: agencyId(EXODUS), parts: [] },
      }),
    ).recordConsent;
    consentIds.SAFETY = safety.id;
    expect(safety.parts).toEqual([]);
    const view = ok(await as.exodus!.gql<CaseView>(CASE, { id: caseId })).case;
    expect(shown(view).items).toEqual(['SAFETY FULL']);
    // A part that is not the category's is refused and stores nothing.
    const badPart = await as.reclassering!.gql(RECORD, {
      input: {
        caseId,
        category: 'SAFETY',
        recipientAgencyId: agencyId(WIJKTEAM),
        parts: ['ADDRESS'],
      },
    });
    expect([errorCode(badPart), errorField(badPart)]).toEqual(['BAD_USER_INPUT', 'parts']);
  });

  it('loses what a withdrawn consent named on the very next request, and the case with the last one', async () => {
    ok(await as.reclassering!.gql(WITHDRAW, { id: consentIds.IDENTITY }));
    const view = ok(await as.exodus!.gql<CaseView>(CASE, { id: caseId })).case;
    expect(shown(view).name).toBe('WITHHELD -');
    expect(view.subject.givenNames).toEqual({ access: 'WITHHELD', value: null });
    // Other consents still cover the case: the participation goes on.
    expect((await participants(EXODUS)).map((p) => p.active)).toEqual([true]);

    ok(await as.reclassering!.gql(WITHDRAW, { id: consentIds.PLAN }));
    const actions = ok(
      await as.exodus!.gql<{ myActions: { nodes: { caseReference: string }[] } }>(MY_ACTIONS),
    ).myActions.nodes.filter((n) => n.caseReference === 'VOL-2026-001');
    expect(actions).toEqual([]);

    ok(await as.reclassering!.gql(WITHDRAW, { id: consentIds.SAFETY }));
    expect(errorCode(await as.exodus!.gql(CASE, { id: caseId }))).toBe('NOT_FOUND');
    // The last withdrawal ended the participation, with its reason and a timeline event.
    expect(await participants(EXODUS)).toEqual([
      { active: false, endReason: expect.stringContaining('Toestemming ingetrokken') as unknown },
    ]);
    const [event] = await t.db.query<{ data: { agency: string } }[]>(
      `SELECT data FROM case_event WHERE case_id = $1 AND kind = 'PARTICIPANT_ENDED'`,
      [caseId],
    );
    expect(event?.data.agency).toBe(EXODUS);
  });

  it('loses the case when its consent expires, on the next request, without a write', async () => {
    const recorded = ok(
      await as.reclassering!.gql<{ recordConsent: { id: string } }>(RECORD, {
        input: {
          caseId,
          category: 'IDENTITY',
          recipientAgencyId: agencyId(EXODUS),
          validUntil: new Date(Date.now() + 86_400_000).toISOString(),
        },
      }),
    ).recordConsent;
    ok(await addExodus(caseId));
    expect(shown(ok(await as.exodus!.gql<CaseView>(CASE, { id: caseId })).case).name).toBe(
      'FULL Vrijwilligersproef',
    );
    // Time passes: the consent's end now lies in the past.
    await t.db.query(
      `UPDATE consent SET given_at = now() - interval '2 days', valid_until = now() - interval '1 second'
        WHERE id = $1`,
      [recorded.id],
    );
    expect(errorCode(await as.exodus!.gql(CASE, { id: caseId }))).toBe('NOT_FOUND');
    const listed = ok(
      await as.reclassering!.gql<{ consents: { id: string; active: boolean }[] }>(
        `query($c: ID!) { consents(caseId: $c) { id active } }`,
        { c: caseId },
      ),
    ).consents.find((c) => c.id === recorded.id);
    expect(listed?.active).toBe(false);
  });
});

describe('a volunteer organisation in referral and triage', () => {
  const CREATE = `mutation($input: CreateReferralInput!) { createReferral(input: $input) { caseId } }`;
  const DECIDE = `mutation($input: DecideReferralInput!) { decideReferral(input: $input) { status } }`;
  const referral = (proposed: string[]) => ({
    person: { givenNames: 'Tom', familyName: 'Triageproef', dateOfBirth: '1979-09-09' },
    theme: 'EX_DETAINEE',
    reason: 'Komt vrij zonder netwerk; een maatje zou helpen.',
    goal: 'Een sluitende nazorg met een vast maatje.',
    reasonCategories: ['SOCIAL'],
    proposedAgencyIds: proposed.map(agencyId),
    personInformed: true,
    notInformedReason: null,
  });
  const decision = (id: string, partners: string[]) => ({
    caseId: id,
    decision: 'ACCEPTED',
    reason: 'Meerdere leefgebieden; justitie en zorg moeten samenwerken.',
    criteria: {
      multiDomain: true,
      chainsCooperate: true,
      impactOnSurroundings: true,
      seriousLocalSafety: false,
    },
    partnerAgencyIds: partners.map(agencyId),
  });

  it('cannot be proposed in a referral: CONSENT_REQUIRED, no case is stored', async () => {
    const count = async () =>
      (await t.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM case_file`))[0]!.n;
    const before = await count();
    const res = await as.wijkteam!.gql(CREATE, { input: referral([POLITIE, EXODUS]) });
    expect([errorCode(res), errorField(res)]).toEqual(['CONSENT_REQUIRED', 'proposedAgencyIds']);
    expect(await count()).toBe(before);
  });

  it('is refused at triage without consent (nothing decided), accepted once consent is recorded', async () => {
    const { caseId: referred } = ok(
      await as.wijkteam!.gql<{ createReferral: { caseId: string } }>(CREATE, {
        input: referral([POLITIE]),
      }),
    ).createReferral;
    const refused: GqlResponse<unknown> = await as.regie!.gql(DECIDE, {
      input: decision(referred, [POLITIE, EXODUS]),
    });
    expect([errorCode(refused), errorField(refused)]).toEqual([
      'CONSENT_REQUIRED',
      'partnerAgencyIds',
    ]);
    const state = async () =>
      await t.db.query<unknown[]>(
        `SELECT c.status, r.decision,
                (SELECT count(*)::int FROM case_participant p WHERE p.case_id = c.id) AS participants
           FROM case_file c JOIN referral r ON r.case_id = c.id WHERE c.id = $1`,
        [referred],
      );
    expect(await state()).toEqual([{ status: 'REFERRED', decision: null, participants: 2 }]);

    ok(
      await as.regie!.gql(RECORD, {
        input: { caseId: referred, category: 'IDENTITY', recipientAgencyId: agencyId(EXODUS) },
      }),
    );
    expect(
      ok(
        await as.regie!.gql<{ decideReferral: { status: string } }>(DECIDE, {
          input: decision(referred, [POLITIE, EXODUS]),
        }),
      ).decideReferral.status,
    ).toBe('ACCEPTED');
    const [joined] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM case_participant WHERE case_id = $1 AND agency_id = $2`,
      [referred, agencyId(EXODUS)],
    );
    expect(joined!.n).toBe(1);
  });
});
