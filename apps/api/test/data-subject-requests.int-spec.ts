// Data-subject requests through the WGS contactpunt (issue 6, item 4): registering with the AVG
// deadline, one part per partner holding data, status and extension with optimistic locking, and
// the access export (JSON and PDF) — only for the privacy officer of the own region. Since issue 11
// item 6, each partner answers for its own data: its privacy contact reviews and releases its part,
// and the export holds a partner's content only after that release.
import { PDFDocument } from 'pdf-lib';
import { errorCode, errorField, ok } from './support/graphql-client';
import { download, pdfText, sessionCookie } from './support/meetings';
import {
  callerByEmail,
  createAgency,
  createUser,
  idsBy,
  callerFor,
  type Caller,
} from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let agencies: Map<string, string>;
let users: Map<string, string>;
let regionId: string;
const as: Record<string, Caller> = {};

const USERS = {
  privacy: 'privacy@zvh.demo.example',
  regie: 'procesregisseur@zvh.demo.example',
  wijkteam: 'wijkteam@demostad.demo.example',
  beheer: 'beheer@zvh.demo.example',
  politie: 'wijkagent@politie.demo.example',
} as const;
const POLICE_OFFICER_NAME = 'Jeroen de Vries';
const POLICE = 'Politie basisteam Demostad';
const GGZ = 'GGZ Demoland';
const HOUSING = 'Woonstichting Demohuis';
const EXODUS = 'Exodus Demo-regio';

const SUMMARY = `id type status personId givenNames familyName dateOfBirth bsn receivedOn
  identityVerification deadline originalDeadline extendedDeadline extensionReason overdue
  daysLeft includeEmployeeNames outcome closedAt revision partsTotal partsDone`;
const FIELDS = `${SUMMARY} parts { id agencyName agencyType status note revision updatedByName
  reviewStatus reviewStartedAt releasedAt releasedByName releaseNote }`;
interface Part {
  id: string;
  agencyName: string;
  status: string;
  revision: number;
  updatedByName: string | null;
}
interface Request {
  id: string;
  type: string;
  status: string;
  personId: string | null;
  familyName: string;
  deadline: string;
  originalDeadline: string;
  extendedDeadline: string | null;
  overdue: boolean;
  daysLeft: number;
  revision: number;
  partsTotal: number;
  partsDone: number;
  parts: Part[];
}

const REGISTER = `mutation($input: RegisterDataSubjectRequestInput!) {
  registerDataSubjectRequest(input: $input) { ${FIELDS} } }`;
const LIST = `query($openOnly: Boolean) { dataSubjectRequests(openOnly: $openOnly) { ${SUMMARY} } }`;
const ONE = `query($id: ID!) { dataSubjectRequest(id: $id) { ${FIELDS} } }`;
const CANDIDATES = `query($input: SearchPersonsInput!) {
  dataSubjectPersonCandidates(input: $input) { id familyName dateOfBirth bsn agenciesHoldingData } }`;
const STATUS = `mutation($input: ChangeDataSubjectRequestStatusInput!) {
  changeDataSubjectRequestStatus(input: $input) { ${FIELDS} } }`;
const EXTEND = `mutation($input: ExtendDataSubjectRequestInput!) {
  extendDataSubjectRequest(input: $input) { ${FIELDS} } }`;
const PART = `mutation($input: UpdateDataSubjectRequestPartInput!) {
  updateDataSubjectRequestPart(input: $input) { ${FIELDS} } }`;

const count = async (sql: string, params: unknown[] = []): Promise<number> => {
  const [row] = await t.db.query<{ n: number }[]>(sql, params);
  return row!.n;
};
const requestCount = () => count(`SELECT count(*)::int AS n FROM data_subject_request`);

/** The fixture person: a case with the police (active) and GGZ (ended), an item from housing. */
let subjectId: string;
/** Another person of the region, in a case with Exodus. */
let otherId: string;
let otherRegionAgency: string;

