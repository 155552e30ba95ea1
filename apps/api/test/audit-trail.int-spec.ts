// The audit trail as written by the access paths (issue 6 item 1): one event per access with who,
// what, whose data, purpose and origin; DENIED for refusals; none for bad input; and no data
// leaves the API when its event cannot be written. The per-category counts over every agency
// type and role are in authorization-matrix.int-spec.ts.
import { Client } from 'pg';
import { AuditService, type AuditEventInput } from '../src/audit/audit.service';
import { SessionTokenService } from '../src/auth/session-token.service';
import type { AppConfig } from '../src/config/app-config';
import { JsonLogger } from '../src/observability/json-logger';
import { errorCode, gql, type GqlResponse, ok } from './support/graphql-client';
import { callerByEmail, type Caller } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
const as: Record<string, Caller> = {};
let kevinId: string;
let kevinCaseId: string;
let regionId: string;

interface EventRow {
  operation: string;
  action: string;
  result: string;
  personIds: string[];
  caseId: string | null;
  categories: string[];
  purpose: string | null;
  reasonCode: string | null;
  accessBasis: string | null;
  originAddress: string | null;
  userAgent: string | null;
  requestId: string | null;
  actorAgencyType: string | null;
  actorRoles: string[];
}

/** The events a user caused while `fn` ran (ids are ascending within the region's chain). */
async function eventsDuring(who: Caller, fn: () => Promise<unknown>): Promise<EventRow[]> {
  const [last] = await t.db.query<{ max: string }[]>(
    `SELECT coalesce(max(id), 0)::bigint AS max FROM audit_event`,
  );
  const max = last!.max;
  await fn();
  await t.app.get(AuditService).settled();
  return await t.db.query<EventRow[]>(
    `SELECT operation, action, result, person_ids AS "personIds", case_id AS "caseId", categories,
            purpose, reason_code AS "reasonCode", access_basis AS "accessBasis",
            origin_address AS "originAddress", user_agent AS "userAgent",
            request_id AS "requestId", actor_agency_type AS "actorAgencyType",
            actor_roles AS "actorRoles"
       FROM audit_event WHERE id > $1 AND actor_user_id = $2 ORDER BY id`,
    [max, who.userId],
  );
}

/** An audit writer of its own, as another API process has, on the test database. */
function ownAuditService(
  config: Partial<AppConfig> = {},
  sink: (line: string) => void = () => undefined,
): AuditService {
  return new AuditService(
    { ...t.config, databaseAppRole: 'schakel_app', ...config },
    new JsonLogger('info', sink),
  );
}

/** A system event in the demo region (no actor), for the writer tests. */
const testEvent = (operation: string, extra: Partial<AuditEventInput> = {}): AuditEventInput => ({
  regionId,
  actor: null,
  action: 'READ',
  result: 'ALLOWED',
  operation,
  ...extra,
});

beforeAll(async () => {
  t = await createTestApp();
  for (const [key, email] of Object.entries({
    regie: 'procesregisseur@zvh.demo.example',
    wijkteam: 'wijkteam@demostad.demo.example',
    politie: 'wijkagent@politie.demo.example',
    privacy: 'privacy@zvh.demo.example',
  })) {
    as[key] = await callerByEmail(t, email);
  }
  const [kevin] = await t.db.query<{ id: string; caseId: string; regionId: string }[]>(
    `SELECT p.id, c.id AS "caseId", p.region_id AS "regionId"
       FROM person p JOIN case_file c ON c.subject_person_id = p.id
      WHERE p.bsn = '900001008' AND c.reference = 'ZVH-2026-001'`,
  );
  kevinId = kevin!.id;
  kevinCaseId = kevin!.caseId;
  regionId = kevin!.regionId;
});
afterAll(async () => {
  await t.close();
});

it('runs as the restricted app role, which may not change or delete audit events', async () => {
  const [who] = await t.db.query<{ role: string }[]>(`SELECT current_user AS role`);
  expect(who!.role).toBe('schakel_app');
  await expect(t.db.query(`UPDATE audit_event SET purpose = 'x' WHERE id = 1`)).rejects.toThrow(
    /permission denied/,
  );
  await expect(t.db.query(`DELETE FROM audit_event WHERE id = 1`)).rejects.toThrow(
    /permission denied/,
  );
});

