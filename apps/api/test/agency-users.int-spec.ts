// Issue 15 item 2: the agency admin manages the own agency's accounts — invite, roles within what
// the agency may hold, disable (next request fails, sessions and live sockets end), re-enable,
// move out with hand-over — every change audited with before/after, never case content.
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { errorCode, gql, login, ME, ok } from './support/graphql-client';
import { callerByEmail, idsBy, type Caller } from './support/sessions';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { createTestApp, type TestApp } from './support/test-app';

const POLICE_ADMIN = 'beheer@politie.demo.example';
/** The police's actions in draft plan versions of open cases in the demo seed (demo/). */
const SEEDED_POLICE_DRAFT_ACTIONS = 1;
const OFFICER = 'wijkagent@politie.demo.example';

const USERS = `query { agencyUsers { id email displayName roles active activated activationExpiresAt leftAt accessReviewedAt accessReviewDueAt createdAt } }`;
const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { mailed activationLink user { id email roles active activated activationExpiresAt } } }`;
const SET_ROLES = `mutation($input: SetUserRolesInput!) { setUserRoles(input: $input) { id roles } }`;
const DISABLE = `mutation($id: ID!) { disableUser(userId: $id) { id active } }`;
const ENABLE = `mutation($id: ID!) { enableUser(userId: $id) { id active } }`;
const MOVE_OUT = `mutation($input: MoveUserOutInput!) { moveUserOut(input: $input) { cases actions meetings user { id active leftAt } } }`;
const CASES = `query { cases(first: 5) { nodes { id } } }`;

interface ManagedUser {
  id: string;
  email: string;
  roles: string[];
  active: boolean;
  activated: boolean;
  activationExpiresAt: string | null;
}

let t: TestApp;
let sink: SmtpSink;
let admin: Caller;
let users: Map<string, string>;
let agencies: Map<string, string>;
let ip = 0;
const nextIp = () => ({ 'x-forwarded-for': `203.0.113.${++ip}` });

beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({ SMTP_URL: sink.url, MAIL_FROM: 'Schakel <schakel@zvh.example>' });
  await t.app.listen(0, '127.0.0.1');
  admin = await callerByEmail(t, POLICE_ADMIN);
  users = await idsBy(t, `SELECT email AS key, id FROM app_user`);
  agencies = await idsBy(t, `SELECT type || ':' || name AS key, id FROM agency`);
});
afterAll(async () => {
  await t?.close();
  await sink?.close();
});

/** The activation link of the invitation mail to `email`: the link's token. */
async function mailedToken(email: string): Promise<string> {
  const mail = await sink.waitForMail(email, (m) => m.text.includes('/activeren#'));
  const token = /\/activeren#([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1];
  if (!token) throw new Error(`no activation link in: ${mail.text}`);
  return token;
}

const adminEvents = (operation: string, userId: string) =>
  t.db.query<{ actor: string; action: string; result: string }[]>(
    `SELECT actor_user_id AS actor, action, result FROM audit_event
      WHERE operation = $1 AND record_id = $2 ORDER BY id`,
    [operation, userId],
  );

async function invite(email: string, roles: string[] = ['MEMBER']) {
  return admin.gql<{
    inviteUser: { mailed: boolean; activationLink: string | null; user: ManagedUser };
  }>(INVITE, { input: { email, displayName: `Collega ${email.split('@')[0]}`, roles } });
}

async function activatedColleague(email: string, roles: string[] = ['MEMBER']): Promise<string> {
  const { inviteUser } = ok(await invite(email, roles));
  const token = await mailedToken(email);
  const res = await gql(
    t.agent(),
    `mutation($i: ActivateAccountInput!) { activateAccount(input: $i) }`,
    {
      i: { token, password: 'een-lang-genoeg-wachtwoord-9' },
    },
  );
  expect(res.errors).toBeUndefined();
  return inviteUser.user.id;
}

describe('the list', () => {
  it("shows the agency admin the own agency's accounts only, without any password or case data", async () => {
    const { agencyUsers } = ok(await admin.gql<{ agencyUsers: ManagedUser[] }>(USERS));
    const emails = agencyUsers.map((u) => u.email);
    expect(emails).toEqual(expect.arrayContaining([POLICE_ADMIN, OFFICER]));
    expect(emails.every((e) => e.endsWith('@politie.demo.example'))).toBe(true);
    expect(agencyUsers.find((u) => u.email === OFFICER)).toMatchObject({
      roles: ['MEMBER'],
      active: true,
      activated: true,
      activationExpiresAt: null,
    });
  });

  it.each([OFFICER, 'beheer@zvh.demo.example', 'procesregisseur@zvh.demo.example'])(
    'is refused to %s (not an agency admin)',
    async (email) => {
      const other = await callerByEmail(t, email);
      expect(errorCode(await other.gql(USERS))).toBe('FORBIDDEN');
      expect(errorCode(await other.gql(DISABLE, { id: users.get(OFFICER) }))).toBe('FORBIDDEN');
    },
  );
});

describe('invitations', () => {
  it('creates an inactive account and mails the person a 72-hour link (not shown to the admin), audited', async () => {
    const res = await invite('nieuw.collega@politie.demo.example');
    const { inviteUser } = ok(res);
    expect(inviteUser.mailed).toBe(true);
    expect(inviteUser.activationLink).toBeNull();
    const mail = await sink.waitForMail('nieuw.collega@politie.demo.example');
    expect(mail.subject).toBe('Uw account in Schakel staat klaar');
    expect(mail.text).toMatch(/\/activeren#[A-Za-z0-9_-]{43}/);
    expect(inviteUser.user).toMatchObject({ roles: ['MEMBER'], active: true, activated: false });
    const hours = (Date.parse(inviteUser.user.activationExpiresAt!) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71);
    expect(hours).toBeLessThanOrEqual(72);
    expect(await adminEvents('admin.user.invite', inviteUser.user.id)).toEqual([
      { actor: users.get(POLICE_ADMIN), action: 'ADMIN', result: 'ALLOWED' },
    ]);
  });

  it('refuses roles the police may not hold or an agency admin may not grant, and a taken address', async () => {
    expect(errorCode(await invite('regie@politie.demo.example', ['PROCESREGISSEUR']))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await invite('fb@politie.demo.example', ['FUNCTIONAL_ADMIN']))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await invite('po@politie.demo.example', ['PRIVACY_OFFICER']))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await invite(OFFICER))).toBe('CONFLICT');
    expect(errorCode(await invite('geen-adres'))).toBe('BAD_USER_INPUT');
    const [{ n }] = await t.db.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM app_user WHERE email IN ('regie@politie.demo.example', 'fb@politie.demo.example', 'po@politie.demo.example')`,
    );
    expect(n).toBe(0);
  });

  it('the invited person activates the account and signs in', async () => {
    const id = await activatedColleague('geactiveerd@politie.demo.example');
    const res = await login(
      t.agent(),
      'geactiveerd@politie.demo.example',
      'een-lang-genoeg-wachtwoord-9',
      nextIp(),
    );
    expect(res.data?.login.user.id).toBe(id);
    expect(res.data?.login.agency.type).toBe('POLICE');
  });
});

