// In-app notifications: who receives a fan-out to an agency, that a user lists and marks only
// their own, and the unread count the header shows.
import { AuditService } from '../src/audit/audit.service';
import { NotificationService } from '../src/notifications/notification.service';
import { errorCode, errorField, ok } from './support/graphql-client';
import {
  callerByEmail,
  callerFor,
  createAgency,
  createUser,
  idsBy,
  type Caller,
} from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let cases: Map<string, string>;
let agencies: Map<string, string>;
let regionId: string;
let regie: Caller;
const housing: Record<string, string> = {};
let otherRegionUser: string;
let otherRegionAgency: string;

const LIST = `query($first: Int!, $unreadOnly: Boolean) {
  notifications(first: $first, unreadOnly: $unreadOnly) {
    unreadCount items { id kind caseId params { key value } readAt } } }`;
interface List {
  notifications: {
    unreadCount: number;
    items: {
      id: string;
      kind: string;
      caseId: string | null;
      params: { key: string; value: string }[];
      readAt: string | null;
    }[];
  };
}
const MARK = `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`;

const received = async (userId: string) =>
  await t.db.query<{ kind: string; caseId: string | null; data: Record<string, string> }[]>(
    `SELECT kind, case_id AS "caseId", data FROM notification WHERE recipient_user_id = $1
      ORDER BY created_at`,
    [userId],
  );

beforeAll(async () => {
  t = await createTestApp();
  cases = await idsBy(t, `SELECT reference AS key, id FROM case_file`);
  agencies = await idsBy(t, `SELECT name AS key, id FROM agency`);
  const [region] = await t.db.query<
    {
      id: string;
    }[]
  >(`SELECT id FROM region WHERE code = 'demo'`);
  regionId = region!.id;
  regie = await callerByEmail(t, 'procesregisseur@zvh.demo.example');
  const agency = agencies.get('Woonstichting Demohuis')!;
  housing['member'] = await createUser(t, agency, ['MEMBER'], 'Housing member two');
  housing['admin'] = await createUser(t, agency, ['AGENCY_ADMIN'], 'Housing admin');
  housing['privacy'] = await createUser(t, agency, ['PRIVACY_OFFICER'], 'Housing privacy');
  housing['inactive'] = await createUser(t, agency, ['MEMBER'], 'Housing former member');
  await t.db.query(`UPDATE app_user SET active = false WHERE id = $1`, [housing['inactive']]);
  const [demoMember] = await t.db.query<{ id: string }[]>(
    `SELECT id FROM app_user WHERE email = 'woningcorporatie@demohuis.demo.example'`,
  );
  housing['demo'] = demoMember!.id;
  const [other] = await t.db.query<{ id: string }[]>(
    `INSERT INTO region (code, name) VALUES ('other', 'Andere regio') RETURNING id`,
  );
  otherRegionAgency = await createAgency(t, other!.id, 'Woonstichting Elders', 'HOUSING');
  otherRegionUser = await createUser(t, otherRegionAgency, ['MEMBER'], 'Other region member');
  // Start every user here from an empty inbox; demo notifications are not what is tested.
  await t.db.query(`DELETE FROM notification`);
});
afterAll(async () => {
  await t.close();
});

describe('fan-out to an agency', () => {
  it('invites the case workers of the agency, not its admins, privacy officers or former users', async () => {
    ok(
      await regie.gql(
        `mutation($input: AddCaseParticipantInput!) { addCaseParticipant(input: $input) { id } }`,
        {
          input: {
            caseId: cases.get('ZVH-2026-002'),
            agencyId: agencies.get('Woonstichting Demohuis'),
            role: 'PARTNER',
            reason: 'Huurachterstand en overlast in de flat.',
            reasonCategories: ['PLAN'],
            legalBasis: 'Convenant art. 5',
          },
        },
      ),
    );
    for (const key of ['member', 'demo']) {
      expect(await received(housing[key]!)).toEqual([
        {
          kind: 'CASE_INVITED',
          caseId: cases.get('ZVH-2026-002'),
          data: { caseReference: 'ZVH-2026-002' },
        },
      ]);
    }
    for (const key of ['admin', 'privacy', 'inactive']) {
      expect(await received(housing[key]!)).toEqual([]);
    }
    // The procesregisseur who did it is not told about it.
    expect(await received(regie.userId)).toEqual([]);
  });

  it('never reaches an agency of another region, even when named', async () => {
    const service = t.app.get(NotificationService);
    const count = await service.notifyAgencies(t.db, {
      regionId,
      agencyIds: [otherRegionAgency, agencies.get('Exodus Demo-regio')!],
      kind: 'MEETING_INVITED',
      data: { meeting: 'Casusoverleg 12 maart' },
    });
    expect(count).toBe(1);
    expect(await received(otherRegionUser)).toEqual([]);
    const named = await service.notifyUsers(t.db, {
      regionId,
      userIds: [otherRegionUser],
      kind: 'ACTION_ASSIGNED',
    });
    expect(named).toBe(0);
    expect(await received(otherRegionUser)).toEqual([]);
  });
});

