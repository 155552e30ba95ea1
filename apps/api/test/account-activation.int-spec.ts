import { runAdminCommand } from '../src/administration/admin-command';
import { errorCode, gql, login, ME } from './support/graphql-client';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { createTestApp, TEST_SESSION_SECRET, type TestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

// Issue 15 item 1: a region and its first functional administrator by command, on an empty
// database (no demo data, no SQL), activated once through the printed link.

const ACTIVATE = `mutation Activate($input: ActivateAccountInput!) { activateAccount(input: $input) }`;
const PASSWORD = 'paars-tramkaartje-vlieger-42';

let database: TestDatabase;
let t: TestApp;
let sink: SmtpSink;
let ip = 0;
const nextIp = () => ({ 'x-forwarded-for': `198.51.100.${++ip}` });

async function admin(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  return adminWith({}, ...argv);
}

async function adminWith(
  env: Record<string, string>,
  ...argv: string[]
): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAdminCommand(
    argv,
    { DATABASE_URL: database.url, PUBLIC_URL: 'https://schakel.example.nl/', ...env },
    { out: (l) => out.push(l), err: (l) => err.push(l) },
  );
  return { code, out, err };
}

const tokenOf = (lines: string[]): string => {
  const link = lines.find((l) => l.startsWith('https://schakel.example.nl/activeren#'));
  if (!link) throw new Error(`no link in ${lines.join('\n')}`);
  return link.slice(link.indexOf('#') + 1);
};

const activate = (token: string, password = PASSWORD) =>
  gql<{ activateAccount: boolean }>(t.agent(), ACTIVATE, { input: { token, password } });

let firstToken: string;

beforeAll(async () => {
  database = await createTestDatabase();
  // The command runs first, on an empty database: it applies the migrations itself.
  const region = await admin('create-region', '--code', 'zvh-noord', '--name', 'ZVH Noord');
  expect(region).toMatchObject({ code: 0, err: [] });
  const created = await admin(
    'create-admin',
    '--region',
    'zvh-noord',
    '--email',
    'Beheer@Noord.example',
    '--name',
    'Fenna Beheer',
  );
  expect(created.code).toBe(0);
  firstToken = tokenOf(created.out);
  sink = await startSmtpSink();
  t = await createTestApp({ SCHAKEL_DEMO_DATA: 'false', SMTP_URL: sink.url }, database);
});

afterAll(async () => {
  await t?.app.close();
  await sink?.close();
  await database?.drop();
});

describe('the admin command', () => {
  it('created the region with its ZVH agency, the default covenant and an inactive administrator', async () => {
    const [row] = await t.db.query<Record<string, unknown>[]>(
      `SELECT r.name AS region, a.name AS agency, a.type, u.email, u.roles, u.activated_at IS NULL AS "notActivated",
              (SELECT max(version) FROM covenant_version v WHERE v.region_id = r.id) AS covenant,
              (SELECT count(*)::int FROM region) AS regions, (SELECT count(*)::int FROM app_user) AS users
         FROM app_user u JOIN agency a ON a.id = u.agency_id JOIN region r ON r.id = a.region_id`,
    );
    expect(row).toEqual({
      region: 'ZVH Noord',
      agency: 'ZVH Noord',
      type: 'ZVH',
      email: 'beheer@noord.example',
      roles: ['FUNCTIONAL_ADMIN'],
      notActivated: true,
      covenant: 1,
      regions: 1,
      users: 1,
    });
    // Only the token's hash is stored.
    const [link] = await t.db.query<{ hash: string }[]>(
      `SELECT encode(token_hash, 'hex') AS hash FROM account_activation`,
    );
    expect(link!.hash).not.toContain(Buffer.from(firstToken).toString('hex'));
  });

  it('refuses a second region with the same code and an unknown region, with exit code 2', async () => {
    const again = await admin('create-region', '--code', 'zvh-noord', '--name', 'Nog eens');
    expect(again.code).toBe(2);
    expect(again.err.join('\n')).toContain('already exists');
    const unknown = await admin(
      'create-admin',
      '--region',
      'nergens',
      '--email',
      'x@y.example',
      '--name',
      'X',
    );
    expect(unknown.code).toBe(2);
    expect(unknown.err.join('\n')).toContain('no region');
    const usage = await admin('drop-everything');
    expect(usage.code).toBe(2);
  });

  it('with the app settings and SMTP_URL, also e-mails the link (sent by the running app)', async () => {
    // The command needs the app's environment: the queued mail is sealed with SESSION_SECRET.
    const res = await adminWith(
      { SMTP_URL: sink.url, SESSION_SECRET: TEST_SESSION_SECRET, NODE_ENV: 'test' },
      'create-admin',
      '--region',
      'zvh-noord',
      '--email',
      'Per.Mail@noord.example',
      '--name',
      'Per Mail',
    );
    expect(res.code).toBe(0);
    expect(res.out.join('\n')).toContain('on its way to per.mail@noord.example');
    const mail = await sink.waitForMail('per.mail@noord.example');
    expect(mail.subject).toBe('Uw account in Schakel staat klaar');
    expect(mail.text).toContain(`https://schakel.example.nl/activeren#${tokenOf(res.out)}`);
  });

  it('writes its changes to the audit trail, by the system, with what they set', async () => {
    const rows = await t.db.query<
      { operation: string; actor: string | null; record_type: string }[]
    >(
      `SELECT operation, actor_user_id AS actor, record_type FROM audit_event
        WHERE operation LIKE 'admin.%' ORDER BY id`,
    );
    expect(rows.map((r) => r.operation)).toEqual(
      expect.arrayContaining([
        'admin.region.create',
        'admin.agency.create',
        'admin.user.create',
        'admin.activation.issue',
      ]),
    );
    expect(rows.every((r) => r.actor === null)).toBe(true);
  });
});

