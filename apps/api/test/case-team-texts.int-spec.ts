// Issue 11, items 3 and 5. Free texts about a person outside the information items (a referral's
// reason, a participation's reason) carry categories chosen by their writer and are masked like
// items of those categories; and until triage decides, the referrer sees of the person only what
// it entered itself, never what Schakel already knew.
import { errorCode, errorField, ok } from './support/graphql-client';
import { callerByEmail, idsBy, type Caller } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let agencies: Map<string, string>;
let regionId: string;
const as: Record<string, Caller> = {};
const USERS = {
  regie: 'procesregisseur@zvh.demo.example',
  wijkteam: 'wijkteam@demostad.demo.example',
  politie: 'wijkagent@politie.demo.example',
  woning: 'woningcorporatie@demohuis.demo.example',
  ggz: 'ggz@ggz.demo.example',
} as const;

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
});
afterAll(async () => {
  await t.close();
});

const agencyId = (name: string) => agencies.get(name)!;
const WIJKTEAM = 'Wijkteam Demostad-Noord';
const POLITIE = 'Politie basisteam Demostad';
const WONING = 'Woonstichting Demohuis';
const GGZ = 'GGZ Demoland';

const REASON = 'Huurachterstand van vier maanden; hij lijkt psychisch te ontregelen.';
const GOAL = 'Huisuitzetting voorkomen en zorg op gang brengen.';

const CREATE = `mutation($input: CreateReferralInput!) {
  createReferral(input: $input) { caseId reference status } }`;
const REFERRAL = `query($caseId: ID!) { referral(caseId: $caseId) {
  reason goal notInformedReason reasonAccess reasonCategories personSource
  person { id address { access value { street houseNumber postcode city } }
           familyName { access value } bsn { access value } } } }`;
const CASE = `query($id: ID!) { case(id: $id) {
  subject { id address { access value { street houseNumber postcode city } }
            familyName { access value } bsn { access value } }
  participants { agency { name } role reason reasonAccess reasonCategories } } }`;
const CASES = `query { cases(first: 100) { nodes { id
  subject { id address { access value { street } } }
  participants { agency { name } reason reasonAccess } } } }`;
const DECIDE = `mutation($input: DecideReferralInput!) { decideReferral(input: $input) {
  status reasonAccess reason } }`;
const ADD = `mutation($input: AddCaseParticipantInput!) { addCaseParticipant(input: $input) {
  reason reasonAccess reasonCategories } }`;
const SEARCH = `query($input: SearchPersonsInput!) { searchPersons(input: $input) {
  person { id address { value { street } } } caseIds } }`;

interface Texts {
  reason: string | null;
  goal: string | null;
  notInformedReason: string | null;
  reasonAccess: string;
  reasonCategories: string[];
}
interface Person {
  id: string;
  address: { access: string; value: { street: string | null } | null };
  familyName: { access: string; value: string | null };
  bsn: { access: string; value: string | null };
}
interface Participant {
  agency: { name: string };
  role: string;
  reason: string | null;
  reasonAccess: string;
  reasonCategories: string[];
}

const ACCEPT = {
  decision: 'ACCEPTED',
  reason: 'Meervoudige problematiek, beide ketens nodig.',
  criteria: {
    multiDomain: true,
    chainsCooperate: true,
    impactOnSurroundings: true,
    seriousLocalSafety: false,
  },
};

async function refer(caller: Caller, input: Record<string, unknown>): Promise<string> {
  return ok(await caller.gql<{ createReferral: { caseId: string } }>(CREATE, { input }))
    .createReferral.caseId;
}

const referral = async (caller: Caller, caseId: string) =>
  ok(
    await caller.gql<{ referral: Texts & { person: Person; personSource: string | null } }>(
      REFERRAL,
      { caseId },
    ),
  ).referral;
const caseOf = async (caller: Caller, id: string) =>
  ok(await caller.gql<{ case: { subject: Person; participants: Participant[] } }>(CASE, { id }))
    .case;
const referrerOf = (participants: Participant[]) =>
  participants.find((p) => p.role === 'REFERRER')!;