describe('invitations to an agency that signs in with its own provider (SSO)', () => {
  const INVITE_SSO = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { mailed signsInWithSso activationLink user { id roles active activated activationExpiresAt } } }`;

  beforeAll(async () => {
    const police = [...agencies].find(([key]) => key.startsWith('POLICE:'))![1];
    const municipality = [...agencies].find(([key]) => key.startsWith('MUNICIPALITY:'))![1];
    for (const [agency, domain] of [
      [police, 'sso-politie.example'],
      [municipality, 'sso-gemeente.example'],
    ] as const) {
      await t.db.query(
        `INSERT INTO agency_sso (agency_id, region_id, issuer, client_id, client_auth)
         SELECT id, region_id, 'https://idp.example', 'schakel', 'private_key_jwt'
           FROM agency WHERE id = $1`,
        [agency],
      );
      await t.db.query(`INSERT INTO agency_sso_domain (domain, agency_id) VALUES ($1, $2)`, [
        domain,
        agency,
      ]);
    }
  });

  it('sends no activation link: the mail says to sign in via the own organisation, with the login page', async () => {
    const email = 'agent.sso@sso-politie.example';
    const { inviteUser } = ok(
      await admin.gql<{
        inviteUser: {
          mailed: boolean;
          signsInWithSso: boolean;
          activationLink: string | null;
          user: ManagedUser;
        };
      }>(INVITE_SSO, { input: { email, displayName: 'Agent SSO', roles: ['MEMBER'] } }),
    );
    expect(inviteUser).toMatchObject({
      mailed: true,
      signsInWithSso: true,
      activationLink: null,
      user: { roles: ['MEMBER'], active: true, activated: true, activationExpiresAt: null },
    });
    const mail = await sink.waitForMail(email);
    expect(mail.subject).toBe('Uw account in Schakel staat klaar');
    expect(mail.text).toContain('log in via uw organisatie');
    expect(mail.text).toMatch(/https?:\/\/[^\s]+\/inloggen\s/);
    expect(mail.text).not.toContain('/activeren');
    expect(mail.text).not.toMatch(/wachtwoord kiezen|kies een wachtwoord/i);
    const [row] = await t.db.query<{ links: number; hash: string }[]>(
      `SELECT (SELECT count(*)::int FROM account_activation a WHERE a.user_id = u.id) AS links,
              u.password_hash AS hash
         FROM app_user u WHERE u.id = $1`,
      [inviteUser.user.id],
    );
    expect(row).toEqual({ links: 0, hash: '!sso-only' });
    // No password opens the account: the bound domain signs in at its provider only.
    expect(errorCode(await login(t.agent(), email, '!sso-only', nextIp()))).toBe('SSO_REQUIRED');
    const [event] = await t.db.query<{ detail: string }[]>(
      `SELECT detail FROM audit_event WHERE operation = 'admin.user.invite' AND record_id = $1`,
      [inviteUser.user.id],
    );
    expect(JSON.parse(event!.detail)).toMatchObject({ before: null, after: { signIn: 'sso' } });
  });

  it("refuses an address whose domain signs in at another agency's provider", async () => {
    const email = 'ambtenaar@sso-gemeente.example';
    expect(
      errorCode(
        await admin.gql(INVITE_SSO, {
          input: { email, displayName: 'Ambtenaar', roles: ['MEMBER'] },
        }),
      ),
    ).toBe('FORBIDDEN');
    const [{ n }] = await t.db.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM app_user WHERE email = $1`,
      [email],
    );
    expect(n).toBe(0);
  });
});

