// Issue 15 item 2: the periodic access review — "still needs access?" per account every
// access_review_months of the region: the due marker and count, the audited confirmation, and the
// daily job's reminder to the agency's admins (at most weekly per agency, counts only, in the
// recipient's language), read from a real SMTP server with a controlled clock.
import { AccessReviewService } from '../src/administration/access-review.service';
import { errorCode, ok } from './support/graphql-client';
import { callerByEmail, createAgency, createUser, idsBy, type Caller } from './support/sessions';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { createTestApp, type TestApp } from './support/test-app';

const POLICE_ADMIN = 'beheer@politie.demo.example';
const OFFICER = 'wijkagent@politie.demo.example';
const DAY = 24 * 3600 * 1000;

const USERS = `query { agencyUsers { id email accessReviewedAt accessReviewDueAt accessReviewDue } }`;
const SUMMARY = `query { accessReviewSummary { dueCount reviewMonths } }`;
const CONFIRM = `mutation($id: ID!) { confirmUserAccess(userId: $id) { id accessReviewedAt accessReviewDueAt accessReviewDue } }`;
const DISABLE = `mutation($id: ID!) { disableUser(userId: $id) { id active accessReviewDue } }`;

interface Reviewed {
  id: string;
  email: string;
  accessReviewedAt: string;
  accessReviewDueAt: string;
  accessReviewDue: boolean;
}

let t: TestApp;
let sink: SmtpSink;
let admin: Caller;
let users: Map<string, string>;
let police: string;
let region: string;

beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({ SMTP_URL: sink.url, PUBLIC_URL: 'https://schakel.zvh.example' });
  admin = await callerByEmail(t, POLICE_ADMIN);
  users = await idsBy(t, `SELECT email AS key, id FROM app_user`);
  const [row] = await t.db.query<{ agency: string; region: string }[]>(
    `SELECT agency_id AS agency, region_id AS region FROM app_user WHERE email = $1`,
    [POLICE_ADMIN],
  );
  police = row!.agency;
  region = row!.region;
});
afterAll(async () => {
  await t?.close();
  await sink?.close();
});
beforeEach(async () => {
  // Every account reviewed just now, the region's interval the default, nobody reminded yet.
  await t.db.query(`UPDATE app_user SET access_reviewed_at = now(), mail_language = NULL`);
  await t.db.query(`UPDATE region SET access_review_months = 6`);
  await t.db.query(`UPDATE agency SET access_review_reminded_at = NULL`);
});

const backdate = (email: string, months: number) =>
  t.db.query(
    `UPDATE app_user SET access_reviewed_at = now() - make_interval(months => $2) WHERE email = $1`,
    [email, months],
  );

const listed = async (email: string): Promise<Reviewed> => {
  const { agencyUsers } = ok(await admin.gql<{ agencyUsers: Reviewed[] }>(USERS));
  return agencyUsers.find((u) => u.email === email)!;
};

/** The access-review mails queued so far (the job queue's history: the template is in clear). */
const queuedReminders = async () => {
  const [{ n }] = await t.db.query<[{ n: number }]>(
    `SELECT count(*)::int AS n FROM pgboss.job
      WHERE name = 'mail.send' AND data->>'template' = 'access-review'`,
  );
  return n;
};

const policeAdmins = async () =>
  (
    await t.db.query<{ email: string }[]>(
      `SELECT email FROM app_user WHERE agency_id = $1 AND active AND left_at IS NULL
          AND activated_at IS NOT NULL AND 'AGENCY_ADMIN' = ANY (roles) ORDER BY email`,
      [police],
    )
  ).map((r) => r.email);