beforeAll(async () => {
  t = await createTestApp();
  for (const [key, email] of Object.entries(USERS)) as[key] = await callerByEmail(t, email);
  agencies = await idsBy(t, `SELECT name AS key, id FROM agency`);
  users = await idsBy(t, `SELECT email AS key, id FROM app_user`);
  const [region] = await t.db.query<
    {
      id: string;
    }[]
  >(`SELECT id FROM region WHERE code = 'demo'`);
  regionId = region!.id;

  const person = async (given: string, family: string, bsn: string | null) => {
    const [row] = await t.db.query<{ id: string }[]>(
      `INSERT INTO person (region_id, given_names, family_name, date_of_birth, bsn, city)
       VALUES ($1, $2, $3, '1990-04-12', $4, 'Demostad') RETURNING id`,
      [regionId, given, family, bsn],
    );
    return row!.id;
  };
  const caseOf = async (reference: string, personId: string) => {
    const [row] = await t.db.query<{ id: string }[]>(
      `INSERT INTO case_file (region_id, reference, subject_person_id, theme, status,
                              referring_agency_id)
       VALUES ($1, $2, $3, 'OTHER', 'ACTIVE', $4) RETURNING id`,
      [regionId, reference, personId, agencies.get(POLICE)],
    );
    return row!.id;
  };
  const participate = (caseId: string, agency: string, ended: boolean) =>
    t.db.query(
      `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis,
                                     started_at, ended_at, end_reason)
       VALUES ($1, $2, $3, 'PARTNER', 'Fixture voor inzageverzoek', 'Convenant art. 5',
               now() - interval '30 days', CASE WHEN $4 THEN now() - interval '1 day' END,
               CASE WHEN $4 THEN 'Deelname beëindigd (fixture)' END)`,
      [regionId, caseId, agencies.get(agency), ended],
    );
  const item = (caseId: string, personId: string, category: string, source: string, text: string) =>
    t.db.query(
      `INSERT INTO information_item (region_id, case_id, person_id, category, source_agency_id,
                                     legal_basis, text)
       VALUES ($1, $2, $3, $4, $5, 'Wpg art. 19', $6)`,
      [regionId, caseId, personId, category, agencies.get(source), text],
    );

  subjectId = await person('Iris', 'Inzagetest', '123456782');
  const caseId = await caseOf('DSR-TEST-1', subjectId);
  await participate(caseId, POLICE, false);
  await participate(caseId, GGZ, true);
  await item(caseId, subjectId, 'POLICE', POLICE, 'Inzagetest: melding overlast 12 maart.');
  await item(caseId, subjectId, 'SOCIAL', HOUSING, 'Inzagetest: huurachterstand bekend.');

  // Consents, recorded by the police: one the subject gave (with how), one of someone else.
  const consent = (personId: string, inCase: string, evidence: string) =>
    t.db.query(
      `INSERT INTO consent (region_id, person_id, category, recipient_agency_id, case_id,
                            recorded_in_case_id, recorded_by_agency_id, evidence)
       VALUES ($1, $2, 'CARE', $3, $4, $4, $5, $6)`,
      [regionId, personId, agencies.get(HOUSING), inCase, agencies.get(POLICE), evidence],
    );
  await consent(subjectId, caseId, CONSENT_EVIDENCE);
  otherId = await person('Olaf', 'Anderpersoon', null);
  const otherCase = await caseOf('DSR-TEST-2', otherId);
  await participate(otherCase, EXODUS, false);
  await item(otherCase, otherId, 'SAFETY', EXODUS, 'Anderpersoon: geheim signaal.');
  await consent(otherId, otherCase, OTHER_CONSENT_EVIDENCE);

  // The access log: two events about the subject (one by the police officer), one about the
  // other person, and one in another region that names the subject's id.
  const police = users.get(USERS.politie)!;
  await t.db.query(
    `INSERT INTO audit_event (region_id, actor_user_id, actor_agency_id, actor_agency_type,
       actor_roles, action, result, operation, person_ids, case_id, categories, access_basis,
       purpose)
     VALUES ($1, $2, $3, 'POLICE', '{MEMBER}', 'READ', 'ALLOWED', 'Query.case', ARRAY[$4::uuid],
             $5, '{POLICE}', 'covenant', NULL),
            ($1, $2, $3, 'POLICE', '{MEMBER}', 'LOOKUP', 'ALLOWED', 'Query.agreedApproach',
             ARRAY[$4::uuid], $5, '{PLAN}', 'covenant', 'Controle op straat'),
            ($1, $2, $3, 'POLICE', '{MEMBER}', 'READ', 'ALLOWED', 'Query.case', ARRAY[$6::uuid],
             $5, '{SAFETY}', 'covenant', 'Anderpersoon-doel')`,
    [regionId, police, agencies.get(POLICE), subjectId, caseId, otherId],
  );
  const [other] = await t.db.query<{ id: string }[]>(
    `INSERT INTO region (code, name) VALUES ('andere', 'Andere regio') RETURNING id`,
  );
  otherRegionAgency = await createAgency(t, other!.id, 'Politie Andere Regio', 'POLICE');
  await t.db.query(
    `INSERT INTO audit_event (region_id, actor_agency_id, actor_agency_type, actor_roles, action,
       result, operation, person_ids, purpose)
     VALUES ($1, $2, 'POLICE', '{MEMBER}', 'READ', 'ALLOWED', 'Query.case', ARRAY[$3::uuid],
             'Andere-regio-doel')`,
    [other!.id, otherRegionAgency, subjectId],
  );
});
afterAll(async () => {
  await t.close();
});

const register = (input: Record<string, unknown>) =>
  as.privacy!.gql<{ registerDataSubjectRequest: Request }>(REGISTER, {
    input: { type: 'ACCESS', identityVerification: 'Paspoort gezien', ...input },
  });

describe('registering a request', () => {
  it('the demo privacy officer finds an open access request with parts', async () => {
    const { dataSubjectRequests } = ok(
      await as.privacy!.gql<{ dataSubjectRequests: Request[] }>(LIST),
    );
    const demo = dataSubjectRequests.find((r) => r.familyName === 'Voorbeeld');
    expect(demo).toMatchObject({ type: 'ACCESS', status: 'RECEIVED', overdue: false });
    expect(demo!.partsTotal).toBeGreaterThan(1);
    expect(demo!.partsDone).toBe(1);
  });

  it('finds the person by BSN or by name and date of birth, with the agencies holding data', async () => {
    const byBsn = ok(
      await as.privacy!.gql<{
        dataSubjectPersonCandidates: { id: string; agenciesHoldingData: number }[];
      }>(CANDIDATES, { input: { bsn: '1234.56.782' } }),
    );
    expect(byBsn.dataSubjectPersonCandidates).toEqual([
      expect.objectContaining({ id: subjectId, agenciesHoldingData: 3 }),
    ]);
    const byName = ok(
      await as.privacy!.gql<{ dataSubjectPersonCandidates: { id: string }[] }>(CANDIDATES, {
        input: { familyName: 'inzage-test', dateOfBirth: '1990-04-12' },
      }),
    );
    expect(byName.dataSubjectPersonCandidates.map((p) => p.id)).toEqual([subjectId]);
    const bad = await as.privacy!.gql(CANDIDATES, { input: { bsn: '123456789' } });
    expect([errorCode(bad), errorField(bad)]).toEqual(['BAD_USER_INPUT', 'bsn']);
  });

  it('creates one part for exactly the agencies that hold data on the person', async () => {
    const { registerDataSubjectRequest: r } = ok(
      await register({ personId: subjectId, receivedOn: '2026-01-31' }),
    );
    expect(r).toMatchObject({ status: 'RECEIVED', personId: subjectId, familyName: 'Inzagetest' });
    // Police (active), GGZ (participation ended) and housing (source of an item) — not Exodus.
    expect(r.parts.map((p) => p.agencyName).sort()).toEqual([GGZ, POLICE, HOUSING].sort());
    expect(r.parts.every((p) => p.status === 'OPEN')).toBe(true);
    expect([r.partsDone, r.partsTotal]).toEqual([0, 3]);
  });

  it('sets the deadline one calendar month after receipt, the last day of a shorter month', async () => {
    const cases: [string, string][] = [
      ['2024-01-31', '2024-02-29'],
      ['2025-01-31', '2025-02-28'],
      ['2025-03-15', '2025-04-15'],
    ];
    for (const [receivedOn, deadline] of cases) {
      const { registerDataSubjectRequest: r } = ok(
        await register({ personId: otherId, type: 'OBJECTION', receivedOn }),
      );
      expect([r.originalDeadline, r.deadline]).toEqual([deadline, deadline]);
      // Long past and not completed: overdue.
      expect(r.overdue).toBe(true);
      expect(r.daysLeft).toBeLessThan(0);
    }
  });

  it('registers a person the region does not know: no parts, and the export says "no data"', async () => {
    const { registerDataSubjectRequest: r } = ok(
      await register({
        givenNames: 'Nadia',
        familyName: 'Onbekend',
        dateOfBirth: '1985-02-03',
        receivedOn: '2026-02-01',
      }),
    );
    expect([r.personId, r.partsTotal]).toEqual([null, 0]);
    const json = await download(t, `/data-subject-requests/${r.id}/export.json`, cookie('privacy'));
    expect(json.status).toBe(200);
    const data = JSON.parse(json.body.toString('utf8')) as {
      noData: boolean;
      accessLog: unknown[];
    };
    expect(data.noData).toBe(true);
    expect(data.accessLog).toEqual([]);
  });

  it('refuses bad input with the field and changes nothing', async () => {
    const before = await requestCount();
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const attempts: [Record<string, unknown>, string][] = [
      [{ personId: subjectId, receivedOn: tomorrow }, 'receivedOn'],
      [{ personId: subjectId, receivedOn: '2026-02-30' }, 'receivedOn'],
      [
        { personId: subjectId, receivedOn: '2026-02-01', identityVerification: ' ' },
        'identityVerification',
      ],
      [{ personId: 'nope', receivedOn: '2026-02-01' }, 'personId'],
      [{ familyName: 'X', dateOfBirth: '1990-01-01', receivedOn: '2026-02-01' }, 'givenNames'],
      [
        {
          givenNames: 'A',
          familyName: 'B',
          dateOfBirth: '1990-01-01',
          bsn: '111',
          receivedOn: '2026-02-01',
        },
        'bsn',
      ],
    ];
    for (const [input, field] of attempts) {
      const res = await register(input);
      expect([errorCode(res), errorField(res)]).toEqual(['BAD_USER_INPUT', field]);
    }
    expect(await requestCount()).toBe(before);
  });
});

