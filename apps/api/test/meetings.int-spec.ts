// Case meetings (casusoverleg): need-to-know on the agenda (meeting, myMeetings, .ics, PDF),
// the chair's planning and meeting mode, stale minutes, invitations and region isolation.
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
let cases: Map<string, string>;
let agencies: Map<string, string>;
let users: Map<string, string>;
let demoMeetingId: string;
const as: Record<string, Caller> = {};

const USERS = {
  regie: 'procesregisseur@zvh.demo.example',
  politie: 'wijkagent@politie.demo.example',
  reclassering: 'reclassering@reclassering.demo.example',
  gemeente: 'gemeente@demostad.demo.example',
} as const;
const POLITIE = 'Politie basisteam Demostad';
const GEMEENTE = 'Gemeente Demostad';

const AGENDA = `id status isChair location onlineUrl lastEventId chair { displayName }
  agenda { startsAt endsAt hidden current
    item { id caseId caseReference personName personNameAccess status revision minutes decisions
      minutesAccess invitees { id name } attendance { agency { name } present } } }`;
const MEETING = `query($id: ID!) { meeting(id: $id) { ${AGENDA} } }`;

interface Item {
  id: string;
  caseId: string;
  caseReference: string;
  personName: string | null;
  revision: number;
  minutes: string | null;
  minutesAccess: string;
  invitees: { id: string; name: string }[];
}
interface Meeting {
  id: string;
  status: string;
  isChair: boolean;
  lastEventId: string | null;
  agenda: { hidden: boolean; current: boolean; item: Item | null }[];
}

const hour = 3_600_000;
const base = new Date(Date.now() + 14 * 24 * hour);
base.setUTCHours(8, 0, 0, 0);
const at = (h: number) => new Date(base.getTime() + h * hour).toISOString();

beforeAll(async () => {
  t = await createTestApp();
  for (const [key, email] of Object.entries(USERS)) as[key] = await callerByEmail(t, email);
  cases = await idsBy(t, `SELECT reference AS key, id FROM case_file`);
  agencies = await idsBy(t, `SELECT name AS key, id FROM agency`);
  users = await idsBy(t, `SELECT email AS key, id FROM app_user`);
  const [m] = await t.db.query<{ id: string }[]>(`SELECT id FROM meeting`);
  demoMeetingId = m!.id;
});
afterAll(async () => {
  await t.close();
});

