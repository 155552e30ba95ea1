// Password reset by e-mail, end to end through the real mail path (job queue → SMTP → the sink):
// the same answer for known and unknown addresses, a single-use link that expires, the password
// policy, every session of the account ended, a newer link ending the older one, disabled
// accounts getting nothing, and throttling per address and per source of requests and of
// failed completions.
import { DEMO_PASSWORD, DEMO_USERS } from '../src/demo/demo-data';
import { PASSWORD_RESET } from '../src/auth/password-reset.service';
import { errorCode, gql, login, ME } from './support/graphql-client';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let sink: SmtpSink;
let ipCounter = 1;
/** A distinct source address per use, so the per-source limits of one test do not leak. */
const nextIp = () => ({ 'x-forwarded-for': `198.51.100.${ipCounter++}` });

const REQUEST = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const NEW_PASSWORD = 'paardenbloem-regenjas-7';

const requestReset = (email: string, headers = nextIp(), language?: string) =>
  gql<{ requestPasswordReset: boolean }>(
    t.agent(),
    REQUEST,
    { input: { email, ...(language ? { language } : {}) } },
    { headers },
  );
const reset = (token: string, newPassword: string, headers = nextIp()) =>
  gql<{ resetPassword: boolean }>(t.agent(), RESET, { input: { token, newPassword } }, { headers });

const mailJobCount = async () =>
  (
    await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail.send'`,
    )
  )[0]!.n;

/** The token of the newest reset mail to `email` (from the link's fragment). */
async function tokenFrom(email: string, after = 0): Promise<string> {
  const mail = await sink.waitForMail(
    email,
    (m) => m.subject.includes('Wachtwoord') && sink.messages().indexOf(m) >= after,
  );
  const match = /\/wachtwoord-herstellen#token=([A-Za-z0-9_-]+)/.exec(mail.text);
  // 32 random bytes, base64url: 43 characters (no padding).
  expect(match?.[1]).toMatch(/^[A-Za-z0-9_-]{43}$/);
  return match![1]!;
}

const users = DEMO_USERS.filter((u) => !u.roles.includes('FUNCTIONAL_ADMIN'));
const user = (i: number) => users[i]!;

beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({ SMTP_URL: sink.url, PUBLIC_URL: 'http://localhost:4200' });
});
afterAll(async () => {
  await t?.close();
  await sink?.close();
});

