// Supervision conditions and violation signals (issue 17 items 1–2, ADR 0033), through the real
// GraphQL API on PostgreSQL with the demo personas: who sees what of a condition (JUSTICE), the
// police card's street summary and nothing more, a report from the card, probation's notification,
// assessment and deadline, the reporter seeing only the status, audit events and edit conflicts.
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
let caseId: string;
let personId: string;
const as: Record<string, Caller> = {};

const USERS = {
  reclassering: 'reclassering@reclassering.demo.example',
  om: 'om@om.demo.example',
  wijkagent: 'wijkagent@politie.demo.example',
  regie: 'procesregisseur@zvh.demo.example',
  wijkteam: 'wijkteam@demostad.demo.example',
  ggz: 'ggz@ggz.demo.example',
  privacy: 'privacy@zvh.demo.example',
  beheer: 'beheer@zvh.demo.example',
} as const;

// Markers that must never reach the police card or a reporter: the legal source and the notes.
const PARKET = '05/918273-26';
const NOTES = 'Notitie-zq9 over de behandeling en het vonnis';

const CONDITIONS = `query($caseId: ID!) { supervisionConditions(caseId: $caseId) {
  access mayRecord conditions { id kind subject frequency alcoholMonitor notes legalSourceKind
    legalSourceDate parketNumber startsOn endsOn status revision sourceAgency { type } } } }`;
const RECORD = `mutation($input: RecordSupervisionConditionInput!) {
  recordSupervisionCondition(input: $input) { id kind subject endsOn status revision } }`;
const UPDATE = `mutation($input: UpdateSupervisionConditionInput!) {
  updateSupervisionCondition(input: $input) { id status revision } }`;
const LOOKUP = `mutation($input: LookupAgreedApproachInput!) {
  lookupAgreedApproach(input: $input) { cards { validity instructions
    conditions { id kind subject endsOn } } } }`;
const SIGNAL_FIELDS = `id conditionId conditionKind conditionSubject what location seenBy status
  dueAt reportedAt assessmentAccess assessment followUp assessedAt revision mayAssess
  reporterAgency { type }`;
const REPORT = `mutation($input: ReportViolationInput!) { reportViolation(input: $input) {
  ${SIGNAL_FIELDS} } }`;
const MINE = `{ myViolationSignals { ${SIGNAL_FIELDS} } }`;
const OF_CASE = `query($caseId: ID!) { violationSignals(caseId: $caseId) { ${SIGNAL_FIELDS} } }`;
const TO_ASSESS = `{ violationSignalsToAssess { signal { ${SIGNAL_FIELDS} } caseId caseReference overdue } }`;
const ASSESS = `mutation($input: AssessViolationInput!) { assessViolation(input: $input) {
  ${SIGNAL_FIELDS} } }`;

interface Condition {
  id: string;
  kind: string;
  subject: string | null;
  endsOn: string | null;
  status: string;
  revision: number;
}
interface Signal {
  id: string;
  status: string;
  assessmentAccess: string;
  assessment: string | null;
  followUp: string | null;
  revision: number;
  mayAssess: boolean;
  dueAt: string;
  reportedAt: string;
  conditionKind: string | null;
  conditionSubject: string | null;
  what: string;
  reporterAgency: { type: string };
}

async function nlDate(days: number): Promise<string> {
  const [row] = await t.db.query<{ d: string }[]>(
    `SELECT to_char((now() AT TIME ZONE 'Europe/Amsterdam')::date + $1::int, 'YYYY-MM-DD') AS d`,
    [days],
  );
  return row!.d;
}

const conditionInput = async (over: Record<string, unknown> = {}) => ({
  caseId,
  kind: 'LOCATION_BAN',
  subject: 'Stationsgebied Demostad',
  legalSourceKind: 'SENTENCE',
  legalSourceDate: await nlDate(-30),
  parketNumber: PARKET,
  startsOn: await nlDate(-20),
  endsOn: await nlDate(180),
  status: 'ACTIVE',
  notes: NOTES,
  ...over,
});

