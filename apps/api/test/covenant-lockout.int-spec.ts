// Issue 15 item 2 (ADR 0019): an agency's users are active only while it has signed the region's
// current covenant version, or signed an earlier one and the first version it did not sign was
// adopted less than the region's covenant_grace_days ago. Enforced at login and on every request
// (the session cache is told at once); functional administrators are never locked out.
import { DEFAULT_COVENANT } from '@schakel/sharing-policy';
import { AuditService } from '../src/audit/audit.service';
import { PasswordService } from '../src/auth/password.service';
import { insertCovenantVersion } from '../src/covenant/covenant.store';
import { DEMO_PASSWORD, DEMO_REGION } from '../src/demo/demo-data';
import { errorCode, gql, login, ok } from './support/graphql-client';
import { callerByEmail, type Caller } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

const AGENCY = `id name covenantStatus accessUntil covenantSignedVersion`;
const LIST = `query { regionAgencies { ${AGENCY} } }`;
const CREATE = `mutation($input: RegionAgencyInput!) { createRegionAgency(input: $input) { ${AGENCY} } }`;
const SIGN = `mutation($input: RecordCovenantSignatureInput!) { recordCovenantSignature(input: $input) { ${AGENCY} } }`;
const ME = `query { me { user { email } covenantAccessEndsAt } }`;

interface Agency {
  id: string;
  name: string;
  covenantStatus: 'SIGNED_CURRENT' | 'IN_GRACE' | 'NOT_SIGNED';
  accessUntil: string | null;
  covenantSignedVersion: number | null;
}

const OFFICER = 'agent@handhaving.example';
const PASSWORD = 'een lange zin als wachtwoord 42';
let t: TestApp;
let fb: Caller;
let regionId: string;
let agency: Agency;
let ip = 1;
const nextIp = () => ({ 'x-forwarded-for': `198.51.100.${ip++}` });

beforeAll(async () => {
  t = await createTestApp();
  fb = await callerByEmail(t, 'beheer@zvh.demo.example');
  const [region] = await t.db.query<{ id: string }[]>(`SELECT id FROM region`);
  regionId = region!.id;
  await t.db.query(
    `UPDATE region SET contact_email = 'zvh@demostad.example', contact_phone = '010-1234567'`,
  );
  agency = ok(
    await fb.gql<{ createRegionAgency: Agency }>(CREATE, {
      input: { name: 'Handhaving Demostad', type: 'MUNICIPALITY' },
    }),
  ).createRegionAgency;
  const hash = await t.app.get(PasswordService).hash(PASSWORD);
  await t.db.query(
    `INSERT INTO app_user (agency_id, email, display_name, password_hash, roles)
     VALUES ($1, $2, 'Boa Demostad', $3, '{MEMBER}')`,
    [agency.id, OFFICER, hash],
  );
});
afterAll(async () => {
  await t?.close();
});

const refusals = async (email: string) => {
  await t.app.get(AuditService).settled();
  return t.db.query<{ result: string; reasonCode: string }[]>(
    `SELECT e.result, e.reason_code AS "reasonCode" FROM audit_event e
       JOIN app_user u ON u.id = e.actor_user_id
      WHERE u.email = $1 AND e.reason_code = 'COVENANT_NOT_SIGNED' ORDER BY e.seq`,
    [email],
  );
};

/** Logs in (no second factor in tests) and answers with the address the session is for. */
const loginAs = async (agent: ReturnType<TestApp['agent']>, email: string, password = PASSWORD) =>
  ok(await login(agent, email, password, nextIp())).login.user.email;

const sign = async (version: number) =>
  ok(
    await fb.gql<{ recordCovenantSignature: Agency }>(SIGN, {
      input: { agencyId: agency.id, version, signedOn: '2026-12-01' },
    }),
  ).recordCovenantSignature;