describe('handling a request', () => {
  let request: Request;
  beforeAll(async () => {
    request = ok(
      await register({ personId: subjectId, receivedOn: '2026-01-31' }),
    ).registerDataSubjectRequest;
  });

  it('moves on with the revision seen; a stale revision is a CONFLICT and changes nothing', async () => {
    const moved = ok(
      await as.privacy!.gql<{ changeDataSubjectRequestStatus: Request }>(STATUS, {
        input: { id: request.id, revision: request.revision, status: 'IN_PROGRESS' },
      }),
    ).changeDataSubjectRequestStatus;
    expect(moved.status).toBe('IN_PROGRESS');
    expect(moved.revision).toBe(request.revision + 1);
    const stale = await as.privacy!.gql(EXTEND, {
      input: { id: request.id, revision: request.revision, reason: 'Veel partners betrokken.' },
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    const staleStatus = await as.privacy!.gql(STATUS, {
      input: { id: request.id, revision: request.revision, status: 'REJECTED', outcome: 'Nee' },
    });
    expect(errorCode(staleStatus)).toBe('CONFLICT');
    const now = ok(await as.privacy!.gql<{ dataSubjectRequest: Request }>(ONE, { id: request.id }));
    expect(now.dataSubjectRequest).toMatchObject({ status: 'IN_PROGRESS', extendedDeadline: null });
    request = moved;
  });

  it('extends the deadline once, to three months after receipt, with a reason', async () => {
    const short = await as.privacy!.gql(EXTEND, {
      input: { id: request.id, revision: request.revision, reason: 'kort' },
    });
    expect([errorCode(short), errorField(short)]).toEqual(['BAD_USER_INPUT', 'reason']);
    const extended = ok(
      await as.privacy!.gql<{ extendDataSubjectRequest: Request }>(EXTEND, {
        input: {
          id: request.id,
          revision: request.revision,
          reason: 'Zes partners en een omvangrijk dossier.',
        },
      }),
    ).extendDataSubjectRequest;
    expect(extended).toMatchObject({
      originalDeadline: '2026-02-28',
      extendedDeadline: '2026-04-30',
      deadline: '2026-04-30',
    });
    const again = await as.privacy!.gql(EXTEND, {
      input: { id: request.id, revision: extended.revision, reason: 'Nog een keer verlengen.' },
    });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    request = extended;
  });

  it('refuses COMPLETED while parts are open, then completes once every part is answered', async () => {
    const early = await as.privacy!.gql(STATUS, {
      input: {
        id: request.id,
        revision: request.revision,
        status: 'COMPLETED',
        outcome: 'Verstuurd.',
      },
    });
    expect(errorCode(early)).toBe('REQUEST_PARTS_OPEN');
    expect(early.errors![0]!.message).toMatch(/3 partner part/);

    const [first, ...rest] = request.parts;
    const delivered = ok(
      await as.privacy!.gql<{ updateDataSubjectRequestPart: Request }>(PART, {
        input: {
          partId: first!.id,
          revision: first!.revision,
          status: 'DELIVERED',
          note: 'Geleverd.',
        },
      }),
    ).updateDataSubjectRequestPart;
    expect(delivered.partsDone).toBe(1);
    expect(delivered.parts.find((p) => p.id === first!.id)!.updatedByName).toBe('Femke van Dijk');
    const stalePart = await as.privacy!.gql(PART, {
      input: { partId: first!.id, revision: first!.revision, status: 'NO_DATA' },
    });
    expect(errorCode(stalePart)).toBe('CONFLICT');
    let latest = delivered;
    for (const part of rest) {
      latest = ok(
        await as.privacy!.gql<{ updateDataSubjectRequestPart: Request }>(PART, {
          input: { partId: part.id, revision: part.revision, status: 'NO_DATA' },
        }),
      ).updateDataSubjectRequestPart;
    }
    expect([latest.partsDone, latest.partsTotal]).toEqual([3, 3]);
    const noOutcome = await as.privacy!.gql(STATUS, {
      input: { id: request.id, revision: latest.revision, status: 'COMPLETED' },
    });
    expect([errorCode(noOutcome), errorField(noOutcome)]).toEqual(['BAD_USER_INPUT', 'outcome']);
    const done = ok(
      await as.privacy!.gql<{ changeDataSubjectRequestStatus: Request }>(STATUS, {
        input: {
          id: request.id,
          revision: latest.revision,
          status: 'COMPLETED',
          outcome: 'Overzicht per post verstuurd.',
        },
      }),
    ).changeDataSubjectRequestStatus;
    expect(done).toMatchObject({ status: 'COMPLETED', overdue: false });
    const after = await as.privacy!.gql(PART, {
      input: { partId: first!.id, revision: first!.revision + 1, status: 'OPEN' },
    });
    expect(errorCode(after)).toBe('BAD_USER_INPUT');
    const open = ok(
      await as.privacy!.gql<{ dataSubjectRequests: Request[] }>(LIST, { openOnly: true }),
    );
    expect(open.dataSubjectRequests.map((r) => r.id)).not.toContain(request.id);
  });
});

const cookie = (key: keyof typeof USERS) => sessionCookie(t, users.get(USERS[key])!);

// ---------------------------------------------------------------------------------------------
// Each partner answers for its own data (issue 11 item 6)
// ---------------------------------------------------------------------------------------------

const TASKS = `{ dataSubjectRequestPartTasks { id requestId agencyName familyName reviewStatus
  releasedByName releaseNote deadline daysLeft requestType requestStatus reviewStartedAt } }`;
const REVIEW = `query($id: ID!) { dataSubjectRequestPartReview(id: $id) {
  part { id agencyName familyName reviewStatus } participations { caseReference role legalBasis until }
  items { category caseReference text } planActions { description } } }`;
const START_REVIEW = `mutation($input: StartDataSubjectRequestPartReviewInput!) {
  startDataSubjectRequestPartReview(input: $input) { id reviewStatus } }`;
const RELEASE = `mutation($input: ReleaseDataSubjectRequestPartInput!) {
  releaseDataSubjectRequestPart(input: $input) { id reviewStatus releasedByName releaseNote } }`;

const POLICE_TEXT = 'Inzagetest: melding overlast 12 maart.';
const CONSENT_EVIDENCE = 'Mondeling, 4-3-2026, in gesprek met de wijkagent (Inzagetest).';
const OTHER_CONSENT_EVIDENCE = 'Schriftelijk, formulier van Anderpersoon.';
const HOUSING_TEXT = 'Inzagetest: huurachterstand bekend.';

/** The privacy contacts of three partners, and a second one of the police. */
const contact: Record<'police' | 'police2' | 'housing' | 'ggz', { caller: Caller; id: string }> =
  {} as never;
beforeAll(async () => {
  const make = async (agency: string, name: string) => {
    const id = await createUser(t, agencies.get(agency)!, ['PRIVACY_CONTACT'], name);
    return { caller: callerFor(t, id), id };
  };
  contact.police = await make(POLICE, 'Privacy Politie Fixture');
  contact.police2 = await make(POLICE, 'Privacy Politie Tweede');
  contact.housing = await make(HOUSING, 'Privacy Woonstichting Fixture');
  contact.ggz = await make(GGZ, 'Privacy GGZ Fixture');
});

/** The part of each agency of a request, by agency name. */
async function partsOf(requestId: string): Promise<Record<string, string>> {
  const rows = await t.db.query<{ name: string; id: string }[]>(
    `SELECT a.name, pt.id FROM data_subject_request_part pt JOIN agency a ON a.id = pt.agency_id
      WHERE pt.request_id = $1`,
    [requestId],
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.id]));
}

