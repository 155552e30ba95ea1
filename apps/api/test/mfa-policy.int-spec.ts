import { DEMO_PASSWORD } from '../src/demo/demo-data';
import { errorCode, gql, login, ME, ok } from './support/graphql-client';
import {
  cloneUser,
  enrolTotp,
  ip,
  loginWithCode,
  MY_FACTORS,
  passwordSession,
  sessionOf,
  STEP_UP,
  totpCode,
  type Session,
} from './support/mfa';
import { createTestApp, type TestApp } from './support/test-app';

/*
 * MFA as policy: required for every local-password account (MFA_REQUIRED=true, the production
 * default), enrolment forced at the first login with nothing else possible until done, and
 * step-up (a fresh second factor) for covenant changes, break-the-glass and exports.
 */

const REGIE = 'procesregisseur@zvh.demo.example';
const PRIVACY = 'privacy@zvh.demo.example';
const BEHEER = 'beheer@zvh.demo.example';

const START = `mutation { startLoginTotpEnrolment { secret otpauthUri qrCode } }`;
const CONFIRM = `mutation($input: SecondFactorCodeInput!) {
  confirmLoginTotpEnrolment(input: $input) { me { user { email } csrfToken } recoveryCodes }
}`;
const BREAK = `mutation($input: BreakGlassInput!) { breakGlass(input: $input) { caseId } }`;
const PROPOSE = `mutation($input: UpdateCovenantInput!) { proposeCovenantChange(input: $input) { id } }`;

