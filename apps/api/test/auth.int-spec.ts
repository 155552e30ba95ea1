import { JwtService } from '@nestjs/jwt';
import { MIN_PASSWORD_LENGTH } from '@schakel/domain';
import { readFileSync } from 'node:fs';
import { COMMON_PASSWORD_FILE, isCommonPassword } from '../src/auth/common-passwords';
import { DEMO_AGENCIES, DEMO_PASSWORD, DEMO_REGION, DEMO_USERS } from '../src/demo/demo-data';
import { LoginThrottleService, THROTTLE } from '../src/auth/login-throttle.service';
import { errorCode, gql, login, ME } from './support/graphql-client';
import { createTestApp, TEST_SESSION_SECRET, type TestApp } from './support/test-app';

let t: TestApp;
let ipCounter = 1;
/** A distinct source address per test, so per-address throttling of one test cannot leak into another. */
const nextIp = () => ({ 'x-forwarded-for': `192.0.2.${ipCounter++}` });

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const wijkagent = DEMO_USERS.find((u) => u.email.startsWith('wijkagent'))!;

function sessionCookie(headers: Record<string, string | string[] | undefined>): string | undefined {
  const cookies = headers['set-cookie'];
  const list = Array.isArray(cookies) ? cookies : cookies ? [cookies] : [];
  return list.find((c) => c.startsWith('schakel_session='));
}

describe('login and me', () => {
  it.each(DEMO_USERS.map((u) => [u.email, u]))(
    '%s logs in and me names their agency and region',
    async (_, user) => {
      const agent = t.agent();
      const res = await login(agent, user.email, DEMO_PASSWORD, nextIp());
      expect(res.errors).toBeUndefined();
      const me = await gql<{
        me: {
          user: { displayName: string };
          agency: { name: string };
          region: { name: string };
          roles: string[];
        };
      }>(agent, ME);
      expect(me.errors).toBeUndefined();
      expect(me.data!.me.user.displayName).toBe(user.displayName);
      expect(me.data!.me.agency.name).toBe(DEMO_AGENCIES.find((a) => a.key === user.agency)!.name);
      expect(me.data!.me.region.name).toBe(DEMO_REGION.name);
      expect(me.data!.me.roles).toEqual(user.roles);
    },
  );

  it('accepts the e-mail address in any case and with surrounding spaces', async () => {
    const res = await login(
      t.agent(),
      `  ${wijkagent.email.toUpperCase()} `,
      DEMO_PASSWORD,
      nextIp(),
    );
    expect(res.data?.login.user.email).toBe(wijkagent.email);
  });

  it('sets the session as an httpOnly, SameSite=Strict cookie and never returns the token in the body', async () => {
    const res = await login(t.agent(), wijkagent.email, DEMO_PASSWORD, nextIp());
    const cookie = sessionCookie(res.headers)!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    const token = cookie.split(';')[0]!.split('=')[1]!;
    expect(JSON.stringify(res.data)).not.toContain(token);
  });

  it('answers me without a session with UNAUTHENTICATED', async () => {
    const res = await gql(t.agent(), ME);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(res.data).toBeNull();
  });
});

