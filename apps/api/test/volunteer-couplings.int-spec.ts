// Volunteer couplings (issue 17 item 3, ADR 0034), through the real GraphQL API on PostgreSQL:
// probation's match request only under the person's consent for the organisation, the
// coordinator's steps (accept/decline, couple, progress, end) with EDIT_CONFLICT and audit events,
// a withdrawn consent ending the coupling in the same transaction, and the coordinator seeing only
// the request's fields — never the case, the person or other categories, through every path.
import { errorCode, errorField, ok, type GqlResponse } from './support/graphql-client';
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
let caseId: string;
let personId: string;
const as: Record<string, Caller> = {};
const USERS = {
  regie: 'procesregisseur@zvh.demo.example',
  wijkteam: 'wijkteam@demostad.demo.example',
  reclassering: 'reclassering@reclassering.demo.example',
  exodus: 'exodus@exodus.demo.example',
  privacy: 'privacy@zvh.demo.example',
  beheer: 'beheer@zvh.demo.example',
} as const;

const EXODUS = 'Exodus Demo-regio';
const WIJKTEAM = 'Wijkteam Demostad-Noord';
const RECLASSERING = 'Reclassering Nederland, unit Demo-regio';
const ZVH = 'Zorg- en Veiligheidshuis Demo-regio';
const agencyId = (name: string) => agencies.get(name)!;

// Markers of what the coordinator must never see: the family name, the birth date, the case
// reference, the BSN, the street, an item of the file.
const FAMILY = 'Koppelproefq8';
const BIRTH = '1990-06-15';
const REFERENCE = 'KOP-2026-001';
const BSN = '930003019';
const STREET = 'Geheimstraatq8';
const ITEM = 'Dossiertekstq8 over de zaak';
const OFFENCE = 'Inbraak in 2024 (kort)';

const FIELDS = `id status revision access firstName ageBand wijk helpAsked helpOther availability
  safetyNote offenceSummary declineReason volunteerName volunteerPhone endReason endText
  requestedAt coupledAt endedAt requestedByAgency { name } volunteerAgency { name }
  progress { notedOn note }`;
const REQUEST = `mutation($input: RequestVolunteerMatchInput!) {
  requestVolunteerMatch(input: $input) { ${FIELDS} } }`;
const OF_CASE = `query($caseId: ID!) { caseVolunteerCouplings(caseId: $caseId) {
  access mayRequest organisations { name consented justiceConsented } couplings { ${FIELDS} } } }`;
const LIST = `{ volunteerMatchRequests { ${FIELDS} } }`;
const ONE = `query($id: ID!) { volunteerMatchRequest(id: $id) { ${FIELDS} } }`;
const DECIDE = `mutation($input: DecideVolunteerMatchInput!) { decideVolunteerMatch(input: $input) { ${FIELDS} } }`;
const COUPLE = `mutation($input: CoupleVolunteerInput!) { coupleVolunteer(input: $input) { ${FIELDS} } }`;
const PROGRESS = `mutation($input: CouplingProgressInput!) { reportCouplingProgress(input: $input) { ${FIELDS} } }`;
const END = `mutation($input: EndCouplingInput!) { endVolunteerCoupling(input: $input) { ${FIELDS} } }`;
const FIGURES = `query($year: Int!) { volunteerCouplingFigures(year: $year) { year goalMin goalMax
  organisations { agencyName requests couplings active averageDays } } }`;
const RECORD_CONSENT = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawConsent(consentId: $id) { id active } }`;

interface Coupling {
  id: string;
  status: string;
  revision: number;
  access: string;
  firstName: string | null;
  ageBand: string | null;
  wijk: string | null;
  helpAsked: string[];
  offenceSummary: string | null;
  volunteerName: string | null;
  endReason: string | null;
  requestedAt: string;
  progress: { notedOn: string; note: string }[];
}

const requestInput = (over: Record<string, unknown> = {}) => ({
  caseId,
  volunteerAgencyId: agencyId(EXODUS),
  helpAsked: ['ADMINISTRATIE', 'SOCIAAL_NETWERK'],
  availability: 'Doordeweeks na 16 uur',
  safetyNote: 'Eerste afspraak op een openbare plek.',
  ...over,
});

const couplingCount = async () =>
  (await t.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM volunteer_coupling`))[0]!.n;

