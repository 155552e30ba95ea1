// E-mail about notifications (issue 15 item 6), through the real mail path to the SMTP sink:
// preferences per kind (none by default, immediately, daily digest) set by the user through
// GraphQL, the dispatcher mailing each new notification once (in general words, never the case's
// labels; a meeting invitation with its .ics), the digest counting what waited, and nothing for
// kinds or users that chose none; and a violation report mailed to probation at once (issue 17).
import { DEMO_PASSWORD } from '../src/demo/demo-data';
import { NotificationMailService } from '../src/notification-mail/notification-mail.service';
import { NotificationService } from '../src/notifications/notification.service';
import { gql, login, ok } from './support/graphql-client';
import { createUser } from './support/sessions';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let sink: SmtpSink;

const OFFICER = 'wijkagent@politie.demo.example';
const OTHER = 'ggz@ggz.demo.example';
const PREFS = `query { myMailPreferences { kind mode } }`;
const SET = `mutation($input: SetMailPreferenceInput!) { setMailPreference(input: $input) { kind mode } }`;

beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({ SMTP_URL: sink.url, PUBLIC_URL: 'http://localhost:4200' });
  // The demo's own notifications are looked at once (nobody chose e-mail yet): none is mailed.
  await t.app.get(NotificationMailService).dispatch();
});
afterAll(async () => {
  await t?.close();
  await sink?.close();
});

async function userRow(email: string) {
  const [row] = await t.db.query<{ id: string; regionId: string }[]>(
    `SELECT id, region_id AS "regionId" FROM app_user WHERE email = $1`,
    [email],
  );
  return row!;
}

it('mails each chosen kind once, in general words; a digest counts what waited', async () => {
  const agent = t.agent();
  const session = ok(await login(agent, OFFICER, DEMO_PASSWORD));
  const csrf = session.login.csrfToken;
  const initial = ok(
    await gql<{ myMailPreferences: { kind: string; mode: string }[] }>(agent, PREFS),
  );
  expect(initial.myMailPreferences).toHaveLength(6);
  expect(initial.myMailPreferences.every((p) => p.mode === 'NONE')).toBe(true);
  for (const [kind, mode] of [
    ['CASE_INVITED', 'IMMEDIATELY'],
    ['MEETING_INVITED', 'IMMEDIATELY'],
    ['ACTION_ASSIGNED', 'DAILY'],
  ]) {
    const set = ok(await gql(agent, SET, { input: { kind, mode } }, { csrf }));
    expect(set).toEqual({ setMailPreference: { kind, mode } });
  }

  const officer = await userRow(OFFICER);
  const other = await userRow(OTHER);
  const [item] = await t.db.query<{ meetingId: string; caseId: string }[]>(
    `SELECT meeting_id AS "meetingId", case_id AS "caseId" FROM meeting_item LIMIT 1`,
  );
  const notifications = t.app.get(NotificationService);
  await t.db.transaction(async (tx) => {
    const to = (
      userIds: string[],
      kind: Parameters<NotificationService['notifyUsers']>[1]['kind'],
      data = {},
      caseId: string | null = null,
    ) => notifications.notifyUsers(tx, { regionId: officer.regionId, userIds, kind, data, caseId });
    await to([officer.id, other.id], 'CASE_INVITED', { caseReference: 'ZVH-GEHEIM-1' });
    await to([officer.id], 'MEETING_INVITED', { meetingId: item!.meetingId }, item!.caseId);
    await to([officer.id], 'REFERRAL_DECIDED', { caseReference: 'ZVH-GEHEIM-2' });
    await to([officer.id], 'PLAN_ADOPTED');
    await to([officer.id], 'ACTION_ASSIGNED');
    await to([officer.id], 'ACTION_ASSIGNED');
  });

  const service = t.app.get(NotificationMailService);
  expect(await service.dispatch()).toBe(2);
  expect(await service.dispatch()).toBe(0);

  const invited = await sink.waitForMail(OFFICER, (m) =>
    m.text.includes('toegevoegd aan een casus'),
  );
  expect(invited.subject).toBe('Er staat iets voor u klaar in Schakel');
  expect(invited.text).toContain('http://localhost:4200/meldingen');
  const meeting = await sink.waitForMail(OFFICER, (m) => m.attachments.length > 0);
  const ics = meeting.attachments[0]!;
  expect(ics.filename).toBe('casusoverleg.ics');
  expect(ics.contentType).toBe('text/calendar');
  const calendar = ics.content.toString('utf8');
  expect(calendar).toContain('SUMMARY:Casusoverleg ZVH');
  expect(calendar).toMatch(/DTSTART:\d{8}T\d{6}Z/);

  // The digest: the two assigned actions, in one mail.
  expect(await service.digest()).toBe(1);
  expect(await service.digest()).toBe(0);
  const digest = await sink.waitForMail(OFFICER, (m) => m.subject.includes('2 nieuwe berichten'));
  expect(digest.subject).toBe('Er staan 2 nieuwe berichten voor u klaar in Schakel');

  // Three mails to the officer, none to the colleague who chose nothing, no label anywhere.
  const mails = sink.messages();
  expect(mails.filter((m) => m.to.includes(OFFICER))).toHaveLength(3);
  expect(mails.some((m) => m.to.includes(OTHER))).toBe(false);
  expect(mails.some((m) => m.raw.toString('utf8').includes('GEHEIM'))).toBe(false);
  const states = await t.db.query<{ kind: string; mail_state: string }[]>(
    `SELECT kind, mail_state FROM notification WHERE recipient_user_id = $1 AND created_at > now() - interval '5 minutes' ORDER BY kind`,
    [officer.id],
  );
  expect(states.filter((s) => s.mail_state === null)).toEqual([]);
});