const WITHHELD = { reason: null, reasonAccess: 'WITHHELD', reasonCategories: [] };

describe('item 3: the referral reason and participation reasons are masked by their categories', () => {
  let caseId: string;

  beforeAll(async () => {
    caseId = await refer(as.wijkteam!, {
      person: { givenNames: 'Karel', familyName: 'Huurder', dateOfBirth: '1975-05-05' },
      theme: 'CONFUSED_BEHAVIOUR',
      reason: REASON,
      goal: GOAL,
      reasonCategories: ['SOCIAL'],
      proposedAgencyIds: [agencyId(WONING), agencyId(POLITIE)],
      personInformed: false,
      notInformedReason: 'Eerst met de zorg overleggen, hij is achterdochtig.',
    });
    ok(
      await as.regie!.gql(DECIDE, {
        input: { caseId, ...ACCEPT, partnerAgencyIds: [agencyId(WONING), agencyId(POLITIE)] },
      }),
    );
  });

  it('stores the categories the referrer chose, on the referral and its own participation', async () => {
    const [row] = await t.db.query<{ referral: string[]; participation: string[] }[]>(
      `SELECT r.reason_categories AS referral,
              (SELECT cp.reason_categories FROM case_participant cp
                WHERE cp.case_id = r.case_id AND cp.role = 'REFERRER') AS participation
         FROM referral r WHERE r.case_id = $1`,
      [caseId],
    );
    expect(row).toEqual({ referral: ['SOCIAL'], participation: ['SOCIAL'] });
  });

  it('shows the texts to agencies that read SOCIAL: the referrer and the Veiligheidshuis', async () => {
    for (const caller of [as.wijkteam!, as.regie!]) {
      expect(await referral(caller, caseId)).toMatchObject({
        reason: REASON,
        goal: GOAL,
        notInformedReason: 'Eerst met de zorg overleggen, hij is achterdochtig.',
        reasonAccess: 'FULL',
        reasonCategories: ['SOCIAL'],
      });
      expect(referrerOf((await caseOf(caller, caseId)).participants)).toMatchObject({
        reason: REASON,
        reasonAccess: 'FULL',
        reasonCategories: ['SOCIAL'],
      });
    }
  });

  it('withholds them, with a marker, from housing and police on the same case page', async () => {
    for (const caller of [as.woning!, as.politie!]) {
      const seen = await referral(caller, caseId);
      expect(seen).toMatchObject({
        reason: null,
        goal: null,
        notInformedReason: null,
        reasonAccess: 'WITHHELD',
        reasonCategories: [],
      });
      const page = await caseOf(caller, caseId);
      expect(referrerOf(page.participants)).toMatchObject(WITHHELD);
      // The fixed reasons the API writes itself say nothing about the person (PLAN).
      expect(page.participants.filter((p) => p.role !== 'REFERRER')).not.toHaveLength(0);
      for (const p of page.participants.filter((x) => x.role !== 'REFERRER')) {
        expect(p).toMatchObject({ reasonAccess: 'FULL', reasonCategories: ['PLAN'] });
      }
      // Nowhere in the answers: not in the case list either.
      const list = JSON.stringify(ok(await caller.gql(CASES)));
      expect(list).not.toContain('Huurachterstand');
      expect(JSON.stringify(page)).not.toContain('Huurachterstand');
    }
  });

  it('follows a consent like any item: the holder lets housing read SOCIAL, then withdraws', async () => {
    const consent = ok(
      await as.wijkteam!.gql<{ recordConsent: { id: string } }>(
        `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
        { input: { caseId, category: 'SOCIAL', recipientAgencyId: agencyId(WONING) } },
      ),
    ).recordConsent;
    expect(await referral(as.woning!, caseId)).toMatchObject({
      reason: REASON,
      reasonAccess: 'FULL',
    });
    ok(
      await as.wijkteam!.gql(`mutation($id: ID!) { withdrawConsent(consentId: $id) { id } }`, {
        id: consent.id,
      }),
    );
    expect(await referral(as.woning!, caseId)).toMatchObject({ reason: null });
  });

  it('masks a participation reason by the categories the procesregisseur chose', async () => {
    // The Veiligheidshuis writes SAFETY; GGZ takes part afterwards and reads it, as does housing.
    const added = ok(
      await as.regie!.gql<{ addCaseParticipant: Participant }>(ADD, {
        input: {
          caseId,
          agencyId: agencyId(GGZ),
          role: 'PARTNER',
          reason: 'Dreigt met geweld tegen medewerkers van de corporatie.',
          reasonCategories: ['SAFETY'],
          legalBasis: 'Convenant, zwaarwegend belang',
        },
      }),
    ).addCaseParticipant;
    expect(added).toMatchObject({ reasonAccess: 'FULL', reasonCategories: ['SAFETY'] });
    const ggz = (await caseOf(as.woning!, caseId)).participants.find((p) => p.agency.name === GGZ);
    expect(ggz).toMatchObject({ reasonAccess: 'FULL', reasonCategories: ['SAFETY'] });
  });
});

describe('item 3: the writer may only choose categories it may write', () => {
  const person = { givenNames: 'Vera', familyName: 'Keuze', dateOfBirth: '1982-02-02' };
  const input = (reasonCategories: unknown) => ({
    person,
    theme: 'OTHER',
    reason: REASON,
    goal: GOAL,
    reasonCategories,
    proposedAgencyIds: [],
    personInformed: true,
  });
  const count = async () =>
    (await t.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM case_file`))[0]!.n;

  it('offers the referrer exactly the categories its agency writes', async () => {
    const categories = async (caller: Caller) =>
      ok(await caller.gql<{ referralReasonCategories: string[] }>(`{ referralReasonCategories }`))
        .referralReasonCategories;
    expect(await categories(as.politie!)).toEqual(['IDENTITY', 'BSN', 'POLICE', 'SAFETY', 'PLAN']);
    expect(await categories(as.wijkteam!)).toEqual(['IDENTITY', 'BSN', 'SOCIAL', 'SAFETY', 'PLAN']);
  });

  it.each([
    ['no category', [], 'BAD_USER_INPUT'],
    ['no list at all', null, 'BAD_USER_INPUT'],
    ['a category police may not write', ['POLICE', 'SOCIAL'], 'FORBIDDEN'],
    ['CARE (medical secrecy)', ['CARE'], 'FORBIDDEN'],
  ])('refuses a referral with %s and changes nothing', async (_label, categories, code) => {
    const before = await count();
    const res = await as.politie!.gql(CREATE, { input: input(categories) });
    expect([errorCode(res), errorField(res)]).toEqual([code, 'reasonCategories']);
    expect(await count()).toBe(before);
  });

  it('refuses a participation reason of a category the Veiligheidshuis may not write', async () => {
    const [kase] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM case_file WHERE reference = 'ZVH-2026-001'`,
    );
    const participants = async () =>
      (await t.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM case_participant`))[0]!.n;
    const before = await participants();
    const res = await as.regie!.gql(ADD, {
      input: {
        caseId: kase!.id,
        agencyId: agencyId(WONING),
        role: 'PARTNER',
        reason: 'Schulden en een uitkering die is stopgezet.',
        reasonCategories: ['SOCIAL'],
        legalBasis: 'Convenant',
      },
    });
    expect([errorCode(res), errorField(res)]).toEqual(['FORBIDDEN', 'reasonCategories']);
    expect(await participants()).toBe(before);
  });
});