const release = (who: keyof typeof contact, partId: string, note?: string) =>
  contact[who].caller.gql<{
    releaseDataSubjectRequestPart: { id: string; reviewStatus: string; releaseNote: string | null };
  }>(RELEASE, { input: { partId, note } });

interface PartnerJson {
  agency: string;
  status: string;
  notice: string | null;
  note: string | null;
}
const exportJson = async (requestId: string) => {
  const res = await download(
    t,
    `/data-subject-requests/${requestId}/export.json`,
    cookie('privacy'),
  );
  expect(res.status).toBe(200);
  const text = res.body.toString('utf8');
  return {
    text,
    data: JSON.parse(text) as {
      format: string;
      noData: boolean;
      person: { address: unknown };
      cases: { reference: string }[];
      agencies: { name: string; categories: { items: { text: string }[] }[] }[];
      planActions: unknown[];
      partners: PartnerJson[];
      addressReleased: boolean;
      accessLog: { agency: string }[];
      consents: unknown[];
      request: { deadline: string };
    },
  };
};
const exportPdf = async (requestId: string) => {
  const res = await download(
    t,
    `/data-subject-requests/${requestId}/export.pdf`,
    cookie('privacy'),
  );
  expect(res.status).toBe(200);
  return pdfText(res.body);
};