describe('roles', () => {
  it('grants roles within what the agency may hold, with before/after in the trail', async () => {
    const { inviteUser } = ok(await invite('rollen@politie.demo.example'));
    const id = inviteUser.user.id;
    const res = ok(
      await admin.gql<{ setUserRoles: { roles: string[] } }>(SET_ROLES, {
        input: { userId: id, roles: ['MEMBER', 'PRIVACY_CONTACT'] },
      }),
    );
    expect(res.setUserRoles.roles.sort()).toEqual(['MEMBER', 'PRIVACY_CONTACT']);
    expect(
      errorCode(await admin.gql(SET_ROLES, { input: { userId: id, roles: ['PROCESREGISSEUR'] } })),
    ).toBe('FORBIDDEN');
    expect(errorCode(await admin.gql(SET_ROLES, { input: { userId: id, roles: [] } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await adminEvents('admin.user.roles', id)).toEqual([
      { actor: users.get(POLICE_ADMIN), action: 'ADMIN', result: 'ALLOWED' },
    ]);
    const [event] = await t.db.query<{ detail: string }[]>(
      `SELECT detail FROM audit_event WHERE operation = 'admin.user.roles' AND record_id = $1`,
      [id],
    );
    const detail = JSON.parse(event!.detail) as {
      before: { roles: string[] };
      after: { roles: string[] };
    };
    expect(detail.before.roles).toEqual(['MEMBER']);
    expect(detail.after.roles.sort()).toEqual(['MEMBER', 'PRIVACY_CONTACT']);
  });

  it("cannot reach another agency's account, nor take away the own admin role", async () => {
    const zvhUser = users.get('procesregisseur@zvh.demo.example');
    expect(
      errorCode(await admin.gql(SET_ROLES, { input: { userId: zvhUser, roles: ['MEMBER'] } })),
    ).toBe('NOT_FOUND');
    expect(errorCode(await admin.gql(DISABLE, { id: zvhUser }))).toBe('NOT_FOUND');
    expect(
      errorCode(
        await admin.gql(SET_ROLES, {
          input: { userId: users.get(POLICE_ADMIN), roles: ['MEMBER'] },
        }),
      ),
    ).toBe('CONFLICT');
    expect(errorCode(await admin.gql(DISABLE, { id: users.get(POLICE_ADMIN) }))).toBe('CONFLICT');
    const [zvh] = await t.db.query<{ roles: string[]; active: boolean }[]>(
      `SELECT roles, active FROM app_user WHERE id = $1`,
      [zvhUser],
    );
    expect(zvh).toEqual({ roles: ['MEMBER', 'PROCESREGISSEUR'], active: true });
  });
});

describe('disable and re-enable', () => {
  it('ends the sessions at the next request (also a cached one), and the live socket at once', async () => {
    const email = 'uit-te-schakelen@politie.demo.example';
    const id = await activatedColleague(email);
    const agent = t.agent();
    const signedIn = await login(agent, email, 'een-lang-genoeg-wachtwoord-9', nextIp());
    const csrf = signedIn.data!.login.csrfToken;
    const asUser = (query: string) => gql(agent, query, {}, { csrf });
    expect((await asUser(CASES)).errors).toBeUndefined();
    // Twice: the second read is served with the session from the cache.
    expect((await asUser(CASES)).errors).toBeUndefined();

    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const setCookie = ([] as string[]).concat(signedIn.headers['set-cookie'] ?? []);
    const cookie = setCookie.map((c) => c.split(';')[0]!).join('; ');
    const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws', {
      headers: { origin: `http://127.0.0.1:${port}`, cookie },
    });
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
      socket.on('message', (data: Buffer) => {
        if ((JSON.parse(data.toString()) as { type: string }).type === 'connection_ack') resolve();
      });
      socket.on('error', reject);
    });

    ok(await admin.gql(DISABLE, { id }));

    // The portal answers an ended session by going to the login page with "sessie verlopen".
    const ended = ['SESSION_EXPIRED', 'UNAUTHENTICATED'];
    expect(errorCode(await asUser(CASES))).toBe('SESSION_EXPIRED');
    expect(ended).toContain(errorCode(await asUser(ME)));
    expect(await closed).toBe(4401);
    const relogin = await login(t.agent(), email, 'een-lang-genoeg-wachtwoord-9', nextIp());
    expect(errorCode(relogin)).toBe('INVALID_CREDENTIALS');

    ok(await admin.gql(ENABLE, { id }));
    // The old session stays ended; a new login works.
    expect(ended).toContain(errorCode(await asUser(ME)));
    const again = await login(t.agent(), email, 'een-lang-genoeg-wachtwoord-9', nextIp());
    expect(again.errors).toBeUndefined();

    expect((await adminEvents('admin.user.disable', id)).map((e) => e.result)).toEqual(['ALLOWED']);
    expect((await adminEvents('admin.user.enable', id)).map((e) => e.result)).toEqual(['ALLOWED']);
  });

  it('a disabled invitee cannot use the link any more', async () => {
    const { inviteUser } = ok(await invite('nooit-actief@politie.demo.example'));
    ok(await admin.gql(DISABLE, { id: inviteUser.user.id }));
    const res = await gql(
      t.agent(),
      `mutation($i: ActivateAccountInput!) { activateAccount(input: $i) }`,
      {
        i: {
          token: await mailedToken('nooit-actief@politie.demo.example'),
          password: 'een-lang-genoeg-wachtwoord-9',
        },
      },
    );
    expect(errorCode(res)).toBe('ACTIVATION_LINK_INVALID');
  });
});

