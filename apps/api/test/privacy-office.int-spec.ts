// The privacy office (issue 6, item 3): searching the trail of the own region by every filter with
// keyset pages, the break-the-glass review queue, both anomaly rules, and the audit of the privacy
// officer's own work. Events are written through AuditService.record (the trigger stamps now());
// events on earlier days are written as the database owner with the triggers off, each one
// chained exactly as the trigger would, and the chain is verified intact afterwards.
import { Client } from 'pg';
import { AuditService, type AuditEventInput } from '../src/audit/audit.service';
import type { AuditAction } from '../src/audit/audit.kinds';
import { verifyAuditChain } from '../src/audit/audit-verifier';
import {
  VOLUME_BASELINE_DAYS,
  VOLUME_FACTOR,
  VOLUME_MINIMUM,
} from '../src/privacy-office/audit-anomaly.service';
import { localDate } from '../src/common/validate';
import { errorCode, errorField, ok } from './support/graphql-client';
import { callerByEmail, createAgency, createUser, type Caller } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let owner: Client;
let audit: AuditService;
let regionId: string;
let otherRegionId: string;
const as: Record<string, Caller> = {};
/** Fixture agencies, users, persons and cases (no demo rows, so counts are exact). */
const f: Record<string, string> = {};

interface Actor {
  userId: string;
  agencyId: string;
  agencyType: string;
  roles: string[];
}
const actor = (
  key: string,
  agencyKey: string,
  agencyType: string,
  roles: string[] = ['MEMBER'],
): Actor => ({
  userId: f[key]!,
  agencyId: f[agencyKey]!,
  agencyType,
  roles,
});

/** Writes events now, through the app's own writer, in one transaction; returns their ids. */
async function record(events: AuditEventInput[]): Promise<string[]> {
  const before = await maxId();
  await t.db.transaction(async (tx) => {
    for (const e of events) await audit.record(tx, e);
  });
  const rows = await t.db.query<{ id: string }[]>(
    `SELECT id::text AS id FROM audit_event WHERE id > $1 AND operation LIKE 'test.%' ORDER BY id`,
    [before],
  );
  return rows.map((r) => r.id);
}

const maxId = async (): Promise<string> => {
  const [row] = await t.db.query<
    {
      id: string;
    }[]
  >(`SELECT coalesce(max(id), 0)::text AS id FROM audit_event`);
  return row!.id;
};

const ev = (
  who: Actor | null,
  action: AuditAction,
  operation: string,
  extra: Partial<AuditEventInput> = {},
): AuditEventInput => ({
  regionId,
  actor: who,
  action,
  result: action === 'DENIED' ? 'DENIED' : 'ALLOWED',
  operation,
  ...extra,
});

/**
 * Events at a chosen time, as the database owner with the triggers off: each row gets the next
 * seq of its region, links to the chain head and carries the hash the trigger would compute, so
 * the chain stays verifiably intact (checked at the end of this file).
 */