it('a violation report reaches probation at once by e-mail where chosen, in general words', async () => {
  // Issue 17 item 2: probation chose e-mail for new reports; a colleague chose nothing.
  const PROBATION = 'reclassering@reclassering.demo.example';
  const probation = t.agent();
  const probationCsrf = ok(await login(probation, PROBATION, DEMO_PASSWORD)).login.csrfToken;
  ok(
    await gql(
      probation,
      SET,
      { input: { kind: 'VIOLATION_REPORTED', mode: 'IMMEDIATELY' } },
      { csrf: probationCsrf },
    ),
  );
  const { agencyId } = (
    await t.db.query<{ agencyId: string }[]>(
      `SELECT agency_id AS "agencyId" FROM app_user WHERE email = $1`,
      [PROBATION],
    )
  )[0]!;
  const colleague = await createUser(t, agencyId, ['MEMBER'], 'Collega Reclassering Mail');
  const [ban] = await t.db.query<{ id: string }[]>(
    `SELECT sc.id FROM supervision_condition sc JOIN case_file c ON c.id = sc.case_id
      WHERE c.reference = 'ZVH-2026-001' AND sc.kind = 'LOCATION_BAN' LIMIT 1`,
  );

  // The wijkagent reports through the API, as from the card.
  const officer = t.agent();
  const officerCsrf = ok(await login(officer, OFFICER, DEMO_PASSWORD)).login.csrfToken;
  const WHAT = 'Mailtest-k3: gezien bij de ingang van het winkelcentrum.';
  ok(
    await gql(
      officer,
      `mutation($input: ReportViolationInput!) { reportViolation(input: $input) { id status } }`,
      {
        input: {
          conditionId: ban!.id,
          what: WHAT,
          occurredAt: new Date(Date.now() - 600_000).toISOString(),
          location: 'Winkelcentrum Noord',
          seenBy: 'Wijkagent',
        },
      },
      { csrf: officerCsrf },
    ),
  );

  const service = t.app.get(NotificationMailService);
  expect(await service.dispatch()).toBe(1);
  const mail = await sink.waitForMail(PROBATION, (m) =>
    m.text.includes('mogelijke overtreding van een bijzondere voorwaarde'),
  );
  expect(mail.subject).toBe('Er staat iets voor u klaar in Schakel');
  expect(mail.text).toContain('http://localhost:4200/meldingen');
  // In general words: no case reference, no report text, no place.
  for (const secret of ['ZVH-2026-001', 'Mailtest-k3', 'Winkelcentrum']) {
    expect([secret, mail.raw.toString('utf8').includes(secret)]).toEqual([secret, false]);
  }
  const [colleagueRow] = await t.db.query<{ email: string; notified: number }[]>(
    `SELECT u.email, (SELECT count(*)::int FROM notification n
                        WHERE n.recipient_user_id = u.id AND n.kind = 'VIOLATION_REPORTED') AS notified
       FROM app_user u WHERE u.id = $1`,
    [colleague],
  );
  // The colleague is notified in Schakel, but chose no e-mail: none is sent.
  expect(colleagueRow!.notified).toBe(1);
  expect(sink.messages().some((m) => m.to.includes(colleagueRow!.email))).toBe(false);
  expect(sink.messages().filter((m) => m.to.includes(PROBATION))).toHaveLength(1);
});
