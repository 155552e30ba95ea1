import { DEMO_PASSWORD } from '../src/demo/demo-data';
import { errorCode, gql, login, ME, ok } from './support/graphql-client';
import {
  cloneUser,
  ip,
  MY_FACTORS,
  passwordSession,
  passwordStep,
  securityEvents,
  sessionOf,
  type Session,
} from './support/mfa';
import { SoftAuthenticator, strangerKey, type RequestOptions } from './support/soft-authenticator';
import { createTestApp, type TestApp } from './support/test-app';

/*
 * WebAuthn passkeys (@simplewebauthn/server) as second factor: registration, the login's second
 * step, step-up and removal, with a software authenticator that really signs (P-256, 'none'
 * attestation): the server checks challenge, origin, RP id, signature and counter for real.
 */

const REGIE = 'procesregisseur@zvh.demo.example';
const REGISTRATION_OPTIONS = `mutation { passkeyRegistrationOptions }`;
const REGISTER = `mutation($input: PasskeyResponseInput!) { registerPasskey(input: $input) }`;
const LOGIN_OPTIONS = `mutation { loginPasskeyOptions }`;
const COMPLETE = `mutation($response: String!) {
  completeLoginWithPasskey(response: $response) { user { email } csrfToken }
}`;

interface Factors {
  mySecondFactors: {
    totp: boolean;
    recoveryCodesLeft: number;
    stepUpFresh: boolean;
    passkeys: { id: string; name: string; lastUsedAt: string | null }[];
  };
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function registerPasskey(
  session: Session,
  authenticator: SoftAuthenticator,
  name = 'Laptop',
): Promise<string[]> {
  const options = JSON.parse(
    ok(await session.gql<{ passkeyRegistrationOptions: string }>(REGISTRATION_OPTIONS))
      .passkeyRegistrationOptions,
  ) as Parameters<SoftAuthenticator['create']>[0];
  const response = authenticator.create(options);
  return ok(
    await session.gql<{ registerPasskey: string[] }>(REGISTER, { input: { response, name } }),
  ).registerPasskey;
}

/** Password step, then the passkey: the answer to the login's options, or a tampered one. */
async function loginWithPasskey(
  email: string,
  authenticator: SoftAuthenticator,
  tamper: Parameters<SoftAuthenticator['get']>[1] = {},
) {
  const headers = ip();
  const { agent, res } = await passwordStep(t, email, headers);
  expect(errorCode(res)).toBe('SECOND_FACTOR_REQUIRED');
  const options = JSON.parse(
    ok(await gql<{ loginPasskeyOptions: string }>(agent, LOGIN_OPTIONS, {}, { headers }))
      .loginPasskeyOptions,
  ) as RequestOptions;
  const response = authenticator.get(options, tamper);
  const done = await gql<{ completeLoginWithPasskey: { csrfToken: string } }>(
    agent,
    COMPLETE,
    { response },
    { headers },
  );
  return { agent, headers, options, response, done };
}

describe('registration', () => {
  it('registers a passkey (the first factor brings recovery codes) and lists it by name', async () => {
    const email = await cloneUser(t, REGIE);
    const session = await passwordSession(t, email);
    const authenticator = new SoftAuthenticator();
    const options = JSON.parse(
      ok(await session.gql<{ passkeyRegistrationOptions: string }>(REGISTRATION_OPTIONS))
        .passkeyRegistrationOptions,
    ) as { rp: { id: string; name: string }; attestation: string; user: { name: string } };
    expect(options.rp).toEqual({ id: 'localhost', name: 'Schakel' });
    expect(options.attestation).toBe('none');
    expect(options.user.name).toBe(email);
    const response = authenticator.create(options as never);
    const codes = ok(
      await session.gql<{ registerPasskey: string[] }>(REGISTER, {
        input: { response, name: 'Werklaptop' },
      }),
    ).registerPasskey;
    expect(codes).toHaveLength(10);

    const factors = ok(await session.gql<Factors>(MY_FACTORS)).mySecondFactors;
    expect(factors.passkeys.map((p) => p.name)).toEqual(['Werklaptop']);
    expect(factors.recoveryCodesLeft).toBe(10);
    // Only the public key is stored.
    const [row] = await t.db.query<{ key: Buffer }[]>(
      `SELECT public_key AS key FROM webauthn_credential WHERE id = $1`,
      [factors.passkeys[0]!.id],
    );
    expect(row!.key.length).toBeLessThan(120);
  });

  it('refuses an answer to a challenge it did not give, or given for another account, or twice', async () => {
    const email = await cloneUser(t, REGIE);
    const session = await passwordSession(t, email);
    const authenticator = new SoftAuthenticator();
    const forged = authenticator.create({
      challenge: Buffer.from('not-a-challenge-we-gave').toString('base64url'),
      rp: { id: 'localhost', name: 'Schakel' },
      user: { id: 'x', name: email },
    });
    expect(errorCode(await session.gql(REGISTER, { input: { response: forged } }))).toBe(
      'INVALID_SECOND_FACTOR',
    );

    // Options given to another account do not register a passkey here.
    const other = await passwordSession(t, await cloneUser(t, REGIE));
    const theirs = JSON.parse(
      ok(await other.gql<{ passkeyRegistrationOptions: string }>(REGISTRATION_OPTIONS))
        .passkeyRegistrationOptions,
    ) as Parameters<SoftAuthenticator['create']>[0];
    const answer = authenticator.create(theirs);
    expect(errorCode(await session.gql(REGISTER, { input: { response: answer } }))).toBe(
      'INVALID_SECOND_FACTOR',
    );
    // ... and each challenge is taken once.
    ok(await other.gql(REGISTER, { input: { response: answer } }));
    expect(errorCode(await other.gql(REGISTER, { input: { response: answer } }))).toBe(
      'INVALID_SECOND_FACTOR',
    );
  });

  it('refuses an answer made for another origin', async () => {
    const session = await passwordSession(t, await cloneUser(t, REGIE));
    const phishing = new SoftAuthenticator('https://schakel-login.example.com');
    const options = JSON.parse(
      ok(await session.gql<{ passkeyRegistrationOptions: string }>(REGISTRATION_OPTIONS))
        .passkeyRegistrationOptions,
    ) as Parameters<SoftAuthenticator['create']>[0];
    const response = phishing.create(options);
    expect(errorCode(await session.gql(REGISTER, { input: { response } }))).toBe(
      'INVALID_SECOND_FACTOR',
    );
  });
});

describe('login with a passkey as second factor', () => {
  it('completes the login with a real signature and records the use', async () => {
    const email = await cloneUser(t, REGIE);
    const authenticator = new SoftAuthenticator();
    await registerPasskey(await passwordSession(t, email), authenticator);

    const started = Date.now();
    const { agent, options, done } = await loginWithPasskey(email, authenticator);
    expect(options.allowCredentials).toHaveLength(1);
    const session = sessionOf(agent, ok(done).completeLoginWithPasskey.csrfToken);
    expect(ok(await gql<{ me: { user: { email: string } } }>(agent, ME)).me.user.email).toBe(email);
    const factors = ok(await session.gql<Factors>(MY_FACTORS)).mySecondFactors;
    expect(factors.passkeys).toHaveLength(1);
    // Used by this login: between its start and now (a second of clock rounding either side).
    const usedAt = Date.parse(factors.passkeys[0]!.lastUsedAt!);
    expect(usedAt).toBeGreaterThanOrEqual(started - 1000);
    expect(usedAt).toBeLessThanOrEqual(Date.now() + 1000);
    expect(factors.stepUpFresh).toBe(true);

    const [user] = await t.db.query<{ id: string }[]>(`SELECT id FROM app_user WHERE email = $1`, [
      email,
    ]);
    expect(
      securityEvents(t)
        .filter((e) => e.userId === user!.id)
        .map((e) => e.kind),
    ).toEqual(['MFA_PASSKEY_ADDED', 'MFA_RECOVERY_CODES_CREATED', 'MFA_VERIFIED']);
  });

  it('refuses a replayed answer, a signature by another key, another origin and a counter that goes back', async () => {
    const email = await cloneUser(t, REGIE);
    const authenticator = new SoftAuthenticator();
    await registerPasskey(await passwordSession(t, email), authenticator);

    const first = await loginWithPasskey(email, authenticator);
    ok(first.done);
    // The same answer again, on a new password step: its challenge was taken.
    const headers = ip();
    const again = await passwordStep(t, email, headers);
    const replay = await gql(again.agent, COMPLETE, { response: first.response }, { headers });
    expect(errorCode(replay)).toBe('INVALID_SECOND_FACTOR');
    expect(errorCode(await gql(again.agent, ME))).toBe('UNAUTHENTICATED');

    const forged = await loginWithPasskey(email, authenticator, { signWith: strangerKey() });
    expect(errorCode(forged.done)).toBe('INVALID_SECOND_FACTOR');
    const phished = await loginWithPasskey(email, authenticator, {
      origin: 'https://schakel-login.example.com',
    });
    expect(errorCode(phished.done)).toBe('INVALID_SECOND_FACTOR');
    // A cloned authenticator shows a counter that does not move forward.
    const cloned = await loginWithPasskey(email, authenticator, { signCount: 1 });
    expect(errorCode(cloned.done)).toBe('INVALID_SECOND_FACTOR');
    // The genuine one still works.
    ok((await loginWithPasskey(email, authenticator)).done);
  });

  it('needs the password step first', async () => {
    expect(errorCode(await gql(t.agent(), LOGIN_OPTIONS))).toBe('SECOND_FACTOR_EXPIRED');
    expect(errorCode(await gql(t.agent(), COMPLETE, { response: '{}' }))).toBe(
      'SECOND_FACTOR_EXPIRED',
    );
  });
});

describe('step-up and removal', () => {
  it('removing a passkey needs a fresh factor; a passkey step-up gives it', async () => {
    const email = await cloneUser(t, REGIE);
    const authenticator = new SoftAuthenticator();
    const session = await passwordSession(t, email);
    await registerPasskey(session, authenticator, 'Sleutel');
    // A second authenticator (one authenticator holds one passkey per account: excludeCredentials).
    await registerPasskey(session, new SoftAuthenticator(), 'Telefoon');
    await t.db.query(
      `UPDATE mfa_session SET verified_at = now() - interval '11 minutes'
        WHERE user_id = (SELECT id FROM app_user WHERE email = $1)`,
      [email],
    );
    const factors = ok(await session.gql<Factors>(MY_FACTORS)).mySecondFactors;
    expect(factors.passkeys.map((p) => p.name)).toEqual(['Sleutel', 'Telefoon']);
    const id = factors.passkeys[0]!.id;
    const REMOVE = `mutation($id: ID!) { removePasskey(id: $id) { passkeys { name } } }`;
    expect(errorCode(await session.gql(REMOVE, { id }))).toBe('STEP_UP_REQUIRED');
    // Adding another needs the fresh factor too, once there is one.
    expect(errorCode(await session.gql(REGISTRATION_OPTIONS))).toBe('STEP_UP_REQUIRED');

    const options = JSON.parse(
      ok(await session.gql<{ stepUpPasskeyOptions: string }>(`mutation { stepUpPasskeyOptions }`))
        .stepUpPasskeyOptions,
    ) as RequestOptions;
    const stepped = ok(
      await session.gql<{ stepUpWithPasskey: { stepUpFresh: boolean } }>(
        `mutation($r: String!) { stepUpWithPasskey(response: $r) { stepUpFresh } }`,
        { r: authenticator.get(options) },
      ),
    );
    expect(stepped.stepUpWithPasskey.stepUpFresh).toBe(true);
    const removed = ok(
      await session.gql<{ removePasskey: { passkeys: { name: string }[] } }>(REMOVE, { id }),
    );
    expect(removed.removePasskey.passkeys.map((p) => p.name)).toEqual(['Telefoon']);

    // Without any factor left the recovery codes go too, and the password alone logs in.
    const last = removed.removePasskey.passkeys.length;
    expect(last).toBe(1);
    const rest = ok(await session.gql<Factors>(MY_FACTORS)).mySecondFactors.passkeys[0]!.id;
    const after = ok(
      await session.gql<{ removePasskey: { recoveryCodesLeft: number; passkeys: unknown[] } }>(
        `mutation($id: ID!) { removePasskey(id: $id) { recoveryCodesLeft passkeys { id } } }`,
        { id: rest },
      ),
    ).removePasskey;
    expect(after).toEqual({ recoveryCodesLeft: 0, passkeys: [] });
    ok(await login(t.agent(), email, DEMO_PASSWORD, ip()));
  });
});

describe('enrolment at the first login where MFA is required', () => {
  let required: TestApp;
  beforeAll(async () => {
    required = await createTestApp({ MFA_REQUIRED: 'true' });
  });
  afterAll(async () => {
    await required.close();
  });

  it('registers a first passkey instead of TOTP, which completes the login', async () => {
    const email = await cloneUser(required, REGIE);
    const agent = required.agent();
    const headers = ip();
    expect(errorCode(await login(agent, email, DEMO_PASSWORD, headers))).toBe(
      'MFA_ENROLMENT_REQUIRED',
    );
    const options = JSON.parse(
      ok(
        await gql<{ loginPasskeyRegistrationOptions: string }>(
          agent,
          `mutation { loginPasskeyRegistrationOptions }`,
          {},
          { headers },
        ),
      ).loginPasskeyRegistrationOptions,
    ) as Parameters<SoftAuthenticator['create']>[0];
    const authenticator = new SoftAuthenticator();
    const done = ok(
      await gql<{
        confirmLoginPasskeyEnrolment: { me: { user: { email: string } }; recoveryCodes: string[] };
      }>(
        agent,
        `mutation($input: PasskeyResponseInput!) {
          confirmLoginPasskeyEnrolment(input: $input) { me { user { email } } recoveryCodes }
        }`,
        { input: { response: authenticator.create(options), name: 'Laptop' } },
        { headers },
      ),
    ).confirmLoginPasskeyEnrolment;
    expect(done.me.user.email).toBe(email);
    expect(done.recoveryCodes).toHaveLength(10);
    expect(ok(await gql<{ me: { user: { email: string } } }>(agent, ME)).me.user.email).toBe(email);
  });
});