async function backdated(
  rows: {
    at: string;
    region?: string;
    actor: Actor;
    action: AuditAction;
    op: string;
    count?: number;
  }[],
): Promise<void> {
  await owner.query('BEGIN');
  await owner.query('SET LOCAL session_replication_role = replica');
  for (const r of rows) {
    await owner.query(`SELECT pg_temp.backdate($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [
      r.region ?? regionId,
      r.at,
      r.actor.userId,
      r.actor.agencyId,
      r.actor.agencyType,
      r.actor.roles,
      r.action,
      r.op,
      r.count ?? 1,
    ]);
  }
  await owner.query('COMMIT');
}

/** What the chain trigger does, with a given time instead of now() (owner session only). */
const BACKDATE_FUNCTION = `
  CREATE FUNCTION pg_temp.backdate(r uuid, at timestamptz, actor uuid, agency uuid, agency_type text,
                                   roles text[], act text, op text, n int) RETURNS void
  LANGUAGE plpgsql AS $$
  DECLARE
    head audit_chain%ROWTYPE;
    new_id bigint;
  BEGIN
    FOR i IN 1..n LOOP
      SELECT * INTO head FROM audit_chain WHERE region_id = r FOR UPDATE;
      IF NOT FOUND THEN
        INSERT INTO audit_chain VALUES (r, 0, decode(repeat('00', 32), 'hex'));
        SELECT * INTO head FROM audit_chain WHERE region_id = r FOR UPDATE;
      END IF;
      INSERT INTO audit_event (region_id, seq, occurred_at, actor_user_id, actor_agency_id,
          actor_agency_type, actor_roles, action, result, operation, prev_hash, hash)
        VALUES (r, head.last_seq + 1, at, actor, agency, agency_type, roles, act, 'ALLOWED', op,
          head.last_hash, head.last_hash)
        RETURNING id INTO new_id;
      UPDATE audit_event e SET hash = sha256(e.prev_hash || convert_to(audit_canonical(e), 'UTF8'))
        WHERE e.id = new_id;
      UPDATE audit_chain c SET last_seq = e.seq, last_hash = e.hash
        FROM audit_event e WHERE e.id = new_id AND c.region_id = r;
    END LOOP;
  END $$`;

/** 12:00 in Amsterdam on the day `daysAgo` before today (Amsterdam), as an ISO instant. */
async function noonDaysAgo(daysAgo: number): Promise<string> {
  const [row] = (
    await owner.query(
      `SELECT (((now() AT TIME ZONE 'Europe/Amsterdam')::date - $1::int)::timestamp
                 + interval '12 hours') AT TIME ZONE 'Europe/Amsterdam' AS at`,
      [daysAgo],
    )
  ).rows as { at: Date }[];
  return row!.at.toISOString();
}

const SEARCH = `query Search($filter: AuditEventFilterInput, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    hasMore endCursor
    items { id seq occurredAt actor { id name email } agency { id name type } roles
      onBehalfOf { id name } action result operation caseId caseReference personCount personIds
      persons { id name } recordName categories purpose accessBasis reasonCode originAddress requestId
      review { verdict note reviewer { name } } }
  }
}`;

interface EventRow {
  id: string;
  occurredAt: string;
  actor: { id: string; name: string | null; email: string | null } | null;
  agency: { id: string; name: string | null } | null;
  action: string;
  result: string;
  operation: string;
  caseId: string | null;
  caseReference: string | null;
  personCount: number;
  personIds: string[];
  persons: { id: string; name: string | null }[];
  recordName: string | null;
  categories: string[];
  purpose: string | null;
  originAddress: string | null;
  requestId: string | null;
  review: { verdict: string; note: string; reviewer: { name: string } } | null;
}
interface SearchData {
  auditEvents: { hasMore: boolean; endCursor: string | null; items: EventRow[] };
}

/** Every page of a search, following the cursor. */
async function searchAll(filter: Record<string, unknown>, first = 100): Promise<EventRow[]> {
  const rows: EventRow[] = [];
  let after: string | null = null;
  for (let page = 0; page < 200; page += 1) {
    const data: SearchData = ok(
      await as.privacy!.gql<SearchData>(SEARCH, { filter, first, after }),
    );
    rows.push(...data.auditEvents.items);
    if (!data.auditEvents.hasMore) return rows;
    after = data.auditEvents.endCursor;
  }
  throw new Error('too many pages');
}

const testIds = (rows: EventRow[]) =>
  rows
    .filter((r) => r.operation.startsWith('test.'))
    .map((r) => r.id)
    .sort(byNumber);
const byNumber = (a: string, b: string) => Number(a) - Number(b);

beforeAll(async () => {
  t = await createTestApp();
  owner = new Client({ connectionString: t.database.url });
  await owner.connect();
  await owner.query(BACKDATE_FUNCTION);
  audit = t.app.get(AuditService);
  as.privacy = await callerByEmail(t, 'privacy@zvh.demo.example');
  as.regie = await callerByEmail(t, 'procesregisseur@zvh.demo.example');
  as.wijkteam = await callerByEmail(t, 'wijkteam@demostad.demo.example');
  as.beheer = await callerByEmail(t, 'beheer@zvh.demo.example');
  const [region] = await t.db.query<
    {
      id: string;
    }[]
  >(`SELECT id FROM region WHERE code = 'demo'`);
  regionId = region!.id;
  const [other] = await t.db.query<{ id: string }[]>(
    `INSERT INTO region (code, name) VALUES ('andere', 'Andere regio') RETURNING id`,
  );
  otherRegionId = other!.id;

  f.police = await createAgency(t, regionId, 'Politie Proef', 'POLICE');
  f.gemeente = await createAgency(t, regionId, 'Gemeente Proef', 'MUNICIPALITY');
  f.reclassering = await createAgency(t, regionId, 'Reclassering Proef', 'PROBATION');
  // Police officers not at the table of any case here.
  f.police2 = await createAgency(t, regionId, 'Politie Noord Proef', 'POLICE');
  f.otherAgency = await createAgency(t, otherRegionId, 'Politie Elders', 'POLICE');
  for (const [key, agency] of [
    ['agent', 'police'],
    ['ambtenaar', 'gemeente'],
    ['toezicht', 'reclassering'],
    ['pager', 'gemeente'],
    ['buurman', 'police2'],
    ['elders', 'otherAgency'],
    ['drukke', 'gemeente'],
    ['gewone', 'gemeente'],
    ['vaste', 'gemeente'],
    ['matige', 'gemeente'],
    ['regie1', 'gemeente'],
    ['regie2', 'gemeente'],
  ] as const) {
    f[key] = await createUser(t, f[agency]!, ['MEMBER'], `${key} proef`);
  }
  const person = async (bsn: string | null, family: string) => {
    const [row] = await t.db.query<{ id: string }[]>(
      `INSERT INTO person (region_id, given_names, family_name, date_of_birth, bsn)
       VALUES ($1, 'Proef', $2, '1980-01-01', $3) RETURNING id`,
      [regionId, family, bsn],
    );
    return row!.id;
  };
  f.p1 = await person('111222333', 'Eén');
  f.p2 = await person('123456782', 'Twee');
  f.p3 = await person(null, 'Drie');
  f.p4 = await person(null, 'Vier');
  f.p5 = await person(null, 'Vijf');
  const kase = async (reference: string, subject: string, referrer: string) => {
    const [row] = await t.db.query<{ id: string }[]>(
      `INSERT INTO case_file (region_id, reference, subject_person_id, theme, status,
                              referring_agency_id)
       VALUES ($1, $2, $3, 'OTHER', 'ACTIVE', $4) RETURNING id`,
      [regionId, reference, subject, referrer],
    );
    return row!.id;
  };
  f.c1 = await kase('PROEF-001', f.p1, f.police);
  f.c2 = await kase('PROEF-002', f.p3, f.police);
});
afterAll(async () => {
  await owner.end();
  await t.close();
});

describe('who may use the privacy office', () => {
  const operations: [string, string, Record<string, unknown>][] = [
    ['auditEvents', `query { auditEvents { hasMore } }`, {}],
    ['auditPersonLookup', `query { auditPersonLookup(bsn: "111222333") { id } }`, {}],
    ['breakGlassReviewQueue', `query { breakGlassReviewQueue { openCount } }`, {}],
    ['openBreakGlassReviewCount', `query { openBreakGlassReviewCount }`, {}],
    [
      'auditAnomalies',
      `query { auditAnomalies(from: "2026-01-01", to: "2026-01-02") { from } }`,
      {},
    ],
    [
      'reviewBreakGlass',
      `mutation { reviewBreakGlass(input: { eventId: "1", verdict: JUSTIFIED, note: "Gerechtvaardigd, spoed" }) { id } }`,
      {},
    ],
  ];
  it.each(['wijkteam', 'regie', 'beheer'])('%s gets FORBIDDEN for every operation', async (who) => {
    for (const [name, query] of operations) {
      const res = await as[who]!.gql(query);
      expect([name, errorCode(res)]).toEqual([name, 'FORBIDDEN']);
      expect(res.data?.[name] ?? null).toBeNull();
    }
  });
});

describe('searching the trail', () => {
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const agent = actor('agent', 'police', 'POLICE');
    const ambtenaar = actor('ambtenaar', 'gemeente', 'MUNICIPALITY');
    const [e1, e2, e3, e4] = await record([
      ev(agent, 'READ', 'test.read', {
        personIds: [f.p1!],
        caseId: f.c1,
        categories: ['IDENTITY', 'POLICE'],
        accessBasis: 'covenant',
      }),
      ev(agent, 'SEARCH', 'test.search', { personIds: [f.p1!, f.p2!] }),
      ev(ambtenaar, 'DENIED', 'test.denied', {
        personIds: [f.p2!],
        reasonCode: 'NOT_FOUND',
      }),
      ev(ambtenaar, 'EXPORT', 'test.export', {
        personIds: [f.p1!],
        caseId: f.c1,
        onBehalfOfUserId: f.agent,
        purpose: 'Verantwoording',
      }),
    ]);
    Object.assign(ids, { e1, e2, e3, e4 });
    // The same person id and a look-alike case in another region must never show up.
    await audit.record(t.db, {
      regionId: otherRegionId,
      actor: actor('elders', 'otherAgency', 'POLICE'),
      action: 'READ',
      result: 'ALLOWED',
      operation: 'test.elsewhere',
      personIds: [f.p1!],
      caseId: f.c1,
    });
    // An event late in the evening (UTC) that is already the next day in Amsterdam.
    await backdated([
      { at: '2026-03-10T23:30:00Z', actor: agent, action: 'READ', op: 'test.night' },
      { at: '2026-03-10T22:59:00Z', actor: agent, action: 'READ', op: 'test.evening' },
    ]);
    const [night] = await t.db.query<{ id: string }[]>(
      `SELECT id::text AS id FROM audit_event WHERE operation = 'test.night'`,
    );
    const [evening] = await t.db.query<{ id: string }[]>(
      `SELECT id::text AS id FROM audit_event WHERE operation = 'test.evening'`,
    );
    ids.night = night!.id;
    ids.evening = evening!.id;
  });

  it('shows who, on whose behalf, what, why and where, with names and the case reference', async () => {
    const rows = await searchAll({ user: 'ambtenaar-proef@fixture.example' });
    const exported = rows.find((r) => r.id === ids.e4)!;
    expect(exported).toMatchObject({
      actor: { id: f.ambtenaar, name: 'ambtenaar proef', email: 'ambtenaar-proef@fixture.example' },
      agency: { id: f.gemeente, name: 'Gemeente Proef' },
      action: 'EXPORT',
      result: 'ALLOWED',
      caseReference: 'PROEF-001',
      personCount: 1,
      personIds: [f.p1],
      // Issue 16: the officer reads whose data it was by name (no date of birth, no BSN).
      persons: [{ id: f.p1, name: 'Proef Eén' }],
      purpose: 'Verantwoording',
    });
    // Reading those names is itself in the trail: the search names the persons it showed
    // (written just after the answer: wait for it rather than for a fixed time).
    const named = async () =>
      (
        await t.db.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM audit_event
            WHERE actor_user_id = $1 AND operation = 'Query.auditEvents'
              AND person_ids @> ARRAY[$2::uuid] AND categories @> ARRAY['IDENTITY']`,
          [as.privacy!.userId, f.p1],
        )
      )[0]!.n;
    const deadline = Date.now() + 10_000;
    while ((await named()) === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await named()).toBeGreaterThan(0);
    expect(rows.find((r) => r.id === ids.e3)).toMatchObject({ result: 'DENIED' });
    // Newest first, ties broken by id.
    const order = rows.map((r) => [Date.parse(r.occurredAt), Number(r.id)] as const);
    const sorted = [...order].sort((a, b) => b[0] - a[0] || b[1] - a[1]);
    expect(order).toEqual(sorted);
  });

  it.each([
    ['person', () => ({ personId: f.p1 }), ['e1', 'e2', 'e4']],
    [
      'user by e-mail',
      () => ({ user: 'AGENT-proef@fixture.example ' }),
      ['e1', 'e2', 'evening', 'night'],
    ],
    ['user by id', () => ({ user: f.ambtenaar }), ['e3', 'e4']],
    ['agency', () => ({ agencyId: f.gemeente }), ['e3', 'e4']],
    ['case reference', () => ({ caseReference: 'proef-001' }), ['e1', 'e4']],
    ['actions', () => ({ actions: ['EXPORT', 'SEARCH'], agencyId: null }), ['e2', 'e4']],
    ['result', () => ({ result: 'DENIED' }), ['e3']],
    ['Amsterdam day', () => ({ from: '2026-03-11', to: '2026-03-11' }), ['night']],
    ['period', () => ({ from: '2026-03-10', to: '2026-03-11' }), ['evening', 'night']],
    ['period ending before', () => ({ to: '2026-03-09' }), []],
    ['unknown case', () => ({ caseReference: 'PROEF-999' }), []],
    [
      'combined',
      () => ({
        personId: f.p1,
        user: f.agent,
        actions: ['READ'],
        from: localDate(),
        to: localDate(),
      }),
      ['e1'],
    ],
  ])('by %s returns exactly the matching events', async (_name, filter, expected) => {
    const rows = await searchAll(filter());
    expect(testIds(rows)).toEqual(expected.map((k) => ids[k]!).sort(byNumber));
    // Nothing of the other region, whatever else the region's own usage wrote meanwhile.
    expect(rows.some((r) => r.operation === 'test.elsewhere')).toBe(false);
  });

  it('names the record an administrator changed (the new agency), not its id alone', async () => {
    const created = ok(
      await as.beheer!.gql<{ createRegionAgency: { id: string } }>(
        `mutation($input: RegionAgencyInput!) { createRegionAgency(input: $input) { id } }`,
        { input: { name: 'Buurtbemiddeling Demostad', type: 'VOLUNTEER' } },
      ),
    ).createRegionAgency;
    // An administrator's change commits with its event (ADR 0011): no wait.
    const rows = await searchAll({ user: 'beheer@zvh.demo.example' });
    const event = rows.find((r) => r.operation === 'admin.agency.create');
    expect(event?.recordName).toBe('Buurtbemiddeling Demostad');
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('every row of a person search really is about that person', async () => {
    const rows = await searchAll({ personId: f.p1 });
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row.personIds).toContain(f.p1);
  });

  it('refuses malformed filters with the field named, and an unknown cursor', async () => {
    for (const [filter, field] of [
      [{ personId: 'nope' }, 'personId'],
      [{ user: 'no address' }, 'user'],
      [{ caseReference: 'a b' }, 'caseReference'],
      [{ from: '2026-02-30' }, 'from'],
      [{ from: '2026-03-02', to: '2026-03-01' }, 'to'],
    ] as const) {
      const res = await as.privacy!.gql(SEARCH, { filter });
      expect([field, errorCode(res), errorField(res)]).toEqual([field, 'BAD_USER_INPUT', field]);
    }
    const res = await as.privacy!.gql(SEARCH, { after: 'bm90IGEgY3Vyc29y' });
    expect(errorField(res)).toBe('after');
    expect(errorField(await as.privacy!.gql(SEARCH, { first: 101 }))).toBe('first');
  });

  it('pages with a keyset cursor: no duplicates, no gaps, also among equal times', async () => {
    const pager = actor('pager', 'gemeente', 'MUNICIPALITY');
    // Forty-five events in one transaction share one occurred_at; six more on earlier days.
    await record(Array.from({ length: 45 }, (_, n) => ev(pager, 'READ', `test.page${n}`)));
    await backdated(
      [1, 2, 3, 3, 4, 5].map((d) => ({
        at: `2026-02-0${d}T10:00:00Z`,
        actor: pager,
        action: 'READ' as const,
        op: 'test.page-old',
      })),
    );
    const expected = (
      await t.db.query<{ id: string }[]>(
        `SELECT id::text AS id FROM audit_event WHERE actor_user_id = $1
          ORDER BY occurred_at DESC, id DESC`,
        [f.pager],
      )
    ).map((r) => r.id);
    expect(expected).toHaveLength(51);
    const pages: string[][] = [];
    let after: string | null = null;
    do {
      const data: SearchData = ok(
        await as.privacy!.gql<SearchData>(SEARCH, { filter: { user: f.pager }, first: 7, after }),
      );
      pages.push(data.auditEvents.items.map((r) => r.id));
      after = data.auditEvents.hasMore ? data.auditEvents.endCursor : null;
      if (!data.auditEvents.hasMore) expect(data.auditEvents.endCursor).toBeNull();
    } while (after);
    expect(pages).toHaveLength(8);
    expect(pages.flat()).toEqual(expected);
  });

  it('looks a person up by BSN as an audited LOOKUP, and records each search with its person', async () => {
    const res = ok(
      await as.privacy!.gql<{ auditPersonLookup: { id: string; displayName: string }[] }>(
        `query { auditPersonLookup(bsn: "111.222.333") { id displayName dateOfBirth } }`,
      ),
    );
    expect(res.auditPersonLookup).toEqual([
      { id: f.p1, displayName: 'Proef Eén', dateOfBirth: '1980-01-01' },
    ]);
    expect(
      errorField(await as.privacy!.gql(`query { auditPersonLookup(bsn: "123456789") { id } }`)),
    ).toBe('bsn');
    await searchAll({ personId: f.p2 });
    const own = await t.db.query<{ action: string; operation: string; personIds: string[] }[]>(
      `SELECT action, operation, person_ids AS "personIds", actor_roles AS roles
         FROM audit_event WHERE actor_user_id = $1 AND person_ids && $2::uuid[] ORDER BY id`,
      [as.privacy!.userId, [f.p1, f.p2]],
    );
    expect(own).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'LOOKUP',
          operation: 'Query.auditPersonLookup',
          personIds: [f.p1],
        }),
        expect.objectContaining({
          action: 'SEARCH',
          operation: 'Query.auditEvents',
          personIds: [f.p2],
        }),
      ]),
    );
  });
});

