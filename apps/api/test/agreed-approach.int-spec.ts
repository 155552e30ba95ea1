// The agreed approach (afsprakenkaart): the card inside a case, and the police lookup on the street
// — only the card, for every police professional of the region, with a logged purpose.
import { DEFAULT_COVENANT, type CovenantEntry } from '@schakel/sharing-policy';
import { insertCovenantVersion } from '../src/covenant/covenant.store';
import { errorCode, errorField, ok } from './support/graphql-client';
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
let cases: Map<string, string>;
let regionId: string;
const as: Record<string, Caller> = {};

const USERS = {
  politie: 'wijkagent@politie.demo.example',
  politieBeheer: 'beheer@politie.demo.example',
  regie: 'procesregisseur@zvh.demo.example',
  reclassering: 'reclassering@reclassering.demo.example',
  wijkteam: 'wijkteam@demostad.demo.example',
  ggz: 'ggz@ggz.demo.example',
  privacy: 'privacy@zvh.demo.example',
  beheer: 'beheer@zvh.demo.example',
} as const;

const KEVIN = { bsn: '900001008', familyName: 'Voorbeeld', dateOfBirth: '1994-03-12' };
const SANDRA_BSN = '910001005';

beforeAll(async () => {
  t = await createTestApp();
  for (const [key, email] of Object.entries(USERS)) as[key] = await callerByEmail(t, email);
  cases = await idsBy(t, `SELECT reference AS key, id FROM case_file`);
  const [region] = await t.db.query<
    {
      id: string;
    }[]
  >(`SELECT id FROM region WHERE code = 'demo'`);
  regionId = region!.id;
  // A police team of the region that takes part in no case at all.
  const zuid = await createAgency(t, regionId, 'Politie basisteam Demostad-Zuid', 'POLICE');
  as.agentZuid = callerFor(t, await createUser(t, zuid, ['MEMBER'], 'Agent Zuid'));
});
afterAll(async () => {
  await t.close();
});

const caseId = (reference: string) => cases.get(reference)!;
/** Today's date in the Netherlands, shifted by some days, as YYYY-MM-DD. */
async function nlDate(days: number): Promise<string> {
  const [row] = await t.db.query<{ d: string }[]>(
    `SELECT to_char((now() AT TIME ZONE 'Europe/Amsterdam')::date + $1::int, 'YYYY-MM-DD') AS d`,
    [days],
  );
  return row!.d;
}

interface LookupRow {
  purpose_kind: string;
  purpose: string;
  search_kind: string;
  found: boolean;
  case_id: string | null;
  validity: string | null;
}

async function lookupRows(userId: string): Promise<LookupRow[]> {
  return await t.db.query<LookupRow[]>(
    `SELECT purpose_kind, purpose, search_kind, found, case_id, validity
       FROM agreed_approach_lookup WHERE user_id = $1 ORDER BY id`,
    [userId],
  );
}

const LOOKUP = `mutation($input: LookupAgreedApproachInput!) {
  lookupAgreedApproach(input: $input) {
    lookedUpAt
    cards { person { givenNames familyName dateOfBirth } validity validUntil instructions
            contacts { agency { name type } name role phone phoneUri available } } } }`;
interface Card {
  person: { givenNames: string; familyName: string; dateOfBirth: string };
  validity: 'VALID' | 'EXPIRED';
  validUntil: string;
  instructions: string | null;
  contacts: { agency: { name: string }; name: string; phone: string; phoneUri: string }[];
}
type LookupData = { lookupAgreedApproach: { lookedUpAt: string; cards: Card[] } };
const purpose = { purposeKind: 'STREET_CHECK', purpose: 'Controle bij het station' };
const lookup = (who: Caller, input: Record<string, unknown>) =>
  who.gql<LookupData>(LOOKUP, { input: { ...purpose, ...input } });

const CASE_CARD = `query($caseId: ID!) { caseAgreedApproach(caseId: $caseId) {
  caseId access canEdit canSeeLookups
  card { instructions validUntil validity revision updatedByAgency { name }
         contacts { agency { id name } name role phone phoneUri available } } } }`;
