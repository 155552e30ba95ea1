// Referral (aanmelding) and triage: validation, duplicate prevention without leaks, the triage
// decision with its participants and notifications, concurrency and region isolation.
import { givenInitial, normaliseName } from '../src/persons/person-matching';
import { errorCode, errorField, type GqlResponse, ok } from './support/graphql-client';
import {
  callerByEmail,
  callerFor,
  createAgency,
  createUser,
  idsBy,
  type Caller,
} from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let agencies: Map<string, string>;
let regionId: string;
const as: Record<string, Caller> = {};
const USERS = {
  regie: 'procesregisseur@zvh.demo.example',
  wijkteam: 'wijkteam@demostad.demo.example',
  politie: 'wijkagent@politie.demo.example',
  reclassering: 'reclassering@reclassering.demo.example',
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
const RECLASSERING = 'Reclassering Nederland, unit Demo-regio';
const ZVH = 'Zorg- en Veiligheidshuis Demo-regio';

/** A BSN passing the 11-proof, made from an eight-digit seed. */
function bsnFrom(seed: number): string {
  for (let s = seed; ; s++) {
    const head = String(s).padStart(8, '0');
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(head[i]) * (9 - i);
    const check = sum % 11;
    if (check <= 9) return `${head}${check}`;
  }
}

/** A person only the police know of: a case of theirs without the wijkteam. */
async function hiddenPerson(person: {
  givenNames: string;
  familyName: string;
  dateOfBirth: string;
  bsn?: string | null;
  wijk?: string;
}): Promise<string> {
  const [p] = await t.db.query<{ id: string }[]>(
    `INSERT INTO person (region_id, given_names, family_name, date_of_birth, bsn, wijk)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      regionId,
      person.givenNames,
      person.familyName,
      person.dateOfBirth,
      person.bsn ?? null,
      person.wijk ?? 'Noord',
    ],
  );
  const [c] = await t.db.query<{ id: string }[]>(
    `INSERT INTO case_file (region_id, reference, subject_person_id, theme, status, referring_agency_id)
     VALUES ($1, $2, $3, 'OTHER', 'ACTIVE', $4) RETURNING id`,
    [regionId, `HIDDEN-${p!.id.slice(0, 8).toUpperCase()}`, p!.id, agencyId(POLITIE)],
  );
  await t.db.query(
    `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis)
     VALUES ($1, $2, $3, 'REFERRER', 'Politiezaak voor de test', 'Test')`,
    [regionId, c!.id, agencyId(POLITIE)],
  );
  return p!.id;
}

const CREATE = `mutation($input: CreateReferralInput!) {
  createReferral(input: $input) { caseId reference status } }`;
interface Receipt {
  createReferral: { caseId: string; reference: string; status: string };
}

const REFERRAL = `query($caseId: ID!) { referral(caseId: $caseId) {
  caseId reference status waitingDays reason goal personInformed notInformedReason
  referringAgency { name } proposedAgencies { name }
  person { id familyName { access value } bsn { access value } }
  personSource bsnConflict matchDecision canDecide
  possibleMatches { personId familyName dateOfBirth wijk caseCount bsnMatches }
  criteria { multiDomain chainsCooperate impactOnSurroundings seriousLocalSafety met }
  decision decisionReason casusregisseurAgency { name } } }`;
interface ReferralView {
  caseId: string;
  reference: string;
  status: string;
  waitingDays: number;
  personInformed: boolean;
  notInformedReason: string | null;
  proposedAgencies: { name: string }[];
  person: {
    id: string;
    familyName: { access: string; value: string | null };
    bsn: { access: string; value: string | null };
  };
  personSource: string | null;
  bsnConflict: boolean | null;
  matchDecision: string | null;
  canDecide: boolean;
  possibleMatches:
    | {
        personId: string;
        familyName: string;
        dateOfBirth: string;
        wijk: string | null;
        caseCount: number;
        bsnMatches: boolean;
      }[]
    | null;
  criteria: { met: boolean } | null;
  decision: string | null;
  decisionReason: string | null;
  casusregisseurAgency: { name: string } | null;
}

const DECIDE = `mutation($input: DecideReferralInput!) { decideReferral(input: $input) {
  caseId status decision matchDecision criteria { met } casusregisseurAgency { name } } }`;
const QUEUE = `query { triageQueue { caseId reference waitingDays status
  person { familyName { value } } } }`;
const LOOKUP = `query($input: ReferralPersonLookupInput!) { referralPersonLookup(input: $input) {
  person { id familyName { access value } } caseIds } }`;

const ALL_CRITERIA = {
  multiDomain: true,
  chainsCooperate: true,
  impactOnSurroundings: true,
  seriousLocalSafety: false,
};

function referralInput(
  overrides: Record<string, unknown> = {},
  person: Record<string, unknown> = {},
) {
  return {
    person: {
      givenNames: 'Test',
      familyName: 'Persoon',
      dateOfBirth: '1990-04-01',
      ...person,
    },
    theme: 'CONFUSED_BEHAVIOUR',
    reason: 'Veel overlast in de buurt en schulden, zorg loopt vast.',
    goal: 'Een gezamenlijke aanpak van zorg en veiligheid.',
    reasonCategories: ['PLAN'],
    proposedAgencyIds: [agencyId(POLITIE), agencyId(RECLASSERING)],
    personInformed: true,
    notInformedReason: null,
    ...overrides,
  };
}

async function refer(
  caller: Caller,
  input: Record<string, unknown>,
): Promise<Receipt['createReferral']> {
  return ok(await caller.gql<Receipt>(CREATE, { input })).createReferral;
}

async function view(caller: Caller, caseId: string): Promise<ReferralView> {
  return ok(await caller.gql<{ referral: ReferralView }>(REFERRAL, { caseId })).referral;
}

type Counts = Record<
  'cases' | 'persons' | 'referrals' | 'participants' | 'notifications' | 'events',
  number
>;

async function counts(): Promise<Counts> {
  const [row] = await t.db.query<Counts[]>(
    `SELECT (SELECT count(*)::int FROM case_file) AS cases, (SELECT count(*)::int FROM person) AS persons,
            (SELECT count(*)::int FROM referral) AS referrals,
            (SELECT count(*)::int FROM case_participant) AS participants,
            (SELECT count(*)::int FROM notification) AS notifications,
            (SELECT count(*)::int FROM case_event) AS events`,
  );
  return row!;
}

describe('person matching in SQL', () => {
  const NAMES = [
    'van der Berg',
    'Berg, van der',
    'v.d. Berg',
    'Vanderberg',
    'Müller',
    'MEIJER',
    'Meyer',
    'Reijnders',
    'Huijsmans',
    'Bruĳn',
    'Janssen',
    'Philips',
    'Thijssen',
    'Claassen',
    "'t Hart",
    'in ’t Veld',
    'Çelik',
    'Øvergaard',
    'Straße',
    'Ærø',
    'Van',
    'de Vries-Bakker',
    'Brandt',
    'Quaedvlieg',
    'Hoxha',
    'El Amrani',
    'Ğül',
    'İnce',
    'Christiaan',
    'J.P.',
  ];

  it('computes the same name keys as the TypeScript normalisation', async () => {
    for (const name of NAMES) {
      const [row] = await t.db.query<{ key: string; fullKey: string; initial: string }[]>(
        `SELECT person_name_key($1, false) AS key, person_name_key($1, true) AS "fullKey",
                person_given_initial($1) AS initial`,
        [name],
      );
      expect({ name, ...row }).toEqual({
        name,
        key: normaliseName(name),
        fullKey: normaliseName(name, true),
        initial: givenInitial(name),
      });
    }
  });
});

describe('createReferral validation', () => {
  it.each([
    ['a BSN failing the 11-proof', {}, { bsn: '123456789' }, 'person.bsn'],
    ['a birth date in the future', {}, { dateOfBirth: '2999-01-01' }, 'person.dateOfBirth'],
    ['a birth date that does not exist', {}, { dateOfBirth: '1990-02-30' }, 'person.dateOfBirth'],
    ['no family name', {}, { familyName: '  ' }, 'person.familyName'],
    ['a bad postcode', {}, { postcode: '0123 AB' }, 'person.postcode'],
    ['no reason', { reason: '' }, {}, 'reason'],
    ['a too short goal', { goal: 'kort' }, {}, 'goal'],
    [
      'not informed without why',
      { personInformed: false, notInformedReason: ' ' },
      {},
      'notInformedReason',
    ],
    ['neither a known nor a new person', { person: null }, null, 'person'],
  ])('refuses %s and changes nothing', async (_label, overrides, person, field) => {
    const before = await counts();
    const input = referralInput(overrides, person ?? {});
    const res = await as.wijkteam!.gql(CREATE, { input });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(errorField(res)).toBe(field);
    expect(await counts()).toEqual(before);
  });

  it('refuses an agency of another region and changes nothing', async () => {
    const [other] = await t.db.query<{ id: string }[]>(
      `INSERT INTO region (code, name) VALUES ('valid-other', 'Andere regio') RETURNING id`,
    );
    const foreign = await createAgency(t, other!.id, 'Politie elders', 'POLICE');
    const before = await counts();
    const res = await as.wijkteam!.gql(CREATE, {
      input: referralInput({ proposedAgencyIds: [agencyId(POLITIE), foreign] }),
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(errorField(res)).toBe('proposedAgencyIds');
    expect(await counts()).toEqual(before);
  });

  it('refuses a person the referrer may not see, as if it did not exist', async () => {
    const hidden = await hiddenPerson({
      givenNames: 'Geheim',
      familyName: 'Onbekend',
      dateOfBirth: '1970-01-01',
    });
    const before = await counts();
    const res = await as.wijkteam!.gql(CREATE, {
      input: referralInput({ person: null, personId: hidden }),
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(errorField(res)).toBe('personId');
    expect(await counts()).toEqual(before);
  });

  it('is for case workers only', async () => {
    const admin = await callerByEmail(t, 'beheer@zvh.demo.example');
    const res = await admin.gql(CREATE, { input: referralInput() });
    expect(errorCode(res)).toBe('FORBIDDEN');
  });
});

describe('createReferral', () => {
  it('creates the case, person, participants, event and notification in one go', async () => {
    const before = await counts();
    const receipt = await refer(
      as.wijkteam!,
      referralInput(
        { personInformed: false, notInformedReason: 'Lopend politieonderzoek, informeren later.' },
        {
          givenNames: 'Nieuw',
          familyName: 'Aangemeld',
          dateOfBirth: '1991-07-07',
          postcode: '1234 ab',
        },
      ),
    );
    expect(receipt.status).toBe('REFERRED');
    expect(receipt.reference).toMatch(new RegExp(`^ZVH-${new Date().getUTCFullYear()}-\\d{3}$`));
    const after = await counts();
    expect(after.cases - before.cases).toBe(1);
    expect(after.persons - before.persons).toBe(1);
    expect(after.referrals - before.referrals).toBe(1);
    expect(after.participants - before.participants).toBe(2);

    const participants = await t.db.query<{ name: string; role: string; legalBasis: string }[]>(
      `SELECT a.name, cp.role, cp.legal_basis AS "legalBasis" FROM case_participant cp
         JOIN agency a ON a.id = cp.agency_id WHERE cp.case_id = $1 ORDER BY cp.role`,
      [receipt.caseId],
    );
    expect(participants.map((p) => [p.name, p.role])).toEqual([
      [ZVH, 'PROCESREGIE'],
      [WIJKTEAM, 'REFERRER'],
    ]);
    const events = await t.db.query<
      {
        kind: string;
      }[]
    >(`SELECT kind FROM case_event WHERE case_id = $1`, [receipt.caseId]);
    expect(events.map((e) => e.kind)).toEqual(['REFERRED']);
    const notes = await t.db.query<{ kind: string; email: string; data: Record<string, string> }[]>(
      `SELECT n.kind, u.email, n.data FROM notification n JOIN app_user u ON u.id = n.recipient_user_id
        WHERE n.case_id = $1`,
      [receipt.caseId],
    );
    expect(notes).toContainEqual({
      kind: 'REFERRAL_RECEIVED',
      email: USERS.regie,
      data: { caseReference: receipt.reference, agency: WIJKTEAM },
    });
    expect(notes.every((n) => n.kind === 'REFERRAL_RECEIVED')).toBe(true);

    const mine = await view(as.wijkteam!, receipt.caseId);
    expect(mine).toMatchObject({
      status: 'REFERRED',
      personInformed: false,
      notInformedReason: 'Lopend politieonderzoek, informeren later.',
      person: { familyName: { access: 'FULL', value: 'Aangemeld' } },
      possibleMatches: null,
      personSource: null,
      canDecide: false,
    });
    expect(mine.proposedAgencies.map((a) => a.name).sort()).toEqual([POLITIE, RECLASSERING].sort());
    // Invited partners do not take part before triage.
    expect(errorCode(await as.politie!.gql(REFERRAL, { caseId: receipt.caseId }))).toBe(
      'NOT_FOUND',
    );
  });

  it('links a person the referrer can already see, without a new person row', async () => {
    const found = ok(
      await as.wijkteam!.gql<{ referralPersonLookup: { person: { id: string } }[] }>(LOOKUP, {
        input: { familyName: 'Voorbeelt', dateOfBirth: '1994-03-12' },
      }),
    ).referralPersonLookup;
    expect(found).toHaveLength(1);
    const before = await counts();
    const receipt = await refer(
      as.wijkteam!,
      referralInput({ person: null, personId: found[0]!.person.id }),
    );
    expect((await counts()).persons).toBe(before.persons);
    const [row] = await t.db.query<{ id: string }[]>(
      `SELECT subject_person_id AS id FROM case_file WHERE id = $1`,
      [receipt.caseId],
    );
    expect(row!.id).toBe(found[0]!.person.id);
  });
});

describe('duplicate prevention', () => {
  const DOB = '1985-05-05';
  let knownId: string;
  const knownBsn = bsnFrom(31415926);

  beforeAll(async () => {
    knownId = await hiddenPerson({
      givenNames: 'Jan',
      familyName: 'van der Berg',
      dateOfBirth: DOB,
      bsn: knownBsn,
      wijk: 'Oost',
    });
  });

  it('does not find persons the referrer cannot see', async () => {
    const res = await as.wijkteam!.gql<{ referralPersonLookup: unknown[] }>(LOOKUP, {
      input: { familyName: 'Berg', givenNames: 'Jan', dateOfBirth: DOB },
    });
    expect(ok(res).referralPersonLookup).toEqual([]);
    const byBsn = await as.politie!.gql<{ referralPersonLookup: { person: { id: string } }[] }>(
      LOOKUP,
      {
        input: { bsn: knownBsn },
      },
    );
    expect(ok(byBsn).referralPersonLookup.map((m) => m.person.id)).toEqual([knownId]);
  });

  it('links the same BSN with the same name and birth date to the known person', async () => {
    const before = await counts();
    const receipt = await refer(
      as.wijkteam!,
      referralInput(
        {},
        { givenNames: 'J.', familyName: 'Berg, van der', dateOfBirth: DOB, bsn: knownBsn },
      ),
    );
    expect((await counts()).persons).toBe(before.persons);
    const regie = await view(as.regie!, receipt.caseId);
    expect(regie.person.id).toBe(knownId);
    expect(regie.personSource).toBe('BSN_MATCH');
    // The referrer is not told that the person was known.
    const mine = await view(as.wijkteam!, receipt.caseId);
    expect(mine.personSource).toBeNull();
    expect(mine.possibleMatches).toBeNull();
  });

  it('never stores a known BSN twice: a different name is flagged instead', async () => {
    const before = await counts();
    const receipt = await refer(
      as.wijkteam!,
      referralInput(
        {},
        { givenNames: 'Piet', familyName: 'Jansen', dateOfBirth: '1960-01-01', bsn: knownBsn },
      ),
    );
    expect((await counts()).persons).toBe(before.persons + 1);
    const regie = await view(as.regie!, receipt.caseId);
    expect(regie.person.id).not.toBe(knownId);
    expect(regie.person.bsn.value).toBeNull();
    expect(regie.bsnConflict).toBe(true);
    expect(regie.possibleMatches).toEqual([
      {
        personId: knownId,
        familyName: 'van der Berg',
        dateOfBirth: DOB,
        wijk: 'Oost',
        caseCount: 2,
        bsnMatches: true,
      },
    ]);
  });

  it.each([
    ['Jan', 'van der Berg'],
    ['Jan', 'Berg, van der'],
    ['Jan', 'v.d. Berg'],
    ['Johannes', 'Vanderberg'],
    ['Jan', 'van den Bergh'],
  ])(
    'flags "%s %s" with the same birth date, without telling the referrer',
    async (givenNames, familyName) => {
      const before = await counts();
      const receipt = await refer(
        as.wijkteam!,
        referralInput({}, { givenNames, familyName, dateOfBirth: DOB }),
      );
      expect(Object.keys(receipt).sort()).toEqual(['caseId', 'reference', 'status']);
      expect((await counts()).persons).toBe(before.persons + 1);
      const mine = await view(as.wijkteam!, receipt.caseId);
      expect(mine.person.familyName.value).toBe(familyName);
      expect(mine.possibleMatches).toBeNull();
      expect(mine.bsnConflict).toBeNull();
      const regie = await view(as.regie!, receipt.caseId);
      expect(regie.personSource).toBe('NEW');
      expect(regie.possibleMatches!.map((m) => m.personId)).toContain(knownId);
      expect(regie.bsnConflict).toBe(false);
    },
  );

  it.each([
    [
      'a different birth date',
      { givenNames: 'Jan', familyName: 'van der Berg', dateOfBirth: '1985-05-06' },
    ],
    [
      'another given-name initial (a twin)',
      { givenNames: 'Piet', familyName: 'van der Berg', dateOfBirth: DOB },
    ],
    ['another family name', { givenNames: 'Jan', familyName: 'van der Bos', dateOfBirth: DOB }],
    [
      'another BSN',
      { givenNames: 'Jan', familyName: 'van der Berg', dateOfBirth: DOB, bsn: bsnFrom(27182818) },
    ],
  ])('does not flag %s', async (_label, person) => {
    const receipt = await refer(as.wijkteam!, referralInput({}, person));
    const regie = await view(as.regie!, receipt.caseId);
    expect(regie.possibleMatches!.map((m) => m.personId)).not.toContain(knownId);
  });
});

describe('triage', () => {
  const DOB = '1977-03-03';
  let knownId: string;
  let flagged: string;
  let plain: string;

  beforeAll(async () => {
    knownId = await hiddenPerson({ givenNames: 'Kees', familyName: 'de Bruijn', dateOfBirth: DOB });
    flagged = (
      await refer(
        as.wijkteam!,
        referralInput({}, { givenNames: 'Cornelis', familyName: 'Bruyn', dateOfBirth: DOB }),
      )
    ).caseId;
    plain = (
      await refer(
        as.wijkteam!,
        referralInput(
          {},
          { givenNames: 'Eva', familyName: 'Afwijzing', dateOfBirth: '1999-09-09' },
        ),
      )
    ).caseId;
  });

  it('lists waiting referrals for the procesregisseur, oldest first', async () => {
    await t.db.query(
      `UPDATE referral SET referred_at = now() - interval '3 days' WHERE case_id = $1`,
      [flagged],
    );
    const queue = ok(
      await as.regie!.gql<{
        triageQueue: { caseId: string; waitingDays: number; status: string }[];
      }>(QUEUE),
    ).triageQueue;
    const ids = queue.map((r) => r.caseId);
    expect(ids).toContain(plain);
    expect(ids.indexOf(flagged)).toBeLessThan(ids.indexOf(plain));
    expect(queue.find((r) => r.caseId === flagged)!.waitingDays).toBe(3);
    expect(queue.every((r) => ['REFERRED', 'IN_TRIAGE'].includes(r.status))).toBe(true);
  });

  it('is closed to other case workers', async () => {
    expect(errorCode(await as.wijkteam!.gql(QUEUE))).toBe('FORBIDDEN');
    const res = await as.wijkteam!.gql(DECIDE, {
      input: {
        caseId: plain,
        decision: 'REJECTED',
        reason: 'Geen casus voor het ZVH.',
        criteria: ALL_CRITERIA,
      },
    });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect((await view(as.regie!, plain)).status).toBe('REFERRED');
  });

  it('needs a person-match decision and the criteria before accepting', async () => {
    const before = await counts();
    const noMatch = await as.regie!.gql(DECIDE, {
      input: {
        caseId: flagged,
        decision: 'ACCEPTED',
        reason: 'Voldoet aan alle criteria.',
        criteria: ALL_CRITERIA,
      },
    });
    expect(errorCode(noMatch)).toBe('BAD_USER_INPUT');
    expect(errorField(noMatch)).toBe('personMatch');
    const noCriteria = await as.regie!.gql(DECIDE, {
      input: {
        caseId: flagged,
        decision: 'ACCEPTED',
        reason: 'Voldoet aan alle criteria.',
        criteria: { ...ALL_CRITERIA, impactOnSurroundings: false },
        personMatch: 'SAME_PERSON',
        matchedPersonId: knownId,
      },
    });
    expect(errorCode(noCriteria)).toBe('BAD_USER_INPUT');
    expect(errorField(noCriteria)).toBe('criteria');
    const shortReason = await as.regie!.gql(DECIDE, {
      input: { caseId: flagged, decision: 'REJECTED', reason: 'nee', criteria: ALL_CRITERIA },
    });
    expect(errorField(shortReason)).toBe('reason');
    expect(await counts()).toEqual(before);
    expect((await view(as.regie!, flagged)).status).toBe('REFERRED');
  });

  it('accepts: same person linked, partners invited, referrer and partners notified', async () => {
    const provisional = (await view(as.regie!, flagged)).person.id;
    const decided = ok(
      await as.regie!.gql<{
        decideReferral: {
          status: string;
          matchDecision: string;
          casusregisseurAgency: { name: string };
        };
      }>(DECIDE, {
        input: {
          caseId: flagged,
          decision: 'ACCEPTED',
          reason: 'Meerdere leefgebieden, zorg en justitie nodig; buurt heeft last.',
          criteria: ALL_CRITERIA,
          partnerAgencyIds: [agencyId(POLITIE), agencyId(RECLASSERING)],
          casusregisseurAgencyId: agencyId(RECLASSERING),
          personMatch: 'SAME_PERSON',
          matchedPersonId: knownId,
        },
      }),
    ).decideReferral;
    expect(decided).toMatchObject({
      status: 'ACCEPTED',
      matchDecision: 'SAME_PERSON',
      casusregisseurAgency: { name: RECLASSERING },
    });

    const [c] = await t.db.query<{ id: string }[]>(
      `SELECT subject_person_id AS id FROM case_file WHERE id = $1`,
      [flagged],
    );
    expect(c!.id).toBe(knownId);
    expect(await t.db.query(`SELECT 1 FROM person WHERE id = $1`, [provisional])).toEqual([]);

    const participants = await t.db.query<{ name: string; role: string }[]>(
      `SELECT a.name, cp.role FROM case_participant cp JOIN agency a ON a.id = cp.agency_id
        WHERE cp.case_id = $1 ORDER BY a.name`,
      [flagged],
    );
    expect(participants).toEqual(
      [
        { name: POLITIE, role: 'PARTNER' },
        { name: RECLASSERING, role: 'CASUSREGISSEUR' },
        { name: WIJKTEAM, role: 'REFERRER' },
        { name: ZVH, role: 'PROCESREGIE' },
      ].sort((a, b) => a.name.localeCompare(b.name)),
    );
    const notes = await t.db.query<{ kind: string; email: string }[]>(
      `SELECT n.kind, u.email FROM notification n JOIN app_user u ON u.id = n.recipient_user_id
        WHERE n.case_id = $1 AND n.kind <> 'REFERRAL_RECEIVED' ORDER BY n.kind, u.email`,
      [flagged],
    );
    expect(notes).toEqual(
      expect.arrayContaining([
        { kind: 'CASE_INVITED', email: USERS.politie },
        { kind: 'CASE_INVITED', email: USERS.reclassering },
        { kind: 'REFERRAL_DECIDED', email: USERS.wijkteam },
      ]),
    );
    expect(notes.some((n) => n.email === USERS.regie)).toBe(false);
    const events = await t.db.query<
      {
        kind: string;
        data: Record<string, string>;
      }[]
    >(`SELECT kind, data FROM case_event WHERE case_id = $1 ORDER BY id`, [flagged]);
    expect(events.map((e) => e.kind)).toEqual([
      'REFERRED',
      'PARTICIPANT_ADDED',
      'PARTICIPANT_ADDED',
      'TRIAGE_DECIDED',
    ]);
    expect(events[3]!.data).toEqual({ decision: 'ACCEPTED' });

    // The invited partner now reads the referral; it left the queue.
    expect((await view(as.politie!, flagged)).decision).toBe('ACCEPTED');
    const queue = ok(await as.regie!.gql<{ triageQueue: { caseId: string }[] }>(QUEUE)).triageQueue;
    expect(queue.map((r) => r.caseId)).not.toContain(flagged);
  });

  it('answers CONFLICT to a second decision', async () => {
    const res = await as.regie!.gql(DECIDE, {
      input: {
        caseId: flagged,
        decision: 'REJECTED',
        reason: 'Toch niet, tweede poging.',
        criteria: ALL_CRITERIA,
      },
    });
    expect(errorCode(res)).toBe('CONFLICT');
    expect((await view(as.regie!, flagged)).decision).toBe('ACCEPTED');
  });

  it('lets exactly one of two concurrent decisions win', async () => {
    const input = (decision: string) => ({
      input: {
        caseId: plain,
        decision,
        reason: 'Gelijktijdig besluit in de test.',
        criteria: ALL_CRITERIA,
      },
    });
    const results = await Promise.all([
      as.regie!.gql(DECIDE, input('REJECTED')),
      as.regie!.gql(DECIDE, input('REFERRED_BACK')),
    ]);
    const codes = results.map((r) => errorCode(r) ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const [winner] = results.filter((r) => !r.errors) as GqlResponse<{
      decideReferral: { decision: string };
    }>[];
    const mine = await view(as.wijkteam!, plain);
    expect(mine.status).toBe(winner!.data!.decideReferral.decision);
    expect(mine.decisionReason).toBe('Gelijktijdig besluit in de test.');
    expect(mine.criteria).toMatchObject({ met: true });
    const decidedNotes = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notification WHERE case_id = $1 AND kind = 'REFERRAL_DECIDED'`,
      [plain],
    );
    expect(decidedNotes[0]!.n).toBe(1);
    // No partners joined a case that was not accepted.
    const partners = await t.db.query<
      {
        n: number;
      }[]
    >(`SELECT count(*)::int AS n FROM case_participant WHERE case_id = $1`, [plain]);
    expect(partners[0]!.n).toBe(2);
  });
});

