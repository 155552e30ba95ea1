// The person's supervision conditions and violation signals in the citizen's access export
// (`schakel-access-export/5`, ADR 0041), through the real HTTP export on PostgreSQL with the demo
// data (Kevin Voorbeeld, ZVH-2026-001): each partner answers for what it wrote — the police for
// its report, probation for the conditions and its assessment — so nothing shows before that
// partner released its part, and the PDF prints what the JSON holds.
import { ok } from './support/graphql-client';
import { download, pdfText, sessionCookie } from './support/meetings';
import { callerByEmail, callerFor, createUser, type Caller } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let privacy: Caller;
let requestId: string;
const contact: Record<'police' | 'probation', Caller> = {} as never;

const PARKET = '05/700123-25';
const REPORT_TEXT = 'Betrokkene liep door het winkelcentrum';
const ASSESSMENT_TEXT = 'Gesprek gevoerd; betrokkene zegt de bus te hebben gemist';

const REGISTER = `mutation($input: RegisterDataSubjectRequestInput!) {
  registerDataSubjectRequest(input: $input) { id parts { id agencyType } } }`;
const RELEASE = `mutation($input: ReleaseDataSubjectRequestPartInput!) {
  releaseDataSubjectRequestPart(input: $input) { id reviewStatus } }`;

interface ExportJson {
  format: string;
  supervisionConditions: { kind: string; parketNumber: string; sourceAgency: string }[];
  violationSignals: {
    what: string | null;
    status: string;
    assessment: string | null;
    followUp: string | null;
  }[];
}

let parts: Map<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  privacy = await callerByEmail(t, 'privacy@zvh.demo.example');
  const [kevin] = await t.db.query<{ personId: string; police: string; probation: string }[]>(
    `SELECT c.subject_person_id AS "personId",
            (SELECT id FROM agency WHERE region_id = c.region_id AND name = 'Politie basisteam Demostad') AS police,
            (SELECT s.source_agency_id FROM supervision_condition s WHERE s.case_id = c.id LIMIT 1) AS probation
       FROM case_file c WHERE c.reference = 'ZVH-2026-001'`,
  );
  contact.police = callerFor(
    t,
    await createUser(t, kevin!.police, ['PRIVACY_CONTACT'], 'Privacy Politie Toezicht'),
  );
  contact.probation = callerFor(
    t,
    await createUser(t, kevin!.probation, ['PRIVACY_CONTACT'], 'Privacy Reclassering Toezicht'),
  );
  const registered = ok(
    await privacy.gql<{
      registerDataSubjectRequest: { id: string; parts: { id: string; agencyType: string }[] };
    }>(REGISTER, {
      input: {
        type: 'ACCESS',
        identityVerification: 'Paspoort gezien',
        personId: kevin!.personId,
        receivedOn: '2026-11-30',
      },
    }),
  ).registerDataSubjectRequest;
  requestId = registered.id;
  parts = new Map(registered.parts.map((p) => [p.agencyType, p.id]));
});
afterAll(async () => {
  await t?.close();
});

const exported = async () => {
  const [user] = await t.db.query<{ id: string }[]>(
    `SELECT id FROM app_user WHERE email = 'privacy@zvh.demo.example'`,
  );
  const cookie = sessionCookie(t, user!.id);
  const json = await download(t, `/data-subject-requests/${requestId}/export.json`, cookie);
  expect(json.status).toBe(200);
  const text = json.body.toString('utf8');
  const pdf = await download(t, `/data-subject-requests/${requestId}/export.pdf`, cookie);
  expect(pdf.status).toBe(200);
  return { text, data: JSON.parse(text) as ExportJson, pdf: pdfText(pdf.body) };
};

it('holds no condition or signal before the partners that wrote them released their part', async () => {
  expect([...parts.keys()]).toEqual(expect.arrayContaining(['POLICE', 'PROBATION']));
  const { text, data, pdf } = await exported();
  expect(data.format).toBe('schakel-access-export/5');
  expect(data.supervisionConditions).toEqual([]);
  expect(data.violationSignals).toEqual([]);
  for (const secret of [PARKET, REPORT_TEXT, ASSESSMENT_TEXT]) {
    expect(text).not.toContain(secret);
    expect(pdf).not.toContain(secret);
  }
});

it("the police's release opens its report, not probation's conditions or assessment", async () => {
  ok(await contact.police.gql(RELEASE, { input: { partId: parts.get('POLICE') } }));
  const { text, data, pdf } = await exported();
  expect(data.supervisionConditions).toEqual([]);
  expect(data.violationSignals).toEqual([
    expect.objectContaining({ status: 'ASSESSED', assessment: null, followUp: null }),
  ]);
  expect(data.violationSignals[0]!.what).toContain(REPORT_TEXT);
  expect(text).not.toContain(PARKET);
  expect(text).not.toContain(ASSESSMENT_TEXT);
  expect(pdf).toContain('Meldingen over mogelijke overtredingen');
  expect(pdf).toContain(REPORT_TEXT);
  expect(pdf).not.toContain(ASSESSMENT_TEXT);
});

it("probation's release opens the conditions in full and its assessment", async () => {
  ok(await contact.probation.gql(RELEASE, { input: { partId: parts.get('PROBATION') } }));
  const { data, pdf } = await exported();
  expect(data.supervisionConditions.map((c) => [c.kind, c.parketNumber]).sort()).toEqual([
    ['LOCATION_BAN', PARKET],
    ['REPORTING_DUTY', PARKET],
  ]);
  expect(data.violationSignals.map((s) => s.followUp)).toEqual(['WARNING']);
  expect(data.violationSignals[0]!.assessment).toContain(ASSESSMENT_TEXT);
  expect(pdf).toContain('Uw bijzondere voorwaarden');
  expect(pdf).toContain('Locatieverbod');
  expect(pdf).toContain(PARKET);
  expect(pdf).toContain('waarschuwing');
  expect(pdf).toContain('Gesprek gevoerd');
});