describe('the demo meeting: need-to-know per agenda item', () => {
  it('the chair sees both items with case and person', async () => {
    const { meeting } = ok(
      await as.regie!.gql<{ meeting: Meeting }>(MEETING, { id: demoMeetingId }),
    );
    expect(meeting.isChair).toBe(true);
    expect(meeting.agenda.map((e) => e.item?.caseReference)).toEqual([
      'ZVH-2026-001',
      'ZVH-2026-003',
    ]);
    expect(meeting.agenda[1]!.item!.personName).toBe('Ahmed Fictief');
  });

  it('the police see their item and of the other only "another item" with its slot', async () => {
    const res = await as.politie!.gql<{ meeting: Meeting }>(MEETING, { id: demoMeetingId });
    const { meeting } = ok(res);
    expect(meeting.isChair).toBe(false);
    expect(meeting.agenda).toHaveLength(2);
    expect(meeting.agenda[0]!.item!.caseReference).toBe('ZVH-2026-001');
    expect(meeting.agenda[0]!.item!.personName).toBe('Kevin Voorbeeld');
    expect(meeting.agenda[1]).toMatchObject({ hidden: true, item: null });
    const text = JSON.stringify(res.data);
    for (const leak of ['ZVH-2026-003', 'Ahmed', 'Fictief', cases.get('ZVH-2026-003')!]) {
      expect(text).not.toContain(leak);
    }
  });

  it('myMeetings lists it for the police without the other case', async () => {
    const res = await as.politie!.gql<{ myMeetings: Meeting[] }>(
      `query($from: DateTime!, $to: DateTime!) { myMeetings(from: $from, to: $to) {
        id startsAt location agenda { startsAt endsAt hidden item { id caseReference personName } } } }`,
      { from: new Date().toISOString(), to: new Date(Date.now() + 30 * 24 * hour).toISOString() },
    );
    expect(ok(res).myMeetings.map((m) => m.id)).toEqual([demoMeetingId]);
    expect(JSON.stringify(res.data)).not.toContain('ZVH-2026-003');
  });

  it('an agency with no item in it (housing) does not find the meeting at all', async () => {
    const woning = await callerByEmail(t, 'woningcorporatie@demohuis.demo.example');
    // Woonstichting takes part in ZVH-2026-001 only; take it off that item first.
    const [item] = await t.db.query<{ id: string }[]>(
      `SELECT i.id FROM meeting_item i JOIN case_file c ON c.id = i.case_id
        WHERE c.reference = 'ZVH-2026-001'`,
    );
    const woningId = agencies.get('Woonstichting Demohuis')!;
    await t.db.query(`DELETE FROM meeting_item_invitee WHERE item_id = $1 AND agency_id = $2`, [
      item!.id,
      woningId,
    ]);
    try {
      expect(errorCode(await woning.gql(MEETING, { id: demoMeetingId }))).toBe('NOT_FOUND');
      const cookie = sessionCookie(t, users.get('woningcorporatie@demohuis.demo.example')!);
      expect((await download(t, `/meetings/${demoMeetingId}/calendar.ics`, cookie)).status).toBe(
        404,
      );
    } finally {
      await t.db.query(
        `INSERT INTO meeting_item_invitee (item_id, region_id, agency_id)
         SELECT $1, region_id, $2 FROM meeting_item WHERE id = $1`,
        [item!.id, woningId],
      );
    }
  });

  it('the calendar file has one event per own item, in UTC, without names', async () => {
    const police = await download(
      t,
      `/meetings/${demoMeetingId}/calendar.ics`,
      sessionCookie(t, users.get(USERS.politie)!),
    );
    expect(police.status).toBe(200);
    expect(police.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(police.headers['content-disposition']).toMatch(/^attachment/);
    const ics = police.body.toString('utf8');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain('SUMMARY:Casusoverleg ZVH – ZVH-2026-001');
    expect(ics).toMatch(/\r\nDTSTART:\d{8}T\d{6}Z\r\n/);
    for (const leak of ['ZVH-2026-003', 'Kevin', 'Ahmed']) expect(ics).not.toContain(leak);

    const chair = await download(
      t,
      `/meetings/${demoMeetingId}/calendar.ics`,
      sessionCookie(t, users.get(USERS.regie)!),
    );
    expect(chair.body.toString('utf8').match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect((await download(t, `/meetings/${demoMeetingId}/calendar.ics`, null)).status).toBe(401);
  });
});

describe('planning and meeting mode', () => {
  let meetingId: string;
  let policeItem: Item;
  let otherItem: Item;

  const PLAN = `mutation($input: PlanMeetingInput!) { planMeeting(input: $input) { ${AGENDA} } }`;
  const ADD = `mutation($input: AddMeetingItemInput!) { addMeetingItem(input: $input) { ${AGENDA} } }`;
  const SAVE = `mutation($input: SaveMeetingItemMinutesInput!) {
    saveMeetingItemMinutes(input: $input) { ${AGENDA} } }`;

  it('only a procesregisseur plans; a bad link is bad input', async () => {
    const input = { startsAt: at(0), endsAt: at(2), location: 'Stadhuis, zaal 3' };
    expect(errorCode(await as.politie!.gql(PLAN, { input }))).toBe('FORBIDDEN');
    const bad = await as.regie!.gql(PLAN, { input: { ...input, onlineUrl: 'http://x.example' } });
    expect(errorField(bad)).toBe('onlineUrl');
    const { planMeeting } = ok(await as.regie!.gql<{ planMeeting: Meeting }>(PLAN, { input }));
    meetingId = planMeeting.id;
    expect(planMeeting).toMatchObject({ status: 'PLANNED', isChair: true, agenda: [] });
  });

  it('adds items, inviting the participants; invitees must take part in the case', async () => {
    const notBefore = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notification WHERE kind = 'MEETING_INVITED'`,
    );
    const wrong = await as.regie!.gql(ADD, {
      input: {
        meetingId,
        caseId: cases.get('ZVH-2026-003'),
        startsAt: at(0.5),
        endsAt: at(1),
        invitedAgencyIds: [agencies.get(POLITIE)],
      },
    });
    expect(errorField(wrong)).toBe('invitedAgencyIds');
    const first = ok(
      await as.regie!.gql<{ addMeetingItem: Meeting }>(ADD, {
        input: { meetingId, caseId: cases.get('ZVH-2026-001'), startsAt: at(0), endsAt: at(0.5) },
      }),
    ).addMeetingItem;
    policeItem = first.agenda[0]!.item!;
    expect(policeItem.invitees.map((a) => a.name)).toContain(POLITIE);
    const overlap = await as.regie!.gql(ADD, {
      input: { meetingId, caseId: cases.get('ZVH-2026-003'), startsAt: at(0.25), endsAt: at(1) },
    });
    expect(errorField(overlap)).toBe('startsAt');
    const second = ok(
      await as.regie!.gql<{ addMeetingItem: Meeting }>(ADD, {
        input: {
          meetingId,
          caseId: cases.get('ZVH-2026-003'),
          startsAt: at(0.5),
          endsAt: at(1),
          invitedAgencyIds: [agencies.get(GEMEENTE)],
        },
      }),
    ).addMeetingItem;
    otherItem = second.agenda[1]!.item!;
    expect(otherItem.invitees.map((a) => a.name)).toEqual([GEMEENTE]);

    const after = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notification WHERE kind = 'MEETING_INVITED'`,
    );
    expect(after[0]!.n).toBeGreaterThan(notBefore[0]!.n);
    const police = await t.db.query<{ data: Record<string, string> }[]>(
      `SELECT n.data FROM notification n JOIN app_user u ON u.id = n.recipient_user_id
        WHERE n.kind = 'MEETING_INVITED' AND u.email = $1 AND n.data->>'meetingId' = $2`,
      [USERS.politie, meetingId],
    );
    expect(police).toHaveLength(1);
    expect(police[0]!.data).toMatchObject({ caseReference: 'ZVH-2026-001' });
    expect(JSON.stringify(police[0]!.data)).not.toMatch(/Kevin|Voorbeeld/);
    // Reclassering takes part in 003 but was not invited to it: sees only its own (none here).
    const recl = await as.reclassering!.gql<{ meeting: Meeting }>(MEETING, { id: meetingId });
    expect(ok(recl).meeting.agenda.map((e) => e.item?.caseReference ?? null)).toEqual([
      'ZVH-2026-001',
      null,
    ]);
  });

  it('only the chair edits; another procesregisseur is refused', async () => {
    const zvh = agencies.get('Zorg- en Veiligheidshuis Demo-regio')!;
    const other = callerFor(t, await createUser(t, zvh, ['PROCESREGISSEUR'], 'Tweede regisseur'));
    const res = await other.gql(`mutation($id: ID!) { startMeeting(meetingId: $id) { id } }`, {
      id: meetingId,
    });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(
      errorCode(
        await as.politie!.gql(`mutation($id: ID!) { startMeeting(meetingId: $id) { id } }`, {
          id: meetingId,
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('meeting mode: start, current item, attendance, minutes with optimistic locking', async () => {
    ok(
      await as.regie!.gql(`mutation($id: ID!) { startMeeting(meetingId: $id) { id } }`, {
        id: meetingId,
      }),
    );
    ok(
      await as.regie!.gql(
        `mutation($input: SetCurrentMeetingItemInput!) { setCurrentMeetingItem(input: $input) { id } }`,
        { input: { meetingId, itemId: policeItem.id } },
      ),
    );
    ok(
      await as.regie!.gql(
        `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`,
        { input: { itemId: policeItem.id, agencyId: agencies.get(POLITIE), present: true } },
      ),
    );
    const notInvited = await as.regie!.gql(
      `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`,
      { input: { itemId: otherItem.id, agencyId: agencies.get(POLITIE), present: true } },
    );
    expect(errorField(notInvited)).toBe('agencyId');

    const saved = ok(
      await as.regie!.gql<{ saveMeetingItemMinutes: Meeting }>(SAVE, {
        input: {
          itemId: policeItem.id,
          revision: policeItem.revision,
          minutes: 'Politie meldt rustige periode.',
          decisions: 'Afspraak: wijkagent bezoekt wekelijks.',
        },
      }),
    ).saveMeetingItemMinutes;
    const after = saved.agenda[0]!.item!;
    expect(after.revision).toBe(policeItem.revision + 1);
    ok(
      await as.regie!.gql(SAVE, {
        input: {
          itemId: otherItem.id,
          revision: otherItem.revision,
          minutes: 'GEHEIM-VERSLAG-003 huisvesting na detentie.',
        },
      }),
    );
    const stale = await as.regie!.gql(SAVE, {
      input: { itemId: policeItem.id, revision: policeItem.revision, minutes: 'overschreven' },
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    const [row] = await t.db.query<{ minutes: string }[]>(
      `SELECT minutes FROM meeting_item WHERE id = $1`,
      [policeItem.id],
    );
    expect(row!.minutes).toBe('Politie meldt rustige periode.');

    const police = await as.politie!.gql<{ meeting: Meeting }>(MEETING, { id: meetingId });
    const seen = ok(police).meeting;
    expect(seen.agenda[0]!.item!.minutes).toBe('Politie meldt rustige periode.');
    expect(seen.agenda[0]!.current).toBe(true);
    expect(JSON.stringify(police.data)).not.toMatch(/GEHEIM-VERSLAG|ZVH-2026-003|Ahmed/);
  });

  it('the PDF waits for closing, then holds exactly the agency’s own items', async () => {
    const cookie = sessionCookie(t, users.get(USERS.politie)!);
    expect((await download(t, `/meetings/${meetingId}/minutes.pdf`, cookie)).status).toBe(409);
    ok(
      await as.regie!.gql(`mutation($id: ID!) { closeMeeting(meetingId: $id) { id } }`, {
        id: meetingId,
      }),
    );

    const pdf = await download(t, `/meetings/${meetingId}/minutes.pdf`, cookie);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.body);
    expect(text).toContain('ZVH-2026-001');
    expect(text).toContain('Politie meldt rustige periode.');
    for (const leak of ['ZVH-2026-003', 'GEHEIM-VERSLAG', 'Ahmed'])
      expect(text).not.toContain(leak);

    const gemeente = pdfText(
      (
        await download(
          t,
          `/meetings/${meetingId}/minutes.pdf`,
          sessionCookie(t, users.get(USERS.gemeente)!),
        )
      ).body,
    );
    expect(gemeente).toContain('GEHEIM-VERSLAG-003');
    expect(gemeente).not.toContain('ZVH-2026-001');

    // One EXPORT event per download, naming the one case whose minutes were in it.
    const exported = await t.db.query<
      { action: string; result: string; caseId: string | null; categories: string[] }[]
    >(
      `SELECT action, result, case_id AS "caseId", categories FROM audit_event
        WHERE operation = 'HTTP.MeetingExportController.minutes' AND actor_user_id = $1`,
      [users.get(USERS.politie)],
    );
    expect(exported).toHaveLength(1);
    expect(exported[0]).toMatchObject({
      action: 'EXPORT',
      result: 'ALLOWED',
      categories: ['PLAN'],
    });
    expect(exported[0]!.caseId).not.toBeNull();
  });

  it('closing put MEETING_DISCUSSED on the timeline of both discussed cases', async () => {
    const rows = await t.db.query<{ reference: string }[]>(
      `SELECT c.reference FROM case_event e JOIN case_file c ON c.id = e.case_id
        WHERE e.kind = 'MEETING_DISCUSSED' AND e.data->>'meetingId' = $1 ORDER BY 1`,
      [meetingId],
    );
    expect(rows.map((r) => r.reference)).toEqual(['ZVH-2026-001', 'ZVH-2026-003']);
    const edit = await as.regie!.gql(ADD, {
      input: { meetingId, caseId: cases.get('ZVH-2026-002'), startsAt: at(1), endsAt: at(1.5) },
    });
    expect(errorCode(edit)).toBe('CONFLICT');
  });
});

describe('region isolation', () => {
  it('a procesregisseur of another region finds nothing and cannot plan with our cases', async () => {
    const [region] = await t.db.query<{ id: string }[]>(
      `INSERT INTO region (code, name) VALUES ('other', 'Andere regio') RETURNING id`,
    );
    const zvh = await createAgency(t, region!.id, 'ZVH Anders', 'ZVH');
    const userId = await createUser(t, zvh, ['PROCESREGISSEUR'], 'Regisseur anders');
    const other = callerFor(t, userId);
    expect(errorCode(await other.gql(MEETING, { id: demoMeetingId }))).toBe('NOT_FOUND');
    const list = await other.gql<{ myMeetings: Meeting[] }>(
      `query($from: DateTime!, $to: DateTime!) { myMeetings(from: $from, to: $to) { id } }`,
      { from: new Date().toISOString(), to: new Date(Date.now() + 60 * 24 * hour).toISOString() },
    );
    expect(ok(list).myMeetings).toEqual([]);
    const planned = ok(
      await other.gql<{ planMeeting: Meeting }>(
        `mutation($input: PlanMeetingInput!) { planMeeting(input: $input) { id } }`,
        { input: { startsAt: at(3), endsAt: at(4), location: 'Elders' } },
      ),
    ).planMeeting;
    const add = await other.gql(
      `mutation($input: AddMeetingItemInput!) { addMeetingItem(input: $input) { id } }`,
      {
        input: {
          meetingId: planned.id,
          caseId: cases.get('ZVH-2026-001'),
          startsAt: at(3),
          endsAt: at(3.5),
        },
      },
    );
    expect(errorCode(add)).toBe('NOT_FOUND');
    const ics = await download(
      t,
      `/meetings/${demoMeetingId}/calendar.ics`,
      sessionCookie(t, userId),
    );
    expect(ics.status).toBe(404);
    expect(ics.body.toString()).not.toContain('ZVH-2026');
  });
});