describe('failed logins', () => {
  it('gives one generic answer for a wrong password and an unknown account, and sets no cookie', async () => {
    const wrong = await login(t.agent(), wijkagent.email, 'not-the-password-123', nextIp());
    const unknown = await login(t.agent(), 'nobody@nowhere.example', DEMO_PASSWORD, nextIp());
    expect(errorCode(wrong)).toBe('INVALID_CREDENTIALS');
    expect(errorCode(unknown)).toBe('INVALID_CREDENTIALS');
    expect(wrong.errors![0]!.message).toBe(unknown.errors![0]!.message);
    expect(sessionCookie(wrong.headers)).toBeUndefined();
  });

  it('slows an account at one source after repeated failures, even with the right password, but not the owner elsewhere', async () => {
    const target = DEMO_USERS.find((u) => u.email.startsWith('om@'))!;
    const attacker = nextIp();
    for (let i = 0; i < THROTTLE.pair.free; i++) {
      const res = await login(t.agent(), target.email, `wrong-password-${i}xx`, attacker);
      expect(errorCode(res)).toBe('INVALID_CREDENTIALS');
    }
    const blocked = await login(t.agent(), target.email, DEMO_PASSWORD, attacker);
    expect(errorCode(blocked)).toBe('LOGIN_THROTTLED');
    expect(sessionCookie(blocked.headers)).toBeUndefined();
    // A delay, not a lock: the answer says when to try again (15 s after the fifth failure).
    const retryAfter = (blocked.errors![0]!.extensions as { retryAfterSeconds?: number })
      .retryAfterSeconds;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(THROTTLE.pair.baseSeconds);
    // The owner, at another address, is not locked out; other accounts are not affected.
    const owner = await login(t.agent(), target.email, DEMO_PASSWORD, nextIp());
    expect(owner.errors).toBeUndefined();
    const other = await login(t.agent(), wijkagent.email, DEMO_PASSWORD, nextIp());
    expect(other.errors).toBeUndefined();
  });

  it('throttles a source address that tries many accounts', async () => {
    const ip = nextIp();
    for (let i = 0; i < THROTTLE.source.free; i++) {
      await login(t.agent(), `guess${i}@nowhere.example`, 'wrong-password-xx', ip);
    }
    const blocked = await login(t.agent(), wijkagent.email, DEMO_PASSWORD, ip);
    expect(errorCode(blocked)).toBe('LOGIN_THROTTLED');
    const elsewhere = await login(t.agent(), wijkagent.email, DEMO_PASSWORD, nextIp());
    expect(elsewhere.errors).toBeUndefined();
  });

  it('does not slow an office behind one address: successful sign-ins do not add up', async () => {
    const ip = nextIp();
    const users = DEMO_USERS.slice(0, 4);
    // Well past the source's free attempts, all successful (colleagues behind one NAT address).
    for (let i = 0; i < THROTTLE.source.free + 10; i++) {
      const user = users[i % users.length]!;
      const res = await login(t.agent(), user.email, DEMO_PASSWORD, ip);
      expect([i, res.errors]).toEqual([i, undefined]);
    }
    // Failures still count there.
    for (let i = 0; i < THROTTLE.source.free; i++) {
      await login(t.agent(), `office${i}@nowhere.example`, 'wrong-password-xx', ip);
    }
    const blocked = await login(t.agent(), users[0]!.email, DEMO_PASSWORD, ip);
    expect(errorCode(blocked)).toBe('LOGIN_THROTTLED');
    // About 100 password hashes in a row: minutes on two busy cores, not a speed test.
  }, 300_000);

  it('does not let a disabled user log in, with the same generic message', async () => {
    const user = DEMO_USERS.find((u) => u.email.startsWith('woningcorporatie'))!;
    await t.db.query(`UPDATE app_user SET active = false WHERE email = $1`, [user.email]);
    try {
      const res = await login(t.agent(), user.email, DEMO_PASSWORD, nextIp());
      expect(errorCode(res)).toBe('INVALID_CREDENTIALS');
    } finally {
      await t.db.query(`UPDATE app_user SET active = true WHERE email = $1`, [user.email]);
    }
  });
});