describe('activation', () => {
  it('refuses a wrong token, a malformed one and a weak password, and the account cannot log in', async () => {
    expect(errorCode(await activate('A'.repeat(43)))).toBe('ACTIVATION_LINK_INVALID');
    expect(errorCode(await activate('not a token'))).toBe('ACTIVATION_LINK_INVALID');
    expect(errorCode(await activate(firstToken, 'kort'))).toBe('PASSWORD_TOO_SHORT');
    const res = await login(t.agent(), 'beheer@noord.example', PASSWORD, nextIp());
    expect(errorCode(res)).toBe('INVALID_CREDENTIALS');
  });

  it('a newer link replaces the older one', async () => {
    const again = await admin('activation-link', '--email', 'beheer@noord.example');
    expect(again.code).toBe(0);
    const newer = tokenOf(again.out);
    expect(errorCode(await activate(firstToken))).toBe('ACTIVATION_LINK_INVALID');
    firstToken = newer;
  });

  it('sets the password once: the administrator logs in, the link cannot be used again', async () => {
    const first = await activate(firstToken);
    expect(first.errors).toBeUndefined();
    expect(first.data).toEqual({ activateAccount: true });
    const agent = t.agent();
    const res = await login(agent, 'beheer@noord.example', PASSWORD, nextIp());
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.roles).toEqual(['FUNCTIONAL_ADMIN']);
    expect(res.data?.login.region.name).toBe('ZVH Noord');
    const me = await gql<{ me: { user: { email: string } } }>(agent, ME);
    expect(me.data?.me.user.email).toBe('beheer@noord.example');

    expect(errorCode(await activate(firstToken, 'een-ander-wachtwoord-77'))).toBe(
      'ACTIVATION_LINK_INVALID',
    );
    // The second use changed nothing: the first password still works.
    expect(
      (await login(t.agent(), 'beheer@noord.example', PASSWORD, nextIp())).errors,
    ).toBeUndefined();
    // An activated account gets no new link from the command (that is a password reset).
    const reissue = await admin('activation-link', '--email', 'beheer@noord.example');
    expect(reissue.code).toBe(2);
  });

  it('two concurrent uses of one link: exactly one succeeds', async () => {
    await admin(
      'create-admin',
      '--region',
      'zvh-noord',
      '--email',
      'tweede@noord.example',
      '--name',
      'Tweede',
    );
    const token = tokenOf((await admin('activation-link', '--email', 'tweede@noord.example')).out);
    const results = await Promise.all([
      activate(token, 'eerste-wachtwoord-lang-1'),
      activate(token, 'tweede-wachtwoord-lang-2'),
    ]);
    const succeeded = results.filter((r) => r.data?.activateAccount === true);
    expect(succeeded).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'ACTIVATION_LINK_INVALID')).toHaveLength(1);
  });

  it('an expired link is refused', async () => {
    const out = await admin(
      'create-admin',
      '--region',
      'zvh-noord',
      '--email',
      'laat@noord.example',
      '--name',
      'Laat',
    );
    const token = tokenOf(out.out);
    await t.db.query(
      `UPDATE account_activation SET created_at = now() - interval '4 days', expires_at = now() - interval '1 day'
        WHERE user_id = (SELECT id FROM app_user WHERE email = 'laat@noord.example') AND used_at IS NULL`,
    );
    expect(errorCode(await activate(token))).toBe('ACTIVATION_LINK_INVALID');
  });

  it('audits the activation (by the account itself, before/after) and each refused known link', async () => {
    const rows = await t.db.query<
      { result: string; reason: string | null; actor: string | null }[]
    >(
      `SELECT e.result, e.reason_code AS reason, e.actor_user_id AS actor FROM audit_event e
        WHERE e.operation = 'password.activate' ORDER BY e.id`,
    );
    const [admin1] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM app_user WHERE email = 'beheer@noord.example'`,
    );
    expect(rows.filter((r) => r.result === 'ALLOWED')).toEqual([
      { result: 'ALLOWED', reason: null, actor: admin1!.id },
      expect.objectContaining({ result: 'ALLOWED' }),
    ]);
    expect(rows.filter((r) => r.result === 'DENIED').map((r) => r.reason)).toEqual(
      expect.arrayContaining(['LINK_REVOKED', 'LINK_USED', 'LINK_EXPIRED']),
    );
  });
});