describe('own notifications only', () => {
  let member: Caller;
  let demo: Caller;

  beforeAll(async () => {
    member = callerFor(t, housing['member']!);
    demo = callerFor(t, housing['demo']!);
    const service = t.app.get(NotificationService);
    await service.notifyUsers(t.db, {
      regionId,
      userIds: [housing['member']!],
      kind: 'ACTION_ASSIGNED',
      caseId: cases.get('ZVH-2026-002')!,
      data: { caseReference: 'ZVH-2026-002' },
    });
  });

  it('lists the caller’s own notifications, newest first, with the unread count', async () => {
    const data = ok(await member.gql<List>(LIST, { first: 10 })).notifications;
    expect(data.unreadCount).toBe(2);
    expect(data.items.map((n) => n.kind)).toEqual(['ACTION_ASSIGNED', 'CASE_INVITED']);
    expect(data.items[0]!.params).toEqual([{ key: 'caseReference', value: 'ZVH-2026-002' }]);
    const first = ok(await member.gql<List>(LIST, { first: 1 })).notifications;
    expect(first.items).toHaveLength(1);
    expect(first.unreadCount).toBe(2);
    const other = ok(await demo.gql<List>(LIST, { first: 10 })).notifications;
    expect(other.items.map((n) => n.kind)).toEqual(['CASE_INVITED']);
    expect(other.items[0]!.id).not.toBe(data.items[1]!.id);
  });

  it('refuses a page size outside 1–100', async () => {
    for (const first of [0, 101]) {
      const res = await member.gql(LIST, { first });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(errorField(res)).toBe('first');
    }
  });

  it('marks only the caller’s own notifications read', async () => {
    const mine = ok(await member.gql<List>(LIST, { first: 10 })).notifications.items;
    const theirs = ok(await demo.gql<List>(LIST, { first: 10 })).notifications.items;
    // Someone else's id changes nothing.
    expect(
      ok(await demo.gql<{ markNotificationsRead: number }>(MARK, { ids: [mine[0]!.id] })),
    ).toEqual({ markNotificationsRead: 1 });
    expect(ok(await member.gql<List>(LIST, { first: 10 })).notifications.unreadCount).toBe(2);
    // One of one's own.
    expect(
      ok(await member.gql<{ markNotificationsRead: number }>(MARK, { ids: [mine[0]!.id] })),
    ).toEqual({ markNotificationsRead: 1 });
    const unread = ok(await member.gql<List>(LIST, { first: 10, unreadOnly: true })).notifications;
    expect(unread.items.map((n) => n.id)).toEqual([mine[1]!.id]);
    // "Alles gelezen" marks all of one's own, and nobody else's.
    expect(ok(await member.gql<{ markNotificationsRead: number }>(MARK, { ids: [] }))).toEqual({
      markNotificationsRead: 0,
    });
    const after = ok(await demo.gql<List>(LIST, { first: 10 })).notifications;
    expect(after.unreadCount).toBe(1);
    expect(after.items[0]!.id).toBe(theirs[0]!.id);
    expect(after.items[0]!.readAt).toBeNull();
  });

  it('refuses a malformed id without marking anything', async () => {
    const res = await demo.gql(MARK, { ids: ['nope'] });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(errorField(res)).toBe('ids.0');
    expect(ok(await demo.gql<List>(LIST, { first: 10 })).notifications.unreadCount).toBe(1);
  });
});

