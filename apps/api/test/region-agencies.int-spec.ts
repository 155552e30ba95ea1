// Issue 15 item 2: the functional administrator keeps the region's agencies — create, edit name,
// type and contact, the covenant version signed, agency admins — audited, never case content.
import { errorCode, ok } from './support/graphql-client';
import { callerByEmail, type Caller } from './support/sessions';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { createTestApp, type TestApp } from './support/test-app';

const FIELDS = `id name type contactName contactEmail contactPhone covenantSignedVersion covenantSignedOn currentCovenantVersion covenantStatus accessUntil activeUsers agencyAdmins agencyAdminAccounts { displayName email activated } settingsVersion`;
const LIST = `query { regionAgencies { ${FIELDS} } }`;
const CREATE = `mutation($input: RegionAgencyInput!) { createRegionAgency(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateRegionAgencyInput!) { updateRegionAgency(input: $input) { ${FIELDS} } }`;
const SIGN = `mutation($input: RecordCovenantSignatureInput!) { recordCovenantSignature(input: $input) { ${FIELDS} } }`;
const INVITE_ADMIN = `mutation($input: InviteAgencyAdminInput!) { inviteAgencyAdmin(input: $input) { mailed user { email roles activated } } }`;

interface RegionAgency {
  id: string;
  name: string;
  type: string;
  contactEmail: string | null;
  covenantSignedVersion: number | null;
  covenantSignedOn: string | null;
  currentCovenantVersion: number | null;
  covenantStatus: string;
  accessUntil: string | null;
  activeUsers: number;
  agencyAdmins: string[];
  agencyAdminAccounts: { displayName: string; email: string; activated: boolean }[];
  settingsVersion: number;
}

let t: TestApp;
let sink: SmtpSink;
let fb: Caller;

beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({ SMTP_URL: sink.url });
  fb = await callerByEmail(t, 'beheer@zvh.demo.example');
});
afterAll(async () => {
  await t?.close();
  await sink?.close();
});

const events = (operation: string, agencyId: string) =>
  t.db.query<{ detail: string | null; action: string }[]>(
    `SELECT detail, action FROM audit_event WHERE operation = $1 AND record_id = $2 ORDER BY id`,
    [operation, agencyId],
  );