let locationBan: Condition;
let reportingDuty: Condition;

beforeAll(async () => {
  t = await createTestApp();
  for (const [key, email] of Object.entries(USERS)) as[key] = await callerByEmail(t, email);
  const cases = await idsBy(t, `SELECT reference AS key, id FROM case_file`);
  caseId = cases.get('ZVH-2026-001')!;
  const [row] = await t.db.query<{ regionId: string; personId: string }[]>(
    `SELECT region_id AS "regionId", subject_person_id AS "personId" FROM case_file WHERE id = $1`,
    [caseId],
  );
  personId = row!.personId;
  // A police team of the region that takes part in no case: it knows the card only.
  const zuid = await createAgency(t, row!.regionId, 'Politie basisteam Demostad-Zuid', 'POLICE');
  as.agentZuid = callerFor(t, await createUser(t, zuid, ['MEMBER'], 'Agent Zuid'));
});
afterAll(async () => {
  await t.close();
});

describe('supervision conditions', () => {
  it('probation records a location ban and a reporting duty, each with its audit event', async () => {
    locationBan = ok(
      await as.reclassering!.gql<{ recordSupervisionCondition: Condition }>(RECORD, {
        input: await conditionInput(),
      }),
    ).recordSupervisionCondition;
    expect(locationBan).toMatchObject({
      kind: 'LOCATION_BAN',
      subject: 'Stationsgebied Demostad',
      status: 'ACTIVE',
      revision: 1,
    });
    reportingDuty = ok(
      await as.reclassering!.gql<{ recordSupervisionCondition: Condition }>(RECORD, {
        input: await conditionInput({
          kind: 'REPORTING_DUTY',
          subject: 'Reclasseringskantoor Demostad',
          frequency: 'wekelijks',
        }),
      }),
    ).recordSupervisionCondition;

    const events = await t.db.query<{ result: string; personIds: string[]; recordId: string }[]>(
      `SELECT result, person_ids AS "personIds", record_id AS "recordId" FROM audit_event
        WHERE operation = 'Mutation.recordSupervisionCondition' ORDER BY occurred_at`,
    );
    expect(events).toEqual([
      { result: 'ALLOWED', personIds: [personId], recordId: locationBan.id },
      { result: 'ALLOWED', personIds: [personId], recordId: reportingDuty.id },
    ]);
  });

  it('refuses bad input with the field in trouble, and writes nothing', async () => {
    const before = await conditionCount();
    const noArea = await as.reclassering!.gql(RECORD, {
      input: await conditionInput({ subject: '' }),
    });
    expect([errorCode(noArea), errorField(noArea)]).toEqual(['BAD_USER_INPUT', 'subject']);
    const backwards = await as.reclassering!.gql(RECORD, {
      input: await conditionInput({ endsOn: await nlDate(-25) }),
    });
    expect([errorCode(backwards), errorField(backwards)]).toEqual(['BAD_USER_INPUT', 'endsOn']);
    const parket = await as.reclassering!.gql(RECORD, {
      input: await conditionInput({ parketNumber: 'onbekend' }),
    });
    expect([errorCode(parket), errorField(parket)]).toEqual(['BAD_USER_INPUT', 'parketNumber']);
    expect(await conditionCount()).toBe(before);
  });

  it('is recorded by probation only: the OM, the police and the wijkteam are refused', async () => {
    const before = await conditionCount();
    for (const who of ['om', 'wijkagent', 'wijkteam', 'regie'] as const) {
      const res = await as[who]!.gql(RECORD, { input: await conditionInput() });
      expect([who, errorCode(res)]).toEqual([who, 'FORBIDDEN']);
    }
    for (const who of ['privacy', 'beheer', 'agentZuid'] as const) {
      const res = await as[who]!.gql(RECORD, { input: await conditionInput() });
      expect([who, errorCode(res)]).toEqual([who, 'NOT_FOUND']);
    }
    expect(await conditionCount()).toBe(before);
  });

  it('is read per covenant: JUSTICE readers in full, others see it withheld, admins not at all', async () => {
    const seen: Record<string, string> = {};
    for (const who of Object.keys(USERS).concat('agentZuid')) {
      const res = await as[who]!.gql<{
        supervisionConditions: { access: string; mayRecord: boolean; conditions: Condition[] };
      }>(CONDITIONS, { caseId });
      const data = res.data?.supervisionConditions;
      seen[who] = data
        ? `${data.access} ${data.conditions.length} ${data.mayRecord ? 'record' : 'read'}`
        : errorCode(res)!;
      if (data?.access === 'WITHHELD') expect(JSON.stringify(data)).not.toContain(PARKET);
    }
    expect(seen).toEqual({
      // The demo's own two conditions, and the two recorded above.
      reclassering: 'FULL 4 record',
      om: 'FULL 4 read',
      wijkagent: 'FULL 4 read',
      regie: 'FULL 4 read',
      wijkteam: 'WITHHELD 0 read',
      ggz: 'WITHHELD 0 read',
      privacy: 'NOT_FOUND',
      beheer: 'NOT_FOUND',
      agentZuid: 'NOT_FOUND',
    });
  });

  it('changes only at the revision read: a stale change is an EDIT_CONFLICT', async () => {
    const input = {
      ...(await conditionInput({
        kind: 'REPORTING_DUTY',
        subject: 'Kantoor',
        frequency: 'maandelijks',
      })),
      caseId: undefined,
      conditionId: reportingDuty.id,
      revision: 1,
    };
    delete input.caseId;
    const first = ok(
      await as.reclassering!.gql<{ updateSupervisionCondition: Condition }>(UPDATE, { input }),
    );
    expect(first.updateSupervisionCondition.revision).toBe(2);
    const stale = await as.reclassering!.gql(UPDATE, { input: { ...input, status: 'ENDED' } });
    expect(errorCode(stale)).toBe('EDIT_CONFLICT');
    const [row] = await t.db.query<{ status: string; frequency: string }[]>(
      `SELECT status, frequency FROM supervision_condition WHERE id = $1`,
      [reportingDuty.id],
    );
    expect(row).toEqual({ status: 'ACTIVE', frequency: 'maandelijks' });
  });
});