async function consent(category: string): Promise<string> {
  return ok(
    await as.reclassering!.gql<{ recordConsent: { id: string } }>(RECORD_CONSENT, {
      input: {
        caseId,
        category,
        recipientAgencyId: agencyId(EXODUS),
        evidence: 'Mondeling gegeven in het gesprek van vandaag.',
      },
    }),
  ).recordConsent.id;
}

const expectNothingOfTheCase = (res: unknown) => {
  const text = JSON.stringify(res);
  for (const marker of [FAMILY, BIRTH, REFERENCE, BSN, STREET, ITEM]) {
    expect([marker, text.includes(marker)]).toEqual([marker, false]);
  }
};

beforeAll(async () => {
  t = await createTestApp();
  for (const [key, email] of Object.entries(USERS)) as[key] = await callerByEmail(t, email);
  agencies = await idsBy(t, `SELECT name AS key, id FROM agency`);
  const [region] = await t.db.query<{ id: string }[]>(`SELECT id FROM region WHERE code = 'demo'`);
  regionId = region!.id;
  const [person] = await t.db.query<{ id: string }[]>(
    `INSERT INTO person (region_id, given_names, family_name, date_of_birth, bsn, street,
                         house_number, postcode, city, wijk)
     VALUES ($1, 'Karim Johan', $2, $3, $4, $5, '7', '1234AB', 'Demostad', 'Noord') RETURNING id`,
    [regionId, FAMILY, BIRTH, BSN, STREET],
  );
  personId = person!.id;
  const [c] = await t.db.query<{ id: string }[]>(
    `INSERT INTO case_file (region_id, reference, subject_person_id, theme, status,
                            referring_agency_id)
     VALUES ($1, $2, $3, 'EX_DETAINEE', 'ACTIVE', $4) RETURNING id`,
    [regionId, REFERENCE, personId, agencyId(RECLASSERING)],
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
  await t.db.query(
    `INSERT INTO information_item (region_id, case_id, person_id, category, source_agency_id,
                                   legal_basis, text)
     VALUES ($1, $2, $3, 'JUSTICE', $4, 'Test', $5)`,
    [regionId, caseId, personId, agencyId(RECLASSERING), ITEM],
  );
  // A second volunteer organisation of the region, and one of another region.
  const gnz = await createAgency(t, regionId, 'Gevangenenzorg Demo-regio', 'VOLUNTEER');
  as.gnz = callerFor(t, await createUser(t, gnz, ['MEMBER'], 'Coördinator GNZ'));
  as.exodusAdmin = callerFor(
    t,
    await createUser(t, agencyId(EXODUS), ['AGENCY_ADMIN'], 'Beheerder Exodus'),
  );
  const [other] = await t.db.query<{ id: string }[]>(
    `INSERT INTO region (code, name) VALUES ('andere-koppel', 'Andere regio') RETURNING id`,
  );
  const otherExodus = await createAgency(t, other!.id, 'Exodus Andere regio', 'VOLUNTEER');
  as.otherRegion = callerFor(t, await createUser(t, otherExodus, ['MEMBER'], 'Coördinator elders'));
});
afterAll(async () => {
  await t.close();
});

let identityConsent: string;
let first: Coupling;

describe('the match request', () => {
  it('is refused without the person’s consent for the organisation, and nothing is written', async () => {
    const before = await couplingCount();
    const res = await as.reclassering!.gql(REQUEST, { input: requestInput() });
    expect([errorCode(res), errorField(res)]).toEqual(['CONSENT_REQUIRED', 'volunteerAgencyId']);
    expect(await couplingCount()).toBe(before);
  });

  it('is made by probation taking part only', async () => {
    identityConsent = await consent('IDENTITY');
    const before = await couplingCount();
    for (const who of ['wijkteam', 'regie'] as const) {
      const res = await as[who]!.gql(REQUEST, { input: requestInput() });
      expect([who, errorCode(res)]).toEqual([who, 'FORBIDDEN']);
    }
    for (const who of ['exodus', 'privacy', 'beheer', 'otherRegion'] as const) {
      const res = await as[who]!.gql(REQUEST, { input: requestInput() });
      expect([who, errorCode(res)]).toEqual([who, 'NOT_FOUND']);
    }
    expect(await couplingCount()).toBe(before);
  });

  it('refuses bad input and an offence summary without a JUSTICE consent', async () => {
    const before = await couplingCount();
    const other = await as.reclassering!.gql(REQUEST, {
      input: requestInput({ helpAsked: ['OTHER'] }),
    });
    expect([errorCode(other), errorField(other)]).toEqual(['BAD_USER_INPUT', 'helpOther']);
    const none = await as.reclassering!.gql(REQUEST, { input: requestInput({ helpAsked: [] }) });
    expect([errorCode(none), errorField(none)]).toEqual(['BAD_USER_INPUT', 'helpAsked']);
    const offence = await as.reclassering!.gql(REQUEST, {
      input: requestInput({ offenceSummary: OFFENCE }),
    });
    expect([errorCode(offence), errorField(offence)]).toEqual([
      'CONSENT_REQUIRED',
      'offenceSummary',
    ]);
    expect(await couplingCount()).toBe(before);
  });

  it('carries the first name, age band and wijk — not the birth date — with its audit event and a notification', async () => {
    const sent = Date.now();
    first = ok(
      await as.reclassering!.gql<{ requestVolunteerMatch: Coupling }>(REQUEST, {
        input: requestInput(),
      }),
    ).requestVolunteerMatch;
    // The moment the request was made, as the database recorded it (a minute's clock skew allowed).
    expect(Math.abs(Date.parse(first.requestedAt) - sent)).toBeLessThan(60_000);
    expect(first).toMatchObject({
      status: 'REQUESTED',
      access: 'FULL',
      firstName: 'Karim',
      ageBand: 'AGE_30_39',
      wijk: 'Noord',
      helpAsked: ['ADMINISTRATIE', 'SOCIAAL_NETWERK'],
      offenceSummary: null,
    });
    const events = await t.db.query<{ result: string; personIds: string[]; recordId: string }[]>(
      `SELECT result, person_ids AS "personIds", record_id AS "recordId" FROM audit_event
        WHERE operation = 'Mutation.requestVolunteerMatch' AND result = 'ALLOWED'`,
    );
    expect(events).toEqual([{ result: 'ALLOWED', personIds: [personId], recordId: first.id }]);
    const notes = await t.db.query<{ kind: string; caseId: string | null }[]>(
      `SELECT DISTINCT n.kind, n.case_id AS "caseId" FROM notification n
         JOIN app_user u ON u.id = n.recipient_user_id WHERE u.agency_id = $1`,
      [agencyId(EXODUS)],
    );
    expect(notes).toEqual([{ kind: 'COUPLING_REQUESTED', caseId: null }]);
  });
});

describe('what the coordinator sees', () => {
  it('lists the request with only its fields; another organisation, region or an administrator sees none', async () => {
    const list = ok(await as.exodus!.gql<{ volunteerMatchRequests: Coupling[] }>(LIST));
    expect(list.volunteerMatchRequests.map((r) => r.id)).toContain(first.id);
    expectNothingOfTheCase(list);
    for (const who of ['gnz', 'otherRegion', 'exodusAdmin', 'wijkteam', 'regie'] as const) {
      const other = ok(await as[who]!.gql<{ volunteerMatchRequests: Coupling[] }>(LIST));
      expect([who, other.volunteerMatchRequests]).toEqual([who, []]);
      const one = await as[who]!.gql(ONE, { id: first.id });
      expect([who, errorCode(one)]).toEqual([who, 'NOT_FOUND']);
    }
  });

  it('reaches nothing of the case through the case, timeline, search, notifications or the card', async () => {
    const paths: [string, string, Record<string, unknown>][] = [
      ['case', `query($id: ID!) { case(id: $id) { reference } }`, { id: caseId }],
      ['timeline', `query($id: ID!) { caseTimeline(caseId: $id) { kind } }`, { id: caseId }],
      ['couplings', OF_CASE, { caseId }],
      [
        'search',
        `query($n: String!, $d: String!) { searchPersons(input: { familyName: $n, dateOfBirth: $d }) { caseIds } }`,
        { n: FAMILY, d: BIRTH },
      ],
      ['cases', `query($q: String!) { searchCases(text: $q) { nodes { id } } }`, { q: FAMILY }],
      [
        'notifications',
        `{ notifications { items { kind caseId personName params { key value } } } }`,
        {},
      ],
      [
        'card',
        `mutation($input: LookupAgreedApproachInput!) { lookupAgreedApproach(input: $input) { cards { instructions } } }`,
        { input: { familyName: FAMILY, dateOfBirth: BIRTH, purpose: 'Koppeling voorbereiden' } },
      ],
    ];
    const seen: Record<string, string> = {};
    for (const [name, query, variables] of paths) {
      const res = await as.exodus!.gql<Record<string, unknown>>(query, variables);
      expectNothingOfTheCase(res);
      seen[name] = res.errors ? errorCode(res)! : summarise(res.data);
    }
    const { notifications, card, ...rest } = seen;
    expect(rest).toEqual({
      case: 'NOT_FOUND',
      timeline: 'NOT_FOUND',
      couplings: 'NOT_FOUND',
      search: '[]',
      cases: '{"nodes":[]}',
    });
    // Told that something waits, with no case and no person; the card is for the police.
    expect(notifications).toContain('COUPLING_REQUESTED');
    expect(notifications).not.toContain('"caseId":"');
    expect(card).toMatch(/^(FORBIDDEN|\{"cards":\[\]\})$/);
  });
});

function summarise(data: Record<string, unknown> | null | undefined): string {
  const value = data ? Object.values(data)[0] : null;
  return JSON.stringify(value);
}

describe('the coordinator’s steps', () => {
  it('accepts, couples and reports progress; probation sees status and progress; stale steps conflict', async () => {
    const accepted = ok(
      await as.exodus!.gql<{ decideVolunteerMatch: Coupling }>(DECIDE, {
        input: { couplingId: first.id, revision: first.revision, accept: true },
      }),
    ).decideVolunteerMatch;
    expect(accepted.status).toBe('ACCEPTED');
    const stale = await as.exodus!.gql(COUPLE, {
      input: { couplingId: first.id, revision: first.revision, volunteerName: 'J. de Vries' },
    });
    expect(errorCode(stale)).toBe('EDIT_CONFLICT');
    const coupled = ok(
      await as.exodus!.gql<{ coupleVolunteer: Coupling }>(COUPLE, {
        input: {
          couplingId: first.id,
          revision: accepted.revision,
          volunteerName: 'J. de Vries',
          volunteerPhone: '06-12345678',
        },
      }),
    ).coupleVolunteer;
    expect(coupled).toMatchObject({ status: 'COUPLED', volunteerName: 'J. de Vries' });
    const future = await as.exodus!.gql(PROGRESS, {
      input: { couplingId: first.id, notedOn: '2999-01-01', note: 'Te vroeg' },
    });
    expect([errorCode(future), errorField(future)]).toEqual(['BAD_USER_INPUT', 'notedOn']);
    const progressed = ok(
      await as.exodus!.gql<{ reportCouplingProgress: Coupling }>(PROGRESS, {
        input: {
          couplingId: first.id,
          notedOn: '2026-11-20',
          note: 'Eerste kennismaking goed verlopen.',
        },
      }),
    ).reportCouplingProgress;
    expect(progressed.progress).toEqual([
      { notedOn: '2026-11-20', note: 'Eerste kennismaking goed verlopen.' },
    ]);

    const probation = ok(
      await as.reclassering!.gql<{
        caseVolunteerCouplings: { access: string; mayRequest: boolean; couplings: Coupling[] };
      }>(OF_CASE, { caseId }),
    ).caseVolunteerCouplings;
    expect(probation.access).toBe('FULL');
    expect(probation.mayRequest).toBe(true);
    expect(probation.couplings[0]).toMatchObject({
      status: 'COUPLED',
      progress: progressed.progress,
    });
    const told = await t.db.query<{ kind: string }[]>(
      `SELECT n.kind FROM notification n JOIN app_user u ON u.id = n.recipient_user_id
        WHERE u.agency_id = $1 AND n.kind = 'COUPLING_UPDATED' AND n.case_id = $2`,
      [agencyId(RECLASSERING), caseId],
    );
    expect(told.length).toBeGreaterThanOrEqual(2);
    // The wijkteam reads the case but not PROBATION: withheld.
    const wijkteam = ok(
      await as.wijkteam!.gql<{ caseVolunteerCouplings: { access: string; couplings: unknown[] } }>(
        OF_CASE,
        { caseId },
      ),
    ).caseVolunteerCouplings;
    expect([wijkteam.access, wijkteam.couplings.length]).toEqual(['WITHHELD', 0]);

    const audit = await t.db.query<{ operation: string }[]>(
      `SELECT operation FROM audit_event WHERE record_id = $1 AND result = 'ALLOWED'
         AND operation LIKE 'Mutation.%' ORDER BY occurred_at`,
      [first.id],
    );
    expect(audit.map((a) => a.operation)).toEqual([
      'Mutation.requestVolunteerMatch',
      'Mutation.decideVolunteerMatch',
      'Mutation.coupleVolunteer',
      'Mutation.reportCouplingProgress',
    ]);
  });

  it('ends a coupling with a reason (OTHER needs a text), then declines a new request with a reason', async () => {
    const [current] = ok(
      await as.exodus!.gql<{ volunteerMatchRequests: Coupling[] }>(LIST),
    ).volunteerMatchRequests;
    const noText = await as.exodus!.gql(END, {
      input: { couplingId: first.id, revision: current!.revision, reason: 'OTHER' },
    });
    expect([errorCode(noText), errorField(noText)]).toEqual(['BAD_USER_INPUT', 'text']);
    const ended = ok(
      await as.exodus!.gql<{ endVolunteerCoupling: Coupling }>(END, {
        input: { couplingId: first.id, revision: current!.revision, reason: 'GOAL_REACHED' },
      }),
    ).endVolunteerCoupling;
    expect([ended.status, ended.endReason]).toEqual(['ENDED', 'GOAL_REACHED']);

    const second = ok(
      await as.reclassering!.gql<{ requestVolunteerMatch: Coupling }>(REQUEST, {
        input: requestInput({ helpAsked: ['WERK'] }),
      }),
    ).requestVolunteerMatch;
    const bare = await as.exodus!.gql(DECIDE, {
      input: { couplingId: second.id, revision: second.revision, accept: false },
    });
    expect([errorCode(bare), errorField(bare)]).toEqual(['BAD_USER_INPUT', 'reason']);
    const declined = ok(
      await as.exodus!.gql<{ decideVolunteerMatch: Coupling & { declineReason: string } }>(DECIDE, {
        input: {
          couplingId: second.id,
          revision: second.revision,
          accept: false,
          reason: 'Geen vrijwilliger beschikbaar in deze wijk.',
        },
      }),
    ).decideVolunteerMatch;
    expect(declined.status).toBe('DECLINED');
  });
});

describe('a withdrawn consent', () => {
  it('ends the coupling at once, in the withdrawal’s transaction, and the coordinator then sees no person', async () => {
    const justice = await consent('JUSTICE');
    const third = ok(
      await as.reclassering!.gql<{ requestVolunteerMatch: Coupling }>(REQUEST, {
        input: requestInput({ helpAsked: ['WONEN'], offenceSummary: OFFENCE }),
      }),
    ).requestVolunteerMatch;
    expect(third.offenceSummary).toBe(OFFENCE);
    // Withdrawing the JUSTICE consent alone hides the summary; the request stays.
    ok(await as.reclassering!.gql(WITHDRAW, { id: justice }));
    const afterJustice = ok(
      await as.exodus!.gql<{ volunteerMatchRequest: Coupling }>(ONE, { id: third.id }),
    ).volunteerMatchRequest;
    expect([afterJustice.status, afterJustice.access, afterJustice.offenceSummary]).toEqual([
      'REQUESTED',
      'FULL',
      null,
    ]);
    expect(JSON.stringify(afterJustice)).not.toContain('Inbraak');

    ok(await as.reclassering!.gql(WITHDRAW, { id: identityConsent }));
    const [row] = await t.db.query<{ status: string; endReason: string; same: boolean }[]>(
      `SELECT vc.status, vc.end_reason AS "endReason", vc.ended_at = k.withdrawn_at AS same
         FROM volunteer_coupling vc, consent k WHERE vc.id = $1 AND k.id = $2`,
      [third.id, identityConsent],
    );
    // now() is the transaction's start: the same moment means the same transaction.
    expect(row).toEqual({ status: 'ENDED', endReason: 'CONSENT_WITHDRAWN', same: true });
    const seen = ok(
      await as.exodus!.gql<{ volunteerMatchRequest: Coupling }>(ONE, { id: third.id }),
    ).volunteerMatchRequest;
    expect(seen).toMatchObject({
      status: 'ENDED',
      endReason: 'CONSENT_WITHDRAWN',
      access: 'WITHHELD',
      firstName: null,
      ageBand: null,
      wijk: null,
      helpAsked: [],
    });
    const step = await as.exodus!.gql(PROGRESS, {
      input: { couplingId: third.id, notedOn: '2026-11-20', note: 'Na intrekking' },
    });
    expect(errorCode(step)).toBe('CONSENT_REQUIRED');
    const withdrawals = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event
        WHERE operation = 'Mutation.withdrawConsent' AND result = 'ALLOWED'`,
    );
    expect(withdrawals[0]!.n).toBeGreaterThanOrEqual(2);
    const told = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.recipient_user_id
        WHERE u.agency_id = $1 AND n.kind = 'COUPLING_ENDED' AND n.case_id IS NULL`,
      [agencyId(EXODUS)],
    );
    expect(told[0]!.n).toBeGreaterThanOrEqual(1);
  });
});