describe('the person’s name next to the case number (Meldingen)', () => {
  const NAMED = `query { notifications(first: 20) {
    items { kind caseId personName personNameAccess params { key value } } } }`;
  interface Named {
    notifications: {
      items: {
        kind: string;
        caseId: string | null;
        personName: string | null;
        personNameAccess: string | null;
        params: { key: string; value: string }[];
      }[];
    };
  }
  let member: Caller;
  let outsiderCase: string;

  beforeAll(async () => {
    member = callerFor(t, housing['member']!);
    // ZVH-2026-003 (Ahmed) is a case the housing corporation takes no part in; a label about it
    // (a notification sent before its participation ended, say) must not bring the name along.
    outsiderCase = cases.get('ZVH-2026-003')!;
    const [part] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM case_participant WHERE case_id = $1 AND agency_id = $2`,
      [outsiderCase, agencies.get('Woonstichting Demohuis')],
    );
    expect(part!.n).toBe(0);
    const service = t.app.get(NotificationService);
    await service.notifyUsers(t.db, {
      regionId,
      userIds: [housing['member']!],
      kind: 'CASE_CLOSED',
      caseId: outsiderCase,
      data: { caseReference: 'ZVH-2026-003' },
    });
    await service.notifyUsers(t.db, {
      regionId,
      userIds: [housing['member']!],
      kind: 'MEETING_INVITED',
      data: { meeting: 'Casusoverleg 12 maart' },
    });
  });

  async function eventsOf(fn: () => Promise<unknown>) {
    const [last] = await t.db.query<{ max: string }[]>(
      `SELECT coalesce(max(id), 0)::bigint AS max FROM audit_event`,
    );
    await fn();
    await t.app.get(AuditService).settled();
    return await t.db.query<
      { operation: string; action: string; personIds: string[] | null; categories: string[] }[]
    >(
      `SELECT operation, action, person_ids::text[] AS "personIds", categories FROM audit_event
        WHERE id > $1 AND actor_user_id = $2 ORDER BY id`,
      [last!.max, member.userId],
    );
  }

  it('names the person of a case the reader takes part in, and withholds the others', async () => {
    let items: Named['notifications']['items'] = [];
    const events = await eventsOf(async () => {
      const res = await member.gql<Named>(NAMED);
      items = ok(res).notifications.items;
      // Whatever the label, the name of a case outside one's participation is nowhere in the answer.
      expect(JSON.stringify(res)).not.toContain('Ahmed');
    });
    const byCase = (ref: string) =>
      items.filter((n) => n.params.some((p) => p.key === 'caseReference' && p.value === ref));
    expect(byCase('ZVH-2026-002').length).toBeGreaterThan(0);
    for (const n of byCase('ZVH-2026-002')) {
      expect(n).toMatchObject({ personName: 'Sandra Testmans', personNameAccess: 'FULL' });
    }
    expect(byCase('ZVH-2026-003')).toEqual([
      expect.objectContaining({ personName: null, personNameAccess: 'WITHHELD' }),
    ]);
    // No case, no person: neither a name nor a marker.
    expect(items.find((n) => n.kind === 'MEETING_INVITED')).toMatchObject({
      caseId: null,
      personName: null,
      personNameAccess: null,
    });
    // The read of the names is in the trail, with the person named and not the one withheld.
    const [sandra] = await t.db.query<{ id: string }[]>(
      `SELECT subject_person_id AS id FROM case_file WHERE reference = 'ZVH-2026-002'`,
    );
    const [ahmed] = await t.db.query<{ id: string }[]>(
      `SELECT subject_person_id AS id FROM case_file WHERE reference = 'ZVH-2026-003'`,
    );
    const read = events.filter((e) => e.operation === 'Query.notifications');
    expect(read).toHaveLength(1);
    expect(read[0]).toMatchObject({ action: 'SEARCH', categories: ['IDENTITY'] });
    expect(read[0]!.personIds).toEqual([sandra!.id]);
    expect(read[0]!.personIds).not.toContain(ahmed!.id);
  });

  it('the name goes once the participation ends', async () => {
    const [participation] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM case_participant WHERE case_id = $1 AND agency_id = $2 AND ended_at IS NULL`,
      [cases.get('ZVH-2026-002'), agencies.get('Woonstichting Demohuis')],
    );
    ok(
      await regie.gql(
        `mutation($input: EndCaseParticipationInput!) { endCaseParticipation(input: $input) { id } }`,
        { input: { participantId: participation!.id, reason: 'Huurachterstand is opgelost.' } },
      ),
    );
    const res = await member.gql<Named>(NAMED);
    const about = ok(res).notifications.items.filter((n) => n.caseId === cases.get('ZVH-2026-002'));
    expect(about.length).toBeGreaterThan(0);
    for (const n of about) {
      expect(n).toMatchObject({ personName: null, personNameAccess: 'WITHHELD' });
    }
    expect(JSON.stringify(res)).not.toContain('Testmans');
  });

  it('the header’s count needs no audit event and names nobody', async () => {
    const events = await eventsOf(async () => {
      const res = await member.gql<{ unreadNotificationCount: number }>(
        `query { unreadNotificationCount }`,
      );
      expect(ok(res).unreadNotificationCount).toBe(
        ok(await member.gql<List>(LIST, { first: 1 })).notifications.unreadCount,
      );
    });
    expect(events.filter((e) => e.operation === 'Query.unreadNotificationCount')).toEqual([]);
  });
});