describe('each partner answers for its own data', () => {
  let requestId: string;
  let parts: Record<string, string>;
  beforeAll(async () => {
    requestId = ok(await register({ personId: subjectId, receivedOn: '2026-03-02' }))
      .registerDataSubjectRequest.id;
    parts = await partsOf(requestId);
    expect(Object.keys(parts).sort()).toEqual([GGZ, POLICE, HOUSING].sort());
  });

  it('before any release the export holds no partner’s texts: only deadline, status per partner and the access log', async () => {
    const { text, data } = await exportJson(requestId);
    for (const leak of [
      POLICE_TEXT,
      HOUSING_TEXT,
      'DSR-TEST-1',
      'Convenant art. 5',
      'Wpg art. 19',
      CONSENT_EVIDENCE,
      OTHER_CONSENT_EVIDENCE,
    ]) {
      expect(text).not.toContain(leak);
    }
    expect(data.format).toBe('schakel-access-export/5');
    expect(data.consents).toEqual([]);
    expect(data.agencies).toEqual([]);
    expect(data.cases).toEqual([]);
    expect(data.person.address).toBeNull();
    expect(data.noData).toBe(false);
    expect(data.request.deadline).toBe('2026-04-02');
    expect(data.partners.map((p) => [p.agency, p.status, p.notice])).toEqual(
      [GGZ, POLICE, HOUSING]
        .sort((a, b) => a.localeCompare(b, 'nl'))
        .map((name) => [name, 'OPEN', `nog niet vrijgegeven door ${name}`]),
    );
    // The contactpunt still sees who accessed the person's data.
    expect(data.accessLog.some((e) => e.agency === POLICE)).toBe(true);

    const pdf = await exportPdf(requestId);
    expect(pdf).toContain(`nog niet vrijgegeven door ${POLICE}`);
    expect(pdf).toContain('Stand per organisatie');
    for (const leak of [POLICE_TEXT, HOUSING_TEXT, 'DSR-TEST-1']) expect(pdf).not.toContain(leak);
  });

  it('the privacy officer’s request shows each partner’s review status, and no texts', async () => {
    const res = ok(await as.privacy!.gql<{ dataSubjectRequest: Request }>(ONE, { id: requestId }));
    expect(
      res.dataSubjectRequest.parts.map((p) => [
        p.agencyName,
        (p as Part & { reviewStatus: string }).reviewStatus,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [POLICE, 'OPEN'],
        [HOUSING, 'OPEN'],
        [GGZ, 'OPEN'],
      ]),
    );
    expect(JSON.stringify(res)).not.toContain('Inzagetest:');
  });

  it('a privacy contact sees only its own agency’s part and data, and cannot read or release another’s', async () => {
    const tasks = ok(
      await contact.police.caller.gql<{
        dataSubjectRequestPartTasks: { id: string; agencyName: string; requestId: string }[];
      }>(TASKS),
    ).dataSubjectRequestPartTasks;
    expect(tasks.map((x) => x.id)).toContain(parts[POLICE]);
    expect(new Set(tasks.map((x) => x.agencyName))).toEqual(new Set([POLICE]));

    const own = ok(
      await contact.police.caller.gql<{
        dataSubjectRequestPartReview: {
          items: { text: string }[];
          participations: { caseReference: string }[];
        };
      }>(REVIEW, { id: parts[POLICE] }),
    ).dataSubjectRequestPartReview;
    expect(own.items.map((i) => i.text)).toEqual([POLICE_TEXT]);
    expect(own.participations.map((p) => p.caseReference)).toEqual(['DSR-TEST-1']);
    expect(JSON.stringify(own)).not.toContain(HOUSING_TEXT);

    // Housing's part, through the police contact: not found, not changed, and logged as denied.
    const before = await t.db.query<unknown[]>(
      `SELECT review_status, revision FROM data_subject_request_part WHERE id = $1`,
      [parts[HOUSING]],
    );
    const read = await contact.police.caller.gql(REVIEW, { id: parts[HOUSING] });
    expect(errorCode(read)).toBe('NOT_FOUND');
    expect(JSON.stringify(read)).not.toContain(HOUSING_TEXT);
    const released = await release('police', parts[HOUSING]!);
    expect(errorCode(released)).toBe('NOT_FOUND');
    const started = await contact.police.caller.gql(START_REVIEW, {
      input: { partId: parts[HOUSING] },
    });
    expect(errorCode(started)).toBe('NOT_FOUND');
    expect(
      await t.db.query(
        `SELECT review_status, revision FROM data_subject_request_part WHERE id = $1`,
        [parts[HOUSING]],
      ),
    ).toEqual(before);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM audit_event
          WHERE actor_user_id = $1 AND result = 'DENIED' AND record_id = $2`,
        [contact.police.id, parts[HOUSING]],
      ),
    ).toBe(2);
    // …and housing's export part stays closed.
    const { text } = await exportJson(requestId);
    expect(text).not.toContain(HOUSING_TEXT);
  });

  it('after the police release, the export holds the police texts and not housing’s', async () => {
    const started = ok(
      await contact.police.caller.gql<{
        startDataSubjectRequestPartReview: { reviewStatus: string };
      }>(START_REVIEW, { input: { partId: parts[POLICE] } }),
    );
    expect(started.startDataSubjectRequestPartReview.reviewStatus).toBe('IN_REVIEW');
    const res = ok(await release('police', parts[POLICE]!, 'Niets weggelaten.'));
    expect(res.releaseDataSubjectRequestPart).toMatchObject({
      reviewStatus: 'RELEASED',
      releaseNote: 'Niets weggelaten.',
    });

    const { text, data } = await exportJson(requestId);
    expect(text).toContain(POLICE_TEXT);
    expect(text).not.toContain(HOUSING_TEXT);
    expect(data.agencies.map((a) => a.name)).toEqual([POLICE]);
    expect(data.cases.map((c) => c.reference)).toEqual(['DSR-TEST-1']);
    expect(data.person.address).toBeNull();
    expect(data.partners.find((p) => p.agency === POLICE)).toMatchObject({
      status: 'RELEASED',
      notice: null,
      note: 'Niets weggelaten.',
    });
    expect(data.partners.find((p) => p.agency === HOUSING)).toMatchObject({
      status: 'OPEN',
      notice: `nog niet vrijgegeven door ${HOUSING}`,
    });
    // The consent the police recorded comes with the police's part: how the person gave it.
    expect(data.consents).toEqual([
      expect.objectContaining({
        category: 'CARE',
        recipientAgency: HOUSING,
        recordedBy: POLICE,
        caseReference: 'DSR-TEST-1',
        evidence: CONSENT_EVIDENCE,
        withdrawnOn: null,
      }),
    ]);
    expect(text).not.toContain(OTHER_CONSENT_EVIDENCE);
    const pdf = await exportPdf(requestId);
    expect(pdf).toContain(POLICE_TEXT);
    expect(pdf).toContain('Uw toestemmingen');
    expect(pdf).toContain(CONSENT_EVIDENCE);
    expect(pdf).not.toContain(OTHER_CONSENT_EVIDENCE);
    expect(pdf).not.toContain(HOUSING_TEXT);
    expect(pdf).toContain(`nog niet vrijgegeven door ${HOUSING}`);

    const officer = ok(
      await as.privacy!.gql<{ dataSubjectRequest: Request }>(ONE, { id: requestId }),
    ).dataSubjectRequest.parts.find((p) => p.agencyName === POLICE) as Part & {
      reviewStatus: string;
      releasedByName: string;
    };
    expect([officer.reviewStatus, officer.releasedByName, officer.status]).toEqual([
      'RELEASED',
      'Privacy Politie Fixture',
      'DELIVERED',
    ]);
    // The officer sees when the partner started and released its review (not what it holds).
    const reviewStarted = Date.parse(
      (officer as unknown as { reviewStartedAt: string }).reviewStartedAt,
    );
    expect(reviewStarted).toBeLessThanOrEqual(
      Date.parse((officer as unknown as { releasedAt: string }).releasedAt),
    );
  });

  it('every release is one audit event, written with it; a repeated or concurrent release changes nothing more', async () => {
    const events = () =>
      count(
        `SELECT count(*)::int AS n FROM audit_event
          WHERE operation = 'Mutation.releaseDataSubjectRequestPart' AND result = 'ALLOWED'
            AND record_id = $1`,
        [parts[HOUSING]],
      );
    expect(await events()).toBe(0);
    const [a, b] = await Promise.all([
      release('housing', parts[HOUSING]!, 'Eén brief van derden weggelaten.'),
      release('housing', parts[HOUSING]!, 'Tweede poging.'),
    ]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(await events()).toBe(1);
    const again = ok(await release('housing', parts[HOUSING]!, 'Nog eens.'));
    expect(again.releaseDataSubjectRequestPart.reviewStatus).toBe('RELEASED');
    expect(await events()).toBe(1);
    const [row] = await t.db.query<
      {
        note: string;
        by: string;
        roles: string[];
        action: string;
        personIds: string[];
        purpose: string;
      }[]
    >(
      `SELECT pt.release_note AS note, pt.released_by_user_id AS "by", e.actor_roles AS roles,
              e.action, e.person_ids AS "personIds", e.purpose,
              -- now() is the transaction's start: equal only when written in one transaction.
              e.occurred_at = pt.released_at AS "sameTransaction"
         FROM data_subject_request_part pt
         JOIN audit_event e ON e.record_id = pt.id::text
                           AND e.operation = 'Mutation.releaseDataSubjectRequestPart'
                           AND e.result = 'ALLOWED'
        WHERE pt.id = $1`,
      [parts[HOUSING]],
    );
    expect(row).toMatchObject({
      sameTransaction: true,
      by: contact.housing.id,
      roles: ['PRIVACY_CONTACT'],
      action: 'UPDATE',
      personIds: [subjectId],
    });
    expect(['Eén brief van derden weggelaten.', 'Tweede poging.']).toContain(row!.note);
    expect(row!.purpose).toMatch(/vrijgegeven/);
  });

  it('a second privacy contact of the same partner finds the part released, and the officer cannot release at all', async () => {
    const tasks = ok(
      await contact.police2.caller.gql<{
        dataSubjectRequestPartTasks: { id: string; reviewStatus: string; releasedByName: string }[];
      }>(TASKS),
    ).dataSubjectRequestPartTasks;
    expect(tasks.find((x) => x.id === parts[POLICE])).toMatchObject({
      reviewStatus: 'RELEASED',
      releasedByName: 'Privacy Politie Fixture',
    });
    // What the contact needs to plan its review: the request's kind and state, and when its own
    // review began — taken from the request of this part, as the database holds it.
    const [request] = await t.db.query<{ type: string; status: string }[]>(
      `SELECT r.type, r.status FROM data_subject_request r
         JOIN data_subject_request_part p ON p.request_id = r.id WHERE p.id = $1`,
      [parts[POLICE]],
    );
    const police = tasks.find((x) => x.id === parts[POLICE]) as unknown as Record<string, unknown>;
    expect([police.requestType, police.requestStatus]).toEqual([request!.type, request!.status]);
    expect(Date.parse(police.reviewStartedAt as string)).not.toBeNaN();
    const byOfficer = await as.privacy!.gql(RELEASE, { input: { partId: parts[GGZ] } });
    expect(errorCode(byOfficer)).toBe('FORBIDDEN');
    const officerReads = await as.privacy!.gql(REVIEW, { id: parts[GGZ] });
    expect(errorCode(officerReads)).toBe('FORBIDDEN');
    const [ggz] = await t.db.query<{ status: string }[]>(
      `SELECT review_status AS status FROM data_subject_request_part WHERE id = $1`,
      [parts[GGZ]],
    );
    expect(ggz!.status).toBe('OPEN');
  });

  it('a privacy contact reaches none of the contactpunt’s operations, the export, or case content', async () => {
    const c = contact.ggz.caller;
    for (const res of await Promise.all([
      c.gql(LIST),
      c.gql(ONE, { id: requestId }),
      c.gql(CANDIDATES, { input: { bsn: '123456782' } }),
    ])) {
      expect(errorCode(res)).toBe('FORBIDDEN');
    }
    const ggzCookie = sessionCookie(t, contact.ggz.id);
    for (const format of ['json', 'pdf']) {
      expect(
        (await download(t, `/data-subject-requests/${requestId}/export.${format}`, ggzCookie))
          .status,
      ).toBe(403);
    }
    const [caseRow] = await t.db.query<
      {
        id: string;
      }[]
    >(`SELECT id FROM case_file WHERE reference = 'DSR-TEST-1'`);
    const viaCase = await c.gql(`query($id: ID!) { informationItems(caseId: $id) { text } }`, {
      id: caseRow!.id,
    });
    expect(JSON.stringify(viaCase)).not.toContain('Inzagetest:');
    // Its own review: GGZ's ended participation, and no items of others.
    const own = ok(
      await c.gql<{
        dataSubjectRequestPartReview: { items: unknown[]; participations: { until: string }[] };
      }>(REVIEW, { id: parts[GGZ] }),
    ).dataSubjectRequestPartReview;
    expect(own.items).toEqual([]);
    expect(own.participations).toHaveLength(1);
    expect(own.participations[0]!.until).not.toBeNull();
  });

  it('refuses a release note that is too long, with the field, and changes nothing', async () => {
    const res = await release('ggz', parts[GGZ]!, 'x'.repeat(2001));
    expect([errorCode(res), errorField(res)]).toEqual(['BAD_USER_INPUT', 'note']);
    const [ggz] = await t.db.query<{ status: string }[]>(
      `SELECT review_status AS status FROM data_subject_request_part WHERE id = $1`,
      [parts[GGZ]],
    );
    expect(ggz!.status).toBe('OPEN');
  });
});

describe('the access export', () => {
  let requestId: string;
  let withNamesId: string;
  beforeAll(async () => {
    requestId = ok(await register({ personId: subjectId, receivedOn: '2026-02-02' }))
      .registerDataSubjectRequest.id;
    withNamesId = ok(
      await register({ personId: subjectId, receivedOn: '2026-02-02', includeEmployeeNames: true }),
    ).registerDataSubjectRequest.id;
    // Issue 11 item 6: content comes only from partners that released their part.
    const parts = await partsOf(requestId);
    ok(await release('police', parts[POLICE]!));
    ok(await release('housing', parts[HOUSING]!));
    ok(await release('ggz', parts[GGZ]!));
  });

  interface ExportJson {
    noData: boolean;
    person: { familyName: string; bsn: string };
    cases: { reference: string }[];
    agencies: {
      name: string;
      participations: { caseReference: string; until: string | null }[];
      categories: { category: string; items: { text: string; legalBasis: string }[] }[];
    }[];
    accessSummary: { day: string; agency: string | null; count: number; text: string }[];
    accessLog: {
      agency: string;
      agencyType: string;
      roles: string[];
      action: string;
      purpose: string | null;
      employee?: string;
    }[];
  }

  it('JSON: identity, items per agency and category, the access log without employee names', async () => {
    const res = await download(
      t,
      `/data-subject-requests/${requestId}/export.json`,
      cookie('privacy'),
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="inzage-gegevens.json"/,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    const text = res.body.toString('utf8');
    const data = JSON.parse(text) as ExportJson;
    expect(data.noData).toBe(false);
    expect(data.person).toMatchObject({ familyName: 'Inzagetest', bsn: '123456782' });
    expect(data.cases.map((c) => c.reference)).toEqual(['DSR-TEST-1']);
    const byAgency = Object.fromEntries(
      data.agencies.map((a) => [
        a.name,
        a.categories.map((c) => [c.category, c.items.map((i) => i.text)]),
      ]),
    );
    expect(byAgency).toEqual({
      [GGZ]: [],
      [POLICE]: [['POLICE', ['Inzagetest: melding overlast 12 maart.']]],
      [HOUSING]: [['SOCIAL', ['Inzagetest: huurachterstand bekend.']]],
    });
    expect(data.agencies.find((a) => a.name === GGZ)!.participations[0]!.until).not.toBeNull();
    // The two events about the subject, oldest first, plus the privacy office's own handling.
    // (The police privacy contact's review and release of its part are in the log too.)
    const police = data.accessLog.filter((e) => e.agency === POLICE && e.roles.includes('MEMBER'));
    expect(police.map((e) => [e.agencyType, e.roles, e.action, e.purpose])).toEqual([
      ['POLICE', ['MEMBER'], 'READ', null],
      ['POLICE', ['MEMBER'], 'LOOKUP', 'Controle op straat'],
    ]);
    expect(data.accessLog.every((e) => !('employee' in e))).toBe(true);
    // Issue 16: for the person, one line per organisation per day, with what and why in words.
    const lines = data.accessSummary.map((l) => `${l.day}|${l.agency}`);
    expect(new Set(lines).size).toBe(lines.length);
    expect(data.accessSummary.length).toBeLessThan(data.accessLog.length);
    const policeLine = data.accessSummary.find((l) => l.agency === POLICE)!;
    expect(policeLine.count).toBe(data.accessLog.filter((e) => e.agency === POLICE).length);
    expect(policeLine.text).toMatch(
      new RegExp(
        `^${POLICE} \\(politie\\) heeft uw gegevens .*bekeken.* en .*\\(\\d+ keer\\)\\. Waarom: .*Controle op straat`,
      ),
    );
    expect(data.accessSummary.every((l) => !('employees' in l))).toBe(true);
    for (const leak of [
      POLICE_OFFICER_NAME,
      'Femke van Dijk',
      'Anderpersoon',
      'DSR-TEST-2',
      'geheim signaal',
      'Andere',
      users.get(USERS.politie)!,
    ]) {
      expect(text).not.toContain(leak);
    }
  });

  it('names employees only when the request says the law requires it', async () => {
    const res = await download(
      t,
      `/data-subject-requests/${withNamesId}/export.json`,
      cookie('privacy'),
    );
    const data = JSON.parse(res.body.toString('utf8')) as ExportJson;
    const officers = data.accessLog.filter(
      (e) => e.agency === POLICE && e.roles.includes('MEMBER'),
    );
    expect(officers.map((e) => e.employee)).toEqual([POLICE_OFFICER_NAME, POLICE_OFFICER_NAME]);
  });

  it('PDF: a Dutch document with the same data, attachment, no-store', async () => {
    const res = await download(
      t,
      `/data-subject-requests/${requestId}/export.pdf`,
      cookie('privacy'),
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="inzage-gegevens.pdf"/,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    const doc = await PDFDocument.load(res.body);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1);
    const text = pdfText(res.body);
    for (const shown of [
      'Inzage in uw gegevens',
      'Inzagetest',
      'Gegevens per organisatie en categorie',
      'Inzagetest: melding overlast 12 maart.',
      POLICE,
      'Controle op straat',
      // Issue 16: who used the data, one plain-Dutch line per organisation per day.
      'Wie heeft uw gegevens gebruikt',
      `${POLICE} (politie) heeft uw gegevens`,
      'opgezocht',
      'Namen van medewerkers zijn weggelaten',
    ]) {
      expect(text).toContain(shown);
    }
    for (const leak of [
      POLICE_OFFICER_NAME,
      'Anderpersoon',
      'geheim signaal',
      'Andere-regio-doel',
    ]) {
      expect(text).not.toContain(leak);
    }
  });

  it('writes exactly one EXPORT audit event per download, naming the person', async () => {
    const events = () =>
      count(
        `SELECT count(*)::int AS n FROM audit_event
          WHERE action = 'EXPORT' AND person_ids @> ARRAY[$1::uuid] AND record_id = $2`,
        [subjectId, requestId],
      );
    const before = await events();
    await download(t, `/data-subject-requests/${requestId}/export.json`, cookie('privacy'));
    expect(await events()).toBe(before + 1);
    await download(t, `/data-subject-requests/${requestId}/export.pdf`, cookie('privacy'));
    expect(await events()).toBe(before + 2);
    const [last] = await t.db.query<{ actor_roles: string[]; purpose: string; result: string }[]>(
      `SELECT actor_roles, purpose, result FROM audit_event WHERE record_id = $1 AND action = 'EXPORT'
        ORDER BY seq DESC LIMIT 1`,
      [requestId],
    );
    expect(last).toMatchObject({ actor_roles: ['PRIVACY_OFFICER'], result: 'ALLOWED' });
    expect(last!.purpose).toMatch(/inzage/);
  });

  it('has no export for other request types, or for a request of another region', async () => {
    const objection = ok(
      await register({ personId: subjectId, type: 'ERASURE', receivedOn: '2026-02-02' }),
    ).registerDataSubjectRequest.id;
    expect(
      (await download(t, `/data-subject-requests/${objection}/export.json`, cookie('privacy')))
        .status,
    ).toBe(409);
    const [foreign] = await t.db.query<{ id: string }[]>(
      `INSERT INTO data_subject_request (region_id, given_names, family_name, date_of_birth, type,
         received_on, identity_verification, deadline)
       SELECT region_id, 'Ander', 'Regio', '1980-01-01', 'ACCESS', '2026-01-05', 'Paspoort',
              '2026-02-05' FROM agency WHERE id = $1 RETURNING id`,
      [otherRegionAgency],
    );
    expect(
      (await download(t, `/data-subject-requests/${foreign!.id}/export.pdf`, cookie('privacy')))
        .status,
    ).toBe(404);
    const one = await as.privacy!.gql(ONE, { id: foreign!.id });
    expect(errorCode(one)).toBe('NOT_FOUND');
    const list = ok(await as.privacy!.gql<{ dataSubjectRequests: Request[] }>(LIST));
    expect(list.dataSubjectRequests.map((r) => r.id)).not.toContain(foreign!.id);
  });
});

describe('only the privacy officer', () => {
  it.each(['regie', 'wijkteam', 'beheer'] as const)(
    '%s gets FORBIDDEN on every operation and both export routes',
    async (key) => {
      const [demo] = await t.db.query<{ id: string; revision: number; part: string }[]>(
        `SELECT r.id, r.revision, (SELECT p.id FROM data_subject_request_part p WHERE p.request_id = r.id LIMIT 1) AS part
           FROM data_subject_request r JOIN person p ON p.id = r.person_id AND p.bsn = '900001008'`,
      );
      const before = await count(
        `SELECT count(*)::int + sum(revision)::int AS n FROM data_subject_request`,
      );
      const caller = as[key]!;
      const attempts = [
        caller.gql(LIST),
        caller.gql(ONE, { id: demo!.id }),
        caller.gql(CANDIDATES, { input: { bsn: '900001008' } }),
        caller.gql(REGISTER, {
          input: {
            personId: subjectId,
            type: 'ACCESS',
            receivedOn: '2026-02-01',
            identityVerification: 'Paspoort',
          },
        }),
        caller.gql(STATUS, {
          input: { id: demo!.id, revision: demo!.revision, status: 'IN_PROGRESS' },
        }),
        caller.gql(EXTEND, {
          input: { id: demo!.id, revision: demo!.revision, reason: 'Omdat het kan, echt.' },
        }),
        caller.gql(PART, { input: { partId: demo!.part, revision: 1, status: 'DELIVERED' } }),
      ];
      for (const res of await Promise.all(attempts)) expect(errorCode(res)).toBe('FORBIDDEN');
      const c = cookie(key);
      expect((await download(t, `/data-subject-requests/${demo!.id}/export.json`, c)).status).toBe(
        403,
      );
      expect((await download(t, `/data-subject-requests/${demo!.id}/export.pdf`, c)).status).toBe(
        403,
      );
      expect(
        await count(`SELECT count(*)::int + sum(revision)::int AS n FROM data_subject_request`),
      ).toBe(before);
    },
  );

  it('a privacy officer of another region sees none of this region', async () => {
    const [otherRegion] = await t.db.query<{ id: string }[]>(
      `SELECT region_id AS id FROM agency WHERE id = $1`,
      [otherRegionAgency],
    );
    const officer = callerFor(
      t,
      await createUser(t, otherRegionAgency, ['PRIVACY_OFFICER'], 'FG Andere Regio'),
    );
    const list = ok(await officer.gql<{ dataSubjectRequests: Request[] }>(LIST));
    expect(list.dataSubjectRequests.map((r) => r.familyName)).toEqual(['Regio']);
    const found = ok(
      await officer.gql<{ dataSubjectPersonCandidates: unknown[] }>(CANDIDATES, {
        input: { bsn: '123456782' },
      }),
    );
    expect(found.dataSubjectPersonCandidates).toEqual([]);
    const register = await officer.gql(REGISTER, {
      input: {
        personId: subjectId,
        type: 'ACCESS',
        receivedOn: '2026-02-01',
        identityVerification: 'Paspoort',
      },
    });
    expect([errorCode(register), errorField(register)]).toEqual(['BAD_USER_INPUT', 'personId']);
    expect(otherRegion!.id).not.toBe(regionId);
  });
});