interface CaseCard {
  caseAgreedApproach: {
    access: string;
    canEdit: boolean;
    canSeeLookups: boolean;
    card: {
      instructions: string;
      validUntil: string;
      validity: string;
      revision: number;
      contacts: { agency: { id: string }; name: string; phone: string; phoneUri: string }[];
    } | null;
  };
}
const SAVE = `mutation($input: SaveAgreedApproachInput!) {
  saveAgreedApproach(input: $input) { card { revision instructions validUntil validity } } }`;
type SaveData = { saveAgreedApproach: { card: { revision: number; instructions: string } } };

describe('the police lookup', () => {
  it('finds the card by BSN for a police officer who takes part in no case, and only the card', async () => {
    const before = (await lookupRows(as.agentZuid!.userId)).length;
    const { lookupAgreedApproach } = ok(await lookup(as.agentZuid!, { bsn: KEVIN.bsn }));
    expect(lookupAgreedApproach.cards).toHaveLength(1);
    const [card] = lookupAgreedApproach.cards;
    expect(card!.person).toEqual({
      givenNames: 'Kevin',
      familyName: 'Voorbeeld',
      dateOfBirth: '1994-03-12',
    });
    expect(card!.validity).toBe('VALID');
    expect(card!.validUntil >= (await nlDate(0))).toBe(true);
    expect(card!.instructions).toContain('Locatieverbod');
    expect(card!.contacts.map((c) => c.agency.name)).toEqual([
      'Reclassering Nederland, unit Demo-regio',
      'Politie basisteam Demostad',
      'Wijkteam Demostad-Noord',
    ]);
    expect(card!.contacts[0]!.phoneUri).toBe('tel:+31699990101');
    expect(await lookupRows(as.agentZuid!.userId)).toHaveLength(before + 1);
    // Outside the lookup, the case stays closed to this officer.
    const inCase = await as.agentZuid!.gql(CASE_CARD, { caseId: caseId('ZVH-2026-001') });
    expect(errorCode(inCase)).toBe('NOT_FOUND');
  });

  it('exposes no case fields in the schema of a lookup result', async () => {
    const res = await as.agentZuid!.gql<{
      __schema: { types: { name: string; fields: { name: string }[] }[] };
    }>(`{ __schema { types { name fields { name } } } }`);
    const fields = (name: string) =>
      ok(res)
        .__schema.types.find((type) => type.name === name)!
        .fields.map((f) => f.name)
        .sort();
    expect(fields('AgreedApproachLookupResult')).toEqual(['cards', 'lookedUpAt']);
    expect(fields('AgreedApproachCard')).toEqual([
      'conditions',
      'contacts',
      'instructions',
      'person',
      'validUntil',
      'validity',
    ]);
    expect(fields('AgreedApproachPerson')).toEqual(['dateOfBirth', 'familyName', 'givenNames']);
    // The street summary of the supervision conditions (ADR 0033): no legal source, no notes.
    expect(fields('StreetCondition')).toEqual(['endsOn', 'id', 'kind', 'subject']);
    expect(fields('AgreedApproachContact')).toEqual([
      'agency',
      'available',
      'name',
      'phone',
      'phoneUri',
      'role',
    ]);
  });

  it('finds the card by a tolerantly written name and the exact date of birth', async () => {
    for (const familyName of ['voorbeeld', 'Voorbeelt', 'VOORBEELD ']) {
      const { lookupAgreedApproach } = ok(
        await lookup(as.agentZuid!, { familyName, dateOfBirth: KEVIN.dateOfBirth }),
      );
      expect([familyName, lookupAgreedApproach.cards.map((c) => c.person.familyName)]).toEqual([
        familyName,
        ['Voorbeeld'],
      ]);
    }
    const withInitial = ok(await lookup(as.agentZuid!, { ...KEVIN, bsn: null, givenNames: 'K.' }));
    expect(withInitial.lookupAgreedApproach.cards).toHaveLength(1);
    const wrongDay = ok(
      await lookup(as.agentZuid!, { familyName: 'Voorbeeld', dateOfBirth: '1994-03-13' }),
    );
    expect(wrongDay.lookupAgreedApproach.cards).toEqual([]);
  });

  it('logs every lookup with its purpose, also one that found nothing, and never the search terms', async () => {
    const who = as.agentZuid!;
    const before = (await lookupRows(who.userId)).length;
    ok(
      await who.gql(LOOKUP, {
        input: { bsn: KEVIN.bsn, purposeKind: 'INCIDENT_REPORT', purpose: 'Melding 2026-0415' },
      }),
    );
    // A valid BSN of nobody in the region.
    const none = ok(await lookup(who, { bsn: '111222333' }));
    expect(none.lookupAgreedApproach.cards).toEqual([]);
    const rows = (await lookupRows(who.userId)).slice(before);
    expect(rows).toEqual([
      {
        purpose_kind: 'INCIDENT_REPORT',
        purpose: 'Melding 2026-0415',
        search_kind: 'BSN',
        found: true,
        case_id: caseId('ZVH-2026-001'),
        validity: 'VALID',
      },
      {
        purpose_kind: 'STREET_CHECK',
        purpose: 'Controle bij het station',
        search_kind: 'BSN',
        found: false,
        case_id: null,
        validity: null,
      },
    ]);
    const [stored] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM agreed_approach_lookup l
        WHERE row_to_json(l)::text LIKE '%111222333%'`,
    );
    expect(stored!.n).toBe(0);
  });

  it('refuses a lookup without a purpose and logs nothing', async () => {
    const who = as.agentZuid!;
    const before = (await lookupRows(who.userId)).length;
    const noKind = await who.gql(LOOKUP, { input: { bsn: KEVIN.bsn, purpose: 'Zomaar even' } });
    expect([errorCode(noKind), errorField(noKind)]).toEqual(['BAD_USER_INPUT', 'purposeKind']);
    const short = await lookup(who, { bsn: KEVIN.bsn, purpose: 'kijk' });
    expect([errorCode(short), errorField(short)]).toEqual(['BAD_USER_INPUT', 'purpose']);
    const badBsn = await lookup(who, { bsn: '123456789' });
    expect([errorCode(badBsn), errorField(badBsn)]).toEqual(['BAD_USER_INPUT', 'bsn']);
    const noDate = await lookup(who, { familyName: 'Voorbeeld' });
    expect([errorCode(noDate), errorField(noDate)]).toEqual(['BAD_USER_INPUT', 'dateOfBirth']);
    expect(await lookupRows(who.userId)).toHaveLength(before);
  });

  it.each(['wijkteam', 'regie', 'privacy', 'beheer', 'politieBeheer'] as const)(
    'is refused to %s (not a police professional)',
    async (key) => {
      const res = await lookup(as[key]!, { bsn: KEVIN.bsn });
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
      expect(await lookupRows(as[key]!.userId)).toEqual([]);
    },
  );

  it('shows an expired card as EXPIRED, without its instructions, with its contacts', async () => {
    const { lookupAgreedApproach } = ok(await lookup(as.politie!, { bsn: SANDRA_BSN }));
    const [card] = lookupAgreedApproach.cards;
    expect(card!.validity).toBe('EXPIRED');
    expect(card!.validUntil < (await nlDate(0))).toBe(true);
    expect(card!.instructions).toBeNull();
    expect(card!.contacts.map((c) => c.name)).toEqual(['Fleur Smit', 'Lotte Mulder']);
  });

  it('is valid through the last day and expired the day after, in Dutch time', async () => {
    const id = caseId('ZVH-2026-002');
    const validity = async () =>
      ok(await lookup(as.agentZuid!, { bsn: SANDRA_BSN })).lookupAgreedApproach.cards.map((c) => [
        c.validity,
        c.instructions === null,
      ]);
    try {
      await t.db.query(
        `UPDATE agreed_approach SET valid_until = (now() AT TIME ZONE 'Europe/Amsterdam')::date
          WHERE case_id = $1`,
        [id],
      );
      expect(await validity()).toEqual([['VALID', false]]);
      await t.db.query(
        `UPDATE agreed_approach SET valid_until = (now() AT TIME ZONE 'Europe/Amsterdam')::date - 1
          WHERE case_id = $1`,
        [id],
      );
      expect(await validity()).toEqual([['EXPIRED', true]]);
    } finally {
      await t.db.query(
        `UPDATE agreed_approach SET valid_until = (now() AT TIME ZONE 'Europe/Amsterdam')::date - 12
          WHERE case_id = $1`,
        [id],
      );
    }
  });

  it('never crosses regions, and a region that tightens PLAN switches the lookup off', async () => {
    const [other] = await t.db.query<{ id: string }[]>(
      `INSERT INTO region (code, name) VALUES ('anders', 'Andere regio') RETURNING id`,
    );
    await insertCovenantVersion(t.db, {
      regionId: other!.id,
      version: 1,
      entries: DEFAULT_COVENANT,
      note: 'Default',
      userId: null,
    });
    const agency = await createAgency(t, other!.id, 'Politie Andere regio', 'POLICE');
    const agent = callerFor(t, await createUser(t, agency, ['MEMBER'], 'Agent Anders'));
    const res = ok(await lookup(agent, { bsn: KEVIN.bsn }));
    expect(res.lookupAgreedApproach.cards).toEqual([]);
    expect((await lookupRows(agent.userId)).map((r) => [r.found, r.case_id])).toEqual([
      [false, null],
    ]);

    const tightened: CovenantEntry[] = DEFAULT_COVENANT.map((entry) =>
      entry.category === 'PLAN' &&
      'agencyType' in entry.subject &&
      entry.subject.agencyType === 'POLICE'
        ? { ...entry, read: false, write: false }
        : entry,
    );
    await insertCovenantVersion(t.db, {
      regionId: other!.id,
      version: 2,
      entries: tightened,
      note: 'No agreed approach for police',
      userId: null,
    });
    expect(errorCode(await lookup(agent, { bsn: KEVIN.bsn }))).toBe('FORBIDDEN');
    expect(await lookupRows(agent.userId)).toHaveLength(1);
  });
});

describe('the card in the case', () => {
  const contact = (agencyId: string, phone = '06 9999 1111') => ({
    agencyId,
    name: 'Esra Yilmaz',
    role: 'Reclasseringswerker',
    phone,
    available: 'ma–vr 8–17',
  });
  let reclassering: string;
  beforeAll(async () => {
    const agencies = await idsBy(t, `SELECT name AS key, id FROM agency`);
    reclassering = agencies.get('Reclassering Nederland, unit Demo-regio')!;
  });

  it('is read by participants like the plan, with edit rights and the lookup flag', async () => {
    const res = ok(await as.ggz!.gql<CaseCard>(CASE_CARD, { caseId: caseId('ZVH-2026-001') }));
    expect(res.caseAgreedApproach).toMatchObject({
      access: 'FULL',
      canEdit: true,
      canSeeLookups: false,
      card: { validity: 'VALID', revision: 1 },
    });
    expect(res.caseAgreedApproach.card!.contacts).toHaveLength(3);
    // The police officer who takes part sees it in the case too.
    const police = ok(
      await as.politie!.gql<CaseCard>(CASE_CARD, { caseId: caseId('ZVH-2026-001') }),
    );
    expect(police.caseAgreedApproach.card!.instructions).toContain('Locatieverbod');
  });

  it('is saved by a participant with PLAN write; a stale revision is a CONFLICT and changes nothing', async () => {
    const id = caseId('ZVH-2026-001');
    const validUntil = await nlDate(60);
    const input = {
      caseId: id,
      expectedRevision: 1,
      instructions: 'Nieuwe afspraak: bij contact altijd de reclassering bellen.',
      validUntil,
      contacts: [contact(reclassering)],
    };
    const saved = ok(await as.wijkteam!.gql<SaveData>(SAVE, { input }));
    expect(saved.saveAgreedApproach.card).toMatchObject({ revision: 2, validUntil });

    const stale = await as.ggz!.gql(SAVE, {
      input: { ...input, instructions: 'Verouderde versie' },
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    const now = ok(await as.ggz!.gql<CaseCard>(CASE_CARD, { caseId: id }));
    expect(now.caseAgreedApproach.card).toMatchObject({
      revision: 2,
      instructions: input.instructions,
    });
    expect(now.caseAgreedApproach.card!.contacts.map((c) => c.phoneUri)).toEqual([
      'tel:+31699991111',
    ]);

    const [history] = await t.db.query<{ revisions: number[] }[]>(
      `SELECT array_agg(r.revision ORDER BY r.revision) AS revisions
         FROM agreed_approach_revision r JOIN agreed_approach aa ON aa.id = r.agreed_approach_id
        WHERE aa.case_id = $1`,
      [id],
    );
    expect(history!.revisions).toEqual([1, 2]);
    const events = await t.db.query<{ data: Record<string, unknown> }[]>(
      `SELECT data FROM case_event WHERE case_id = $1 AND kind = 'AGREED_APPROACH_UPDATED'
        ORDER BY id`,
      [id],
    );
    expect(events.at(-1)!.data).toEqual({ revision: 2, validUntil });
  });

  it('lets exactly one of two parallel saves from the same revision win', async () => {
    const id = caseId('ZVH-2026-001');
    const base = {
      caseId: id,
      expectedRevision: 2,
      validUntil: await nlDate(30),
      contacts: [contact(reclassering)],
    };
    const results = await Promise.all([
      as.wijkteam!.gql<SaveData>(SAVE, { input: { ...base, instructions: 'Versie wijkteam' } }),
      as.reclassering!.gql<SaveData>(SAVE, {
        input: { ...base, instructions: 'Versie reclassering' },
      }),
    ]);
    const codes = results.map((res) => errorCode(res) ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const winner = results.find((res) => !res.errors)!.data!.saveAgreedApproach.card;
    const now = ok(await as.ggz!.gql<CaseCard>(CASE_CARD, { caseId: id }));
    expect(now.caseAgreedApproach.card).toMatchObject({
      revision: 3,
      instructions: winner.instructions,
    });
  });

  it('refuses bad input field by field and changes nothing', async () => {
    const id = caseId('ZVH-2026-001');
    const base = {
      caseId: id,
      expectedRevision: 3,
      instructions: 'Iets',
      validUntil: await nlDate(10),
      contacts: [contact(reclassering)],
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ validUntil: await nlDate(-1) }, 'validUntil'],
      [{ validUntil: '2026-02-30' }, 'validUntil'],
      [{ validUntil: await nlDate(800) }, 'validUntil'],
      [{ instructions: '   ' }, 'instructions'],
      [{ instructions: 'x'.repeat(4001) }, 'instructions'],
      [{ contacts: [] }, 'contacts'],
      [{ contacts: [contact(reclassering, '12345')] }, 'contacts.0.phone'],
      [
        { contacts: [contact(reclassering), { ...contact(reclassering), name: 'x' }] },
        'contacts.1.name',
      ],
      [{ contacts: [contact('00000000-0000-4000-8000-000000000000')] }, 'contacts.0.agencyId'],
    ];
    for (const [change, field] of cases) {
      const res = await as.wijkteam!.gql(SAVE, { input: { ...base, ...change } });
      expect([field, errorCode(res), errorField(res)]).toEqual([field, 'BAD_USER_INPUT', field]);
    }
    const now = ok(await as.ggz!.gql<CaseCard>(CASE_CARD, { caseId: id }));
    expect(now.caseAgreedApproach.card!.revision).toBe(3);
  });

  it('creates a first card once; a second create is a CONFLICT', async () => {
    const id = caseId('ZVH-2026-004');
    const empty = ok(await as.wijkteam!.gql<CaseCard>(CASE_CARD, { caseId: id }));
    expect(empty.caseAgreedApproach).toMatchObject({ access: 'FULL', card: null, canEdit: true });
    const input = {
      caseId: id,
      expectedRevision: null,
      instructions: 'Jongere: bij contact de wijkteamprofessional bellen.',
      validUntil: await nlDate(0),
      contacts: [contact(reclassering, '030-9990505')],
    };
    const created = ok(await as.wijkteam!.gql<SaveData>(SAVE, { input }));
    expect(created.saveAgreedApproach.card.revision).toBe(1);
    expect(errorCode(await as.politie!.gql(SAVE, { input }))).toBe('CONFLICT');
  });

  it('is read-only once the case is closed', async () => {
    const id = caseId('ZVH-2026-004');
    await t.db.query(`UPDATE case_file SET status = 'CLOSED' WHERE id = $1`, [id]);
    try {
      const view = ok(await as.wijkteam!.gql<CaseCard>(CASE_CARD, { caseId: id }));
      expect(view.caseAgreedApproach).toMatchObject({ canEdit: false, card: { revision: 1 } });
      const res = await as.wijkteam!.gql(SAVE, {
        input: {
          caseId: id,
          expectedRevision: 1,
          instructions: 'Na sluiting',
          validUntil: await nlDate(5),
          contacts: [contact(reclassering)],
        },
      });
      expect(['CONFLICT', 'CASE_CLOSED']).toContain(errorCode(res));
      // A closed case's card is no agreed approach any more: the lookup does not show it.
      const found = ok(
        await lookup(as.agentZuid!, { familyName: 'Demodorp', dateOfBirth: '2007-01-19' }),
      );
      expect(found.lookupAgreedApproach.cards).toEqual([]);
    } finally {
      await t.db.query(`UPDATE case_file SET status = 'REFERRED' WHERE id = $1`, [id]);
    }
    const after = ok(await as.wijkteam!.gql<CaseCard>(CASE_CARD, { caseId: id }));
    expect(after.caseAgreedApproach.card!.revision).toBe(1);
  });

  it('is not saved by a participant whose covenant gives no PLAN write', async () => {
    const [version] = await t.db.query<{ v: number }[]>(
      `SELECT max(version)::int AS v FROM covenant_version WHERE region_id = $1`,
      [regionId],
    );
    const ggzAgency = (
      await t.db.query<
        {
          id: string;
        }[]
      >(`SELECT agency_id AS id FROM app_user WHERE email = $1`, [USERS.ggz])
    )[0]!.id;
    await insertCovenantVersion(t.db, {
      regionId,
      version: version!.v + 1,
      entries: [
        ...DEFAULT_COVENANT,
        { subject: { agencyId: ggzAgency }, category: 'PLAN', read: false, write: false },
      ],
      note: 'GGZ reads no plan',
      userId: null,
    });
    try {
      const view = ok(await as.ggz!.gql<CaseCard>(CASE_CARD, { caseId: caseId('ZVH-2026-001') }));
      expect(view.caseAgreedApproach).toMatchObject({
        access: 'WITHHELD',
        card: null,
        canEdit: false,
      });
      const res = await as.ggz!.gql(SAVE, {
        input: {
          caseId: caseId('ZVH-2026-001'),
          expectedRevision: 3,
          instructions: 'Zonder recht',
          validUntil: await nlDate(5),
          contacts: [contact(reclassering)],
        },
      });
      expect(errorCode(res)).toBe('FORBIDDEN');
    } finally {
      await insertCovenantVersion(t.db, {
        regionId,
        version: version!.v + 2,
        entries: DEFAULT_COVENANT,
        note: 'Back to the default',
        userId: null,
      });
    }
  });
});

describe('the lookup log', () => {
  const LOOKUPS = `query($caseId: ID!) { agreedApproachLookups(caseId: $caseId) {
    at userName agency { name } purposeKind purpose searchKind validity } }`;
  type Lookups = {
    agreedApproachLookups: {
      userName: string;
      agency: { name: string };
      purposeKind: string;
      purpose: string;
      searchKind: string;
      validity: string;
    }[];
  };

  it('is visible to the procesregisseur and the casusregisseur agency', async () => {
    const id = caseId('ZVH-2026-001');
    for (const who of [as.regie!, as.reclassering!]) {
      const rows = ok(await who.gql<Lookups>(LOOKUPS, { caseId: id })).agreedApproachLookups;
      expect(rows.some((r) => r.purpose === 'Melding 2026-0415')).toBe(true);
      const mine = rows.find((r) => r.purpose === 'Melding 2026-0415')!;
      expect(mine).toMatchObject({
        userName: 'Agent Zuid',
        agency: { name: 'Politie basisteam Demostad-Zuid' },
        purposeKind: 'INCIDENT_REPORT',
        searchKind: 'BSN',
        validity: 'VALID',
      });
      // The demo's own earlier lookup, and this file's lookups of this case, all there.
      const [count] = await t.db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM agreed_approach_lookup WHERE case_id = $1`,
        [id],
      );
      expect(rows).toHaveLength(count!.n);
    }
    const flags = ok(await as.regie!.gql<CaseCard>(CASE_CARD, { caseId: id }));
    expect(flags.caseAgreedApproach.canSeeLookups).toBe(true);
  });

  it('is refused to other participants, and not found for outsiders', async () => {
    const id = caseId('ZVH-2026-001');
    expect(errorCode(await as.ggz!.gql(LOOKUPS, { caseId: id }))).toBe('FORBIDDEN');
    expect(errorCode(await as.politie!.gql(LOOKUPS, { caseId: id }))).toBe('FORBIDDEN');
    expect(errorCode(await as.agentZuid!.gql(LOOKUPS, { caseId: id }))).toBe('NOT_FOUND');
  });
});