/** Login attempts whose password was checked, from the security log (login_attempt). */
async function evaluatedAttempts(email: string): Promise<number> {
  const key = t.app.get(LoginThrottleService).accountKey(email);
  const [row] = await t.db.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM login_attempt WHERE account_key = $1`,
    [key],
  );
  return row!.n;
}

describe('the login throttle under concurrency and distributed guessing (issue 11 item 9)', () => {
  it('checks at most the free attempts of 30 parallel wrong passwords for one account', async () => {
    const target = DEMO_USERS.find((u) => u.email.startsWith('ggz@'))!;
    const attacker = nextIp();
    const before = await evaluatedAttempts(target.email);
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        login(t.agent(), target.email, `wrong-password-${i}xx`, attacker),
      ),
    );
    const codes = answers.map(errorCode);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS').length).toBeLessThanOrEqual(
      THROTTLE.pair.free,
    );
    expect(codes.filter((c) => c === 'LOGIN_THROTTLED').length).toBeGreaterThanOrEqual(
      30 - THROTTLE.pair.free,
    );
    expect((await evaluatedAttempts(target.email)) - before).toBeLessThanOrEqual(
      THROTTLE.pair.free,
    );
    // The owner, from their own address, still gets in.
    const owner = await login(t.agent(), target.email, DEMO_PASSWORD, nextIp());
    expect(owner.errors).toBeUndefined();
  });

  it('gives no session beyond the limit to 19 wrong passwords and the right one in parallel', async () => {
    const target = DEMO_USERS.find((u) => u.email.startsWith('veiligthuis@'))!;
    const attacker = nextIp();
    const before = await evaluatedAttempts(target.email);
    const answers = await Promise.all([
      ...Array.from({ length: 19 }, (_, i) =>
        login(t.agent(), target.email, `wrong-password-${i}xx`, attacker),
      ),
      login(t.agent(), target.email, DEMO_PASSWORD, attacker),
    ]);
    const evaluated = answers.filter((a) => errorCode(a) !== 'LOGIN_THROTTLED');
    expect(evaluated.length).toBeLessThanOrEqual(THROTTLE.pair.free);
    expect((await evaluatedAttempts(target.email)) - before).toBeLessThanOrEqual(
      THROTTLE.pair.free,
    );
    // The right password got a session only if it was among the attempts within the limit.
    const right = answers[19]!;
    if (!right.errors) expect(evaluated).toContain(right);
    expect(answers.slice(0, 19).every((a) => sessionCookie(a.headers) === undefined)).toBe(true);
  });

  it('slows guessing spread over many addresses, but not the owner at an address they used before', async () => {
    const target = DEMO_USERS.find((u) => u.email.startsWith('reclassering@'))!;
    const home = nextIp();
    expect((await login(t.agent(), target.email, DEMO_PASSWORD, home)).errors).toBeUndefined();
    // One wrong password from each of as many addresses as the account ceiling lets through.
    const answers = await Promise.all(
      Array.from({ length: THROTTLE.account.free }, (_, i) =>
        login(t.agent(), target.email, `wrong-password-${i}xx`, nextIp()),
      ),
    );
    expect(answers.map(errorCode)).toEqual(answers.map(() => 'INVALID_CREDENTIALS'));
    // A new address now waits (a delay of at most a minute, not a lock)…
    const stranger = await login(t.agent(), target.email, DEMO_PASSWORD, nextIp());
    expect(errorCode(stranger)).toBe('LOGIN_THROTTLED');
    const retryAfter = (stranger.errors![0]!.extensions as { retryAfterSeconds: number })
      .retryAfterSeconds;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(THROTTLE.account.capSeconds);
    // …while the owner at their known address signs in at once.
    const owner = await login(t.agent(), target.email, DEMO_PASSWORD, home);
    expect(owner.errors).toBeUndefined();
  });
});

describe('sessions', () => {
  it("fails a disabled user's next request", async () => {
    const user = DEMO_USERS.find((u) => u.email.startsWith('exodus'))!;
    const agent = t.agent();
    await login(agent, user.email, DEMO_PASSWORD, nextIp());
    expect((await gql(agent, ME)).errors).toBeUndefined();
    await t.db.query(`UPDATE app_user SET active = false WHERE email = $1`, [user.email]);
    try {
      const after = await gql(agent, ME);
      expect(errorCode(after)).toBe('SESSION_EXPIRED');
    } finally {
      await t.db.query(`UPDATE app_user SET active = true WHERE email = $1`, [user.email]);
    }
  });

  it('rejects logout without the CSRF token and keeps the session', async () => {
    const agent = t.agent();
    await login(agent, wijkagent.email, DEMO_PASSWORD, nextIp());
    const res = await gql(agent, 'mutation { logout }');
    expect(errorCode(res)).toBe('CSRF_REJECTED');
    const forged = await gql(agent, 'mutation { logout }', {}, { csrf: 'forged-token' });
    expect(errorCode(forged)).toBe('CSRF_REJECTED');
    expect((await gql(agent, ME)).errors).toBeUndefined();
  });

  it('rejects a cross-site simple POST (Apollo CSRF prevention) before it reaches a resolver', async () => {
    const res = await t
      .agent()
      .post('/graphql')
      .set('content-type', 'text/plain')
      .send(JSON.stringify({ query: 'mutation { logout }' }));
    expect(res.status).toBe(400);
  });

  it('logs out: the cookie is cleared and the old token no longer works', async () => {
    const agent = t.agent();
    const loggedIn = await login(agent, wijkagent.email, DEMO_PASSWORD, nextIp());
    const oldCookie = sessionCookie(loggedIn.headers)!.split(';')[0]!;
    const res = await gql<{ logout: boolean }>(
      agent,
      'mutation { logout }',
      {},
      { csrf: loggedIn.data!.login.csrfToken },
    );
    expect(res.data?.logout).toBe(true);
    expect(sessionCookie(res.headers)).toMatch(/schakel_session=;/);
    const replay = await gql(t.agent(), ME, {}, { headers: { cookie: oldCookie } });
    expect(errorCode(replay)).toBe('SESSION_EXPIRED');
  });

  it('renews the session token when half of the idle window has passed (sliding renewal)', async () => {
    const agent = t.agent();
    const loggedIn = await login(agent, wijkagent.email, DEMO_PASSWORD, nextIp());
    const jwt = new JwtService({ secret: TEST_SESSION_SECRET });
    const claims = jwt.decode<Record<string, number | string>>(
      sessionCookie(loggedIn.headers)!.split(';')[0]!.split('=')[1]!,
    );
    const now = Math.floor(Date.now() / 1000);
    // Same session, issued long enough ago that renewal is due.
    const aged = jwt.sign({ ...claims, iat: now - 1200, exp: now + 300 });
    const res = await gql(t.agent(), ME, {}, { headers: { cookie: `schakel_session=${aged}` } });
    expect(res.errors).toBeUndefined();
    const renewed = sessionCookie(res.headers)!;
    const renewedClaims = jwt.decode<Record<string, number | string>>(
      renewed.split(';')[0]!.split('=')[1]!,
    );
    expect(renewedClaims.sid).toBe(claims.sid);
    expect(renewedClaims.exp as number).toBeGreaterThan(now + 300);
    // A fresh token is not re-issued on every request.
    const fresh = await gql(agent, ME);
    expect(sessionCookie(fresh.headers)).toBeUndefined();
  });

  it('ends a session at the absolute maximum however active it is', async () => {
    const loggedIn = await login(t.agent(), wijkagent.email, DEMO_PASSWORD, nextIp());
    const jwt = new JwtService({ secret: TEST_SESSION_SECRET });
    const claims = jwt.decode<Record<string, number | string>>(
      sessionCookie(loggedIn.headers)!.split(';')[0]!.split('=')[1]!,
    );
    const now = Math.floor(Date.now() / 1000);
    const tooOld = jwt.sign({
      ...claims,
      auth: now - t.config.sessionMaxSeconds - 5,
      iat: now - 60,
      exp: now + 600,
    });
    const res = await gql(t.agent(), ME, {}, { headers: { cookie: `schakel_session=${tooOld}` } });
    expect(errorCode(res)).toBe('SESSION_EXPIRED');
  });

  it('rejects a token signed with another secret', async () => {
    const forged = new JwtService({ secret: 'another-secret-0123456789abcdefghijkl' }).sign({
      sub: '00000000-0000-0000-0000-000000000000',
      sid: '00000000-0000-0000-0000-000000000000',
      auth: Math.floor(Date.now() / 1000),
      csrf: 'x',
    });
    const res = await gql(t.agent(), ME, {}, { headers: { cookie: `schakel_session=${forged}` } });
    expect(errorCode(res)).toBe('SESSION_EXPIRED');
  });
});

describe('changing the password', () => {
  const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { csrfToken } }`;

  it('refuses a new password shorter than 12 characters and keeps the old one', async () => {
    const user = DEMO_USERS.find((u) => u.email.startsWith('veiligthuis'))!;
    const agent = t.agent();
    const { data } = await login(agent, user.email, DEMO_PASSWORD, nextIp());
    const res = await gql(
      agent,
      CHANGE,
      { input: { currentPassword: DEMO_PASSWORD, newPassword: 'short-pass1' } },
      { csrf: data!.login.csrfToken },
    );
    expect(errorCode(res)).toBe('PASSWORD_TOO_SHORT');
    expect((await login(t.agent(), user.email, DEMO_PASSWORD, nextIp())).errors).toBeUndefined();
  });

  it('refuses common and breached passwords (in any case) and the current password, and keeps the old one', async () => {
    const user = DEMO_USERS.find((u) => u.email.startsWith('woningcorporatie'))!;
    const agent = t.agent();
    const { data } = await login(agent, user.email, DEMO_PASSWORD, nextIp());
    const change = (newPassword: string) =>
      gql(
        agent,
        CHANGE,
        { input: { currentPassword: DEMO_PASSWORD, newPassword } },
        { csrf: data!.login.csrfToken },
      );
    for (const common of ['qwertyuiop123', 'Password1234', '1QAZ2WSX3EDC']) {
      const res = await change(common);
      expect(errorCode(res)).toBe('PASSWORD_TOO_COMMON');
      expect(res.errors![0]!.extensions?.field).toBe('newPassword');
    }
    const same = await change(DEMO_PASSWORD);
    expect(errorCode(same)).toBe('PASSWORD_UNCHANGED');
    expect(same.errors![0]!.extensions?.field).toBe('newPassword');
    // Nothing changed: the session goes on and the old password still works.
    expect((await gql(agent, ME)).errors).toBeUndefined();
    expect((await login(t.agent(), user.email, DEMO_PASSWORD, nextIp())).errors).toBeUndefined();
  });

  it('knows every password of the 1,000,000 (so also the 100,000) most common that is long enough to be chosen', () => {
    const lines = readFileSync(COMMON_PASSWORD_FILE, 'utf8').split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(999_999);
    const long = (p: string) => [...p].length >= MIN_PASSWORD_LENGTH;
    // Shorter ones are refused by length; of the top 100,000, 489 are long enough.
    expect(lines.slice(0, 100_000).filter(long).length).toBeGreaterThan(400);
    const choosable = lines.filter(long);
    expect(choosable.length).toBeGreaterThan(40_000);
    expect(choosable.filter((p) => !isCommonPassword(p))).toEqual([]);
    expect(isCommonPassword('een-nieuw-lang-wachtwoord')).toBe(false);
  });

  it('changes the password when the current one is right, ending the other sessions', async () => {
    const user = DEMO_USERS.find((u) => u.email.startsWith('ggz'))!;
    const agent = t.agent();
    const otherDevice = t.agent();
    await login(otherDevice, user.email, DEMO_PASSWORD, nextIp());
    const { data } = await login(agent, user.email, DEMO_PASSWORD, nextIp());
    const wrong = await gql(
      agent,
      CHANGE,
      { input: { currentPassword: 'not-my-password', newPassword: 'een-nieuw-lang-wachtwoord' } },
      { csrf: data!.login.csrfToken },
    );
    expect(errorCode(wrong)).toBe('INVALID_CREDENTIALS');
    const ok = await gql(
      agent,
      CHANGE,
      { input: { currentPassword: DEMO_PASSWORD, newPassword: 'een-nieuw-lang-wachtwoord' } },
      { csrf: data!.login.csrfToken },
    );
    expect(ok.errors).toBeUndefined();
    // This session continues with a new CSRF token; the other device is signed out.
    const me = await gql<{ me: { csrfToken: string } }>(agent, ME);
    const changed = ok.data as { changePassword: { csrfToken: string } };
    expect(me.data?.me.csrfToken).toBe(changed.changePassword.csrfToken);
    expect(me.data?.me.csrfToken).not.toBe(data!.login.csrfToken);
    expect(errorCode(await gql(otherDevice, ME))).toBe('SESSION_EXPIRED');
    expect(errorCode(await login(t.agent(), user.email, DEMO_PASSWORD, nextIp()))).toBe(
      'INVALID_CREDENTIALS',
    );
    expect(
      (await login(t.agent(), user.email, 'een-nieuw-lang-wachtwoord', nextIp())).errors,
    ).toBeUndefined();
  });
});

describe('logs', () => {
  it('carry request ids and no personal data', async () => {
    const agent = t.agent();
    const res = await login(agent, wijkagent.email, DEMO_PASSWORD, nextIp());
    const requestId = res.headers['x-request-id'] as string;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const lines = t.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(
      lines.some((l) => l.requestId === requestId && l.msg === 'request' && l.path === '/graphql'),
    ).toBe(true);
    const all = t.logs.join('\n');
    for (const user of DEMO_USERS) {
      expect(all).not.toContain(user.email);
      expect(all).not.toContain(user.displayName);
    }
    expect(all).not.toContain(DEMO_PASSWORD);
  });

  it('do not report expected refusals (not signed in, CSRF) as errors', async () => {
    const before = t.logs.length;
    await gql(t.agent(), ME);
    const agent = t.agent();
    await login(agent, wijkagent.email, DEMO_PASSWORD, nextIp());
    await gql(agent, 'mutation { logout }');
    const errors = t.logs
      .slice(before)
      .filter((l) => (JSON.parse(l) as { level: string }).level === 'error');
    expect(errors).toEqual([]);
  });
});