describe('region isolation', () => {
  let other: Record<'regie' | 'worker', Caller>;
  let otherPolice: string;

  beforeAll(async () => {
    const [region] = await t.db.query<{ id: string }[]>(
      `INSERT INTO region (code, name) VALUES ('elders', 'ZVH Elders') RETURNING id`,
    );
    const zvh = await createAgency(t, region!.id, 'ZVH Elders', 'ZVH');
    otherPolice = await createAgency(t, region!.id, 'Politie Elders', 'POLICE');
    const wijk = await createAgency(t, region!.id, 'Wijkteam Elders', 'MUNICIPALITY');
    other = {
      regie: callerFor(t, await createUser(t, zvh, ['PROCESREGISSEUR'], 'Regie Elders')),
      worker: callerFor(t, await createUser(t, wijk, ['MEMBER'], 'Wijk Elders')),
    };
    // createAgency gave the region the default covenant as version 1 (and signed it).
  });

  it('keeps referrals, persons and agencies within their region', async () => {
    const demoReferral = (
      await refer(
        as.wijkteam!,
        referralInput({}, { familyName: 'Regiogrens', dateOfBirth: '1980-08-08' }),
      )
    ).caseId;
    const queue = ok(
      await other.regie.gql<{ triageQueue: { caseId: string }[] }>(QUEUE),
    ).triageQueue;
    expect(queue.map((r) => r.caseId)).not.toContain(demoReferral);
    expect(errorCode(await other.regie.gql(REFERRAL, { caseId: demoReferral }))).toBe('NOT_FOUND');
    const decide = await other.regie.gql(DECIDE, {
      input: {
        caseId: demoReferral,
        decision: 'REJECTED',
        reason: 'Niet onze regio, test.',
        criteria: ALL_CRITERIA,
      },
    });
    expect(errorCode(decide)).toBe('NOT_FOUND');

    const foreign = await other.worker.gql(CREATE, {
      input: referralInput({ proposedAgencyIds: [agencyId(POLITIE)] }),
    });
    expect(errorField(foreign)).toBe('proposedAgencyIds');

    // The same person referred elsewhere is a person of that region, never matched across.
    const elsewhere = await refer(
      other.worker,
      referralInput(
        { proposedAgencyIds: [otherPolice] },
        { givenNames: 'Test', familyName: 'Regiogrens', dateOfBirth: '1980-08-08' },
      ),
    );
    const theirs = await view(other.regie, elsewhere.caseId);
    expect(theirs.possibleMatches).toEqual([]);
    expect(theirs.reference).toMatch(/-001$/);
    const queueAfter = ok(
      await other.regie.gql<{ triageQueue: { caseId: string }[] }>(QUEUE),
    ).triageQueue;
    expect(queueAfter.map((r) => r.caseId)).toEqual([elsewhere.caseId]);
  });
});

describe('demo referrals', () => {
  it('wait in triage, one of them with a possible known person', async () => {
    const queue = ok(
      await as.regie!.gql<{ triageQueue: { reference: string }[] }>(QUEUE),
    ).triageQueue.map((r) => r.reference);
    expect(queue).toEqual(expect.arrayContaining(['ZVH-2026-003', 'ZVH-2026-005', 'ZVH-2026-006']));
    const [c] = await t.db.query<
      {
        id: string;
      }[]
    >(`SELECT id FROM case_file WHERE reference = 'ZVH-2026-005'`);
    const regie = await view(as.regie!, c!.id);
    expect(regie.possibleMatches!.map((m) => m.familyName)).toEqual(['Voorbeeld']);
    const housing = await callerByEmail(t, 'woningcorporatie@demohuis.demo.example');
    expect((await view(housing, c!.id)).possibleMatches).toBeNull();
  });
});