describe('MFA_REQUIRED=true', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ MFA_REQUIRED: 'true' });
  });
  afterAll(async () => {
    await t.close();
  });

  /** Logs in an account that must enrol, enrols TOTP and returns the session. */
  async function firstLogin(
    email: string,
  ): Promise<{ session: Session; secret: string; recoveryCodes: string[] }> {
    const headers = ip();
    const agent = t.agent();
    const res = await login(agent, email, DEMO_PASSWORD, headers);
    expect(errorCode(res)).toBe('MFA_ENROLMENT_REQUIRED');
    const { secret } = ok(
      await gql<{ startLoginTotpEnrolment: { secret: string } }>(agent, START, {}, { headers }),
    ).startLoginTotpEnrolment;
    const done = ok(
      await gql<{
        confirmLoginTotpEnrolment: { me: { csrfToken: string }; recoveryCodes: string[] };
      }>(agent, CONFIRM, { input: { code: await totpCode(secret) } }, { headers }),
    ).confirmLoginTotpEnrolment;
    expect(done.recoveryCodes).toHaveLength(10);
    return {
      session: sessionOf(agent, done.me.csrfToken),
      secret,
      recoveryCodes: done.recoveryCodes,
    };
  }

  it('an account without a factor gets no session at its first login: only enrolment, which then completes the login', async () => {
    const email = await cloneUser(t, REGIE);
    const agent = t.agent();
    const headers = ip();
    const res = await login(agent, email, DEMO_PASSWORD, headers);
    expect(errorCode(res)).toBe('MFA_ENROLMENT_REQUIRED');
    expect(res.data).toBeNull();
    // Nothing but enrolment: no session, so no query and no mutation.
    expect(errorCode(await gql(agent, ME))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(agent, `{ cases { __typename } }`))).toBe('UNAUTHENTICATED');
    // The login's pending state is for enrolling, not for proving a factor.
    expect(
      errorCode(
        await gql(
          agent,
          `mutation { completeLoginWithCode(input: { code: "123456" }) { csrfToken } }`,
          {},
          { headers },
        ),
      ),
    ).toBe('SECOND_FACTOR_EXPIRED');

    const { secret } = ok(
      await gql<{ startLoginTotpEnrolment: { secret: string } }>(agent, START, {}, { headers }),
    ).startLoginTotpEnrolment;
    const wrong = await gql(agent, CONFIRM, { input: { code: '000000' } }, { headers });
    expect(errorCode(wrong)).toBe('INVALID_SECOND_FACTOR');
    const done = ok(
      await gql<{
        confirmLoginTotpEnrolment: { me: { user: { email: string } }; recoveryCodes: string[] };
      }>(agent, CONFIRM, { input: { code: await totpCode(secret) } }, { headers }),
    );
    expect(done.confirmLoginTotpEnrolment.me.user.email).toBe(email);
    expect(ok(await gql<{ me: { user: { email: string } } }>(agent, ME)).me.user.email).toBe(email);

    // The next login asks for the factor.
    const next = await loginWithCode(t, email, await totpCode(secret, 30));
    ok(next.res);
  });

  it('the enrolment state cannot be reached without the right password', async () => {
    const email = await cloneUser(t, REGIE);
    const agent = t.agent();
    const res = await login(agent, email, 'not-the-password-123', ip());
    expect(errorCode(res)).toBe('INVALID_CREDENTIALS');
    expect(errorCode(await gql(agent, START))).toBe('SECOND_FACTOR_EXPIRED');
  });

  it('keeps the last factor: it cannot be removed while MFA is required', async () => {
    const { session } = await firstLogin(await cloneUser(t, REGIE));
    const status = ok(await session.gql<{ mySecondFactors: { required: boolean } }>(MY_FACTORS));
    expect(status.mySecondFactors.required).toBe(true);
    expect(errorCode(await session.gql(`mutation { removeTotp { totp } }`))).toBe(
      'MFA_FACTOR_REQUIRED',
    );
  });

  describe('step-up', () => {
    /** Eleven minutes since the account's sessions proved a factor. */
    const staleFactor = (email: string) =>
      t.db.query(
        `UPDATE mfa_session SET verified_at = now() - interval '11 minutes'
          WHERE user_id = (SELECT id FROM app_user WHERE email = $1)`,
        [email],
      );

    async function caseId(reference: string): Promise<string> {
      const [row] = await t.db.query<{ id: string }[]>(
        `SELECT id FROM case_file WHERE reference = $1`,
        [reference],
      );
      return row!.id;
    }

    it('break-the-glass: fresh after login, refused once stale, allowed again after a step-up', async () => {
      const email = await cloneUser(t, REGIE);
      const { session, secret } = await firstLogin(email);
      const input = {
        caseId: await caseId('ZVH-2026-004'),
        reason: 'Acute dreiging gemeld, overleg niet af te wachten',
      };
      ok(await session.gql(BREAK, { input }));

      await staleFactor(email);
      const refused = await session.gql(BREAK, { input });
      expect(errorCode(refused)).toBe('STEP_UP_REQUIRED');
      expect(
        ok(await session.gql<{ mySecondFactors: { stepUpFresh: boolean } }>(MY_FACTORS))
          .mySecondFactors.stepUpFresh,
      ).toBe(false);

      expect(errorCode(await session.gql(STEP_UP, { input: { code: '000000' } }))).toBe(
        'INVALID_SECOND_FACTOR',
      );
      const stepped = ok(
        await session.gql<{ stepUp: { stepUpFresh: boolean } }>(STEP_UP, {
          input: { code: await totpCode(secret, 30) },
        }),
      );
      expect(stepped.stepUp.stepUpFresh).toBe(true);
      ok(await session.gql(BREAK, { input }));
    });

    it('is per session: a step-up on one session does not make another fresh', async () => {
      const email = await cloneUser(t, REGIE);
      const { session: first, secret, recoveryCodes } = await firstLogin(email);
      const second = await loginWithCode(t, email, await totpCode(secret, 30));
      const other = sessionOf(second.agent, ok(second.res).completeLoginWithCode.csrfToken);
      await staleFactor(email);
      const input = {
        caseId: await caseId('ZVH-2026-004'),
        reason: 'Acute dreiging gemeld, overleg niet af te wachten',
      };
      // A recovery code steps up too (the TOTP steps of this minute are used up).
      ok(await first.gql(STEP_UP, { input: { code: recoveryCodes[0] } }));
      ok(await first.gql(BREAK, { input }));
      expect(errorCode(await other.gql(BREAK, { input }))).toBe('STEP_UP_REQUIRED');
    });

    it('covenant changes ask for a fresh second factor', async () => {
      const email = await cloneUser(t, BEHEER);
      const { session } = await firstLogin(email);
      await staleFactor(email);
      const res = await session.gql(PROPOSE, {
        input: { baseVersion: 1, entries: [], note: 'Test of the step-up' },
      });
      expect(errorCode(res)).toBe('STEP_UP_REQUIRED');
    });

    it('exports ask for a fresh second factor (HTTP 403 with the code)', async () => {
      const email = await cloneUser(t, PRIVACY);
      const { session } = await firstLogin(email);
      await staleFactor(email);
      const res = await session.agent.get(
        '/data-subject-requests/00000000-0000-4000-8000-000000000000/export.json',
      );
      expect(res.status).toBe(403);
      expect((res.body as { code: string }).code).toBe('STEP_UP_REQUIRED');
    });
  });
});

describe('MFA optional (the demo)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('is off by default outside production; accounts without a factor log in and need no step-up', async () => {
    expect(t.config.mfa.required).toBe(false);
    const session = await passwordSession(t, await cloneUser(t, REGIE));
    const [kase] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM case_file WHERE reference = 'ZVH-2026-004'`,
    );
    ok(
      await session.gql(BREAK, {
        input: { caseId: kase!.id, reason: 'Acute dreiging gemeld, overleg niet af te wachten' },
      }),
    );
  });

  it('an account that enrolled anyway gets the step-up', async () => {
    const email = await cloneUser(t, REGIE);
    const session = await passwordSession(t, email);
    await enrolTotp(session);
    await t.db.query(
      `UPDATE mfa_session SET verified_at = now() - interval '11 minutes'
        WHERE user_id = (SELECT id FROM app_user WHERE email = $1)`,
      [email],
    );
    const [kase] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM case_file WHERE reference = 'ZVH-2026-004'`,
    );
    const res = await session.gql(BREAK, {
      input: { caseId: kase!.id, reason: 'Acute dreiging gemeld, overleg niet af te wachten' },
    });
    expect(errorCode(res)).toBe('STEP_UP_REQUIRED');
  });
});