describe('requesting a reset', () => {
  it('answers the same for a known and an unknown address; only the known one gets a mail', async () => {
    const known = user(0).email;
    const before = await mailJobCount();
    const unknown = await requestReset('nobody-here@zorg.example');
    const yes = await requestReset(known.toUpperCase());
    expect(unknown.errors).toBeUndefined();
    expect(yes.errors).toBeUndefined();
    expect(unknown.data).toEqual(yes.data);
    expect(unknown.data).toEqual({ requestPasswordReset: true });
    expect(await mailJobCount()).toBe(before + 1);

    const mail = await sink.waitForMail(known);
    expect(mail.subject).toBe('Wachtwoord opnieuw instellen in Schakel');
    expect(mail.text).toContain(`${PASSWORD_RESET.linkMinutes} minuten`);
    expect(mail.text).toMatch(/http:\/\/localhost:4200\/wachtwoord-herstellen#token=/);
    expect(sink.messages().some((m) => m.to.includes('nobody-here@zorg.example'))).toBe(false);
  });

  it('sends the mail in English when asked', async () => {
    const email = user(1).email;
    const n = sink.messages().length;
    expect((await requestReset(email, nextIp(), 'en')).errors).toBeUndefined();
    const mail = await sink.waitForMail(email, (m) => sink.messages().indexOf(m) >= n);
    expect(mail.subject).toBe('Reset your Schakel password');
  });

  it('sends nothing to a disabled account', async () => {
    const email = user(2).email;
    await t.db.query(`UPDATE app_user SET active = false WHERE email = $1`, [email]);
    try {
      const before = await mailJobCount();
      expect((await requestReset(email)).data).toEqual({ requestPasswordReset: true });
      expect(await mailJobCount()).toBe(before);
    } finally {
      await t.db.query(`UPDATE app_user SET active = true WHERE email = $1`, [email]);
    }
  });
});

describe('completing a reset', () => {
  it('sets a password by the policy, ends every session, and works once', async () => {
    const email = user(3).email;
    const signedIn = t.agent();
    expect((await login(signedIn, email, DEMO_PASSWORD, nextIp())).errors).toBeUndefined();
    expect((await gql(signedIn, ME)).errors).toBeUndefined();

    const n = sink.messages().length;
    await requestReset(email);
    const token = await tokenFrom(email, n);

    // The policy first; a refused password leaves the link usable.
    expect(errorCode(await reset(token, 'kort'))).toBe('PASSWORD_TOO_SHORT');
    expect(errorCode(await reset(token, 'qwertyuiop123'))).toBe('PASSWORD_TOO_COMMON');

    const done = await reset(token, NEW_PASSWORD);
    expect(done.errors).toBeUndefined();
    expect(done.data).toEqual({ resetPassword: true });

    // The open session ended; the old password no longer works, the new one does.
    expect(errorCode(await gql(signedIn, ME))).toBe('SESSION_EXPIRED');
    expect(errorCode(await login(t.agent(), email, DEMO_PASSWORD, nextIp()))).toBe(
      'INVALID_CREDENTIALS',
    );
    expect((await login(t.agent(), email, NEW_PASSWORD, nextIp())).errors).toBeUndefined();

    // Once only.
    expect(errorCode(await reset(token, 'nog-een-ander-wachtwoord-9'))).toBe('RESET_LINK_INVALID');

    // In the region's trail: the request and the reset, by the account's own user.
    const trail = await t.db.query<{ operation: string; action: string; result: string }[]>(
      `SELECT operation, action, result FROM audit_event
        WHERE operation LIKE 'password.%'
          AND actor_user_id = (SELECT id FROM app_user WHERE email = $1)
        ORDER BY id`,
      [email],
    );
    expect(trail).toEqual([
      { operation: 'password.reset_requested', action: 'PASSWORD', result: 'ALLOWED' },
      { operation: 'password.reset', action: 'PASSWORD', result: 'ALLOWED' },
    ]);
  });

  it('refuses an expired link, an unknown one, and one a newer request replaced', async () => {
    const email = user(4).email;
    let n = sink.messages().length;
    await requestReset(email);
    const first = await tokenFrom(email, n);
    n = sink.messages().length;
    await requestReset(email);
    const second = await tokenFrom(email, n);
    expect(second).not.toBe(first);
    expect(errorCode(await reset(first, NEW_PASSWORD))).toBe('RESET_LINK_INVALID');

    await t.db.query(
      `UPDATE password_reset SET created_at = now() - interval '2 hours',
              expires_at = now() - interval '1 minute'
        WHERE used_at IS NULL AND user_id = (SELECT id FROM app_user WHERE email = $1)`,
      [email],
    );
    expect(errorCode(await reset(second, NEW_PASSWORD))).toBe('RESET_LINK_INVALID');
    expect(errorCode(await reset('not-a-token', NEW_PASSWORD))).toBe('RESET_LINK_INVALID');
    // The old password still works: nothing changed.
    expect((await login(t.agent(), email, DEMO_PASSWORD, nextIp())).errors).toBeUndefined();
  });

  it('stores no usable link: only the hash of the token', async () => {
    const email = user(5).email;
    const n = sink.messages().length;
    await requestReset(email);
    const token = await tokenFrom(email, n);
    const rows = await t.db.query<{ token_hash: string }[]>(
      `SELECT token_hash FROM password_reset r JOIN app_user u ON u.id = r.user_id
        WHERE u.email = $1`,
      [email],
    );
    // This test's request is the account's only one: exactly one stored, as a SHA-256 hex hash.
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]!.token_hash).not.toBe(token);
  });
});

describe('throttling', () => {
  it('limits requests per address, known or not, over any number of sources', async () => {
    for (const email of [user(6).email, 'also-nobody@zorg.example']) {
      for (let i = 0; i < PASSWORD_RESET.requestsPerAccount; i++)
        expect((await requestReset(email)).errors).toBeUndefined();
      const refused = await requestReset(email);
      expect(errorCode(refused)).toBe('LOGIN_THROTTLED');
    }
  });

  it('limits requests per source over any number of addresses', async () => {
    const ip = nextIp();
    for (let i = 0; i < PASSWORD_RESET.requestsPerSource; i++)
      expect((await requestReset(`spray-${i}@zorg.example`, ip)).errors).toBeUndefined();
    expect(errorCode(await requestReset('spray-last@zorg.example', ip))).toBe('LOGIN_THROTTLED');
    // Another source is not affected.
    expect((await requestReset('spray-last@zorg.example')).errors).toBeUndefined();
  });

  it('limits failed completions (guessed links) per source', async () => {
    const ip = nextIp();
    for (let i = 0; i < PASSWORD_RESET.failedCompletionsPerSource; i++)
      expect(errorCode(await reset(`guess-${i}`, NEW_PASSWORD, ip))).toBe('RESET_LINK_INVALID');
    expect(errorCode(await reset('guess-last', NEW_PASSWORD, ip))).toBe('LOGIN_THROTTLED');
  });
});
