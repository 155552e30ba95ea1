import type { AddressInfo } from 'node:net';
import { AuditService } from '../src/audit/audit.service';
import { SessionTokenService } from '../src/auth/session-token.service';
import { activationTokenHash, newActivationToken } from '../src/administration/activation-token';
import { DEMO_PASSWORD, DEMO_USERS } from '../src/demo/demo-data';
import { errorCode, gql, LOGIN, ME, ok } from './support/graphql-client';
import { startOidcProvider, type TestOidcProvider } from './support/oidc-provider';
import { callerByEmail, type Caller } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * Single sign-on per agency (issue 15 item 3) against a real OpenID provider in-process
 * (oidc-provider@9): the whole browser round trip through Schakel's start and callback routes.
 */
const PUBLIC_URL = 'http://localhost:4300';
const CALLBACK = `${PUBLIC_URL}/auth/sso/callback`;
const AFTER_LOGOUT = `${PUBLIC_URL}/inloggen?uitgelogd=1`;
const POLICE_DOMAIN = 'politie.demo.example';
const officer = DEMO_USERS.find((u) => u.email === `wijkagent@${POLICE_DOMAIN}`)!;

let t: TestApp;
let op: TestOidcProvider;
let functionalAdmin: Caller;
let policeId: string;

const CONFIGURE = `mutation ($input: ConfigureAgencySsoInput!) {
  configureAgencySso(input: $input) {
    agencyId issuer clientId clientAuth hasClientSecret emailDomains jitProvisioning redirectUri
  }
}`;

async function bindPolice(
  clientAuth: 'CLIENT_SECRET_BASIC' | 'PRIVATE_KEY_JWT' = 'CLIENT_SECRET_BASIC',
) {
  const input =
    clientAuth === 'CLIENT_SECRET_BASIC'
      ? { clientId: op.secretClient.clientId, clientSecret: op.secretClient.clientSecret }
      : { clientId: op.keyClient!.clientId, clientSecret: null };
  return functionalAdmin.gql<{ configureAgencySso: Record<string, unknown> }>(CONFIGURE, {
    input: {
      agencyId: policeId,
      issuer: op.issuer,
      clientAuth,
      emailDomains: [POLICE_DOMAIN],
      ...input,
    },
  });
}

function cookiesOf(headers: Record<string, unknown>): string[] {
  const raw = headers['set-cookie'];
  return Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
}

const sessionSet = (headers: Record<string, unknown>) =>
  cookiesOf(headers).some((c) => /^schakel_session=[^;]+/.test(c));

/** One browser: start at Schakel, sign in at the provider as `sub`, come back to the callback. */
async function signIn(
  sub: string,
  email: string,
  tamper?: (claims: Record<string, unknown>) => void,
) {
  const agent = t.agent();
  const start = await agent.get(`/auth/sso/start?email=${encodeURIComponent(email)}`);
  expect(start.status).toBe(303);
  const authorize = new URL(start.headers.location as string);
  op.loginAs(sub);
  if (tamper) op.tamperNextIdToken(tamper);
  const back = await op.follow(authorize.href);
  expect(back.href.startsWith(CALLBACK)).toBe(true);
  const callback = await agent.get(back.pathname + back.search);
  expect(callback.status).toBe(303);
  return { agent, authorize, back, callback, location: callback.headers.location as string };
}

/** The newest security events of an operation in the trail (written, not only queued). */
async function trail(operation: string): Promise<Record<string, unknown>[]> {
  await t.app.get(AuditService).settled();
  return t.db.query<Record<string, unknown>[]>(
    `SELECT actor_user_id::text AS "actorUserId", action, result, operation,
            record_type AS "recordType", record_id::text AS "recordId",
            reason_code AS "reasonCode", detail, content_hash IS NOT NULL AS hashed
       FROM audit_event WHERE operation = $1 ORDER BY seq DESC`,
    [operation],
  );
}