describe('year figures', () => {
  it('count per organisation against the goal, equal to a recount; numbers only, for the coordinator and the procesregisseur', async () => {
    const year = Number(
      (await t.db.query<{ y: string }[]>(`SELECT to_char(now(), 'YYYY') AS y`))[0]!.y,
    );
    const own = ok(
      await as.exodus!.gql<{
        volunteerCouplingFigures: {
          goalMin: number;
          goalMax: number;
          organisations: {
            agencyName: string;
            requests: number;
            couplings: number;
            active: number;
            averageDays: number | null;
          }[];
        };
      }>(FIGURES, { year }),
    ).volunteerCouplingFigures;
    const inYear = (column: string) =>
      `${column} IS NOT NULL AND date_part('year', ${column} AT TIME ZONE 'Europe/Amsterdam') = $2`;
    const [recount] = await t.db.query<{ requests: number; couplings: number }[]>(
      `SELECT count(*) FILTER (WHERE ${inYear('requested_at')})::int AS requests,
              count(*) FILTER (WHERE ${inYear('coupled_at')})::int AS couplings
         FROM volunteer_coupling WHERE volunteer_agency_id = $1`,
      [agencyId(EXODUS), year],
    );
    expect([own.goalMin, own.goalMax]).toEqual([65, 100]);
    expect(own.organisations).toHaveLength(1);
    expect(own.organisations[0]).toMatchObject({ agencyName: EXODUS, ...recount });
    const all = ok(
      await as.regie!.gql<{
        volunteerCouplingFigures: { organisations: { agencyName: string }[] };
      }>(FIGURES, { year }),
    ).volunteerCouplingFigures;
    expect(all.organisations.map((o) => o.agencyName)).toEqual(
      expect.arrayContaining([EXODUS, 'Gevangenenzorg Demo-regio']),
    );
    for (const who of ['wijkteam', 'reclassering', 'privacy', 'beheer'] as const) {
      const res: GqlResponse = await as[who]!.gql(FIGURES, { year });
      expect([who, errorCode(res)]).toEqual([who, 'FORBIDDEN']);
    }
  });

  it('lets the functional administrator set the goal, with EDIT_CONFLICT on a stale version', async () => {
    const goal = ok(
      await as.beheer!.gql<{ volunteerCouplingGoal: { version: number } }>(
        `{ volunteerCouplingGoal { goalMin goalMax version } }`,
      ),
    ).volunteerCouplingGoal;
    const SET = `mutation($input: VolunteerCouplingGoalInput!) { updateVolunteerCouplingGoal(input: $input) { goalMin goalMax version } }`;
    const set = ok(
      await as.beheer!.gql<{ updateVolunteerCouplingGoal: { goalMin: number; goalMax: number } }>(
        SET,
        { input: { goalMin: 70, goalMax: 90, version: goal.version } },
      ),
    ).updateVolunteerCouplingGoal;
    expect([set.goalMin, set.goalMax]).toEqual([70, 90]);
    const stale = await as.beheer!.gql(SET, {
      input: { goalMin: 1, goalMax: 2, version: goal.version },
    });
    expect(errorCode(stale)).toBe('EDIT_CONFLICT');
    const backwards = await as.beheer!.gql(SET, {
      input: { goalMin: 90, goalMax: 70, version: goal.version + 1 },
    });
    expect([errorCode(backwards), errorField(backwards)]).toEqual(['BAD_USER_INPUT', 'goalMax']);
    const refused = await as.exodus!.gql(SET, { input: { goalMin: 1, goalMax: 2, version: 1 } });
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });
});