describe('the break-the-glass review queue', () => {
  const QUEUE = `query { breakGlassReviewQueue { openCount items { eventId occurredAt reason
    caseReference actor { name email } agency { name } personIds } } openBreakGlassReviewCount }`;
  const REVIEW = `mutation Review($input: ReviewBreakGlassInput!) {
    reviewBreakGlass(input: $input) { id eventId verdict note reviewer { name } } }`;
  interface QueueData {
    breakGlassReviewQueue: {
      openCount: number;
      items: { eventId: string; reason: string; caseReference: string; actor: { email: string } }[];
    };
    openBreakGlassReviewCount: number;
  }
  const queue = async () => ok(await as.privacy!.gql<QueueData>(QUEUE));
  const breakGlass = async (reference: string, reason: string): Promise<string> => {
    const [kase] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM case_file WHERE reference = $1`,
      [reference],
    );
    const opened = ok(
      await as.regie!.gql<{ breakGlass: { id: string } }>(
        `mutation B($input: BreakGlassInput!) { breakGlass(input: $input) { id } }`,
        { input: { caseId: kase!.id, reason } },
      ),
    );
    const [row] = await t.db.query<{ id: string }[]>(
      `SELECT id::text AS id FROM audit_event
        WHERE action = 'BREAK_GLASS' AND record_type = 'break_glass' AND record_id = $1`,
      [opened.breakGlass.id],
    );
    return row!.id;
  };

  it('lists unreviewed break-glass accesses oldest first; a review takes one out, once', async () => {
    const before = await queue();
    const first = await breakGlass('PROEF-001', 'Acute dreiging gemeld door de wijkagent, spoed');
    const second = await breakGlass('PROEF-002', 'Melding van Veilig Thuis buiten kantoortijd');
    const open = await queue();
    expect(open.breakGlassReviewQueue.openCount).toBe(before.breakGlassReviewQueue.openCount + 2);
    expect(open.openBreakGlassReviewCount).toBe(open.breakGlassReviewQueue.openCount);
    const items = open.breakGlassReviewQueue.items;
    expect(items.map((i) => i.eventId).slice(-2)).toEqual([first, second]);
    expect(items.at(-2)).toMatchObject({
      reason: 'Acute dreiging gemeld door de wijkagent, spoed',
      caseReference: 'PROEF-001',
      actor: { email: 'procesregisseur@zvh.demo.example' },
      personIds: [f.p1],
    });

    // Bad input changes nothing.
    const tooShort = await as.privacy!.gql(REVIEW, {
      input: { eventId: first, verdict: 'JUSTIFIED', note: 'kort' },
    });
    expect([errorCode(tooShort), errorField(tooShort)]).toEqual(['BAD_USER_INPUT', 'note']);
    expect((await queue()).openBreakGlassReviewCount).toBe(open.openBreakGlassReviewCount);

    const reviewed = ok(
      await as.privacy!.gql<{ reviewBreakGlass: { verdict: string } }>(REVIEW, {
        input: {
          eventId: first,
          verdict: 'NOT_JUSTIFIED',
          note: 'Geen acute dreiging vastgesteld.',
        },
      }),
    );
    expect(reviewed.reviewBreakGlass).toMatchObject({
      eventId: first,
      verdict: 'NOT_JUSTIFIED',
      reviewer: { name: expect.any(String) as unknown },
    });
    const after = await queue();
    expect(after.openBreakGlassReviewCount).toBe(open.openBreakGlassReviewCount - 1);
    expect(after.breakGlassReviewQueue.items.map((i) => i.eventId)).not.toContain(first);
    expect(after.breakGlassReviewQueue.items.map((i) => i.eventId)).toContain(second);

    // The verdict shows in the trail, next to the reason as purpose.
    const trail = await searchAll({ actions: ['BREAK_GLASS'], caseReference: 'PROEF-001' });
    expect(trail.find((r) => r.id === first)).toMatchObject({
      purpose: 'Acute dreiging gemeld door de wijkagent, spoed',
      review: { verdict: 'NOT_JUSTIFIED', note: 'Geen acute dreiging vastgesteld.' },
    });

    const again = await as.privacy!.gql(REVIEW, {
      input: { eventId: first, verdict: 'JUSTIFIED', note: 'Toch gerechtvaardigd achteraf.' },
    });
    expect(errorCode(again)).toBe('CONFLICT');

    // The review itself is in the trail, with the person and case it concerned.
    const [own] = await t.db.query<unknown[]>(
      `SELECT action, person_ids AS "personIds", case_id AS "caseId", record_type AS "recordType"
         FROM audit_event WHERE operation = 'Mutation.reviewBreakGlass' AND result = 'ALLOWED'`,
    );
    expect(own).toEqual({
      action: 'UPDATE',
      personIds: [f.p1],
      caseId: f.c1,
      recordType: 'break_glass_review',
    });
  });

  it('lets exactly one of two simultaneous reviews win', async () => {
    const id = await breakGlass('PROEF-002', 'Tweede opening voor de gelijktijdige beoordeling');
    const results = await Promise.all(
      ['JUSTIFIED', 'NOT_JUSTIFIED'].map((verdict) =>
        as.privacy!.gql(REVIEW, {
          input: { eventId: id, verdict, note: `Beoordeling ${verdict}` },
        }),
      ),
    );
    expect(results.map((r) => errorCode(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const [count] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM break_glass_review WHERE audit_event_id = $1`,
      [id],
    );
    expect(count!.n).toBe(1);
  });

  it('does not review other events or other regions, and reviews stay as written', async () => {
    const [read] = await record([ev(actor('agent', 'police', 'POLICE'), 'READ', 'test.not-bg')]);
    const [elsewhere] = await t.db.query<{ id: string }[]>(
      `SELECT id::text AS id FROM audit_event WHERE region_id = $1 LIMIT 1`,
      [otherRegionId],
    );
    for (const eventId of [read!, elsewhere!.id, '999999999']) {
      const res = await as.privacy!.gql(REVIEW, {
        input: { eventId, verdict: 'JUSTIFIED', note: 'Niet van toepassing hier.' },
      });
      expect([eventId, errorCode(res)]).toEqual([eventId, 'NOT_FOUND']);
    }
    expect(
      errorField(
        await as.privacy!.gql(REVIEW, {
          input: { eventId: 'x', verdict: 'JUSTIFIED', note: 'Niet van toepassing hier.' },
        }),
      ),
    ).toBe('eventId');
    await expect(
      owner.query(`UPDATE break_glass_review SET verdict = 'JUSTIFIED'`),
    ).rejects.toThrow(/append-only/);
    await expect(owner.query(`DELETE FROM break_glass_review`)).rejects.toThrow(/append-only/);
  });
});