describe('item 5: until triage decides, the referrer sees only what it entered', () => {
  const BSN = '111222333';
  let knownPersonId: string;
  let caseId: string;

  beforeAll(async () => {
    // A person Schakel knows, with an address, in a case of the wijkteam only.
    const [p] = await t.db.query<{ id: string }[]>(
      `INSERT INTO person (region_id, given_names, family_name, date_of_birth, bsn, street,
                           house_number, postcode, city, wijk)
       VALUES ($1, 'Bekende', 'Bewoner', '1969-09-09', $2, 'Geheimstraat', '7', '1234AB',
               'Demostad', 'Noord') RETURNING id`,
      [regionId, BSN],
    );
    knownPersonId = p!.id;
    const [c] = await t.db.query<{ id: string }[]>(
      `INSERT INTO case_file (region_id, reference, subject_person_id, theme, status, referring_agency_id)
       VALUES ($1, 'KNOWN-1', $2, 'OTHER', 'ACTIVE', $3) RETURNING id`,
      [regionId, knownPersonId, agencyId(WIJKTEAM)],
    );
    await t.db.query(
      `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis)
       VALUES ($1, $2, $3, 'REFERRER', 'Wijkteamzaak voor de test', 'Test')`,
      [regionId, c!.id, agencyId(WIJKTEAM)],
    );
    // The police refer by BSN, name and birth date, without an address.
    caseId = await refer(as.politie!, {
      person: { bsn: BSN, givenNames: 'Bekende', familyName: 'Bewoner', dateOfBirth: '1969-09-09' },
      theme: 'OTHER',
      reason: 'Overlast en bedreiging van buren in de flat.',
      goal: 'Een afgestemde aanpak met de buurt.',
      reasonCategories: ['POLICE'],
      proposedAgencyIds: [],
      personInformed: true,
    });
  });

  it('links the referral to the known person (the match itself still happens)', async () => {
    const [row] = await t.db.query<{ id: string }[]>(
      `SELECT subject_person_id AS id FROM case_file WHERE id = $1`,
      [caseId],
    );
    expect(row!.id).toBe(knownPersonId);
  });

  it('shows the referrer no address it did not enter, and not the known person id', async () => {
    const subject = (await caseOf(as.politie!, caseId)).subject;
    expect(subject.familyName).toEqual({ access: 'FULL', value: 'Bewoner' });
    expect(subject.bsn).toEqual({ access: 'FULL', value: BSN });
    expect(subject.address.value?.street ?? null).toBeNull();
    expect(subject.id).not.toBe(knownPersonId);
    const seen = await referral(as.politie!, caseId);
    expect(seen.person.address.value?.street ?? null).toBeNull();
    expect(seen.person.id).not.toBe(knownPersonId);
    expect(seen.personSource).toBeNull();
    const answers = JSON.stringify([subject, seen, ok(await as.politie!.gql(CASES))]);
    expect(answers).not.toContain('Geheimstraat');
    expect(answers).not.toContain(knownPersonId);
  });

  it('does not let the referrer find the known person through its pending referral', async () => {
    for (const input of [{ bsn: BSN }, { familyName: 'Bewoner', dateOfBirth: '1969-09-09' }]) {
      const found = ok(
        await as.politie!.gql<{ searchPersons: unknown[] }>(SEARCH, { input }),
      ).searchPersons;
      expect(found).toEqual([]);
    }
    const lookup = ok(
      await as.politie!.gql<{ referralPersonLookup: unknown[] }>(
        `query($input: ReferralPersonLookupInput!) { referralPersonLookup(input: $input) {
           person { id } caseIds } }`,
        { input: { bsn: BSN } },
      ),
    ).referralPersonLookup;
    expect(lookup).toEqual([]);
  });

  it('shows the procesregisseur at triage the match and the known address', async () => {
    const seen = await referral(as.regie!, caseId);
    expect(seen.personSource).toBe('BSN_MATCH');
    expect(seen.person.id).toBe(knownPersonId);
    expect(seen.person.address.value?.street).toBe('Geheimstraat');
    expect((await caseOf(as.regie!, caseId)).subject.address.value?.street).toBe('Geheimstraat');
  });

  it('applies the normal rules once triage has accepted', async () => {
    ok(await as.regie!.gql(DECIDE, { input: { caseId, ...ACCEPT, partnerAgencyIds: [] } }));
    const subject = (await caseOf(as.politie!, caseId)).subject;
    expect(subject.id).toBe(knownPersonId);
    expect(subject.address).toMatchObject({ access: 'FULL', value: { street: 'Geheimstraat' } });
  });
});
