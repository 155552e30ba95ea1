import { MFA_THROTTLE } from '../src/auth/login-throttle.service';
import { DEMO_PASSWORD } from '../src/demo/demo-data';
import { errorCode, gql, login, ME, ok } from './support/graphql-client';
import {
  cloneUser,
  COMPLETE_WITH_CODE,
  CONFIRM_TOTP,
  enrolTotp,
  ip,
  loginWithCode,
  MY_FACTORS,
  passwordSession,
  passwordStep,
  securityEvents,
  sessionOf,
  START_TOTP,
  totpCode,
} from './support/mfa';
import { createTestApp, type TestApp } from './support/test-app';

/*
 * TOTP (RFC 6238) as the login's second factor, with recovery codes, replay refusal and the MFA
 * throttle, on the real app and database (MFA optional here: the demo's setting).
 *
 * A code is accepted once per 30 s time step, and enrolment uses the current step; so the login
 * right after uses the next step's code (the server accepts one step either side).
 */

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const REGIE = 'procesregisseur@zvh.demo.example';

function cookieNames(headers: Record<string, string | string[] | undefined>): string[] {
  const raw = headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.map(
    (c) => `${c.split('=')[0]}${/Expires=Thu, 01 Jan 1970/.test(c) ? ' (cleared)' : ''}`,
  );
}