async function userCount(): Promise<number> {
  const [row] = await t.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM app_user`);
  return row!.n;
}

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL });
  // Listening (besides supertest) so the provider can fetch Schakel's keys for private_key_jwt.
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  op = await startOidcProvider({
    redirectUris: [CALLBACK],
    postLogoutRedirectUris: [AFTER_LOGOUT],
    schakelJwksUri: `http://127.0.0.1:${port}/auth/sso/jwks.json`,
  });
  op.addAccount({ sub: 'officer-1', email: officer.email, emailVerified: true, name: 'W. Agent' });
  functionalAdmin = await callerByEmail(t, 'beheer@zvh.demo.example');
  const [police] = await t.db.query<{ id: string }[]>(
    `SELECT a.id FROM agency a JOIN app_user u ON u.agency_id = a.id WHERE u.email = $1`,
    [officer.email],
  );
  policeId = police!.id;
  ok(await bindPolice());
});

afterAll(async () => {
  await op?.close();
  await t?.close();
});

describe('the agency binding', () => {
  it('stores the client secret sealed and never answers with it', async () => {
    const res = await bindPolice();
    const binding = ok(res).configureAgencySso;
    expect(binding).toMatchObject({
      issuer: op.issuer,
      clientAuth: 'CLIENT_SECRET_BASIC',
      hasClientSecret: true,
      emailDomains: [POLICE_DOMAIN],
      jitProvisioning: false,
      redirectUri: CALLBACK,
    });
    expect(JSON.stringify(res)).not.toContain(op.secretClient.clientSecret);
    const [row] = await t.db.query<{ sealed: Buffer }[]>(
      `SELECT client_secret_sealed AS sealed FROM agency_sso WHERE agency_id = $1`,
      [policeId],
    );
    expect(row!.sealed.length).toBeGreaterThan(28);
    expect(row!.sealed.toString('latin1')).not.toContain(op.secretClient.clientSecret);
    // In the trail as the administrator's change of the agency, never with the secret.
    const [event] = await trail('admin.sso_configured');
    expect(event).toMatchObject({
      actorUserId: functionalAdmin.userId,
      action: 'ADMIN',
      result: 'ALLOWED',
      recordType: 'agency',
      recordId: policeId,
      hashed: true,
    });
    expect(JSON.stringify(event!.detail)).toContain(op.issuer);
    expect(JSON.stringify(event!.detail)).not.toContain(op.secretClient.clientSecret);
  });

  it('is for the functional administrator of the region only', async () => {
    const member = await callerByEmail(t, officer.email);
    const agencyAdmin = await callerByEmail(t, `beheer@${POLICE_DOMAIN}`);
    const input = {
      agencyId: policeId,
      issuer: op.issuer,
      clientId: 'x',
      clientAuth: 'PRIVATE_KEY_JWT',
      emailDomains: [POLICE_DOMAIN],
    };
    expect(errorCode(await member.gql(CONFIGURE, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await agencyAdmin.gql(CONFIGURE, { input }))).toBe('FORBIDDEN');
    const [region] = await t.db.query<{ id: string }[]>(
      `INSERT INTO region (code, name) VALUES ('elders', 'Elders') RETURNING id`,
    );
    const [other] = await t.db.query<{ id: string }[]>(
      `INSERT INTO agency (region_id, name, type) VALUES ($1, 'Politie Elders', 'POLICE') RETURNING id`,
      [region!.id],
    );
    const res = await functionalAdmin.gql(CONFIGURE, { input: { ...input, agencyId: other!.id } });
    expect(errorCode(res)).toBe('NOT_FOUND');
  });

  it('is checked against the issuer before it is saved', async () => {
    const res = await functionalAdmin.gql(CONFIGURE, {
      input: {
        agencyId: policeId,
        issuer: 'http://127.0.0.1:9',
        clientId: 'x',
        clientAuth: 'PRIVATE_KEY_JWT',
        emailDomains: [POLICE_DOMAIN],
      },
    });
    expect(errorCode(res)).toBe('SSO_ISSUER_UNREACHABLE');
    const [row] = await t.db.query<{ issuer: string }[]>(
      `SELECT issuer FROM agency_sso WHERE agency_id = $1`,
      [policeId],
    );
    expect(row!.issuer).toBe(op.issuer);
  });

  it('refuses an e-mail domain that already leads to another agency', async () => {
    const [zvh] = await t.db.query<{ id: string }[]>(
      `SELECT agency_id AS id FROM app_user WHERE email = 'beheer@zvh.demo.example'`,
    );
    const res = await functionalAdmin.gql(CONFIGURE, {
      input: {
        agencyId: zvh!.id,
        issuer: op.issuer,
        clientId: op.keyClient!.clientId,
        clientAuth: 'PRIVATE_KEY_JWT',
        emailDomains: [POLICE_DOMAIN],
      },
    });
    expect(errorCode(res)).toBe('SSO_DOMAIN_TAKEN');
  });
});

describe('the login page step one', () => {
  const LOGIN_METHOD = `query ($email: String!) { loginMethod(email: $email) { method startPath } }`;

  it('answers by domain alone: an existing and an unknown address get the same answer', async () => {
    const known = await gql(t.agent(), LOGIN_METHOD, { email: officer.email });
    const unknown = await gql(t.agent(), LOGIN_METHOD, { email: `nobody@${POLICE_DOMAIN}` });
    expect(ok(known)).toEqual({
      loginMethod: {
        method: 'SSO',
        startPath: `/auth/sso/start?email=${encodeURIComponent(officer.email)}`,
      },
    });
    expect(ok(unknown)).toEqual({
      loginMethod: {
        method: 'SSO',
        startPath: `/auth/sso/start?email=${encodeURIComponent(`nobody@${POLICE_DOMAIN}`)}`,
      },
    });
    const password = await gql(t.agent(), LOGIN_METHOD, {
      email: 'procesregisseur@zvh.demo.example',
    });
    expect(ok(password)).toEqual({ loginMethod: { method: 'PASSWORD', startPath: null } });
    const stranger = await gql(t.agent(), LOGIN_METHOD, { email: 'someone@nowhere.example' });
    expect(ok(stranger)).toEqual({ loginMethod: { method: 'PASSWORD', startPath: null } });
  });

  it('sends an address without SSO back to the login page', async () => {
    const res = await t.agent().get('/auth/sso/start?email=someone%40nowhere.example');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/inloggen?sso=unavailable');
  });
});

describe('signing in through the provider', () => {
  it('starts with authorization code, PKCE (S256), state, nonce and a Lax flow cookie', async () => {
    const agent = t.agent();
    const start = await agent.get(`/auth/sso/start?email=${encodeURIComponent(officer.email)}`);
    const url = new URL(start.headers.location as string);
    expect(url.origin).toBe(op.issuer);
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/);
    expect(url.searchParams.get('redirect_uri')).toBe(CALLBACK);
    const flow = cookiesOf(start.headers).find((c) => c.startsWith('schakel_sso='))!;
    expect(flow).toMatch(/HttpOnly/);
    expect(flow).toMatch(/SameSite=Lax/);
    // The verifier travels sealed: not readable from the cookie.
    expect(
      Buffer.from(flow.split(';')[0]!.split('=')[1]!, 'base64url').toString('latin1'),
    ).not.toMatch(/codeVerifier/);
  });

  it('logs an invited user in, links the subject and records the login', async () => {
    const { agent, location, callback } = await signIn('officer-1', officer.email);
    expect(location).toBe('/');
    expect(sessionSet(callback.headers)).toBe(true);
    const me = await gql<{ me: { user: { email: string }; roles: string[] } }>(agent, ME);
    expect(ok(me).me.user.email).toBe(officer.email);
    const [row] = await t.db.query<{ issuer: string; subject: string }[]>(
      `SELECT sso_issuer AS issuer, sso_subject AS subject FROM app_user WHERE email = $1`,
      [officer.email],
    );
    expect(row).toEqual({ issuer: op.issuer, subject: 'officer-1' });
    const [event] = await trail('login.sso');
    const [officerRow] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM app_user WHERE email = $1`,
      [officer.email],
    );
    expect(event).toMatchObject({
      actorUserId: officerRow!.id,
      action: 'LOGIN',
      result: 'ALLOWED',
      recordType: 'app_user',
      recordId: officerRow!.id,
      hashed: true,
    });
  });

  it('finds the user by subject later, even when the provider changed the address', async () => {
    op.addAccount({ sub: 'officer-1', email: `w.agent@${POLICE_DOMAIN}`, name: 'W. Agent' });
    try {
      const { agent, location } = await signIn('officer-1', officer.email);
      expect(location).toBe('/');
      expect(ok(await gql<{ me: { user: { email: string } } }>(agent, ME)).me.user.email).toBe(
        officer.email,
      );
    } finally {
      op.addAccount({ sub: 'officer-1', email: officer.email, emailVerified: true });
    }
  });

  it.each<[string, (claims: Record<string, unknown>) => void, string, string]>([
    [
      'a wrong issuer',
      (c) => void (c.iss = 'https://impostor.example'),
      'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
      'iss',
    ],
    [
      'a wrong audience',
      (c) => void (c.aud = 'another-client'),
      'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
      'aud',
    ],
    [
      'a wrong nonce',
      (c) => void (c.nonce = 'not-the-nonce-of-this-browser'),
      'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
      'nonce',
    ],
    [
      'an expired ID token',
      (c) => {
        const now = Math.floor(Date.now() / 1000);
        c.iat = now - 7200;
        c.exp = now - 3600;
      },
      'OAUTH_JWT_TIMESTAMP_CHECK_FAILED',
      'exp',
    ],
  ])('refuses an ID token with %s: no session', async (_, tamper, reason, claim) => {
    const { callback, location } = await signIn('officer-1', officer.email, tamper);
    expect(location).toBe('/inloggen?sso=failed');
    expect(sessionSet(callback.headers)).toBe(false);
    // In the trail with its reason (about the agency: the account is not established), and
    // the log says which claim failed.
    const [failed] = await trail('login.sso');
    expect(failed).toMatchObject({
      action: 'LOGIN',
      result: 'DENIED',
      reasonCode: reason,
      recordType: 'agency',
      recordId: policeId,
    });
    const refused = t.logs.filter((l) => l.includes('sso token or ID token refused')).at(-1)!;
    expect(JSON.parse(refused)).toMatchObject({ code: reason, claim });
  });

  it('refuses a callback in a browser that did not start the sign-in (state bound by cookie)', async () => {
    const first = t.agent();
    const start = await first.get(`/auth/sso/start?email=${encodeURIComponent(officer.email)}`);
    op.loginAs('officer-1');
    const back = await op.follow(start.headers.location as string);
    const victim = t.agent();
    const res = await victim.get(back.pathname + back.search);
    expect(res.headers.location).toBe('/inloggen?sso=failed');
    expect(sessionSet(res.headers)).toBe(false);
    // A callback whose state differs from the browser's flow cookie fails too.
    const tampered = new URL(back.href);
    tampered.searchParams.set('state', 'someone-elses-state');
    const again = await first.get(tampered.pathname + tampered.search);
    expect(again.headers.location).toBe('/inloggen?sso=failed');
  });

  it('creates no account for a person unknown to Schakel while JIT is off', async () => {
    op.addAccount({ sub: 'stranger', email: `stranger@${POLICE_DOMAIN}`, name: 'Stranger' });
    const before = await userCount();
    const { location, callback } = await signIn('stranger', `stranger@${POLICE_DOMAIN}`);
    expect(location).toBe('/inloggen?sso=no-account');
    expect(sessionSet(callback.headers)).toBe(false);
    expect(await userCount()).toBe(before);
  });

  it('never signs in a user of another agency, whatever address the provider asserts', async () => {
    op.addAccount({ sub: 'takeover', email: 'procesregisseur@zvh.demo.example' });
    const { location } = await signIn('takeover', officer.email);
    expect(location).toBe('/inloggen?sso=no-account');
    const [row] = await t.db.query<{ subject: string | null }[]>(
      `SELECT sso_subject AS subject FROM app_user WHERE email = 'procesregisseur@zvh.demo.example'`,
    );
    expect(row!.subject).toBeNull();
  });

  it('refuses a disabled user, and the trail says so', async () => {
    await t.db.query(`UPDATE app_user SET active = false WHERE email = $1`, [officer.email]);
    try {
      const { location, callback } = await signIn('officer-1', officer.email);
      expect(location).toBe('/inloggen?sso=no-account');
      expect(sessionSet(callback.headers)).toBe(false);
      const [event] = await trail('login.sso');
      expect(event).toMatchObject({
        result: 'DENIED',
        reasonCode: 'USER_DISABLED',
        recordType: 'app_user',
      });
    } finally {
      await t.db.query(`UPDATE app_user SET active = true WHERE email = $1`, [officer.email]);
    }
  });
});

describe('just-in-time provisioning', () => {
  const SET_JIT = `mutation ($enabled: Boolean!) { setAgencyJitProvisioning(enabled: $enabled) { jitProvisioning } }`;

  it("is the agency admin's switch for their own agency", async () => {
    expect(errorCode(await functionalAdmin.gql(SET_JIT, { enabled: true }))).toBe('FORBIDDEN');
    const agencyAdmin = await callerByEmail(t, `beheer@${POLICE_DOMAIN}`);
    const res = await agencyAdmin.gql<{ setAgencyJitProvisioning: { jitProvisioning: boolean } }>(
      SET_JIT,
      { enabled: true },
    );
    expect(ok(res).setAgencyJitProvisioning.jitProvisioning).toBe(true);
  });

  it('creates a new person of the agency with the MEMBER role only', async () => {
    op.addAccount({ sub: 'newcomer', email: `Nieuw@${POLICE_DOMAIN}`, name: 'N. Nieuw' });
    const { agent, location } = await signIn('newcomer', `nieuw@${POLICE_DOMAIN}`);
    expect(location).toBe('/');
    const me = ok(await gql<{ me: { user: { email: string }; roles: string[] } }>(agent, ME));
    expect(me.me).toMatchObject({ user: { email: `nieuw@${POLICE_DOMAIN}` }, roles: ['MEMBER'] });
    const [provisioned] = await trail('admin.user_provisioned');
    expect(provisioned).toMatchObject({ actorUserId: null, action: 'ADMIN', result: 'ALLOWED' });
    const [row] = await t.db.query<{ agencyId: string; roles: string[]; subject: string }[]>(
      `SELECT agency_id AS "agencyId", roles, sso_subject AS subject FROM app_user WHERE email = $1`,
      [`nieuw@${POLICE_DOMAIN}`],
    );
    expect(row).toEqual({ agencyId: policeId, roles: ['MEMBER'], subject: 'newcomer' });
  });

  it('still creates nobody outside the agency domains', async () => {
    op.addAccount({ sub: 'outsider', email: 'outsider@elsewhere.example' });
    const before = await userCount();
    const { location } = await signIn('outsider', `outsider@${POLICE_DOMAIN}`);
    expect(location).toBe('/inloggen?sso=no-account');
    expect(await userCount()).toBe(before);
  });
});

describe('logout', () => {
  const LOGOUT_SSO = `mutation { logoutSso { endSessionUrl } }`;

  it('ends the local session and sends the browser to the provider to end its session there', async () => {
    const { agent } = await signIn('officer-1', officer.email);
    const me = ok(await gql<{ me: { csrfToken: string } }>(agent, ME));
    const count = async () =>
      (await t.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM sso_session`))[0]!.n;
    const held = await count();
    const res = ok(
      await gql<{ logoutSso: { endSessionUrl: string } }>(
        agent,
        LOGOUT_SSO,
        {},
        {
          csrf: me.me.csrfToken,
        },
      ),
    );
    const end = new URL(res.logoutSso.endSessionUrl);
    expect(`${end.origin}${end.pathname}`).toBe(`${op.issuer}/session/end`);
    expect(end.searchParams.get('id_token_hint')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(AFTER_LOGOUT);
    expect(end.searchParams.get('client_id')).toBe(op.secretClient.clientId);
    expect(errorCode(await gql(agent, ME))).toBe('UNAUTHENTICATED');
    expect(await count()).toBe(held - 1);

    // The provider accepts the request (its id_token_hint verifies) and asks to confirm.
    const page = await fetch(end, { redirect: 'manual' });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/form/i);
  });

  it('gives no provider URL for a password session', async () => {
    const member = await callerByEmail(t, 'procesregisseur@zvh.demo.example');
    const res = ok(await member.gql<{ logoutSso: { endSessionUrl: string | null } }>(LOGOUT_SSO));
    expect(res.logoutSso.endSessionUrl).toBeNull();
  });
});