async function conditionCount(): Promise<number> {
  const [row] = await t.db.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM supervision_condition`,
  );
  return row!.n;
}

const lookupKevin = (who: Caller) =>
  who.gql<{
    lookupAgreedApproach: {
      cards: {
        validity: string;
        conditions: { id: string; kind: string; subject: string | null; endsOn: string | null }[];
      }[];
    };
  }>(LOOKUP, {
    input: {
      bsn: '900001008',
      purposeKind: 'STREET_CHECK',
      purpose: 'Aangetroffen bij het station',
    },
  });

describe('the police card: the street summary only', () => {
  it('shows the location ban with its area and end date, and no other JUSTICE data', async () => {
    // A suspended contact ban is not shown either: only what holds today.
    await as.reclassering!.gql(RECORD, {
      input: await conditionInput({
        kind: 'CONTACT_BAN',
        subject: 'slachtoffer',
        status: 'SUSPENDED',
      }),
    });
    const res = await lookupKevin(as.agentZuid!);
    const [card] = ok(res).lookupAgreedApproach.cards;
    // The demo's location ban (Winkelcentrum Noord) and the one recorded above.
    expect(card!.conditions.filter((c) => c.id !== locationBan.id).map((c) => c.subject)).toEqual([
      'Winkelcentrum Noord, Demostad',
    ]);
    expect(card!.conditions.filter((c) => c.id === locationBan.id)).toEqual([
      {
        id: locationBan.id,
        kind: 'LOCATION_BAN',
        subject: 'Stationsgebied Demostad',
        endsOn: await nlDate(180),
      },
    ]);
    const all = JSON.stringify(res);
    for (const secret of [
      PARKET,
      NOTES,
      'Reclasseringskantoor',
      'Kantoor',
      'slachtoffer',
      '05/700123-25',
      'winkeldiefstallen',
    ]) {
      expect(all).not.toContain(secret);
    }
  });
});

describe('violation signals', () => {
  let signal: Signal;

  it('a police officer reports from the card; probation is notified at once; audited', async () => {
    const before = await notificationsOf('reclassering@reclassering.demo.example');
    const res = await as.agentZuid!.gql<{ reportViolation: Signal }>(REPORT, {
      input: {
        conditionId: locationBan.id,
        what: 'Betrokkene stond bij de ingang van het station en sprak reizigers aan.',
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
        location: 'Stationsplein Demostad',
        seenBy: 'Agent Zuid en collega',
      },
    });
    signal = ok(res).reportViolation;
    expect(signal).toMatchObject({
      status: 'REPORTED',
      conditionKind: 'LOCATION_BAN',
      conditionSubject: 'Stationsgebied Demostad',
      assessmentAccess: 'WITHHELD',
      assessment: null,
      mayAssess: false,
      reporterAgency: { type: 'POLICE' },
    });
    // Probation assesses within three days of the report.
    expect(Date.parse(signal.dueAt) - Date.parse(signal.reportedAt)).toBe(3 * 86_400_000);
    expect(await notificationsOf('reclassering@reclassering.demo.example')).toEqual([
      ...before,
      { kind: 'VIOLATION_REPORTED', caseId },
    ]);
    const events = await t.db.query<{ result: string; personIds: string[]; recordId: string }[]>(
      `SELECT result, person_ids AS "personIds", record_id AS "recordId" FROM audit_event
        WHERE operation = 'Mutation.reportViolation'`,
    );
    expect(events).toEqual([{ result: 'ALLOWED', personIds: [personId], recordId: signal.id }]);
  });

  it('refuses reports on a condition the reporter cannot see, and a report from the future', async () => {
    const input = {
      what: 'Gezien bij het kantoor, geen afspraak nagekomen.',
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
      location: 'Demostad',
      seenBy: 'Collega',
    };
    // The reporting duty is not on the card; the wijkteam does not read JUSTICE.
    expect(
      errorCode(
        await as.agentZuid!.gql(REPORT, { input: { ...input, conditionId: reportingDuty.id } }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await as.wijkteam!.gql(REPORT, { input: { ...input, conditionId: locationBan.id } }),
      ),
    ).toBe('NOT_FOUND');
    for (const who of ['privacy', 'beheer'] as const) {
      expect(errorCode(await as[who]!.gql(REPORT, { input: { ...input, caseId } }))).toBe(
        'NOT_FOUND',
      );
    }
    const future = await as.agentZuid!.gql(REPORT, {
      input: {
        ...input,
        conditionId: locationBan.id,
        occurredAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    });
    expect([errorCode(future), errorField(future)]).toEqual(['BAD_USER_INPUT', 'occurredAt']);
    const [row] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM violation_signal WHERE reported_at > now() - interval '1 hour'`,
    );
    expect(row!.n).toBe(1);
  });

  it('the wijkteam reports on its case without naming a condition, and sees only its own report', async () => {
    const res = await as.wijkteam!.gql<{ reportViolation: Signal }>(REPORT, {
      input: {
        caseId,
        what: 'Cliënt vertelde drie keer per week in het stationsgebied te komen.',
        occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
        location: 'Wijkteamkantoor Noord',
        seenBy: 'Wijkteamprofessional',
      },
    });
    expect(ok(res).reportViolation).toMatchObject({ conditionKind: null, status: 'REPORTED' });
    const ofCase = ok(await as.wijkteam!.gql<{ violationSignals: Signal[] }>(OF_CASE, { caseId }));
    // Its own two reports (the demo's of yesterday and this one), none of the police's.
    expect(ofCase.violationSignals.map((s) => s.reporterAgency.type)).toEqual([
      'MUNICIPALITY',
      'MUNICIPALITY',
    ]);
  });

  it("lands on probation's dashboard by deadline; only probation may assess it", async () => {
    const list = ok(
      await as.reclassering!.gql<{
        violationSignalsToAssess: {
          signal: Signal;
          caseReference: string;
          overdue: boolean;
        }[];
      }>(TO_ASSESS),
    ).violationSignalsToAssess;
    // The demo's report awaiting assessment (the wijkteam's, of yesterday), and the two above.
    expect(list.map((s) => [s.caseReference, s.overdue, s.signal.mayAssess])).toEqual([
      ['ZVH-2026-001', false, true],
      ['ZVH-2026-001', false, true],
      ['ZVH-2026-001', false, true],
    ]);
    for (const who of ['om', 'wijkagent', 'regie', 'wijkteam', 'agentZuid', 'privacy', 'beheer']) {
      const res = await as[who]!.gql<{ violationSignalsToAssess: Signal[] }>(TO_ASSESS);
      expect([who, ok(res).violationSignalsToAssess]).toEqual([who, []]);
    }
    const input = {
      signalId: signal.id,
      revision: 1,
      assessment: 'Gesprek gevoerd; betrokkene erkent het. Tweede keer: rapportage aan het OM.',
      followUp: 'REPORT_TO_PROSECUTOR',
    };
    for (const who of ['om', 'wijkagent', 'regie'] as const) {
      expect([who, errorCode(await as[who]!.gql(ASSESS, { input }))]).toEqual([who, 'FORBIDDEN']);
    }
    expect(errorCode(await as.agentZuid!.gql(ASSESS, { input }))).toBe('NOT_FOUND');
    const assessed = ok(await as.reclassering!.gql<{ assessViolation: Signal }>(ASSESS, { input }));
    expect(assessed.assessViolation).toMatchObject({
      status: 'ASSESSED',
      followUp: 'REPORT_TO_PROSECUTOR',
      assessmentAccess: 'FULL',
      revision: 2,
    });
    expect(errorCode(await as.reclassering!.gql(ASSESS, { input }))).toBe('EDIT_CONFLICT');
    const events = await t.db.query<{ result: string; recordId: string }[]>(
      `SELECT result, record_id AS "recordId" FROM audit_event
        WHERE operation = 'Mutation.assessViolation' AND actor_user_id = $1`,
      [as.reclassering!.userId],
    );
    // The stale attempt changed nothing, so it has no event of its own.
    expect(events).toEqual([{ result: 'ALLOWED', recordId: signal.id }]);
  });

  it('marks a report past its deadline as overdue, first on the list', async () => {
    await t.db.query(
      `INSERT INTO violation_signal (region_id, case_id, reporter_user_id, reporter_agency_id, what,
         occurred_at, location, seen_by, reported_at, due_at)
       SELECT c.region_id, c.id, u.id, u.agency_id, 'Te laat beoordeeld', now() - interval '5 days',
              'Demostad', 'Agent', now() - interval '4 days', now() - interval '1 day'
         FROM case_file c, app_user u
        WHERE c.id = $1 AND u.email = 'wijkagent@politie.demo.example'`,
      [caseId],
    );
    const list = ok(
      await as.reclassering!.gql<{
        violationSignalsToAssess: { signal: Signal; overdue: boolean }[];
      }>(TO_ASSESS),
    ).violationSignalsToAssess;
    expect(list.map((s) => [s.signal.what, s.overdue])[0]).toEqual(['Te laat beoordeeld', true]);
    expect(list.slice(1).every((s) => !s.overdue)).toBe(true);
  });

  it('the reporter sees the status, never the assessment; the OM sees the follow-up', async () => {
    const mine = ok(await as.agentZuid!.gql<{ myViolationSignals: Signal[] }>(MINE));
    expect(mine.myViolationSignals).toEqual([
      expect.objectContaining({
        id: signal.id,
        status: 'ASSESSED',
        assessmentAccess: 'WITHHELD',
        assessment: null,
        followUp: null,
      }),
    ]);
    const view = async (who: string) => {
      const res = await as[who]!.gql<{ violationSignals: Signal[] }>(OF_CASE, { caseId });
      const found = res.data?.violationSignals.find((s) => s.id === signal.id);
      return found
        ? `${found.assessmentAccess} ${found.followUp ?? '-'}`
        : (errorCode(res) ?? 'ABSENT');
    };
    expect({
      om: await view('om'),
      regie: await view('regie'),
      reclassering: await view('reclassering'),
      wijkagent: await view('wijkagent'),
      wijkteam: await view('wijkteam'),
      ggz: await view('ggz'),
      privacy: await view('privacy'),
      agentZuid: await view('agentZuid'),
    }).toEqual({
      om: 'FULL REPORT_TO_PROSECUTOR',
      regie: 'FULL REPORT_TO_PROSECUTOR',
      reclassering: 'FULL REPORT_TO_PROSECUTOR',
      // The police read JUSTICE (the report), not PROBATION (the assessment).
      wijkagent: 'WITHHELD -',
      wijkteam: 'ABSENT',
      ggz: 'ABSENT',
      privacy: 'NOT_FOUND',
      agentZuid: 'NOT_FOUND',
    });
  });
});