describe('enrolment', () => {
  it('gives a secret, an otpauth URI and a QR code, and becomes a factor only when confirmed with a code', async () => {
    const email = await cloneUser(t, REGIE);
    const session = await passwordSession(t, email);
    const started = ok(
      await session.gql<{
        startTotpEnrolment: { secret: string; otpauthUri: string; qrCode: string };
      }>(START_TOTP),
    ).startTotpEnrolment;
    expect(started.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(started.otpauthUri).toMatch(/^otpauth:\/\/totp\/Schakel:/);
    expect(started.otpauthUri).toContain(`secret=${started.secret}`);
    expect(started.otpauthUri).toContain('issuer=Schakel');
    expect(started.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(started.qrCode.split(',')[1]!, 'base64').toString()).toContain('<svg');

    // Not confirmed: the next login needs no second factor yet.
    const before = await login(t.agent(), email, DEMO_PASSWORD, ip());
    expect(before.errors).toBeUndefined();

    const wrong = await session.gql(CONFIRM_TOTP, { input: { code: '000000' } });
    expect(errorCode(wrong)).toBe('INVALID_SECOND_FACTOR');
    const confirmed = ok(
      await session.gql<{ confirmTotpEnrolment: string[] }>(CONFIRM_TOTP, {
        input: { code: await totpCode(started.secret) },
      }),
    ).confirmTotpEnrolment;
    // Ten recovery codes, shown now only.
    expect(confirmed).toHaveLength(10);
    expect(new Set(confirmed).size).toBe(10);
    for (const code of confirmed) expect(code).toMatch(/^[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}$/);

    const status = ok(await session.gql<{ mySecondFactors: Record<string, unknown> }>(MY_FACTORS));
    expect(status.mySecondFactors).toMatchObject({
      required: false,
      totp: true,
      recoveryCodesLeft: 10,
      stepUpFresh: true,
    });
  });

  it('stores the secret encrypted and the recovery codes only as hashes', async () => {
    const email = await cloneUser(t, REGIE);
    const { secret, recoveryCodes } = await enrolTotp(await passwordSession(t, email));
    const [row] = await t.db.query<{ secret: string }[]>(
      `SELECT secret_encrypted AS secret FROM mfa_totp t JOIN app_user u ON u.id = t.user_id WHERE u.email = $1`,
      [email],
    );
    expect(row!.secret).not.toContain(secret);
    const dump = JSON.stringify(
      await t.db.query(
        `SELECT r.* FROM mfa_recovery_code r JOIN app_user u ON u.id = r.user_id WHERE u.email = $1`,
        [email],
      ),
    );
    for (const code of recoveryCodes) {
      expect(dump).not.toContain(code);
      expect(dump).not.toContain(code.replace(/-/g, ''));
    }
  });

  it('does not start over a confirmed authenticator: the old one must be removed first', async () => {
    const email = await cloneUser(t, REGIE);
    const { secret } = await enrolTotp(await passwordSession(t, email));
    const { agent, res } = await loginWithCode(t, email, await totpCode(secret, 30));
    const session = sessionOf(agent, ok(res).completeLoginWithCode.csrfToken);
    expect(errorCode(await session.gql(START_TOTP))).toBe('INVALID_SECOND_FACTOR');
  });
});

describe("the login's second step", () => {
  it('the password step starts no session; the code completes it through a new session', async () => {
    const email = await cloneUser(t, REGIE);
    const { secret } = await enrolTotp(await passwordSession(t, email));

    const headers = ip();
    const { agent, res } = await passwordStep(t, email, headers);
    expect(errorCode(res)).toBe('SECOND_FACTOR_REQUIRED');
    expect(res.data).toBeNull();
    // Only the pending cookie: no session.
    expect(cookieNames(res.headers)).toEqual(['schakel_mfa']);
    expect(errorCode(await gql(agent, ME))).toBe('UNAUTHENTICATED');

    const done = await gql<{
      completeLoginWithCode: { user: { email: string }; csrfToken: string };
    }>(agent, COMPLETE_WITH_CODE, { input: { code: await totpCode(secret, 30) } }, { headers });
    expect(ok(done).completeLoginWithCode.user.email).toBe(email);
    expect(cookieNames(done.headers).sort()).toEqual(['schakel_mfa (cleared)', 'schakel_session']);
    const me = ok(await gql<{ me: { user: { email: string } } }>(agent, ME));
    expect(me.me.user.email).toBe(email);
  });

  it('refuses the second step without the password step, and a pending cookie is no session', async () => {
    const email = await cloneUser(t, REGIE);
    const { secret } = await enrolTotp(await passwordSession(t, email));
    const alone = await gql(t.agent(), COMPLETE_WITH_CODE, {
      input: { code: await totpCode(secret, 30) },
    });
    expect(errorCode(alone)).toBe('SECOND_FACTOR_EXPIRED');

    const { res } = await passwordStep(t, email);
    const raw = res.headers['set-cookie'];
    const pending = (Array.isArray(raw) ? raw : [raw!])[0]!.split(';')[0]!.split('=')[1]!;
    // Signed with a key of its own: as a session cookie it is not even a valid token.
    const forged = await gql(
      t.agent(),
      ME,
      {},
      { headers: { cookie: `schakel_session=${pending}` } },
    );
    expect(errorCode(forged)).toBe('SESSION_EXPIRED');
  });

  it('refuses a replayed code: each time step is accepted once', async () => {
    const email = await cloneUser(t, REGIE);
    const { secret, enrolmentCode } = await enrolTotp(await passwordSession(t, email));
    // The enrolment's own code cannot log in (the code it confirmed with, not one computed again
    // afterwards: on a busy machine a new time step may have begun meanwhile).
    const replayEnrolment = await loginWithCode(t, email, enrolmentCode);
    expect(errorCode(replayEnrolment.res)).toBe('INVALID_SECOND_FACTOR');

    const code = await totpCode(secret, 30);
    ok((await loginWithCode(t, email, code)).res);
    const again = await loginWithCode(t, email, code);
    expect(errorCode(again.res)).toBe('INVALID_SECOND_FACTOR');
    expect(errorCode(await gql(again.agent, ME))).toBe('UNAUTHENTICATED');
  });

  it('accepts a recovery code once, in any case and with or without dashes', async () => {
    const email = await cloneUser(t, REGIE);
    const { recoveryCodes } = await enrolTotp(await passwordSession(t, email));
    const code = recoveryCodes[3]!;
    const first = await loginWithCode(t, email, ` ${code.toUpperCase().replace(/-/g, '')} `);
    const session = sessionOf(first.agent, ok(first.res).completeLoginWithCode.csrfToken);
    expect(
      ok(await session.gql<{ mySecondFactors: { recoveryCodesLeft: number } }>(MY_FACTORS))
        .mySecondFactors.recoveryCodesLeft,
    ).toBe(9);
    const again = await loginWithCode(t, email, code);
    expect(errorCode(again.res)).toBe('INVALID_SECOND_FACTOR');
  });

  it('fails with a password changed since the password step', async () => {
    const email = await cloneUser(t, REGIE);
    const { secret } = await enrolTotp(await passwordSession(t, email));
    const { agent, res } = await passwordStep(t, email);
    expect(errorCode(res)).toBe('SECOND_FACTOR_REQUIRED');
    await t.db.query(
      `UPDATE app_user SET session_generation = session_generation + 1 WHERE email = $1`,
      [email],
    );
    const done = await gql(agent, COMPLETE_WITH_CODE, {
      input: { code: await totpCode(secret, 30) },
    });
    expect(errorCode(done)).toBe('SECOND_FACTOR_EXPIRED');
    expect(errorCode(await gql(agent, ME))).toBe('UNAUTHENTICATED');
  });
});

describe('throttling of second-factor attempts', () => {
  it('slows an account at one source after repeated wrong codes, even for the right code', async () => {
    const email = await cloneUser(t, REGIE);
    const { secret } = await enrolTotp(await passwordSession(t, email));
    const attacker = ip();
    const { agent } = await passwordStep(t, email, attacker);
    for (let i = 0; i < MFA_THROTTLE.pair.free; i++) {
      const res = await gql(
        agent,
        COMPLETE_WITH_CODE,
        { input: { code: `00000${i}` } },
        { headers: attacker },
      );
      expect(errorCode(res)).toBe('INVALID_SECOND_FACTOR');
    }
    const blocked = await gql(
      agent,
      COMPLETE_WITH_CODE,
      { input: { code: await totpCode(secret, 30) } },
      { headers: attacker },
    );
    expect(errorCode(blocked)).toBe('MFA_THROTTLED');
    const retryAfter = (blocked.errors![0]!.extensions as { retryAfterSeconds?: number })
      .retryAfterSeconds;
    // The first delay (baseSeconds after the free attempts), less the seconds the requests took:
    // generous slack for a busy machine, but not a leftover of some other wait.
    expect(retryAfter).toBeGreaterThan(MFA_THROTTLE.pair.baseSeconds - 15);
    expect(retryAfter).toBeLessThanOrEqual(MFA_THROTTLE.pair.baseSeconds);
    expect(errorCode(await gql(agent, ME))).toBe('UNAUTHENTICATED');

    // The owner elsewhere still gets in: a delay per (account, source), not a lock.
    ok((await loginWithCode(t, email, await totpCode(secret, 30))).res);
  });

  it('slows an account over all sources after more wrong codes', async () => {
    const email = await cloneUser(t, REGIE);
    const { secret } = await enrolTotp(await passwordSession(t, email));
    for (let i = 0; i < MFA_THROTTLE.account.free; i++) {
      const { res } = await loginWithCode(t, email, `11111${i % 10}`);
      expect(errorCode(res)).toBe('INVALID_SECOND_FACTOR');
    }
    const { res } = await loginWithCode(t, email, await totpCode(secret, 30));
    expect(errorCode(res)).toBe('MFA_THROTTLED');
  });

  it('throttles the step-up like the login', async () => {
    const email = await cloneUser(t, REGIE);
    const session = await passwordSession(t, email);
    await enrolTotp(session);
    for (let i = 0; i < MFA_THROTTLE.pair.free; i++) {
      expect(
        errorCode(
          await session.gql(`mutation { stepUp(input: { code: "22222${i}" }) { stepUpFresh } }`),
        ),
      ).toBe('INVALID_SECOND_FACTOR');
    }
    expect(
      errorCode(
        await session.gql(`mutation { stepUp(input: { code: "333333" }) { stepUpFresh } }`),
      ),
    ).toBe('MFA_THROTTLED');
  });
});

describe('the security trail', () => {
  it('records enrolment, recovery codes, verification, failures and removal', async () => {
    const email = await cloneUser(t, REGIE);
    const [user] = await t.db.query<{ id: string }[]>(`SELECT id FROM app_user WHERE email = $1`, [
      email,
    ]);
    const id = user!.id;
    const { secret, recoveryCodes } = await enrolTotp(await passwordSession(t, email));
    await loginWithCode(t, email, '999999');
    await loginWithCode(t, email, recoveryCodes[0]!);
    const { agent, res } = await loginWithCode(t, email, await totpCode(secret, 30));
    const session = sessionOf(agent, ok(res).completeLoginWithCode.csrfToken);
    ok(await session.gql(`mutation { removeTotp { totp } }`));

    const kinds = securityEvents(t)
      .filter((e) => e.userId === id)
      .map((e) => `${e.kind}:${e.result}`);
    expect(kinds).toEqual([
      'MFA_TOTP_ENROLLED:SUCCESS',
      'MFA_RECOVERY_CODES_CREATED:SUCCESS',
      'MFA_FAILED:FAILURE',
      'MFA_RECOVERY_CODE_USED:SUCCESS',
      'MFA_VERIFIED:SUCCESS',
      'MFA_VERIFIED:SUCCESS',
      'MFA_TOTP_REMOVED:SUCCESS',
    ]);
    // The same events in the region's hash-chained trail (S's SecurityEvents), with the origin.
    const trail = await t.db.query<
      { operation: string; result: string; reasonCode: string | null; origin: string | null }[]
    >(
      `SELECT operation, result, reason_code AS "reasonCode", origin_address AS origin
         FROM audit_event WHERE action = 'MFA' AND actor_user_id = $1 ORDER BY seq`,
      [id],
    );
    expect(trail.map((e) => `${e.operation}:${e.result}:${e.reasonCode ?? ''}`)).toEqual([
      'mfa.totp_enrolled:ALLOWED:',
      'mfa.recovery_codes_created:ALLOWED:',
      'mfa.failed:DENIED:INVALID_SECOND_FACTOR',
      'mfa.recovery_code_used:ALLOWED:',
      'mfa.verified:ALLOWED:RECOVERY_CODE',
      'mfa.verified:ALLOWED:TOTP',
      'mfa.totp_removed:ALLOWED:',
    ]);
    expect(trail.every((e) => e.origin !== null)).toBe(true);
    // Never a code or a secret in the log or the trail.
    const stored = JSON.stringify(
      await t.db.query(`SELECT * FROM audit_event WHERE action = 'MFA' AND actor_user_id = $1`, [
        id,
      ]),
    );
    expect(stored).not.toContain(secret);
    for (const code of recoveryCodes) expect(stored).not.toContain(code);
    const log = t.logs.join('\n');
    expect(log).not.toContain(secret);
    for (const code of recoveryCodes) expect(log).not.toContain(code);
  });
});

describe('removing the authenticator', () => {
  it('needs a fresh second factor, and takes the recovery codes with it', async () => {
    const email = await cloneUser(t, REGIE);
    const session = await passwordSession(t, email);
    const { secret } = await enrolTotp(session);
    await t.db.query(
      `UPDATE mfa_session SET verified_at = now() - interval '11 minutes'
        WHERE user_id = (SELECT id FROM app_user WHERE email = $1)`,
      [email],
    );
    expect(errorCode(await session.gql(`mutation { removeTotp { totp } }`))).toBe(
      'STEP_UP_REQUIRED',
    );
    ok(
      await session.gql(`mutation($c: String!) { stepUp(input: { code: $c }) { stepUpFresh } }`, {
        c: await totpCode(secret, 30),
      }),
    );
    const after = ok(
      await session.gql<{ removeTotp: { totp: boolean; recoveryCodesLeft: number } }>(
        `mutation { removeTotp { totp recoveryCodesLeft } }`,
      ),
    );
    expect(after.removeTotp).toEqual({ totp: false, recoveryCodesLeft: 0 });
    // Back to a password-only login (MFA is optional here).
    ok(await login(t.agent(), email, DEMO_PASSWORD, ip()));
  });
});