describe('the covenant lock-out', () => {
  it('lets every demo agency work: each signed the current version', async () => {
    const { regionAgencies } = ok(await fb.gql<{ regionAgencies: Agency[] }>(LIST));
    const demo = regionAgencies.filter((a) => a.id !== agency.id);
    expect(demo.length).toBeGreaterThan(5);
    expect(new Set(demo.map((a) => a.covenantStatus))).toEqual(new Set(['SIGNED_CURRENT']));
    expect(regionAgencies.find((a) => a.id === agency.id)!.covenantStatus).toBe('NOT_SIGNED');
  });

  it("refuses the login of an agency that never signed, naming the ZVH's contact, and puts the refusal in the trail", async () => {
    const res = await login(t.agent(), OFFICER, PASSWORD, nextIp());
    expect(errorCode(res)).toBe('COVENANT_NOT_SIGNED');
    expect(res.errors![0]!.extensions).toMatchObject({
      contactEmail: 'zvh@demostad.example',
      contactPhone: '010-1234567',
      regionName: DEMO_REGION.name,
    });
    expect(res.data).toBeNull();
    expect(await refusals(OFFICER)).toEqual([
      { result: 'DENIED', reasonCode: 'COVENANT_NOT_SIGNED' },
    ]);
  });

  it('does not tell a wrong password apart from any other: the covenant is named only after the password', async () => {
    const res = await login(t.agent(), OFFICER, 'verkeerd wachtwoord van lengte', nextIp());
    expect(errorCode(res)).toBe('INVALID_CREDENTIALS');
  });

  it('lets the agency in once its signature of the current version is recorded', async () => {
    const signed = await sign(1);
    expect(signed).toMatchObject({ covenantStatus: 'SIGNED_CURRENT', accessUntil: null });
    const agent = t.agent();
    expect(await loginAs(agent, OFFICER)).toBe(OFFICER);
    const me = ok(await gql<{ me: { covenantAccessEndsAt: string | null } }>(agent, ME));
    expect(me.me.covenantAccessEndsAt).toBeNull();
  });

  it('keeps an agency that signed an earlier version in for the grace period after a new version, then locks it out on its next request', async () => {
    const agent = t.agent();
    expect(await loginAs(agent, OFFICER)).toBe(OFFICER);
    const zvh = t.agent();
    expect(await loginAs(zvh, 'procesregisseur@zvh.demo.example', DEMO_PASSWORD)).toBe(
      'procesregisseur@zvh.demo.example',
    );
    // A first read fills the session cache: the change below must reach it.
    ok(await gql(agent, ME));

    await t.db.transaction((tx) =>
      insertCovenantVersion(tx, {
        regionId,
        version: 2,
        entries: DEFAULT_COVENANT,
        note: 'Versie 2',
        userId: null,
      }),
    );
    // A write through t.db.query waits until the session cache handled every notification so far.
    await t.db.query(`UPDATE region SET name = name WHERE id = $1`, [regionId]);
    const [v2] = await t.db.query<{ until: string; day: string }[]>(
      `SELECT (created_at + interval '30 days') AS until,
              to_char((created_at + interval '30 days') AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS day
         FROM covenant_version WHERE region_id = $1 AND version = 2`,
      [regionId],
    );
    const me = ok(await gql<{ me: { covenantAccessEndsAt: string | null } }>(agent, ME));
    expect(new Date(me.me.covenantAccessEndsAt!).getTime()).toBe(new Date(v2!.until).getTime());
    const { regionAgencies } = ok(await fb.gql<{ regionAgencies: Agency[] }>(LIST));
    expect(regionAgencies.find((a) => a.id === agency.id)).toMatchObject({
      covenantStatus: 'IN_GRACE',
      accessUntil: v2!.day,
    });

    // The grace period is over (the region shortens it to none): the open sessions end at once.
    await t.db.query(`UPDATE region SET covenant_grace_days = 0 WHERE id = $1`, [regionId]);
    expect(errorCode(await gql(agent, ME))).toBe('SESSION_EXPIRED');
    expect(errorCode(await gql(zvh, ME))).toBe('SESSION_EXPIRED');
    expect(errorCode(await login(t.agent(), OFFICER, PASSWORD, nextIp()))).toBe(
      'COVENANT_NOT_SIGNED',
    );
    // The functional administrator records the signatures, so is never locked out.
    expect(
      ok(await fb.gql<{ regionAgencies: Agency[] }>(LIST)).regionAgencies.find(
        (a) => a.id === agency.id,
      ),
    ).toMatchObject({
      covenantStatus: 'NOT_SIGNED',
      accessUntil: null,
    });
    const admin = t.agent();
    expect(await loginAs(admin, 'beheer@zvh.demo.example', DEMO_PASSWORD)).toBe(
      'beheer@zvh.demo.example',
    );

    // Signing version 2 lets the agency in again at once.
    expect((await sign(2)).covenantStatus).toBe('SIGNED_CURRENT');
    expect(await loginAs(t.agent(), OFFICER)).toBe(OFFICER);
    expect(await refusals(OFFICER)).toHaveLength(2);
  });
});
