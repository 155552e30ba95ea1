import type request from 'supertest';
import { DEMO_PASSWORD } from '../../src/demo/demo-data';
import { errorCode, gql, login, ok, type GqlResponse, type LoginData } from './graphql-client';
import type { TestApp } from './test-app';

type Agent = ReturnType<typeof request.agent>;

let counter = 0;

/**
 * A new account that signs in with the demo password, copying the roles and agency of a demo
 * user: each test enrols its own factors without touching anyone else's.
 */
export async function cloneUser(t: TestApp, demoEmail: string, label = 'mfa'): Promise<string> {
  const email = `${label}-${++counter}-${Date.now()}@mfa.test.example`;
  await t.db.query(
    `INSERT INTO app_user (agency_id, email, display_name, password_hash, roles)
     SELECT agency_id, $2, display_name || ' (test)', password_hash, roles FROM app_user WHERE email = $1`,
    [demoEmail, email],
  );
  return email;
}

/** TOTP codes as an authenticator app makes them (otplib, ESM). */
export async function totpCode(secret: string, offsetSeconds = 0): Promise<string> {
  const { generate } = await import('otplib');
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });
}

export const START_TOTP = `mutation { startTotpEnrolment { secret otpauthUri qrCode } }`;
export const CONFIRM_TOTP = `mutation($input: SecondFactorCodeInput!) { confirmTotpEnrolment(input: $input) }`;
export const COMPLETE_WITH_CODE = `mutation($input: SecondFactorCodeInput!) {
  completeLoginWithCode(input: $input) { user { email } csrfToken }
}`;
export const STEP_UP = `mutation($input: SecondFactorCodeInput!) { stepUp(input: $input) { stepUpFresh } }`;
export const MY_FACTORS = `{ mySecondFactors { required totp recoveryCodesLeft stepUpFresh passkeys { id name lastUsedAt } } }`;

export interface Session {
  agent: Agent;
  csrf: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResponse<T>>;
}

export function sessionOf(agent: Agent, csrf: string): Session {
  return {
    agent,
    csrf,
    gql: (query, variables = {}) => gql(agent, query, variables, { csrf }),
  };
}

export const ip = (() => {
  let n = 1;
  return () => ({ 'x-forwarded-for': `198.51.100.${n++ % 250}` });
})();

/** Logs in with the password only; the account must not need a second factor. */
export async function passwordSession(t: TestApp, email: string): Promise<Session> {
  const agent = t.agent();
  const res = await login(agent, email, DEMO_PASSWORD, ip());
  return sessionOf(agent, ok(res).login.csrfToken);
}

/** Enrols TOTP on a signed-in session; returns the secret and the recovery codes. */
export async function enrolTotp(
  session: Session,
): Promise<{ secret: string; recoveryCodes: string[]; enrolmentCode: string }> {
  const started = ok(
    await session.gql<{ startTotpEnrolment: { secret: string } }>(START_TOTP),
  ).startTotpEnrolment;
  const enrolmentCode = await totpCode(started.secret);
  const confirmed = ok(
    await session.gql<{ confirmTotpEnrolment: string[] }>(CONFIRM_TOTP, {
      input: { code: enrolmentCode },
    }),
  );
  return {
    secret: started.secret,
    recoveryCodes: confirmed.confirmTotpEnrolment,
    enrolmentCode,
  };
}

/** The password step of an account with a second factor: the agent holds the pending cookie. */
export async function passwordStep(
  t: TestApp,
  email: string,
  headers: Record<string, string> = ip(),
): Promise<{ agent: Agent; res: GqlResponse<LoginData> }> {
  const agent = t.agent();
  const res = await login(agent, email, DEMO_PASSWORD, headers);
  return { agent, res };
}

export async function loginWithCode(
  t: TestApp,
  email: string,
  code: string,
  headers: Record<string, string> = ip(),
): Promise<{ agent: Agent; res: GqlResponse<{ completeLoginWithCode: { csrfToken: string } }> }> {
  const { agent, res } = await passwordStep(t, email, headers);
  expect(errorCode(res)).toBe('SECOND_FACTOR_REQUIRED');
  const done = await gql<{ completeLoginWithCode: { csrfToken: string } }>(
    agent,
    COMPLETE_WITH_CODE,
    { input: { code } },
    { headers },
  );
  return { agent, res: done };
}

/** The security events the app logged (MfaEvents, until S's SecurityEvents is on main). */
export function securityEvents(t: TestApp): { kind: string; userId: string; result: string }[] {
  return t.logs
    .map(
      (line) =>
        JSON.parse(line) as { msg?: string; kind?: string; userId?: string; result?: string },
    )
    .filter((e) => e.msg === 'security event')
    .map((e) => ({ kind: e.kind!, userId: e.userId!, result: e.result! }));
}