describe('the audit connections (ADR 0009)', () => {
  it('write the events of reads in the restricted role, each commit waiting for the disk', async () => {
    expect(await t.app.get(AuditService).connectionSettings()).toEqual({
      role: 'schakel_app',
      synchronousCommit: 'on',
    });
  });

  it('do not wait for the disk when AUDIT_READ_SYNCHRONOUS_COMMIT=off, and the event is there', async () => {
    const strict = ownAuditService({ auditReadSynchronousCommit: 'off' });
    try {
      expect(await strict.connectionSettings()).toEqual({
        role: 'schakel_app',
        synchronousCommit: 'off',
      });
      await strict.recordRead(testEvent('test.strictCommit', { personIds: [kevinId] }));
      await strict.settled();
      const rows = await t.db.query<{ personIds: string[] }[]>(
        `SELECT person_ids AS "personIds" FROM audit_event WHERE operation = 'test.strictCommit'`,
      );
      expect(rows).toEqual([{ personIds: [kevinId] }]);
    } finally {
      await strict.onApplicationShutdown();
    }
  });
});

describe('the logging of the logging (ADR 0009)', () => {
  const loggingEvents = async (instanceId: string) =>
    await t.db.query<
      { operation: string; action: string; regionId: string; actorUserId: string | null }[]
    >(
      `SELECT operation, action, region_id AS "regionId", actor_user_id AS "actorUserId"
         FROM audit_event WHERE record_type = 'api_instance' AND record_id = $1 ORDER BY id`,
      [instanceId],
    );

  it('the running API wrote that its audit writer started, in every region', async () => {
    const regions = await t.db.query<{ id: string }[]>(`SELECT id FROM region ORDER BY id`);
    const events = await loggingEvents(t.app.get(AuditService).instanceId);
    expect(events.map((e) => e.regionId).sort()).toEqual(regions.map((r) => r.id));
    expect(new Set(events.map((e) => `${e.action} ${e.operation} ${e.actorUserId}`))).toEqual(
      new Set(['LOGGING audit.started null']),
    );
  });

  it('a normal stop writes audit.stopped after everything it queued', async () => {
    const writer = ownAuditService();
    await writer.onApplicationBootstrap();
    await writer.recordRead(
      testEvent('test.beforeStop', { record: { type: 'api_instance', id: writer.instanceId } }),
    );
    await writer.onApplicationShutdown();
    const inRegion = (await loggingEvents(writer.instanceId)).filter(
      (e) => e.regionId === regionId,
    );
    expect(inRegion.map((e) => e.operation)).toEqual([
      'audit.started',
      'test.beforeStop',
      'audit.stopped',
    ]);
  });
});