describe('moving a person out', () => {
  it('hands over the actions they own in open cases to a colleague, then disables the account', async () => {
    const leaver = await activatedColleague('vertrekker@politie.demo.example');
    const successor = await activatedColleague('opvolger@politie.demo.example');
    const police = [...agencies].find(([key]) => key.startsWith('POLICE:'))![1];
    // Only draft plan versions can change; an adopted version is a record. The police's draft
    // actions in open cases of the demo seed become the leaver's.
    const given = await t.db.query<{ id: string }[]>(
      `WITH u AS (UPDATE plan_action a SET owner_user_id = $1 FROM case_file c, plan_version v
                   WHERE a.owner_agency_id = $2 AND c.id = a.case_id AND c.status <> 'CLOSED'
                     AND v.id = a.version_id AND v.status = 'DRAFT' RETURNING a.id)
       SELECT id FROM u`,
      [leaver, police],
    );
    const owned = given.length;
    expect(owned).toBe(SEEDED_POLICE_DRAFT_ACTIONS);

    expect(
      errorCode(
        await admin.gql(MOVE_OUT, {
          input: {
            userId: leaver,
            handOverToUserId: users.get('procesregisseur@zvh.demo.example'),
          },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    const started = Date.now();
    const res = ok(
      await admin.gql<{
        moveUserOut: {
          actions: number;
          cases: number;
          meetings: number;
          user: { active: boolean; leftAt: string | null };
        };
      }>(MOVE_OUT, { input: { userId: leaver, handOverToUserId: successor } }),
    );
    expect(res.moveUserOut).toMatchObject({
      actions: owned,
      cases: 0,
      meetings: 0,
      user: { active: false },
    });
    const leftAt = Date.parse(res.moveUserOut.user.leftAt!);
    expect(leftAt).toBeGreaterThanOrEqual(started - 1000);
    expect(leftAt).toBeLessThanOrEqual(Date.now() + 1000);
    const [{ left }] = await t.db.query<[{ left: number }]>(
      `SELECT count(*)::int AS left FROM plan_action WHERE owner_user_id = $1`,
      [leaver],
    );
    expect(left).toBe(0);
    // Exactly the actions the leaver owned, and no other, are now the successor's.
    const taken = await t.db.query<{ id: string }[]>(
      `SELECT id FROM plan_action WHERE owner_user_id = $1 ORDER BY id`,
      [successor],
    );
    expect(taken.map((r) => r.id)).toEqual(given.map((r) => r.id).sort());
    expect(await adminEvents('admin.user.moveOut', leaver)).toEqual([
      { actor: users.get(POLICE_ADMIN), action: 'ADMIN', result: 'ALLOWED' },
    ]);
  });
});

describe('no case content through the administration paths', () => {
  it('the types these operations answer with hold only account fields and counts', async () => {
    type TypeRef = { name: string | null; ofType?: TypeRef | null };
    const res = await gql<{
      __schema: { types: { name: string; fields: { name: string; type: TypeRef }[] | null }[] };
    }>(
      t.agent(),
      `query { __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }`,
    );
    // Introspection may be off in production; the test app serves it like development.
    const types = new Map(res.data!.__schema.types.map((type) => [type.name, type.fields ?? []]));
    const named = (f: { type: TypeRef }): string | null => {
      let ref: TypeRef | null | undefined = f.type;
      while (ref && !ref.name) ref = ref.ofType;
      return ref?.name ?? null;
    };
    const fieldsOf = (name: string) =>
      types
        .get(name)!
        .map((f) => `${f.name}:${named(f)}`)
        .sort();
    expect(fieldsOf('ManagedUser')).toEqual([
      'accessReviewDue:Boolean',
      'accessReviewDueAt:DateTime',
      'accessReviewedAt:DateTime',
      'activated:Boolean',
      'activationExpiresAt:DateTime',
      'active:Boolean',
      'createdAt:DateTime',
      'displayName:String',
      'email:String',
      'id:ID',
      'leftAt:DateTime',
      'roles:Role',
    ]);
    expect(fieldsOf('Invitation')).toEqual([
      'activationLink:String',
      'mailed:Boolean',
      'signsInWithSso:Boolean',
      'user:ManagedUser',
    ]);
    expect(fieldsOf('HandOver')).toEqual([
      'actions:Int',
      'adoptedActions:Int',
      'cases:Int',
      'meetings:Int',
      'user:ManagedUser',
    ]);
  });

  it('an agency admin still reads no case content through the ordinary paths', async () => {
    const res = await admin.gql<{ cases: { nodes: unknown[] } }>(CASES);
    expect(res.data?.cases.nodes ?? []).toEqual([]);
  });
});
