// A committed write always has its audit event, and the client is told the truth (issue 13
// item 1, ADR 0011): the event commits with the change (audit_outbox) and is linked into the
// chain just after, by the writer or, after a crash, by any process's sweeper — exactly once.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import request from 'supertest';
import { AuditOutboxService } from '../src/audit/audit-outbox.service';
import { AuditEntry } from '../src/audit/audit-scope';
import { AuditService } from '../src/audit/audit.service';
import { verifyAuditChain } from '../src/audit/audit-verifier';
import { createApp } from '../src/bootstrap';
import { JsonLogger } from '../src/observability/json-logger';
import { errorCode, type GqlResponse } from './support/graphql-client';
import { callerByEmail, type Caller } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let owner: Client;
let regie: Caller;
let kevinId: string;
let kevinCaseId: string;
let regionId: string;

const ADD = `mutation($input: AddInformationItemInput!) {
  addInformationItem(input: $input) { id text } }`;
const CASES = `{ cases(first: 5) { nodes { reference } } }`;
const addItem = (
  as: Caller,
  text: string,
): Promise<GqlResponse<{ addInformationItem: { id: string; text: string } }>> =>
  as.gql(ADD, {
    input: { caseId: kevinCaseId, category: 'PLAN', legalBasis: 'Convenant art. 5', text },
  });

/** Polls `condition` until it holds, failing after `seconds` (generous: CI shares two cores). */
async function waitFor(
  what: string,
  condition: () => Promise<boolean>,
  seconds = 60,
): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface AddEvent {
  action: string;
  result: string;
  caseId: string | null;
  personIds: string[];
}
const addEvents = (): Promise<AddEvent[]> =>
  t.db.query<AddEvent[]>(
    `SELECT action, result, case_id AS "caseId", person_ids AS "personIds" FROM audit_event
      WHERE operation = 'Mutation.addInformationItem' ORDER BY id`,
  );
const itemsWithText = async (text: string): Promise<number> => {
  const { rows } = await owner.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM information_item WHERE text = $1`,
    [text],
  );
  return rows[0]!.n;
};
const outboxSize = async (): Promise<number> => {
  const { rows } = await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_outbox`);
  return rows[0]!.n;
};
const expectChainIntact = async () =>
  expect(await verifyAuditChain(t.db, regionId, { pageSize: 500 })).toMatchObject({
    reason: null,
    firstBrokenId: null,
  });
const theWrite = (): unknown =>
  expect.objectContaining({
    action: 'CREATE',
    result: 'ALLOWED',
    caseId: kevinCaseId,
    personIds: [kevinId],
  });

/** As the owner: every insert into the trail fails (of one operation, or all), like a full disk. */
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

beforeAll(async () => {
  t = await createTestApp();
  owner = new Client({ connectionString: t.database.url });
  await owner.connect();
  regie = await callerByEmail(t, 'procesregisseur@zvh.demo.example');
  const [kevin] = await t.db.query<{ id: string; caseId: string; regionId: string }[]>(
    `SELECT p.id, c.id AS "caseId", p.region_id AS "regionId"
       FROM person p JOIN case_file c ON c.subject_person_id = p.id
      WHERE p.bsn = '900001008' AND c.reference = 'ZVH-2026-001'`,
  );
  kevinId = kevin!.id;
  kevinCaseId = kevin!.caseId;
  regionId = kevin!.regionId;
});
afterEach(async () => {
  await endOutage();
  await owner.query(`GRANT SELECT ON information_item TO schakel_app`);
  const audit = t.app.get(AuditService);
  await waitFor('the trail to be written again', () => Promise.resolve(!audit.isFailing));
  await audit.settled();
});
afterAll(async () => {
  await owner.query(`DROP FUNCTION IF EXISTS audit_test_outage()`);
  await owner.end();
  await t.close();
});

it('a write while the trail refuses inserts answers with its data, and its event is linked once the trail is back', async () => {
  const audit = t.app.get(AuditService);
  const before = (await addEvents()).length;
  await stageOutage();
  // A read finds the trail failing: from then on answers wait for their events.
  await regie.gql(CASES);
  await waitFor('the writer to see the outage', () => Promise.resolve(audit.isFailing));

  const res = await addItem(regie, 'Opgeslagen tijdens een storing van het logboek');
  // The change committed with its event in the outbox: the answer tells so, not 503.
  expect([res.status, res.errors]).toEqual([200, undefined]);
  expect(res.data?.addInformationItem.text).toBe('Opgeslagen tijdens een storing van het logboek');
  expect(await itemsWithText('Opgeslagen tijdens een storing van het logboek')).toBe(1);
  expect(await outboxSize()).toBe(1);

  await endOutage();
  await waitFor('the outbox to be linked', async () => (await outboxSize()) === 0);
  await audit.settled();
  const events = await addEvents();
  expect(events.slice(before)).toEqual([theWrite()]);
  await expectChainIntact();
});