const TIMELINE = `query($caseId: ID!) { caseTimeline(caseId: $caseId) {
  id kind params { key value } actorAgency { type } } }`;
interface Step {
  id: string;
  kind: string;
  params: { key: string; value: string }[];
  actorAgency: { type: string } | null;
}
const SUPERVISION_KINDS = [
  'CONDITION_RECORDED',
  'CONDITION_CHANGED',
  'CONDITION_ENDED',
  'VIOLATION_REPORTED',
  'VIOLATION_ASSESSED',
];

const supervisionSteps = async (who: string): Promise<Step[] | string> => {
  const res = await as[who]!.gql<{ caseTimeline: Step[] }>(TIMELINE, { caseId });
  if (!res.data) return errorCode(res)!;
  return res.data.caseTimeline.filter((step) => SUPERVISION_KINDS.includes(step.kind));
};
const kinds = (steps: Step[] | string) =>
  typeof steps === 'string'
    ? steps
    : steps
        .map((step) => step.kind)
        .sort()
        .join(' ');

describe('the case timeline (ADR 0041)', () => {
  it('shows the conditions to JUSTICE readers, a reporter its own signals, others nothing', async () => {
    const [counts] = await t.db.query<
      { conditions: number; changed: number; signals: number; assessed: number }[]
    >(
      `SELECT (SELECT count(*)::int FROM supervision_condition WHERE case_id = $1) AS conditions,
              (SELECT count(*)::int FROM supervision_condition WHERE case_id = $1 AND revision > 1)
                AS changed,
              (SELECT count(*)::int FROM violation_signal WHERE case_id = $1) AS signals,
              (SELECT count(*)::int FROM violation_signal WHERE case_id = $1 AND status = 'ASSESSED')
                AS assessed`,
      [caseId],
    );
    const full = [
      ...Array<string>(counts!.conditions).fill('CONDITION_RECORDED'),
      ...Array<string>(counts!.changed).fill('CONDITION_CHANGED'),
      ...Array<string>(counts!.signals).fill('VIOLATION_REPORTED'),
      ...Array<string>(counts!.assessed).fill('VIOLATION_ASSESSED'),
    ]
      .sort()
      .join(' ');
    const seen: Record<string, string> = {};
    for (const who of Object.keys(USERS).concat('agentZuid')) {
      seen[who] = kinds(await supervisionSteps(who));
    }
    expect(seen).toEqual({
      reclassering: full,
      om: full,
      wijkagent: full,
      regie: full,
      // The wijkteam reads no JUSTICE: its own two reports, unassessed, and nothing else.
      wijkteam: 'VIOLATION_REPORTED VIOLATION_REPORTED',
      ggz: '',
      privacy: 'NOT_FOUND',
      beheer: 'NOT_FOUND',
      // A police team outside the case: the card only, never the case's timeline.
      agentZuid: 'NOT_FOUND',
    });
    const wijkteam = (await supervisionSteps('wijkteam')) as Step[];
    expect(wijkteam[0]).toMatchObject({ actorAgency: { type: 'MUNICIPALITY' }, params: [] });
  });

  it('carries the kind of condition only: no area, source, notes, report text or follow-up', async () => {
    const steps = (await supervisionSteps('wijkagent')) as Step[];
    expect(new Set(steps.flatMap((step) => step.params.map((p) => p.key)))).toEqual(
      new Set(['conditionKind']),
    );
    const text = JSON.stringify(steps);
    for (const secret of [
      PARKET,
      NOTES,
      'Stationsgebied',
      'Winkelcentrum',
      'reizigers',
      'REPORT_TO_PROSECUTOR',
      'WARNING',
    ]) {
      expect([secret, text.includes(secret)]).toEqual([secret, false]);
    }
  });
});