describe('step-up at the provider', () => {
  const FACTORS = `{ mySecondFactors { stepUpFresh stepUpAtProvider } }`;
  type Factors = { mySecondFactors: { stepUpFresh: boolean; stepUpAtProvider: boolean } };

  /** Make the session's last proof an hour old, as if the person had been at work a while. */
  async function ageProof(userEmail: string) {
    await t.db.query(
      `UPDATE mfa_session SET verified_at = now() - interval '1 hour'
        WHERE user_id = (SELECT id FROM app_user WHERE email = $1)`,
      [userEmail],
    );
  }

  /** Starts a step-up on the agent's session and follows the provider back to Schakel. */
  async function stepUp(
    agent: ReturnType<TestApp['agent']>,
    sub: string,
    tamper?: (claims: Record<string, unknown>) => void,
  ) {
    const start = await agent.get('/auth/sso/step-up');
    expect(start.status).toBe(303);
    const authorize = new URL(start.headers.location as string);
    op.loginAs(sub);
    if (tamper) op.tamperNextIdToken(tamper);
    const back = await op.follow(authorize.href);
    const callback = await agent.get(back.pathname + back.search);
    expect(callback.status).toBe(303);
    return { authorize, callback, location: callback.headers.location as string };
  }

  it('counts the sign-in at the provider as fresh, and says where a later step-up goes', async () => {
    const { agent } = await signIn('officer-1', officer.email);
    expect(ok(await gql<Factors>(agent, FACTORS)).mySecondFactors).toEqual({
      stepUpFresh: true,
      stepUpAtProvider: true,
    });
    const member = await callerByEmail(t, 'procesregisseur@zvh.demo.example');
    expect(ok(await member.gql<Factors>(FACTORS)).mySecondFactors.stepUpAtProvider).toBe(false);
  });

  it('asks the provider for a new sign-in and marks this session fresh, without a new session', async () => {
    const { agent } = await signIn('officer-1', officer.email);
    const before = ok(await gql<{ me: { csrfToken: string } }>(agent, ME)).me.csrfToken;
    await ageProof(officer.email);
    expect(ok(await gql<Factors>(agent, FACTORS)).mySecondFactors.stepUpFresh).toBe(false);

    const { authorize, callback, location } = await stepUp(agent, 'officer-1');
    expect(authorize.searchParams.get('prompt')).toBe('login');
    expect(authorize.searchParams.get('max_age')).toBe('0');
    expect(authorize.searchParams.get('login_hint')).toBe(officer.email);
    expect(location).toBe('/sso/bevestigd');
    expect(sessionSet(callback.headers)).toBe(false);
    expect(ok(await gql<Factors>(agent, FACTORS)).mySecondFactors.stepUpFresh).toBe(true);
    // The same session: its CSRF token did not change.
    expect(ok(await gql<{ me: { csrfToken: string } }>(agent, ME)).me.csrfToken).toBe(before);
    const [event] = await trail('mfa.step_up');
    expect(event).toMatchObject({ action: 'MFA', result: 'ALLOWED', reasonCode: 'SSO' });
  });

  it('refuses a step-up signed by another person at the provider', async () => {
    op.addAccount({ sub: 'officer-2', email: `collega@${POLICE_DOMAIN}`, emailVerified: true });
    const { agent } = await signIn('officer-1', officer.email);
    await ageProof(officer.email);
    const { location, callback } = await stepUp(agent, 'officer-2');
    expect(location).toBe('/sso/bevestigd?mislukt=1');
    expect(sessionSet(callback.headers)).toBe(false);
    expect(ok(await gql<Factors>(agent, FACTORS)).mySecondFactors.stepUpFresh).toBe(false);
    const [event] = await trail('mfa.step_up');
    expect(event).toMatchObject({ result: 'DENIED', reasonCode: 'OTHER_SUBJECT' });
  });

  it('refuses an ID token whose sign-in is older than the step-up', async () => {
    const { agent } = await signIn('officer-1', officer.email);
    await ageProof(officer.email);
    const { location } = await stepUp(agent, 'officer-1', (claims) => {
      claims.auth_time = Math.floor(Date.now() / 1000) - 3600;
    });
    expect(location).toBe('/sso/bevestigd?mislukt=1');
    expect(ok(await gql<Factors>(agent, FACTORS)).mySecondFactors.stepUpFresh).toBe(false);
    const [event] = await trail('mfa.step_up');
    expect(event).toMatchObject({ result: 'DENIED', reasonCode: 'NOT_REAUTHENTICATED' });
  });

  it('marks nothing once the session has ended meanwhile', async () => {
    const { agent } = await signIn('officer-1', officer.email);
    await ageProof(officer.email);
    const start = await agent.get('/auth/sso/step-up');
    const [officerRow] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM app_user WHERE email = $1`,
      [officer.email],
    );
    // Ended elsewhere ("log out everywhere" on another device) while at the provider.
    await t.db.query(
      `UPDATE user_session SET ended_at = now(), ended_reason = 'ended_all'
        WHERE user_id = $1 AND ended_at IS NULL`,
      [officerRow!.id],
    );
    op.loginAs('officer-1');
    const back = await op.follow(start.headers.location as string);
    const callback = await agent.get(back.pathname + back.search);
    expect(callback.headers.location).toBe('/sso/bevestigd?mislukt=1');
    const [fresh] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM mfa_session
        WHERE user_id = $1 AND verified_at > now() - interval '5 minutes'`,
      [officerRow!.id],
    );
    expect(fresh!.n).toBe(0);
  });

  it('sends a password session back without going to any provider', async () => {
    const member = await callerByEmail(t, 'procesregisseur@zvh.demo.example');
    const tokens = t.app.get(SessionTokenService);
    const { token } = tokens.issueNew(member.userId, 0);
    const res = await t
      .agent()
      .get('/auth/sso/step-up')
      .set('cookie', `${tokens.cookieName}=${token}`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/sso/bevestigd?mislukt=1');
  });

  it('is not open without a session', async () => {
    const res = await t.agent().get('/auth/sso/step-up');
    expect(res.status).toBe(401);
    expect(res.headers.location).toBeUndefined();
  });
});

