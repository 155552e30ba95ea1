// Issue 15 item 2: the region's settings (/beheer/instellingen). The functional administrator
// changes them, the privacy officer reads them; a stale edit is refused (optimistic concurrency);
// every change is audited with before/after; bad values are refused per field.
import { errorCode, ok, type GqlResponse } from './support/graphql-client';
import { callerByEmail, type Caller } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

const FIELDS = `name contactEmail contactPhone accessReviewMonths covenantGraceDays closingGraceDays version`;
const READ = `query { regionalSettings { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateRegionalSettingsInput!) { updateRegionalSettings(input: $input) { ${FIELDS} } }`;
const CLOSING = `mutation($days: Int!) { updateRegionSettings(input: { closingGraceDays: $days }) { closingGraceDays } }`;

interface Settings {
  name: string;
  contactEmail: string | null;
  contactPhone: string | null;
  accessReviewMonths: number;
  covenantGraceDays: number;
  closingGraceDays: number;
  version: number;
}

let t: TestApp;
let fb: Caller;
let privacy: Caller;
let regie: Caller;

beforeAll(async () => {
  t = await createTestApp();
  fb = await callerByEmail(t, 'beheer@zvh.demo.example');
  privacy = await callerByEmail(t, 'privacy@zvh.demo.example');
  regie = await callerByEmail(t, 'procesregisseur@zvh.demo.example');
});
afterAll(async () => {
  await t?.close();
});

const read = async (caller: Caller) =>
  ok(await caller.gql<{ regionalSettings: Settings }>(READ)).regionalSettings;
const update = (caller: Caller, input: Record<string, unknown>) =>
  caller.gql<{ updateRegionalSettings: Settings }>(UPDATE, { input });
const fieldOf = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.['field'];
const settingsEvents = () =>
  t.db.query<{ action: string; actorEmail: string; detail: string }[]>(
    `SELECT e.action, u.email AS "actorEmail", e.detail FROM audit_event e
       JOIN app_user u ON u.id = e.actor_user_id
      WHERE e.operation = 'admin.region.settings' ORDER BY e.seq`,
  );

describe("the region's settings", () => {
  it('starts from the defaults, readable by the functional administrator and the privacy officer only', async () => {
    const settings = await read(fb);
    expect(settings).toMatchObject({
      contactEmail: null,
      contactPhone: null,
      accessReviewMonths: 6,
      covenantGraceDays: 30,
      closingGraceDays: 30,
      version: 1,
    });
    expect(await read(privacy)).toEqual(settings);
    expect(errorCode(await regie.gql(READ))).toBe('FORBIDDEN');
  });

  it('saves a change, raises the version and audits it with before and after', async () => {
    const before = await read(fb);
    const saved = ok(
      await update(fb, {
        name: 'ZVH Demostad',
        contactEmail: ' Desk@ZVH.example ',
        contactPhone: '010-1234567',
        accessReviewMonths: 3,
        covenantGraceDays: 60,
        closingGraceDays: 14,
        expectedVersion: before.version,
      }),
    ).updateRegionalSettings;
    expect(saved).toEqual({
      name: 'ZVH Demostad',
      contactEmail: 'desk@zvh.example',
      contactPhone: '010-1234567',
      accessReviewMonths: 3,
      covenantGraceDays: 60,
      closingGraceDays: 14,
      version: 2,
    });
    const [event] = await settingsEvents();
    expect(event!.action).toBe('ADMIN');
    expect(event!.actorEmail).toBe('beheer@zvh.demo.example');
    const detail = JSON.parse(event!.detail) as { before: Settings; after: Settings };
    expect(detail.before).toMatchObject({ name: before.name, covenantGraceDays: 30 });
    expect(detail.after).toMatchObject({ name: 'ZVH Demostad', covenantGraceDays: 60 });
    expect(detail.after).not.toHaveProperty('version');
  });

  it('refuses a change based on an older version (two administrators at once), changing nothing', async () => {
    const current = await read(fb);
    const stale = {
      name: 'Overschreven',
      accessReviewMonths: 12,
      covenantGraceDays: 0,
      closingGraceDays: 0,
      expectedVersion: current.version - 1,
    };
    expect(errorCode(await update(fb, stale))).toBe('EDIT_CONFLICT');
    expect(await read(fb)).toEqual(current);
    expect(await settingsEvents()).toHaveLength(1);
  });

  it.each([
    ['name', { name: 'Z' }],
    ['contactEmail', { contactEmail: 'geen adres' }],
    ['contactPhone', { contactPhone: '1' }],
    ['accessReviewMonths', { accessReviewMonths: 0 }],
    ['accessReviewMonths', { accessReviewMonths: 13 }],
    ['covenantGraceDays', { covenantGraceDays: 181 }],
    ['closingGraceDays', { closingGraceDays: -1 }],
  ])('refuses a bad %s, naming the field', async (field, change) => {
    const current = await read(fb);
    const res = await update(fb, {
      name: current.name,
      accessReviewMonths: current.accessReviewMonths,
      covenantGraceDays: current.covenantGraceDays,
      closingGraceDays: current.closingGraceDays,
      expectedVersion: current.version,
      ...change,
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(fieldOf(res)).toBe(field);
    expect(await read(fb)).toEqual(current);
  });

  it('lets only the functional administrator change them', async () => {
    const current = await read(fb);
    const input = {
      name: current.name,
      accessReviewMonths: 1,
      covenantGraceDays: 0,
      closingGraceDays: 0,
      expectedVersion: current.version,
    };
    expect(errorCode(await update(privacy, input))).toBe('FORBIDDEN');
    expect(errorCode(await update(regie, input))).toBe('FORBIDDEN');
    expect(await read(fb)).toEqual(current);
  });

  it("keeps case monitoring's closing grace setting working: audited, and it moves the version on", async () => {
    const current = await read(fb);
    expect(
      ok(
        await fb.gql<{ updateRegionSettings: { closingGraceDays: number } }>(CLOSING, { days: 7 }),
      ),
    ).toEqual({ updateRegionSettings: { closingGraceDays: 7 } });
    expect(await read(fb)).toEqual({
      ...current,
      closingGraceDays: 7,
      version: current.version + 1,
    });
    expect(errorCode(await fb.gql(CLOSING, { days: 181 }))).toBe('BAD_USER_INPUT');
    // Everyone of the region still reads the closing grace period.
    expect(
      ok(
        await regie.gql<{ regionSettings: { closingGraceDays: number } }>(
          `query { regionSettings { closingGraceDays } }`,
        ),
      ).regionSettings.closingGraceDays,
    ).toBe(7);
    const events = await settingsEvents();
    expect(events).toHaveLength(2);
    const detail = JSON.parse(events[1]!.detail) as { before: Settings; after: Settings };
    expect([detail.before.closingGraceDays, detail.after.closingGraceDays]).toEqual([
      current.closingGraceDays,
      7,
    ]);
  });
});