describe('reads', () => {
  it('a case detail is one READ event with the case, its person, the categories read and the basis', async () => {
    const events = await eventsDuring(as.regie!, async () => {
      ok(
        await as.regie!.gql(
          `query($id: ID!) { case(id: $id) { reference subject { familyName { value } }
             informationItems { category text } } }`,
          { id: kevinCaseId },
        ),
      );
    });
    expect(events).toHaveLength(1);
    const [e] = events;
    expect(e).toMatchObject({
      operation: 'Query.case',
      action: 'READ',
      result: 'ALLOWED',
      caseId: kevinCaseId,
      personIds: [kevinId],
      accessBasis: 'covenant',
      actorAgencyType: 'ZVH',
    });
    expect(e!.actorRoles).toEqual(expect.arrayContaining(['PROCESREGISSEUR']));
    expect(e!.categories).toContain('IDENTITY');
    expect(e!.requestId).toMatch(/.{8,}/);
  });

  it('records the origin: address, user agent and the request id the client sent', async () => {
    const [row] = await t.db.query<{ id: string }[]>(`SELECT id FROM app_user WHERE email = $1`, [
      'procesregisseur@zvh.demo.example',
    ]);
    const events = await eventsDuring(as.regie!, async () => {
      const { token } = t.app.get(SessionTokenService).issueNew(row!.id, 0);
      const res = await gql(
        t.agent(),
        `{ cases(first: 3) { nodes { id } } }`,
        {},
        {
          headers: {
            cookie: `schakel_session=${token}`,
            'user-agent': 'Mobiel/1.0 (audit test)',
            'x-request-id': 'audit-test-request-0001',
          },
        },
      );
      ok(res);
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      operation: 'Query.cases',
      action: 'SEARCH',
      userAgent: 'Mobiel/1.0 (audit test)',
      requestId: 'audit-test-request-0001',
    });
    expect(events[0]!.originAddress).toMatch(/127\.0\.0\.1|::1/);
    // A search names every person on the page, so a person's access log finds it.
    expect(events[0]!.personIds.length).toBeGreaterThan(0);
  });

  it('a page notes the BSN as read only when it returned the BSN; names alone are IDENTITY', async () => {
    // The procesregisseur may see Kevin's BSN (ZVH-2026-001): whether it is read is the choice
    // of the client's selection, and the event says what left the API, not what could have.
    const kevinOnPage = async (selection: string) => {
      let nodes: {
        id: string;
        subject: { familyName: { value: string | null }; bsn?: { value: string | null } };
      }[] = [];
      const events = await eventsDuring(as.regie!, async () => {
        const res = await as.regie!.gql<{ cases: { nodes: typeof nodes } }>(
          `{ cases(first: 100) { nodes { id subject { familyName { value } ${selection} } } } }`,
        );
        nodes = ok(res).cases.nodes;
      });
      expect(events).toHaveLength(1);
      expect(events[0]!.personIds).toContain(kevinId);
      return { event: events[0]!, kevin: nodes.find((n) => n.id === kevinCaseId) };
    };
    const namesOnly = await kevinOnPage('');
    expect(namesOnly.kevin!.subject.familyName.value).toBe('Voorbeeld');
    expect(namesOnly.kevin!.subject.bsn).toBeUndefined();
    expect(namesOnly.event.categories).toEqual(['IDENTITY']);

    const withBsn = await kevinOnPage('bsn { value access }');
    expect(withBsn.kevin!.subject.bsn).toEqual({ value: '900001008', access: 'FULL' });
    expect([...withBsn.event.categories].sort()).toEqual(['BSN', 'IDENTITY']);
  });

  it('two root fields in one request are two events; a field the caller may not use is DENIED', async () => {
    let events: EventRow[] = [];
    const during = eventsDuring(as.wijkteam!, async () => {
      const res = await as.wijkteam!.gql(
        `{ mine: myActions(first: 5) { nodes { id } } queue: triageQueue { caseId } }`,
      );
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      // The refusal nulls the whole answer at once, while myActions may still be running: its
      // event follows on its own (the read happened, even though nothing was sent).
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    events = await during;
    expect(
      events.map((e) => `${e.operation} ${e.action} ${e.result} ${e.reasonCode ?? ''}`).sort(),
    ).toEqual(['Query.myActions SEARCH ALLOWED ', 'Query.triageQueue DENIED DENIED FORBIDDEN']);
  });

  it('a case the caller does not take part in is one DENIED event naming the attempted case, not its person', async () => {
    const [other] = await t.db.query<{ id: string }[]>(
      `SELECT c.id FROM case_file c
        WHERE NOT EXISTS (SELECT 1 FROM case_participant cp JOIN app_user u ON u.agency_id = cp.agency_id
                           WHERE cp.case_id = c.id AND u.id = $1)
        LIMIT 1`,
      [as.wijkteam!.userId],
    );
    const events = await eventsDuring(as.wijkteam!, async () => {
      const res = await as.wijkteam!.gql(`query($id: ID!) { case(id: $id) { reference } }`, {
        id: other!.id,
      });
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
    expect(events).toEqual([
      expect.objectContaining({
        operation: 'Query.case',
        action: 'DENIED',
        result: 'DENIED',
        reasonCode: 'NOT_FOUND',
        caseId: other!.id,
        personIds: [],
      }),
    ]);
  });

  it('bad input reads nothing and writes no event', async () => {
    const events = await eventsDuring(as.regie!, async () => {
      const res = await as.regie!.gql(`{ case(id: "not-a-uuid") { reference } }`);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
    expect(events).toEqual([]);
  });

  it('operations without personal data write nothing (me, agencies)', async () => {
    const events = await eventsDuring(as.regie!, async () => {
      ok(await as.regie!.gql(`{ me { user { id } } agencies { id } }`));
    });
    expect(events).toEqual([]);
  });
});

describe('the police lookup', () => {
  it('is one LOOKUP event with the stated purpose and the person whose card was shown', async () => {
    const events = await eventsDuring(as.politie!, async () => {
      const res = await as.politie!.gql<{ lookupAgreedApproach: { cards: unknown[] } }>(
        `mutation($input: LookupAgreedApproachInput!) {
           lookupAgreedApproach(input: $input) { cards { validity } } }`,
        {
          input: {
            purposeKind: 'STREET_CHECK',
            purpose: 'Controle bij het station',
            bsn: '900001008',
          },
        },
      );
      expect(ok(res).lookupAgreedApproach.cards).toHaveLength(1);
    });
    expect(events).toEqual([
      expect.objectContaining({
        operation: 'Mutation.lookupAgreedApproach',
        action: 'LOOKUP',
        result: 'ALLOWED',
        personIds: [kevinId],
        caseId: kevinCaseId,
        purpose: 'STREET_CHECK: Controle bij het station',
      }),
    ]);
  });
});

describe('writes', () => {
  it('a write is one event after it committed; a refused write one DENIED event and no change', async () => {
    const before = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM information_item WHERE case_id = $1`,
      [kevinCaseId],
    );
    const events = await eventsDuring(as.regie!, async () => {
      ok(
        await as.regie!.gql(
          `mutation($input: AddInformationItemInput!) { addInformationItem(input: $input) { id } }`,
          {
            input: {
              caseId: kevinCaseId,
              category: 'PLAN',
              legalBasis: 'Convenant art. 5',
              text: 'Afspraak gemaakt',
            },
          },
        ),
      );
    });
    expect(events).toEqual([
      expect.objectContaining({
        operation: 'Mutation.addInformationItem',
        action: 'CREATE',
        result: 'ALLOWED',
        caseId: kevinCaseId,
        personIds: [kevinId],
      }),
    ]);
    const denied = await eventsDuring(as.privacy!, async () => {
      const res = await as.privacy!.gql(
        `mutation($input: AddInformationItemInput!) { addInformationItem(input: $input) { id } }`,
        {
          input: {
            caseId: kevinCaseId,
            category: 'PLAN',
            legalBasis: 'Test',
            text: 'Niet toegestaan',
          },
        },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
    expect(denied.map((e) => [e.action, e.reasonCode, e.caseId])).toEqual([
      ['DENIED', 'NOT_FOUND', kevinCaseId],
    ]);
    const after = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM information_item WHERE case_id = $1`,
      [kevinCaseId],
    );
    expect(after[0]!.n).toBe(before[0]!.n + 1);
  });
});

describe('when the trail cannot be written', () => {
  // The app runs as the restricted role; the outage is staged by the database owner.
  let owner: Client;
  beforeAll(async () => {
    owner = new Client({ connectionString: t.database.url });
    await owner.connect();
  });
  afterAll(async () => {
    await endOutage();
    await owner.query(`DROP FUNCTION IF EXISTS audit_test_outage()`);
    await owner.end();
  });

  /** As the owner: make inserts into the trail fail (those of one operation), like a full disk. */
  async function stageOutage(operation: string | null = null): Promise<void> {
    const only = operation ? `NEW.operation = '${operation}'` : 'true';
    await owner.query(`CREATE OR REPLACE FUNCTION audit_test_outage() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF ${only} THEN RAISE EXCEPTION 'audit outage (test)'; END IF;
        RETURN NEW;
      END $$`);
    await owner.query(`CREATE TRIGGER audit_test_outage BEFORE INSERT ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_test_outage()`);
  }
  const endOutage = () => owner.query(`DROP TRIGGER IF EXISTS audit_test_outage ON audit_event`);

  const CASES = `{ cases(first: 5) { nodes { reference subject { familyName { value } } } } }`;
  const casesEvents = async (): Promise<number> => {
    const [row] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE operation = 'Query.cases'`,
    );
    return row!.n;
  };

  it('answers wait for their events and fail without data until the trail is back; no event is lost', async () => {
    const audit = t.app.get(AuditService);
    const before = await casesEvents();
    await stageOutage('Query.cases');

    // The answer that finds out went out with its event queued (ADR 0009: the window of async).
    ok(await as.regie!.gql(CASES));
    expect(audit.isFailing).toBe(true);

    // From then on every answer waits for its own event, which queues behind the failing one.
    const refused: GqlResponse<unknown> = await as.regie!.gql(CASES);
    expect(refused.data).toBeNull();
    expect([refused.status, errorCode(refused)]).toEqual([503, 'AUDIT_UNAVAILABLE']);
    expect(JSON.stringify(refused)).not.toContain('Voorbeeld');
    expect(JSON.stringify(refused)).not.toContain('ZVH-2026-001');
    const detail: GqlResponse<unknown> = await as.regie!.gql(
      `query($id: ID!) { case(id: $id) { reference } }`,
      { id: kevinCaseId },
    );
    expect(detail.data).toBeNull();
    expect(errorCode(detail)).toBe('AUDIT_UNAVAILABLE');

    // The trail comes back: the queued event of the answered request is written, the refused
    // requests' events are not (they read nothing), and answers flow again.
    await endOutage();
    for (let i = 0; i < 100 && audit.isFailing; i++) await new Promise((r) => setTimeout(r, 50));
    await audit.settled();
    expect(audit.isFailing).toBe(false);
    expect(await casesEvents()).toBe(before + 1);
    ok(await as.regie!.gql(CASES));
    expect(await casesEvents()).toBe(before + 2);
  });

  it('with AUDIT_READ_MODE=sync no answer goes out before its event is written', async () => {
    const strict = ownAuditService({ auditReadMode: 'sync' });
    try {
      await stageOutage();
      let settledFirst = false;
      const written = strict
        .recordRead(testEvent('test.syncMode'))
        .then(() => (settledFirst = true));
      await new Promise((r) => setTimeout(r, 300));
      expect(settledFirst).toBe(false);
      await endOutage();
      await written;
      const [row] = await t.db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM audit_event WHERE operation = 'test.syncMode'`,
      );
      expect(row!.n).toBe(1);
    } finally {
      await strict.onApplicationShutdown();
    }
  });

  it('a stop while the trail fails puts the events it could not write in the log', async () => {
    const lines: string[] = [];
    const service = ownAuditService({}, (line) => lines.push(line));
    await stageOutage();
    try {
      await service.recordRead(testEvent('test.lostAtStop', { personIds: [kevinId] }));
      await service.onApplicationShutdown();
    } finally {
      await endOutage();
    }
    const lost = lines
      .map((line) => JSON.parse(line) as { msg: string; count?: number; events?: unknown[] })
      .find((entry) => entry.msg === 'audit events not written at shutdown');
    expect(lost).toMatchObject({
      count: 1,
      events: [expect.objectContaining({ operation: 'test.lostAtStop', person_ids: [kevinId] })],
    });
  });

  it('refuses an event the table would refuse before answering, whatever a user typed', async () => {
    const audit = t.app.get(AuditService);
    await expect(audit.recordRead(testEvent('not an operation'))).rejects.toThrow(/operation/);
    // NUL and a lone surrogate in a typed purpose are stored as U+FFFD instead of failing.
    await audit.recordRead(
      testEvent('test.typedPurpose', { action: 'LOOKUP', purpose: 'a\u0000b\ud800c' }),
    );
    await audit.settled();
    const [row] = await t.db.query<{ purpose: string }[]>(
      `SELECT purpose FROM audit_event WHERE operation = 'test.typedPurpose'`,
    );
    expect(row!.purpose).toBe('a\ufffdb\ufffdc');
  });
});