describe("the functional administrator's agencies", () => {
  it("lists the region's agencies with their agency admins and the current covenant version", async () => {
    const { regionAgencies } = ok(await fb.gql<{ regionAgencies: RegionAgency[] }>(LIST));
    const police = regionAgencies.find((a) => a.type === 'POLICE')!;
    expect(police.agencyAdmins).toContain('beheer@politie.demo.example');
    expect(police.currentCovenantVersion).toBe(1);
    expect(police.activeUsers).toBeGreaterThan(0);
  });

  it('creates the police agency, edits it, records the signed version — each audited with before/after', async () => {
    const created = ok(
      await fb.gql<{ createRegionAgency: RegionAgency }>(CREATE, {
        input: {
          name: 'Politie Eenheid Noord',
          type: 'POLICE',
          contactName: 'Servicedesk',
          contactEmail: 'Servicedesk@Politie.example',
        },
      }),
    ).createRegionAgency;
    expect(created).toMatchObject({
      type: 'POLICE',
      contactEmail: 'servicedesk@politie.example',
      covenantSignedVersion: null,
      covenantStatus: 'NOT_SIGNED',
      accessUntil: null,
      activeUsers: 0,
      agencyAdmins: [],
    });
    expect(
      errorCode(await fb.gql(CREATE, { input: { name: 'Politie Eenheid Noord', type: 'POLICE' } })),
    ).toBe('CONFLICT');

    const updated = ok(
      await fb.gql<{ updateRegionAgency: RegionAgency }>(UPDATE, {
        input: {
          agencyId: created.id,
          expectedSettingsVersion: 1,
          name: 'Politie Noord',
          type: 'POLICE',
          contactPhone: '0900-8844',
        },
      }),
    ).updateRegionAgency;
    expect(updated).toMatchObject({
      name: 'Politie Noord',
      contactEmail: null,
      settingsVersion: 2,
    });

    const signed = ok(
      await fb.gql<{ recordCovenantSignature: RegionAgency }>(SIGN, {
        input: { agencyId: created.id, version: 1, signedOn: '2026-11-30' },
      }),
    ).recordCovenantSignature;
    expect(signed).toMatchObject({
      covenantSignedVersion: 1,
      covenantSignedOn: '2026-11-30',
      covenantStatus: 'SIGNED_CURRENT',
      accessUntil: null,
    });
    expect(
      errorCode(
        await fb.gql(SIGN, { input: { agencyId: created.id, version: 9, signedOn: '2026-11-30' } }),
      ),
    ).toBe('BAD_USER_INPUT');

    const [update] = await events('admin.agency.update', created.id);
    const detail = JSON.parse(update!.detail!) as {
      before: { name: string };
      after: { name: string };
    };
    expect(update!.action).toBe('ADMIN');
    expect([detail.before.name, detail.after.name]).toEqual([
      'Politie Eenheid Noord',
      'Politie Noord',
    ]);
    expect(await events('admin.agency.create', created.id)).toHaveLength(1);
    expect(await events('admin.agency.covenantSigned', created.id)).toHaveLength(1);
  });

  it("appoints the new agency's agency admin by an e-mailed invitation", async () => {
    const { regionAgencies } = ok(await fb.gql<{ regionAgencies: RegionAgency[] }>(LIST));
    const agency = regionAgencies.find((a) => a.name === 'Politie Noord')!;
    const res = ok(
      await fb.gql<{
        inviteAgencyAdmin: { mailed: boolean; user: { roles: string[]; activated: boolean } };
      }>(INVITE_ADMIN, {
        input: {
          agencyId: agency.id,
          email: 'beheer@politie-noord.example',
          displayName: 'Bea Beheer',
        },
      }),
    );
    expect(res.inviteAgencyAdmin).toMatchObject({
      mailed: true,
      user: { roles: ['AGENCY_ADMIN'], activated: false },
    });
    const listed = ok(await fb.gql<{ regionAgencies: RegionAgency[] }>(LIST)).regionAgencies;
    expect(listed.find((a) => a.id === agency.id)!.agencyAdminAccounts).toEqual([
      { displayName: 'Bea Beheer', email: 'beheer@politie-noord.example', activated: false },
    ]);
    const mail = await sink.waitForMail('beheer@politie-noord.example');
    expect(mail.text).toMatch(/\/activeren#[A-Za-z0-9_-]{43}/);
  });

  it('refuses a type change while people hold roles the new type may not', async () => {
    const { regionAgencies } = ok(await fb.gql<{ regionAgencies: RegionAgency[] }>(LIST));
    const zvh = regionAgencies.find((a) => a.type === 'ZVH')!;
    expect(
      errorCode(
        await fb.gql(UPDATE, {
          input: {
            agencyId: zvh.id,
            expectedSettingsVersion: zvh.settingsVersion,
            name: zvh.name,
            type: 'MUNICIPALITY',
          },
        }),
      ),
    ).toBe('CONFLICT');
  });

  it('names the field in trouble, with the rules the portal checks too (libs/domain)', async () => {
    const refused = await fb.gql(CREATE, {
      input: { name: 'Politie Zuid', type: 'POLICE', contactEmail: 'geen adres' },
    });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.['field']).toBe('contactEmail');
    const short = await fb.gql(CREATE, { input: { name: ' P ', type: 'POLICE' } });
    expect(short.errors?.[0]?.extensions?.['field']).toBe('name');
  });

  it('refuses an edit begun before a colleague saved theirs (EDIT_CONFLICT), changing nothing', async () => {
    const { regionAgencies } = ok(await fb.gql<{ regionAgencies: RegionAgency[] }>(LIST));
    const agency = regionAgencies.find((a) => a.name === 'Politie Noord')!;
    const edit = (name: string) => ({
      input: {
        agencyId: agency.id,
        expectedSettingsVersion: agency.settingsVersion,
        name,
        type: 'POLICE',
      },
    });
    // Two administrators opened the same form; the first to save wins.
    const first = ok(
      await fb.gql<{ updateRegionAgency: RegionAgency }>(UPDATE, edit('Politie Noord-Holland')),
    );
    expect(first.updateRegionAgency.settingsVersion).toBe(agency.settingsVersion + 1);
    expect(errorCode(await fb.gql(UPDATE, edit('Politie Kop van Noord')))).toBe('EDIT_CONFLICT');
    const after = ok(await fb.gql<{ regionAgencies: RegionAgency[] }>(LIST)).regionAgencies;
    expect(after.find((a) => a.id === agency.id)!.name).toBe('Politie Noord-Holland');
    // The rename and the one above: the refused edit left no event.
    expect(await events('admin.agency.update', agency.id)).toHaveLength(2);
  });

  it.each([
    'beheer@politie.demo.example',
    'procesregisseur@zvh.demo.example',
    'privacy@zvh.demo.example',
  ])('is refused to %s', async (email) => {
    const other = await callerByEmail(t, email);
    expect(errorCode(await other.gql(LIST))).toBe('FORBIDDEN');
    expect(errorCode(await other.gql(CREATE, { input: { name: 'Nep', type: 'CARE' } }))).toBe(
      'FORBIDDEN',
    );
  });

  it('answers with agency settings only: no field leads to case content', async () => {
    type TypeRef = { name: string | null; ofType?: TypeRef | null };
    const res = await fb.gql<{ __type: { fields: { name: string; type: TypeRef }[] } }>(
      `query { __type(name: "RegionAgency") { fields { name type { name ofType { name ofType { name ofType { name } } } } } } }`,
    );
    const named = (ref: TypeRef | null | undefined): string | null =>
      ref ? (ref.name ?? named(ref.ofType)) : null;
    const types = new Set(res.data!.__type.fields.map((f) => named(f.type)));
    expect([...types].sort()).toEqual([
      'AgencyType',
      'CovenantStatus',
      'ID',
      'Int',
      'RegionAgencyAdmin',
      'String',
    ]);
    const admin = await fb.gql<{ __type: { fields: { name: string }[] } }>(
      `query { __type(name: "RegionAgencyAdmin") { fields { name } } }`,
    );
    expect(admin.data!.__type.fields.map((f) => f.name).sort()).toEqual([
      'activated',
      'displayName',
      'email',
    ]);
  });
});
