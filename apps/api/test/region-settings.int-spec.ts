// Issue 15 item 2: the region's settings (/beheer/instellingen). The functional administrator
// changes them, the privacy officer reads them; a stale edit is refused (optimistic concurrency);
// every change is audited with before/after; bad values are refused per field. Session 14: the
// WGS contactpunt (named in the letter to the person) and the yearly volunteer-coupling goal.
import { errorCode, ok, type GqlResponse } from './support/graphql-client';
import { download, sessionCookie } from './support/meetings';
import { extractPdfText } from './support/pdfjs-text';
import { callerByEmail, type Caller } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

const FIELDS = `name contactEmail contactPhone accessReviewMonths covenantGraceDays closingGraceDays
  wgsContactEmail wgsContactPhone wgsContactAddress volunteerGoalMin volunteerGoalMax version`;
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
  wgsContactEmail: string | null;
  wgsContactPhone: string | null;
  wgsContactAddress: string | null;
  volunteerGoalMin: number;
  volunteerGoalMax: number;
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
      // Left out of the input: they stay as they were.
      wgsContactEmail: before.wgsContactEmail,
      wgsContactPhone: before.wgsContactPhone,
      wgsContactAddress: before.wgsContactAddress,
      volunteerGoalMin: before.volunteerGoalMin,
      volunteerGoalMax: before.volunteerGoalMax,
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

  describe('the WGS contactpunt and the volunteer-coupling goal', () => {
    /** All settings as they are, with a change on top. */
    const full = async (change: Record<string, unknown>) => {
      const { version, ...current } = await read(fb);
      return { ...current, expectedVersion: version, ...change };
    };
    const letterText = async () => {
      const [kase] = await t.db.query<{ id: string }[]>(
        `SELECT id FROM case_file WHERE reference = 'ZVH-2026-001'`,
      );
      const res = await download(
        t,
        `/cases/${kase!.id}/transparency-letter.pdf`,
        sessionCookie(t, regie.userId),
      );
      expect(res.status).toBe(200);
      return (await extractPdfText(res.body)).text.replace(/\s+/g, ' ');
    };

    it('starts from the covenant default goal of 65 to 100', async () => {
      expect(await read(fb)).toMatchObject({ volunteerGoalMin: 65, volunteerGoalMax: 100 });
    });

    it('saves them, audits before/after in the change, and the letter to the person names the new contactpunt', async () => {
      const before = await read(fb);
      const eventsBefore = (await settingsEvents()).length;
      const saved = ok(
        await update(
          fb,
          await full({
            wgsContactEmail: ' WGS-Contactpunt@ZVH.example ',
            wgsContactPhone: '030-7654321',
            wgsContactAddress: 'Postbus 4242, 1234 ZZ Demostad',
            volunteerGoalMin: 70,
            volunteerGoalMax: 120,
          }),
        ),
      ).updateRegionalSettings;
      expect(saved).toEqual({
        ...before,
        wgsContactEmail: 'wgs-contactpunt@zvh.example',
        wgsContactPhone: '030-7654321',
        wgsContactAddress: 'Postbus 4242, 1234 ZZ Demostad',
        volunteerGoalMin: 70,
        volunteerGoalMax: 120,
        version: before.version + 1,
      });
      expect(await read(privacy)).toEqual(saved);

      const events = await settingsEvents();
      expect(events).toHaveLength(eventsBefore + 1);
      const detail = JSON.parse(events.at(-1)!.detail) as { before: Settings; after: Settings };
      expect(detail.before).toMatchObject({
        wgsContactEmail: before.wgsContactEmail,
        volunteerGoalMin: before.volunteerGoalMin,
        volunteerGoalMax: before.volunteerGoalMax,
      });
      expect(detail.after).toMatchObject({
        wgsContactEmail: 'wgs-contactpunt@zvh.example',
        wgsContactPhone: '030-7654321',
        wgsContactAddress: 'Postbus 4242, 1234 ZZ Demostad',
        volunteerGoalMin: 70,
        volunteerGoalMax: 120,
      });

      // The volunteer-coupling figures read the same goal.
      expect(
        ok(
          await fb.gql<{ volunteerCouplingGoal: { goalMin: number; goalMax: number } }>(
            `query { volunteerCouplingGoal { goalMin goalMax } }`,
          ),
        ).volunteerCouplingGoal,
      ).toEqual({ goalMin: 70, goalMax: 120 });

      const text = await letterText();
      expect(text).toContain('wgs-contactpunt@zvh.example');
      expect(text).toContain('030-7654321');
      expect(text).toContain('Postbus 4242, 1234 ZZ Demostad');
    });

    it('cleared, the letter falls back to the ZVH desk', async () => {
      const saved = ok(
        await update(
          fb,
          await full({
            contactEmail: 'balie@zvh.example',
            contactPhone: '010-1112223',
            wgsContactEmail: '',
            wgsContactPhone: null,
            wgsContactAddress: '  ',
          }),
        ),
      ).updateRegionalSettings;
      expect(saved).toMatchObject({
        wgsContactEmail: null,
        wgsContactPhone: null,
        wgsContactAddress: null,
      });
      const text = await letterText();
      expect(text).not.toContain('wgs-contactpunt@zvh.example');
      expect(text).not.toContain('Postbus 4242');
      expect(text).toContain('balie@zvh.example');
      expect(text).toContain('010-1112223');
    });

    it('keeps the goal when an older client sends it as null or leaves it out', async () => {
      const current = await read(fb);
      const saved = ok(
        await update(fb, {
          name: current.name,
          accessReviewMonths: current.accessReviewMonths,
          covenantGraceDays: current.covenantGraceDays,
          closingGraceDays: current.closingGraceDays,
          volunteerGoalMin: null,
          expectedVersion: current.version,
        }),
      ).updateRegionalSettings;
      expect(saved).toEqual({
        ...current,
        contactEmail: null,
        contactPhone: null,
        version: current.version + 1,
      });
    });

    it.each([
      ['wgsContactEmail', { wgsContactEmail: 'contactpunt@' }],
      ['wgsContactPhone', { wgsContactPhone: '12' }],
      ['wgsContactAddress', { wgsContactAddress: 'x'.repeat(201) }],
      ['volunteerGoalMin', { volunteerGoalMin: -1 }],
      ['volunteerGoalMax', { volunteerGoalMax: 10_001 }],
      ['volunteerGoalMax', { volunteerGoalMin: 80, volunteerGoalMax: 79 }],
    ])('refuses a bad %s, naming the field and changing nothing', async (field, change) => {
      const current = await read(fb);
      const events = (await settingsEvents()).length;
      const res = await update(fb, await full(change));
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(fieldOf(res)).toBe(field);
      expect(await read(fb)).toEqual(current);
      expect(await settingsEvents()).toHaveLength(events);
    });

    it('refuses a stale change of them with EDIT_CONFLICT, also after the goal was set on its own', async () => {
      const opened = await read(fb);
      // Another administrator sets the goal through the volunteer-coupling mutation.
      ok(
        await fb.gql(
          `mutation($input: VolunteerCouplingGoalInput!) {
             updateVolunteerCouplingGoal(input: $input) { goalMin goalMax } }`,
          { input: { goalMin: 60, goalMax: 90, version: opened.version } },
        ),
      );
      const now = await read(fb);
      expect(now).toMatchObject({
        volunteerGoalMin: 60,
        volunteerGoalMax: 90,
        version: opened.version + 1,
      });
      const events = (await settingsEvents()).length;
      const { version, ...values } = opened;
      const res = await update(fb, {
        ...values,
        wgsContactEmail: 'overschreven@zvh.example',
        volunteerGoalMin: 1,
        volunteerGoalMax: 2,
        expectedVersion: version,
      });
      expect(errorCode(res)).toBe('EDIT_CONFLICT');
      expect(await read(fb)).toEqual(now);
      expect(await settingsEvents()).toHaveLength(events);
    });
  });
});