describe('probes: nothing of the supervision through search or notifications', () => {
  const SEARCH = `query($text: String!) { searchCases(text: $text) { nodes { id reference } } }`;
  const NOTIFICATIONS = `{ notifications(first: 100) { items { kind caseId params { key value } } } }`;

  it('a search for the area, the parket number or a report finds no case for anyone', async () => {
    for (const who of ['reclassering', 'om', 'wijkagent', 'wijkteam', 'ggz', 'agentZuid']) {
      for (const text of [PARKET, 'Stationsgebied', 'reizigers aan']) {
        const res = await as[who]!.gql<{ searchCases: { nodes: unknown[] } }>(SEARCH, { text });
        expect([who, text, ok(res).searchCases.nodes]).toEqual([who, text, []]);
      }
    }
  });

  it('only probation is notified of a report, and the notification carries no report text', async () => {
    for (const who of [
      'reclassering',
      'om',
      'wijkagent',
      'regie',
      'wijkteam',
      'ggz',
      'agentZuid',
    ]) {
      const res = await as[who]!.gql<{
        notifications: { items: { kind: string; params: { value: string }[] }[] };
      }>(NOTIFICATIONS);
      const items = ok(res).notifications.items;
      const reported = items.filter((n) => n.kind === 'VIOLATION_REPORTED').length;
      expect([who, reported > 0]).toEqual([who, who === 'reclassering']);
      const text = JSON.stringify(items);
      for (const secret of [PARKET, NOTES, 'reizigers', 'Stationsplein', 'Stationsgebied']) {
        expect([who, secret, text.includes(secret)]).toEqual([who, secret, false]);
      }
    }
  });
});