it('a reload that fails after the commit answers SAVED_NOT_SHOWN; the change and its one event are there', async () => {
  const before = (await addEvents()).length;
  // Only the reload reads the item's columns; the insert returns its id alone.
  await owner.query(`REVOKE SELECT ON information_item FROM schakel_app`);
  await owner.query(`GRANT SELECT (id) ON information_item TO schakel_app`);

  const res = await addItem(regie, 'Opgeslagen maar niet getoond');
  expect(res.data).toBeNull();
  expect(errorCode(res)).toBe('SAVED_NOT_SHOWN');
  expect(JSON.stringify(res)).not.toContain('permission denied');
  expect(await itemsWithText('Opgeslagen maar niet getoond')).toBe(1);

  await owner.query(`GRANT SELECT ON information_item TO schakel_app`);
  await waitFor('the outbox to be linked', async () => (await outboxSize()) === 0);
  await t.app.get(AuditService).settled();
  expect((await addEvents()).slice(before)).toEqual([theWrite()]);
  await expectChainIntact();
  expect(t.logs.some((line) => line.includes('change saved, its result could not be shown'))).toBe(
    true,
  );
});

it('an API process that stops before linking loses no event: another process links it, once', async () => {
  const before = (await addEvents()).length;
  // A second API process on the same database; it will stop before it can link its write.
  const second: NestFastifyApplication = await createApp(
    { ...t.config, loadDemoData: false },
    new JsonLogger('error', () => undefined),
  );
  const viaSecond = await callerByEmail(
    { ...t, app: second, agent: () => request.agent(second.getHttpServer()) },
    'procesregisseur@zvh.demo.example',
  );
  await stageOutage('Mutation.addInformationItem');
  const res = await addItem(viaSecond, 'Opgeslagen vlak voor een stop');
  expect(res.data?.addInformationItem.text).toBe('Opgeslagen vlak voor een stop');
  // It stops while its writer still cannot link the event (what a crash would also leave).
  await second.close();
  await endOutage();

  // The surviving process's sweeper links what was left, after the grace period.
  await waitFor(
    'another process to link the event',
    async () => (await addEvents()).length > before,
    40,
  );
  await t.app.get(AuditService).settled();
  expect(await itemsWithText('Opgeslagen vlak voor een stop')).toBe(1);
  expect((await addEvents()).slice(before)).toEqual([theWrite()]);
  expect(await outboxSize()).toBe(0);
  await expectChainIntact();
});

it('two sweepers and the live linker never link one outbox row twice', async () => {
  const audit = t.app.get(AuditService);
  const [user] = await t.db.query<
    { id: string; agencyId: string; agencyType: string; roles: string[] }[]
  >(
    `SELECT u.id, u.agency_id AS "agencyId", a.type AS "agencyType", u.roles
       FROM app_user u JOIN agency a ON a.id = u.agency_id WHERE u.email = $1`,
    ['procesregisseur@zvh.demo.example'],
  );
  const identity = { ...user!, regionId };
  // Committed through the helper, as a write does, and not linked yet (as after a crash).
  const entries = await Promise.all(
    Array.from({ length: 60 }, async (_, i) => {
      const entry = new AuditEntry('test.outboxRace', 'CREATE', identity);
      entry.note({ record: { type: 'race', id: String(i) }, personIds: [kevinId] });
      await entry.transaction(t.db, (tx) => tx.query(`SELECT 1`));
      return entry;
    }),
  );
  expect(entries.every((e) => e.committed)).toBe(true);

  const other = new AuditOutboxService(t.db, new JsonLogger('error', () => undefined));
  const sweeps = [t.app.get(AuditOutboxService).sweep(0), other.sweep(0)];
  for (const entry of entries) {
    entry.note({ purpose: 'linked live' });
    entry.succeed();
    audit.link(entry.toEvent()!, entry.outboxId!);
  }
  const swept = (await Promise.all(sweeps)).reduce((a, b) => a + b, 0);
  await audit.settled();
  await waitFor('the outbox to be empty', async () => (await outboxSize()) === 0);

  const rows = await t.db.query<{ id: string; n: number; live: number }[]>(
    `SELECT record_id AS id, count(*)::int AS n, count(purpose)::int AS live FROM audit_event
      WHERE operation = 'test.outboxRace' GROUP BY record_id`,
  );
  expect(rows).toHaveLength(60);
  expect(rows.filter((r) => r.n !== 1)).toEqual([]);
  // Every row was linked by exactly one of them: the sweepers counted theirs, the rest are live.
  const live = rows.filter((r) => r.live === 1).length;
  expect(live + swept).toBe(60);
  await expectChainIntact();
});