describe('the due marker and count', () => {
  it("marks an account due after the region's interval, and counts it for the agency admin", async () => {
    expect(ok(await admin.gql(SUMMARY))).toEqual({
      accessReviewSummary: { dueCount: 0, reviewMonths: 6 },
    });
    await backdate(OFFICER, 7);
    const officer = await listed(OFFICER);
    expect(officer.accessReviewDue).toBe(true);
    const due = new Date(officer.accessReviewedAt);
    due.setUTCMonth(due.getUTCMonth() + 6);
    expect(Math.abs(Date.parse(officer.accessReviewDueAt) - due.getTime())).toBeLessThan(2 * DAY);
    expect((await listed(POLICE_ADMIN)).accessReviewDue).toBe(false);
    expect(ok(await admin.gql(SUMMARY))).toEqual({
      accessReviewSummary: { dueCount: 1, reviewMonths: 6 },
    });
  });

  it("follows the region's setting: with twelve months, seven months ago is not due yet", async () => {
    await backdate(OFFICER, 7);
    await t.db.query(`UPDATE region SET access_review_months = 12 WHERE id = $1`, [region]);
    expect((await listed(OFFICER)).accessReviewDue).toBe(false);
    expect(ok(await admin.gql(SUMMARY))).toEqual({
      accessReviewSummary: { dueCount: 0, reviewMonths: 12 },
    });
  });
});