describe('an ended condition', () => {
  it('leaves the card and shows as ended on the timeline', async () => {
    const before = ok(await lookupKevin(as.wijkagent!)).lookupAgreedApproach.cards;
    expect(before.flatMap((card) => card.conditions).map((c) => c.id)).toContain(locationBan.id);
    const [current] = await t.db.query<{ revision: number }[]>(
      `SELECT revision FROM supervision_condition WHERE id = $1`,
      [locationBan.id],
    );
    const input = {
      ...(await conditionInput({ status: 'ENDED' })),
      conditionId: locationBan.id,
      revision: current!.revision,
    } as Record<string, unknown>;
    delete input['caseId'];
    ok(await as.reclassering!.gql(UPDATE, { input }));
    const after = ok(await lookupKevin(as.wijkagent!)).lookupAgreedApproach.cards;
    expect(after.flatMap((card) => card.conditions).map((c) => c.id)).not.toContain(locationBan.id);
    const steps = (await supervisionSteps('om')) as Step[];
    expect(steps.filter((step) => step.kind === 'CONDITION_ENDED')).toEqual([
      expect.objectContaining({
        actorAgency: { type: 'PROBATION' },
        params: [{ key: 'conditionKind', value: 'LOCATION_BAN' }],
      }),
    ]);
  });
});

async function notificationsOf(email: string): Promise<{ kind: string; caseId: string }[]> {
  return t.db.query(
    `SELECT n.kind, n.case_id AS "caseId" FROM notification n JOIN app_user u ON u.id = n.recipient_user_id
      WHERE u.email = $1 AND n.kind = 'VIOLATION_REPORTED' ORDER BY n.created_at`,
    [email],
  );
}