describe('a bound domain makes local passwords unusable', () => {
  const from = () => ({ 'x-forwarded-for': '198.51.100.200' });
  const login = (email: string, password: string) =>
    gql(t.agent(), LOGIN, { input: { email, password } }, { headers: from() });

  it('refuses a password login for every address of the domain, right password or not', async () => {
    // The officer still has the demo password from before the binding: it no longer opens Schakel.
    const right = await login(officer.email, DEMO_PASSWORD);
    expect(errorCode(right)).toBe('SSO_REQUIRED');
    expect(right.data?.login ?? null).toBeNull();
    // The same answer for a wrong password and for an address without an account: no oracle.
    expect(errorCode(await login(officer.email, 'wrong-password-xx'))).toBe('SSO_REQUIRED');
    expect(errorCode(await login(`niemand@${POLICE_DOMAIN}`, DEMO_PASSWORD))).toBe('SSO_REQUIRED');
    // Another agency's people still sign in with their password.
    const other = await login('procesregisseur@zvh.demo.example', DEMO_PASSWORD);
    expect(errorCode(other)).not.toBe('SSO_REQUIRED');
  });

  it('sends no reset link to the domain, with the same answer as for anyone', async () => {
    const REQUEST = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
    const res = await gql<{ requestPasswordReset: boolean }>(
      t.agent(),
      REQUEST,
      { input: { email: officer.email } },
      { headers: from() },
    );
    expect(res.data).toEqual({ requestPasswordReset: true });
    const [row] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM password_reset r JOIN app_user u ON u.id = r.user_id
        WHERE u.email = $1`,
      [officer.email],
    );
    expect(row!.n).toBe(0);
  });

  it('turns an activation link sent before the binding away, toward the own organisation', async () => {
    const [user] = await t.db.query<{ id: string; regionId: string }[]>(
      `SELECT u.id, a.region_id AS "regionId" FROM app_user u JOIN agency a ON a.id = u.agency_id
        WHERE u.email = $1`,
      [officer.email],
    );
    const { token, hash } = newActivationToken();
    expect(activationTokenHash(token)).toEqual(hash);
    await t.db.query(
      `INSERT INTO account_activation (region_id, user_id, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + interval '1 hour')`,
      [user!.regionId, user!.id, hash],
    );
    const [before] = await t.db.query<{ hash: string }[]>(
      `SELECT password_hash AS hash FROM app_user WHERE id = $1`,
      [user!.id],
    );
    const ACTIVATE = `mutation($input: ActivateAccountInput!) { activateAccount(input: $input) }`;
    const res = await gql(t.agent(), ACTIVATE, {
      input: { token, password: 'paardenbloem-regenjas-7' },
    });
    expect(errorCode(res)).toBe('SSO_REQUIRED');
    const [after] = await t.db.query<{ hash: string; used: Date | null }[]>(
      `SELECT u.password_hash AS hash, a.used_at AS used
         FROM app_user u JOIN account_activation a ON a.user_id = u.id
        WHERE u.id = $1 AND a.token_hash = $2`,
      [user!.id, hash],
    );
    expect(after).toEqual({ hash: before!.hash, used: null });
    const [event] = await trail('password.activate');
    expect(event).toMatchObject({ result: 'DENIED', reasonCode: 'SSO_BOUND' });
  });
});

describe('throttling the callback', () => {
  it('refuses callbacks from an address after ten failures at one agency, before asking the provider', async () => {
    const from = { 'x-forwarded-for': '203.0.113.77' };
    for (let i = 0; i < 10; i += 1) {
      const agent = t.agent();
      const start = await agent.get(`/auth/sso/start?email=${encodeURIComponent(officer.email)}`);
      op.loginAs('officer-1');
      op.tamperNextIdToken((claims) => {
        claims.nonce = 'not-the-nonce';
      });
      const back = await op.follow(start.headers.location as string);
      const callback = await agent.get(back.pathname + back.search).set(from);
      expect(callback.headers.location).toBe('/inloggen?sso=failed');
    }
    // The eleventh, with everything right, is refused without a session.
    const agent = t.agent();
    const start = await agent.get(`/auth/sso/start?email=${encodeURIComponent(officer.email)}`);
    op.loginAs('officer-1');
    const back = await op.follow(start.headers.location as string);
    const refused = await agent.get(back.pathname + back.search).set(from);
    expect(refused.headers.location).toBe('/inloggen?sso=throttled');
    expect(sessionSet(refused.headers)).toBe(false);
    const [event] = await trail('login.sso');
    expect(event).toMatchObject({ result: 'DENIED', reasonCode: 'THROTTLED' });

    // Another address of the same agency signs in as usual.
    const elsewhere = t.agent();
    const again = await elsewhere.get(`/auth/sso/start?email=${encodeURIComponent(officer.email)}`);
    op.loginAs('officer-1');
    const home = await op.follow(again.headers.location as string);
    const ok = await elsewhere
      .get(home.pathname + home.search)
      .set({ 'x-forwarded-for': '203.0.113.78' });
    expect(ok.headers.location).toBe('/');
    expect(sessionSet(ok.headers)).toBe(true);
  });
});

describe('private_key_jwt', () => {
  it("serves Schakel's public key, and no private part of it", async () => {
    const res = await t.agent().get('/auth/sso/jwks.json');
    expect(res.status).toBe(200);
    const { keys } = JSON.parse(res.text) as { keys: Record<string, unknown>[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(keys[0]).not.toHaveProperty('d');
  });

  it("authenticates with Schakel's key instead of a secret, and stores no secret", async () => {
    const binding = ok(await bindPolice('PRIVATE_KEY_JWT')).configureAgencySso;
    expect(binding).toMatchObject({ clientAuth: 'PRIVATE_KEY_JWT', hasClientSecret: false });
    // The subject is per issuer; the same provider, so the linked officer signs in again.
    const { agent, location } = await signIn('officer-1', officer.email);
    expect(location).toBe('/');
    expect(ok(await gql<{ me: { user: { email: string } } }>(agent, ME)).me.user.email).toBe(
      officer.email,
    );
  });
});