describe('confirming access', () => {
  it('starts a new interval and records the review dates before/after in the trail', async () => {
    await backdate(OFFICER, 7);
    const before = await listed(OFFICER);
    const started = Date.now();
    const { confirmUserAccess } = ok(
      await admin.gql<{ confirmUserAccess: Reviewed }>(CONFIRM, { id: users.get(OFFICER) }),
    );
    expect(confirmUserAccess.accessReviewDue).toBe(false);
    const reviewed = Date.parse(confirmUserAccess.accessReviewedAt);
    expect(reviewed).toBeGreaterThanOrEqual(started - 5000);
    expect(reviewed).toBeLessThanOrEqual(Date.now() + 5000);
    expect(ok(await admin.gql(SUMMARY))).toEqual({
      accessReviewSummary: { dueCount: 0, reviewMonths: 6 },
    });
    const events = await t.db.query<{ actor: string; action: string; detail: string }[]>(
      `SELECT actor_user_id AS actor, action, detail FROM audit_event
        WHERE operation = 'admin.user.accessReviewed' AND record_id = $1 ORDER BY id`,
      [users.get(OFFICER)],
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor: users.get(POLICE_ADMIN), action: 'ADMIN' });
    const detail = JSON.parse(events[0]!.detail) as {
      before: { accessReviewedAt: string; active: boolean };
      after: { accessReviewedAt: string; active: boolean };
    };
    expect(Date.parse(detail.before.accessReviewedAt)).toBe(Date.parse(before.accessReviewedAt));
    expect(Date.parse(detail.after.accessReviewedAt)).toBe(reviewed);
    expect(detail.after.active).toBe(true);
  });

  it("is refused for a disabled account, another agency's account, and anyone but an agency admin", async () => {
    const [spare] = await t.db.query<{ id: string }[]>(
      `INSERT INTO app_user (agency_id, email, display_name, password_hash, roles)
       VALUES ($1, 'reserve@politie.demo.example', 'Reserve', 'not-a-hash', ARRAY['MEMBER'])
       RETURNING id`,
      [police],
    );
    ok(await admin.gql(DISABLE, { id: spare!.id }));
    expect(errorCode(await admin.gql(CONFIRM, { id: spare!.id }))).toBe('CONFLICT');
    expect(
      errorCode(await admin.gql(CONFIRM, { id: users.get('procesregisseur@zvh.demo.example') })),
    ).toBe('NOT_FOUND');
    const officer = await callerByEmail(t, OFFICER);
    expect(errorCode(await officer.gql(CONFIRM, { id: users.get(OFFICER) }))).toBe('FORBIDDEN');
    expect(errorCode(await officer.gql(SUMMARY))).toBe('FORBIDDEN');
    const [{ n }] = await t.db.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE operation = 'admin.user.accessReviewed'
          AND record_id IN ($1, $2)`,
      [spare!.id, users.get('procesregisseur@zvh.demo.example')],
    );
    expect(n).toBe(0);
  });

  it('a disabled account is never due (the answer "no longer needed" is disabling it)', async () => {
    const [spare] = await t.db.query<{ id: string }[]>(
      `INSERT INTO app_user (agency_id, email, display_name, password_hash, roles, access_reviewed_at)
       VALUES ($1, 'oud@politie.demo.example', 'Oud', 'not-a-hash', ARRAY['MEMBER'],
               now() - interval '8 months')
       RETURNING id`,
      [police],
    );
    expect(ok(await admin.gql(SUMMARY))).toEqual({
      accessReviewSummary: { dueCount: 1, reviewMonths: 6 },
    });
    const { disableUser } = ok(
      await admin.gql<{ disableUser: { accessReviewDue: boolean } }>(DISABLE, { id: spare!.id }),
    );
    expect(disableUser.accessReviewDue).toBe(false);
    expect(ok(await admin.gql(SUMMARY))).toEqual({
      accessReviewSummary: { dueCount: 0, reviewMonths: 6 },
    });
  });
});

describe('the reminder', () => {
  it('mails each agency admin a count and a link at most once a week, in their language', async () => {
    const review = t.app.get(AccessReviewService);
    const admins = await policeAdmins();
    expect(admins).toContain(POLICE_ADMIN);
    const now = Date.now();

    // Nothing due: nothing sent.
    expect(await review.remind(new Date(now))).toEqual({ agencies: 0, mails: 0 });

    await backdate(OFFICER, 7);
    await backdate('beheer@politie.demo.example', 8);
    const first = await review.remind(new Date(now));
    expect(first).toEqual({ agencies: 1, mails: admins.length });
    const mail = await sink.waitForMail(POLICE_ADMIN, (m) => m.subject.includes('beoordeling'));
    expect(mail.subject).toBe('2 accounts wachten op beoordeling in Schakel');
    expect(mail.text).toContain('https://schakel.zvh.example/beheer/gebruikers');
    // Counts and a link: no one's name or address.
    for (const person of [OFFICER, 'Wijkagent', POLICE_ADMIN]) {
      expect(mail.text.toLowerCase()).not.toContain(person.toLowerCase());
    }
    expect(await queuedReminders()).toBe(admins.length);

    // The next days' runs: still due, but reminded less than a week ago.
    for (const days of [1, 6]) {
      expect(await review.remind(new Date(now + days * DAY))).toEqual({ agencies: 0, mails: 0 });
    }
    expect(await queuedReminders()).toBe(admins.length);

    // A week on: again, now in English for the admin who reads English.
    // The portal's language switch stores the choice for e-mails; only nl and en exist.
    expect(errorCode(await admin.gql(`mutation { setMailLanguage(language: "de") }`))).toBe(
      'BAD_USER_INPUT',
    );
    expect(ok(await admin.gql(`mutation { setMailLanguage(language: "en") }`))).toEqual({
      setMailLanguage: 'en',
    });
    expect(await review.remind(new Date(now + 7 * DAY + 60_000))).toEqual({
      agencies: 1,
      mails: admins.length,
    });
    const english = await sink.waitForMail(POLICE_ADMIN, (m) => m.subject.includes('review'));
    expect(english.subject).toBe('2 accounts await review in Schakel');
    expect(english.text).toContain('https://schakel.zvh.example/beheer/gebruikers');
    expect(await queuedReminders()).toBe(2 * admins.length);
  });

  it('two runs at once remind an agency once', async () => {
    const review = t.app.get(AccessReviewService);
    const admins = await policeAdmins();
    await backdate(OFFICER, 7);
    const before = await queuedReminders();
    const at = new Date(Date.now() + 30 * DAY);
    const runs = await Promise.all([review.remind(at), review.remind(at)]);
    expect(runs.map((r) => r.agencies).sort()).toEqual([0, 1]);
    expect((await queuedReminders()) - before).toBe(admins.length);
  });

  it('an agency without an active agency admin is not marked reminded (nobody to tell)', async () => {
    const review = t.app.get(AccessReviewService);
    const lonely = await createAgency(t, region, 'Reclassering zonder beheerder', 'PROBATION');
    const member = await createUser(t, lonely, ['MEMBER'], 'lonely member');
    const leftAdmin = await createUser(t, lonely, ['AGENCY_ADMIN'], 'lonely former admin');
    await t.db.query(`UPDATE app_user SET active = false, left_at = now() WHERE id = $1`, [
      leftAdmin,
    ]);
    await t.db.query(
      `UPDATE app_user SET access_reviewed_at = now() - interval '7 months' WHERE id = $1`,
      [member],
    );
    expect(await review.remind(new Date())).toEqual({ agencies: 0, mails: 0 });
    const [row] = await t.db.query<{ at: Date | null }[]>(
      `SELECT access_review_reminded_at AS at FROM agency WHERE id = $1`,
      [lonely],
    );
    expect(row!.at).toBeNull();
  });
});