describe('anomaly flags', () => {
  const ANOMALIES = `query A($from: String!, $to: String!) { auditAnomalies(from: $from, to: $to) {
    outsideParticipation { day user { id email } agency { name } personId eventCount actions
      purposes lookupOnly }
    outsideParticipationTruncated
    volume { day user { id } eventCount medianDaily roles roleMedianDaily roleDays threshold }
    volumeMinimum volumeFactor volumeBaselineDays } }`;
  interface Flags {
    auditAnomalies: {
      outsideParticipation: {
        day: string;
        user: { id: string };
        personId: string;
        eventCount: number;
        actions: string[];
        purposes: string[];
        lookupOnly: boolean;
      }[];
      volume: {
        day: string;
        user: { id: string };
        eventCount: number;
        medianDaily: number;
        roles: string[];
        roleMedianDaily: number;
        roleDays: number;
        threshold: number;
      }[];
      volumeMinimum: number;
    };
  }
  const today = () => localDate();
  const flags = async () =>
    ok(await as.privacy!.gql<Flags>(ANOMALIES, { from: today(), to: today() })).auditAnomalies;

  it('flags accesses to a person whose cases the agency took no part in at that moment', async () => {
    const participate = (agency: string, kase: string, started: string, ended: string | null) =>
      t.db.query<{ id: string }[]>(
        `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis,
                                       started_at, ended_at)
         VALUES ($1, $2, $3, 'PARTNER', 'Proef van de signalen', 'Convenant', $4, $5) RETURNING id`,
        [regionId, kase, agency, started, ended],
      );
    // Police and probation take part in the case of p3 now; the municipality did until an hour ago.
    await participate(f.police!, f.c2!, '2026-01-01', null);
    const [probation] = await participate(f.reclassering!, f.c2!, '2026-01-01', null);
    await participate(
      f.gemeente!,
      f.c2!,
      '2026-01-01',
      new Date(Date.now() - 3_600_000).toISOString(),
    );
    // p5 is not the subject of PROEF-002 but has an item in it.
    await t.db.query(
      `INSERT INTO information_item (region_id, case_id, person_id, category, source_agency_id,
                                     legal_basis, text)
       VALUES ($1, $2, $3, 'IDENTITY', $4, 'Convenant', 'Proefgegeven')`,
      [regionId, f.c2, f.p5, f.police],
    );
    const agent = actor('agent', 'police', 'POLICE');
    const ambtenaar = actor('ambtenaar', 'gemeente', 'MUNICIPALITY');
    const toezicht = actor('toezicht', 'reclassering', 'PROBATION');
    const buurman = actor('buurman', 'police2', 'POLICE');
    await record([
      ev(agent, 'READ', 'test.a-inside', { personIds: [f.p3!] }),
      ev(agent, 'READ', 'test.a-item', { personIds: [f.p5!] }),
      ev(agent, 'READ', 'test.a-nocase', { personIds: [f.p4!] }),
      ev(agent, 'SEARCH', 'test.a-nocase', { personIds: [f.p4!] }),
      ev(agent, 'CREATE', 'test.a-write', { personIds: [f.p4!] }), // not an access rule (a) counts
      ev(ambtenaar, 'READ', 'test.a-ended', { personIds: [f.p3!] }),
      ev(ambtenaar, 'DENIED', 'test.a-denied', { personIds: [f.p4!], reasonCode: 'NOT_FOUND' }),
      ev(toezicht, 'EXPORT', 'test.a-still', { personIds: [f.p3!] }),
    ]);
    // Participation that ends after the access still counts for that access.
    await t.db.query(
      `UPDATE case_participant SET ended_at = now() + interval '1 second' WHERE id = $1`,
      [probation!.id],
    );
    // A police lookup of the afsprakenkaart outside the table is outside by design, with a purpose.
    await record([
      ev(buurman, 'LOOKUP', 'test.a-lookup', {
        personIds: [f.p3!],
        purpose: 'Controle op straat: afsprakenkaart',
        categories: ['PLAN'],
      }),
    ]);
    // The privacy office's own searches are about the trail, not flagged.
    await searchAll({ personId: f.p4 });

    const result = await flags();
    // Persons p1 and p2 had accesses from the search tests (also flagged); these are about p3–p5.
    const mine = result.outsideParticipation
      .filter((flag) => [f.p3, f.p4, f.p5].includes(flag.personId))
      .filter((flag) =>
        [f.agent, f.ambtenaar, f.toezicht, f.buurman, as.privacy!.userId].includes(flag.user.id),
      )
      .map((flag) => ({
        user: flag.user.id,
        person: flag.personId,
        n: flag.eventCount,
        actions: flag.actions,
        lookupOnly: flag.lookupOnly,
        purposes: flag.purposes,
        day: flag.day,
      }))
      .sort((a, b) => `${a.user}${a.person}`.localeCompare(`${b.user}${b.person}`));
    const expected = [
      {
        user: f.agent,
        person: f.p4,
        n: 2,
        actions: ['READ', 'SEARCH'],
        lookupOnly: false,
        purposes: [],
      },
      { user: f.ambtenaar, person: f.p3, n: 1, actions: ['READ'], lookupOnly: false, purposes: [] },
      {
        user: f.buurman,
        person: f.p3,
        n: 1,
        actions: ['LOOKUP'],
        lookupOnly: true,
        purposes: ['Controle op straat: afsprakenkaart'],
      },
    ]
      .map((e) => ({ ...e, day: today() }))
      .sort((a, b) => `${a.user}${a.person}`.localeCompare(`${b.user}${b.person}`));
    expect(mine).toEqual(expected);
  });

  it(`flags a day above max(${VOLUME_MINIMUM}, ${VOLUME_FACTOR}× the user's own median, ${VOLUME_FACTOR}× the role's median)`, async () => {
    const drukke = actor('drukke', 'gemeente', 'MUNICIPALITY'); // no history: 301 today → flagged
    const gewone = actor('gewone', 'gemeente', 'MUNICIPALITY'); // no history: 100 today → not
    const vaste = actor('vaste', 'gemeente', 'MUNICIPALITY'); // median 40: 121 today → flagged
    const matige = actor('matige', 'gemeente', 'MUNICIPALITY'); // median 40: 115 today → not
    // Issue 16: a procesregisseur's normal day is not unusual volume — also not for a new one.
    const regie = ['MEMBER', 'PROCESREGISSEUR'];
    const regie1 = actor('regie1', 'gemeente', 'MUNICIPALITY', regie); // median 250: 300 → not
    const regie2 = actor('regie2', 'gemeente', 'MUNICIPALITY', regie); // new, 300; role 250 → not
    const history = [];
    for (let d = 1; d <= VOLUME_BASELINE_DAYS; d += 1) {
      const at = await noonDaysAgo(d);
      history.push({ at, actor: vaste, action: 'READ' as const, op: 'test.v-history', count: 40 });
      history.push({ at, actor: matige, action: 'READ' as const, op: 'test.v-history', count: 40 });
      history.push({
        at,
        actor: regie1,
        action: 'READ' as const,
        op: 'test.v-history',
        count: 250,
      });
    }
    // Just outside the baseline: must not raise the median.
    history.push({
      at: await noonDaysAgo(VOLUME_BASELINE_DAYS + 1),
      actor: matige,
      action: 'READ' as const,
      op: 'test.v-history',
      count: 200,
    });
    await backdated(history);
    const many = (who: Actor, n: number) =>
      Array.from({ length: n }, () => ev(who, 'READ', 'test.v-today'));
    await record([
      ...many(drukke, 301),
      ...many(gewone, 100),
      ...many(vaste, 121),
      ...many(matige, 115),
      ...many(regie1, 300),
      ...many(regie2, 300),
    ]);
    // Another region's heavy user is none of this region's business.
    await backdated([
      {
        at: new Date().toISOString(),
        region: otherRegionId,
        actor: actor('elders', 'otherAgency', 'POLICE'),
        action: 'READ',
        op: 'test.v-elsewhere',
        count: 150,
      },
    ]);

    const result = await flags();
    const mine = result.volume
      .filter((v) =>
        [f.drukke, f.gewone, f.vaste, f.matige, f.elders, f.regie1, f.regie2].includes(v.user.id),
      )
      .map((v) => ({
        user: v.user.id,
        n: v.eventCount,
        median: v.medianDaily,
        roles: v.roles,
        roleMedian: v.roleMedianDaily,
        threshold: v.threshold,
      }))
      .sort((a, b) => a.n - b.n);
    // The professionals' normal working day is 40 events: three times that is the bar, also
    // for a new colleague without history of their own.
    expect(mine).toEqual([
      { user: f.vaste, n: 121, median: 40, roles: ['MEMBER'], roleMedian: 40, threshold: 120 },
      { user: f.drukke, n: 301, median: 0, roles: ['MEMBER'], roleMedian: 40, threshold: 120 },
    ]);
    expect(result.volumeMinimum).toBe(VOLUME_MINIMUM);

    // On a day in the baseline itself nobody of these stood out.
    const earlier = (await noonDaysAgo(5)).slice(0, 10);
    const past = ok(await as.privacy!.gql<Flags>(ANOMALIES, { from: earlier, to: earlier }));
    expect(past.auditAnomalies.volume.filter((v) => v.user.id === f.vaste)).toEqual([]);
    // ~10k backdated events, one statement each (each also rolled up, ADR 0038): minutes on a
    // busy machine.
  }, 300_000);

  it('limits the period to 31 days and checks the dates', async () => {
    for (const [from, to, field] of [
      ['2026-01-01', '2026-02-01', 'to'],
      ['2026-01-02', '2026-01-01', 'to'],
      ['2026-13-01', '2026-01-01', 'from'],
    ] as const) {
      const res = await as.privacy!.gql(ANOMALIES, { from, to });
      expect([from, errorCode(res), errorField(res)]).toEqual([from, 'BAD_USER_INPUT', field]);
    }
    ok(await as.privacy!.gql(ANOMALIES, { from: '2026-01-01', to: '2026-01-31' }));
  });
});

describe('the chain after all of this', () => {
  it('is intact in both regions, backdated rows included', async () => {
    for (const region of [regionId, otherRegionId]) {
      expect(await verifyAuditChain(t.db, region)).toMatchObject({ reason: null });
    }
    const status = ok(
      await as.privacy!.gql<{ auditChainStatus: { intact: boolean; checked: number } }>(
        `query { auditChainStatus { intact checked } }`,
      ),
    );
    expect(status.auditChainStatus.intact).toBe(true);
    expect(status.auditChainStatus.checked).toBeGreaterThan(2400);
  });
});
