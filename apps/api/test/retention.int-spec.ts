// Retention (issue 6, item 5): periods per region and category, legal holds, the deletion job
// driven by a clock the test controls, the deletion record without personal data, and the purge
// of audit events older than five years with the chain still verifiable afterwards.
import { Client } from 'pg';
import { verifyAuditChain } from '../src/audit/audit-verifier';
import {
  CASE_FOREIGN_KEYS,
  PERSON_FOREIGN_KEYS,
  UNLINKED_ID_COLUMNS,
} from '../src/retention/retention-references';
import { NESTED_COUNTS } from '../src/retention/retention-job.queries';
import { RetentionJobService } from '../src/retention/retention-job.service';
import { errorCode, errorField, ok } from './support/graphql-client';
import { callerByEmail, type Caller } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let owner: Client;
let job: RetentionJobService;
let regionId: string;
let closedAt: Date;
/** Cases of the demo's year of history the first run deleted (one audit event each). */
let historyDeleted = 0;
const as: Record<string, Caller> = {};
const ids: Record<string, string> = {};

const DAY = 24 * 3600 * 1000;
const addMonths = (at: Date, months: number, days = 0): Date => {
  const d = new Date(at);
  d.setUTCMonth(d.getUTCMonth() + months);
  return new Date(d.getTime() + days * DAY);
};

async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
  const rows = (await owner.query(sql, params)).rows as T[];
  return rows[0]!;
}

const caseExists = async (id: string): Promise<boolean> =>
  (await one<{ n: number }>(`SELECT count(*)::int AS n FROM case_file WHERE id = $1`, [id])).n ===
  1;

beforeAll(async () => {
  t = await createTestApp({ DB_APP_ROLE: 'schakel_app' });
  owner = new Client({ connectionString: t.database.url });
  await owner.connect();
  job = t.app.get(RetentionJobService);
  as.privacy = await callerByEmail(t, 'privacy@zvh.demo.example');
  as.admin = await callerByEmail(t, 'beheer@zvh.demo.example');
  as.wijkteam = await callerByEmail(t, 'wijkteam@demostad.demo.example');
  as.regie = await callerByEmail(t, 'procesregisseur@zvh.demo.example');
  regionId = (await one<{ id: string }>(`SELECT id FROM region WHERE code = 'demo'`)).id;
  const cases = (
    await owner.query(`SELECT reference, id, subject_person_id AS person FROM case_file`)
  ).rows as { reference: string; id: string; person: string }[];
  for (const c of cases) {
    ids[c.reference] = c.id;
    ids[`person:${c.reference}`] = c.person;
  }
  // The demo's closed case fixes the clock: the cases below are closed at the same moment.
  closedAt = (
    await one<{ at: Date }>(`SELECT closed_at AS at FROM case_closure WHERE case_id = $1`, [
      ids['ZVH-2025-017'],
    ])
  ).at;
  // The demo's year of history (demo-history.ts) closed before 2025-017 did: a first run once
  // its retention has passed deletes those cases (2025-017 is on hold), so every count below is
  // of the cases this spec closes at `closedAt`.
  const history = await one<{ n: number; last: Date }>(
    `SELECT count(*)::int AS n, max(cc.closed_at) AS last FROM case_closure cc
      WHERE cc.region_id = $1 AND cc.case_id <> $2`,
    [regionId, ids['ZVH-2025-017']],
  );
  expect(history.n).toBeGreaterThan(0);
  expect(history.last.getTime()).toBeLessThan(closedAt.getTime());
  historyDeleted = (await job.run(addMonths(history.last, 24, 1))).casesDeleted;
  expect(historyDeleted).toBe(history.n);
  for (const reference of ['ZVH-2026-001', 'ZVH-2026-002']) {
    await owner.query(`UPDATE case_file SET status = 'CLOSED' WHERE id = $1`, [ids[reference]]);
    await owner.query(
      `INSERT INTO case_closure (case_id, region_id, outcome, reason, closed_at, grace_days,
                                 access_ends_at)
       VALUES ($1, $2, 'GOAL_ACHIEVED', 'Doelen bereikt, afgesloten in de test.', $3, 30, $3)`,
      [ids[reference], regionId, closedAt],
    );
  }
});
afterAll(async () => {
  await owner?.end();
  await t?.close();
});

describe('the job knows every table that refers to a case or a person', () => {
  it('matches the foreign keys in the pg catalog', async () => {
    const fks = (
      await owner.query(
        `SELECT c.conrelid::regclass::text AS tbl, a.attname AS col,
                c.confrelid::regclass::text AS target, c.confdeltype AS action
           FROM pg_constraint c
           JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
          WHERE c.contype = 'f' AND c.confrelid IN ('case_file'::regclass, 'person'::regclass)`,
      )
    ).rows as { tbl: string; col: string; target: string; action: string }[];
    const toCase = fks.filter((f) => f.target === 'case_file');
    expect(toCase.map((f) => `${f.tbl}.${f.col}`).sort()).toEqual([...CASE_FOREIGN_KEYS].sort());
    // Every one cascades: deleting the case row removes them.
    expect(toCase.filter((f) => f.action !== 'c')).toEqual([]);
    const toPerson = fks.filter((f) => f.target === 'person');
    expect(
      Object.fromEntries(
        toPerson.map((f) => [
          `${f.tbl}.${f.col}`,
          f.action === 'n' ? 'set-null' : f.action === 'c' ? 'cascade' : 'keeps',
        ]),
      ),
    ).toEqual(
      Object.fromEntries(
        Object.entries(PERSON_FOREIGN_KEYS).filter(([key]) =>
          toPerson.some((f) => `${f.tbl}.${f.col}` === key),
        ),
      ),
    );
    // A listed person reference whose table is missing is only allowed for a table not yet here.
    for (const key of Object.keys(PERSON_FOREIGN_KEYS)) {
      const table = key.split('.')[0]!;
      const exists = (await one<{ e: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS e`, [table]))
        .e;
      if (exists) expect(toPerson.map((f) => `${f.tbl}.${f.col}`)).toContain(key);
    }
  });

  it('knows every other column that holds case or person ids', async () => {
    const columns = (
      await owner.query(
        `SELECT c.table_name || '.' || c.column_name AS col
           FROM information_schema.columns c
           JOIN information_schema.tables t
             ON t.table_schema = c.table_schema AND t.table_name = c.table_name
          WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
            AND c.column_name ~ '(^|_)(case|person)(_[a-z]+)*_ids?$'
            AND c.table_name NOT IN ('case_file', 'person')`,
      )
    ).rows as { col: string }[];
    const known = new Set([
      ...CASE_FOREIGN_KEYS,
      ...Object.keys(PERSON_FOREIGN_KEYS),
      ...Object.keys(UNLINKED_ID_COLUMNS),
    ]);
    expect(columns.map((c) => c.col).filter((c) => !known.has(c))).toEqual([]);
  });
});

describe('retention periods', () => {
  const PERIODS = `{ retentionPeriods { category months source revision updatedByName } }`;
  const UPDATE = `mutation($input: UpdateRetentionPeriodInput!) {
    updateRetentionPeriod(input: $input) { category months source revision updatedByName } }`;

  it('has a documented default for each of the ten categories, for both readers', async () => {
    const { retentionPeriods } = ok(
      await as.privacy!.gql<{
        retentionPeriods: { category: string; months: number; source: string; revision: number }[];
      }>(PERIODS),
    );
    expect(retentionPeriods).toHaveLength(10);
    expect(Object.fromEntries(retentionPeriods.map((p) => [p.category, p.months]))).toEqual({
      IDENTITY: 24,
      BSN: 24,
      POLICE: 24,
      JUSTICE: 24,
      PROBATION: 24,
      CARE: 12,
      CARE_SIGNAL: 12,
      SOCIAL: 24,
      SAFETY: 24,
      PLAN: 24,
    });
    expect(retentionPeriods.every((p) => p.source.includes('privacy.md'))).toBe(true);
    expect(ok(await as.admin!.gql(PERIODS))).toEqual({
      retentionPeriods: expect.any(Array) as unknown,
    });
    expect(errorCode(await as.wijkteam!.gql(PERIODS))).toBe('FORBIDDEN');
  });

  it('only the privacy officer changes a period: whole months within bounds, on the revision seen', async () => {
    const input = { category: 'SAFETY', months: 36, source: 'Besluit FG 2026-11', revision: 1 };
    expect(errorCode(await as.admin!.gql(UPDATE, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await as.regie!.gql(UPDATE, { input }))).toBe('FORBIDDEN');
    for (const months of [5, 121]) {
      const res = await as.privacy!.gql(UPDATE, { input: { ...input, months } });
      expect([errorCode(res), errorField(res)]).toEqual(['BAD_USER_INPUT', 'months']);
    }
    const res = await as.privacy!.gql(UPDATE, { input: { ...input, source: ' ' } });
    expect([errorCode(res), errorField(res)]).toEqual(['BAD_USER_INPUT', 'source']);

    const updated = ok(
      await as.privacy!.gql<{ updateRetentionPeriod: Record<string, unknown> }>(UPDATE, { input }),
    ).updateRetentionPeriod;
    expect(updated).toEqual({
      category: 'SAFETY',
      months: 36,
      source: 'Besluit FG 2026-11',
      revision: 2,
      updatedByName: expect.any(String) as unknown,
    });
    expect(errorCode(await as.privacy!.gql(UPDATE, { input: { ...input, months: 30 } }))).toBe(
      'CONFLICT',
    );
    // Back to the default for the job tests below; the history keeps all three values.
    ok(await as.privacy!.gql(UPDATE, { input: { ...input, months: 24, revision: 2 } }));
    const history = ok(
      await as.admin!.gql<{ retentionPeriodHistory: { category: string; months: number }[] }>(
        `{ retentionPeriodHistory(first: 200) { category months changedByName revision } }`,
      ),
    ).retentionPeriodHistory.filter((h) => h.category === 'SAFETY');
    expect(history.map((h) => h.months)).toEqual([24, 36, 24]);
  });
});

describe('legal holds', () => {
  const SET = `mutation($input: SetLegalHoldInput!) { setLegalHold(input: $input) {
    id caseReference caseStatus closedAt reason setByName releasedAt } }`;

  it('only the privacy officer sets one, by a reference of the own region, with a reason', async () => {
    const input = {
      caseReference: 'zvh-2026-002',
      reason: 'Lopende klachtprocedure bij de rechtbank.',
    };
    expect(errorCode(await as.admin!.gql(SET, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await as.wijkteam!.gql(SET, { input }))).toBe('FORBIDDEN');
    let res = await as.privacy!.gql(SET, { input: { ...input, reason: 'kort' } });
    expect([errorCode(res), errorField(res)]).toEqual(['BAD_USER_INPUT', 'reason']);
    res = await as.privacy!.gql(SET, { input: { ...input, caseReference: 'ZVH-1999-999' } });
    expect(errorCode(res)).toBe('NOT_FOUND');

    const hold = ok(
      await as.privacy!.gql<{ setLegalHold: Record<string, unknown> }>(SET, { input }),
    ).setLegalHold;
    expect(hold).toMatchObject({
      caseReference: 'ZVH-2026-002',
      caseStatus: 'CLOSED',
      closedAt: closedAt.toISOString(),
      releasedAt: null,
    });
    ids.hold = hold.id as string;
    // One audit event of the privacy officer naming the case (the denied attempts name none).
    const audit = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event
        WHERE operation = 'Mutation.setLegalHold' AND case_id = $1 AND result = 'ALLOWED'`,
      [ids['ZVH-2026-002']],
    );
    expect(audit.n).toBe(1);
    expect(errorCode(await as.privacy!.gql(SET, { input }))).toBe('CONFLICT');
  });
});

describe('the deletion job', () => {
  let kevin: { given_names: string; family_name: string; bsn: string };
  let texts: string[];
  let otherRegion: { caseId: string; personId: string };

  beforeAll(async () => {
    kevin = await one(`SELECT given_names, family_name, bsn FROM person WHERE id = $1`, [
      ids['person:ZVH-2026-001'],
    ]);
    texts = (
      await owner.query(`SELECT text FROM information_item WHERE case_id = $1`, [
        ids['ZVH-2026-001'],
      ])
    ).rows.map((r: { text: string }) => r.text);
    // Another region with the same person (same BSN) closed at the same moment, longer periods.
    const region = await one<{ id: string }>(
      `INSERT INTO region (code, name) VALUES ('ander', 'Andere regio') RETURNING id`,
    );
    await owner.query(`UPDATE retention_period SET months = 120 WHERE region_id = $1`, [region.id]);
    const agency = await one<{ id: string }>(
      `INSERT INTO agency (region_id, name, type) VALUES ($1, 'ZVH Ander', 'ZVH') RETURNING id`,
      [region.id],
    );
    const person = await one<{ id: string }>(
      `INSERT INTO person (region_id, given_names, family_name, date_of_birth, bsn)
       VALUES ($1, $2, $3, '1990-01-01', $4) RETURNING id`,
      [region.id, kevin.given_names, kevin.family_name, kevin.bsn],
    );
    const other = await one<{ id: string }>(
      `INSERT INTO case_file (region_id, reference, subject_person_id, theme, status, referring_agency_id)
       VALUES ($1, 'ANDER-1', $2, 'OTHER', 'CLOSED', $3) RETURNING id`,
      [region.id, person.id, agency.id],
    );
    await owner.query(
      `INSERT INTO case_closure (case_id, region_id, outcome, reason, closed_at, grace_days, access_ends_at)
       VALUES ($1, $2, 'OTHER', 'Afgesloten in de andere regio.', $3, 0, $3)`,
      [other.id, region.id, closedAt],
    );
    otherRegion = { caseId: other.id, personId: person.id };
  });

  it('deletes items of a shorter period first and keeps the case until the longest has passed', async () => {
    const careBefore = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM information_item
        WHERE case_id = $1 AND category IN ('CARE', 'CARE_SIGNAL')`,
      [ids['ZVH-2026-001']],
    );
    expect(careBefore.n).toBeGreaterThan(0);
    let run = await job.run(addMonths(closedAt, 12, -1));
    expect(run).toMatchObject({ ran: true, casesDeleted: 0, itemsDeleted: 0 });

    run = await job.run(addMonths(closedAt, 12, 1));
    expect(run).toMatchObject({ casesDeleted: 0, itemsDeleted: careBefore.n });
    expect(await caseExists(ids['ZVH-2026-001']!)).toBe(true);
    const left = await one<{ care: number; other: number }>(
      `SELECT count(*) FILTER (WHERE category IN ('CARE', 'CARE_SIGNAL'))::int AS care,
              count(*) FILTER (WHERE category NOT IN ('CARE', 'CARE_SIGNAL'))::int AS other
         FROM information_item WHERE case_id = $1`,
      [ids['ZVH-2026-001']],
    );
    expect(left.care).toBe(0);
    expect(left.other).toBeGreaterThan(0);
    const record = await one<{ scope: string; row_counts: Record<string, number> }>(
      `SELECT scope, row_counts FROM deletion_record WHERE case_id = $1`,
      [ids['ZVH-2026-001']],
    );
    expect(record).toEqual({ scope: 'ITEMS', row_counts: { information_item: careBefore.n } });
  });

  it('keeps a case closed at T at T + period − 1 day and deletes it at T + period + 1 day', async () => {
    const run1 = await job.run(addMonths(closedAt, 24, -1));
    expect(run1.casesDeleted).toBe(0);
    expect(await caseExists(ids['ZVH-2026-001']!)).toBe(true);

    const counts: Record<string, number> = {};
    for (const key of CASE_FOREIGN_KEYS) {
      const [table, column] = key.split('.') as [string, string];
      counts[key] = (
        await one<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [
          ids['ZVH-2026-001'],
        ])
      ).n;
    }
    // The demo case has a plan, an agreed approach, a meeting item and consents: all must go.
    for (const key of [
      'plan_version.case_id',
      'agreed_approach.case_id',
      'meeting_item.case_id',
      'consent.recorded_in_case_id',
      'case_participant.case_id',
      'case_event.case_id',
    ]) {
      expect([key, counts[key]]).toEqual([key, expect.any(Number)]);
      expect(counts[key]).toBeGreaterThan(0);
    }

    const run2 = await job.run(addMonths(closedAt, 24, 1));
    // Only 001: 002 is on hold (above), the demo's closed case 2025-017 has the demo's hold.
    expect(run2).toMatchObject({ casesDeleted: 1 });
    expect(await caseExists(ids['ZVH-2026-001']!)).toBe(false);
    expect(await caseExists(ids['ZVH-2025-017']!)).toBe(true);
    expect(await caseExists(ids['ZVH-2026-002']!)).toBe(true);
    for (const key of CASE_FOREIGN_KEYS) {
      const [table, column] = key.split('.') as [string, string];
      const left = await one<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`,
        [ids['ZVH-2026-001']],
      );
      expect([key, left.n]).toEqual([key, 0]);
    }
    for (const sql of Object.values(NESTED_COUNTS)) {
      const left = await one<{ n: number }>(`SELECT (${sql})::int AS n`, [ids['ZVH-2026-001']]);
      expect(left.n).toBe(0);
    }
    // Kevin has no other case, but the undecided referral ZVH-2026-005 names him as a possible
    // match: his person row stays until that is decided.
    const kept = await one<{ n: number }>(`SELECT count(*)::int AS n FROM person WHERE id = $1`, [
      ids['person:ZVH-2026-001'],
    ]);
    expect(kept.n).toBe(1);

    const record = await one<{
      scope: string;
      case_status: string;
      row_counts: Record<string, number>;
      periods: Record<string, number>;
      person_deleted: boolean;
    }>(`SELECT * FROM deletion_record WHERE case_id = $1 AND scope = 'CASE'`, [
      ids['ZVH-2026-001'],
    ]);
    expect(record).toMatchObject({ case_status: 'CLOSED', person_deleted: false });
    expect(record.row_counts.person).toBeUndefined();
    expect(record.row_counts).toMatchObject({
      case_file: 1,
      plan_version: counts['plan_version.case_id'],
      agreed_approach: 1,
      meeting_item: counts['meeting_item.case_id'],
      case_participant: counts['case_participant.case_id'],
    });
    expect(record.periods).toMatchObject({ IDENTITY: 24, PLAN: 24 });
  });

  it('leaves no personal data in the deletion records or the audit events it writes', async () => {
    const records = (await owner.query(`SELECT to_jsonb(d)::text AS j FROM deletion_record d`))
      .rows as { j: string }[];
    const events = (
      await owner.query(
        `SELECT audit_canonical(e) AS j, e.actor_user_id, e.action FROM audit_event e
          WHERE operation LIKE 'retention.%'`,
      )
    ).rows as { j: string; actor_user_id: string | null; action: string }[];
    // One DELETE event of the system per deletion of 001 (its items, then the case) and one per
    // case of the demo's history deleted before; the demo's earlier record has none here.
    const own = (
      await owner.query(`SELECT count(*)::int AS n FROM deletion_record WHERE case_id = $1`, [
        ids['ZVH-2026-001'],
      ])
    ).rows as { n: number }[];
    expect(own[0]!.n).toBe(2);
    expect(events).toHaveLength(2 + historyDeleted);
    expect(events.every((e) => e.actor_user_id === null && e.action === 'DELETE')).toBe(true);
    const forbidden = [kevin.given_names, kevin.family_name, kevin.bsn, 'ZVH-2026-001', ...texts];
    for (const text of [...records.map((r) => r.j), ...events.map((e) => e.j)]) {
      for (const secret of forbidden) expect(text).not.toContain(secret);
    }
    const caseEvents = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event
        WHERE operation = 'retention.deleteCase' AND case_id = $1`,
      [ids['ZVH-2026-001']],
    );
    expect(caseEvents.n).toBe(1);
  });

  it('leaves the other region alone: its own periods, its own person with the same BSN', async () => {
    expect(await caseExists(otherRegion.caseId)).toBe(true);
    const person = await one<{ bsn: string }>(`SELECT bsn FROM person WHERE id = $1`, [
      otherRegion.personId,
    ]);
    expect(person.bsn).toBe(kevin.bsn);
  });

  it('deletes released cases on the next run, and a second run finds nothing', async () => {
    const at = addMonths(closedAt, 30);
    expect((await job.run(at)).casesDeleted).toBe(0);
    expect(await caseExists(ids['ZVH-2026-002']!)).toBe(true);
    const { legalHolds } = ok(
      await as.privacy!.gql<{ legalHolds: { id: string; caseReference: string }[] }>(
        `{ legalHolds { id caseReference } }`,
      ),
    );
    expect(legalHolds.map((h) => h.caseReference).sort()).toEqual(['ZVH-2025-017', 'ZVH-2026-002']);
    const demoHold = legalHolds.find((h) => h.caseReference === 'ZVH-2025-017')!;

    const RELEASE = `mutation($input: ReleaseLegalHoldInput!) { releaseLegalHold(input: $input) {
      releasedAt releaseReason releasedByName } }`;
    const input = { holdId: ids.hold, reason: 'Klachtprocedure is afgerond.' };
    expect(errorCode(await as.admin!.gql(RELEASE, { input }))).toBe('FORBIDDEN');
    const released = ok(
      await as.privacy!.gql<{ releaseLegalHold: { releasedAt: string | null } }>(RELEASE, {
        input,
      }),
    ).releaseLegalHold;
    expect(released.releasedAt).not.toBeNull();
    expect(errorCode(await as.privacy!.gql(RELEASE, { input }))).toBe('CONFLICT');
    ok(await as.privacy!.gql(RELEASE, { input: { ...input, holdId: demoHold.id } }));

    expect((await job.run(at)).casesDeleted).toBe(2);
    expect(await caseExists(ids['ZVH-2026-002']!)).toBe(false);
    // Sandra had only this case and no open match: her person row went with it.
    const sandra = await one<{ n: number }>(`SELECT count(*)::int AS n FROM person WHERE id = $1`, [
      ids['person:ZVH-2026-002'],
    ]);
    expect(sandra.n).toBe(0);
    const record = await one<{ person_deleted: boolean; row_counts: Record<string, number> }>(
      `SELECT person_deleted, row_counts FROM deletion_record WHERE case_id = $1`,
      [ids['ZVH-2026-002']],
    );
    expect(record).toMatchObject({ person_deleted: true, row_counts: { person: 1, case_file: 1 } });
    expect(await job.run(at)).toMatchObject({ ran: true, casesDeleted: 0, itemsDeleted: 0 });
  });

  it('keeps the person when another case still refers to them', async () => {
    // Ahmed: 2025-017 was deleted, his open case 2026-003 remains.
    expect(ids['person:ZVH-2025-017']).toBe(ids['person:ZVH-2026-003']);
    const ahmed = await one<{ n: number }>(`SELECT count(*)::int AS n FROM person WHERE id = $1`, [
      ids['person:ZVH-2025-017'],
    ]);
    expect(ahmed.n).toBe(1);
    const record = await one<{ person_deleted: boolean }>(
      `SELECT person_deleted FROM deletion_record WHERE case_id = $1`,
      [ids['ZVH-2025-017']],
    );
    expect(record.person_deleted).toBe(false);
  });

  it('deletes a rejected referral once, even when two runs start at the same time', async () => {
    await owner.query(`UPDATE case_file SET status = 'REJECTED' WHERE id = $1`, [
      ids['ZVH-2026-003'],
    ]);
    await owner.query(
      `UPDATE referral SET decision = 'REJECTED', decision_reason = 'Past niet in de criteria.',
              decided_at = $2 WHERE case_id = $1`,
      [ids['ZVH-2026-003'], closedAt],
    );
    const at = addMonths(closedAt, 30);
    const runs = await Promise.all([job.run(at), job.run(at), job.run(at)]);
    expect(runs.reduce((n, r) => n + r.casesDeleted, 0)).toBe(1);
    const records = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM deletion_record WHERE case_id = $1`,
      [ids['ZVH-2026-003']],
    );
    expect(records.n).toBe(1);
    const record = await one<{ case_status: string }>(
      `SELECT case_status FROM deletion_record WHERE case_id = $1`,
      [ids['ZVH-2026-003']],
    );
    expect(record.case_status).toBe('REJECTED');
  });

  it('holds its lock in a transaction: a run while another holds it does nothing, and none is left behind (ADR 0030)', async () => {
    const holder = new Client({ connectionString: t.database.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      const [taken] = (
        await holder.query(
          `SELECT pg_try_advisory_xact_lock(hashtext('schakel:retention')) AS locked`,
        )
      ).rows as { locked: boolean }[];
      expect(taken!.locked).toBe(true);
      expect(await job.run(addMonths(closedAt, 600))).toMatchObject({ ran: false });
      await holder.query('COMMIT');
      expect(await job.run(addMonths(closedAt, 1))).toMatchObject({ ran: true });
      // Nothing of the run's lock outlives it: no session lock on any connection.
      const left = await one<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory'`,
      );
      expect(left.n).toBe(0);
    } finally {
      await holder.end();
    }
  });

  it('never deletes an open case, however late', async () => {
    await job.run(addMonths(closedAt, 200));
    expect(await caseExists(ids['ZVH-2026-004']!)).toBe(true);
    // The other region's 120 months have passed by now.
    expect(await caseExists(otherRegion.caseId)).toBe(false);
  });

  it('shows the deletion records without personal data, to both readers only', async () => {
    const Q = `{ deletionRecords { scope caseStatus closedOn deletedAt categories rowCount personDeleted } }`;
    const { deletionRecords } = ok(
      await as.admin!.gql<{ deletionRecords: { scope: string; rowCount: number }[] }>(Q),
    );
    expect(deletionRecords.length).toBeGreaterThanOrEqual(4);
    expect(deletionRecords.every((r) => r.rowCount > 0)).toBe(true);
    expect(errorCode(await as.wijkteam!.gql(Q))).toBe('FORBIDDEN');
  });

  it('keeps the deletion records append-only', async () => {
    await expect(owner.query(`UPDATE deletion_record SET scope = 'ITEMS'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(owner.query(`DELETE FROM deletion_record`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM deletion_record`)).rejects.toThrow(/permission denied/);
  });
});

describe('the audit purge after five years', () => {
  let purgeRegion: string;

  /** As the owner, with triggers off: old events with valid links, computed in SQL. */
  async function insertOldEvents(region: string, ages: string[]): Promise<void> {
    await owner.query('BEGIN');
    await owner.query('SET LOCAL session_replication_role = replica');
    let prev: Buffer = Buffer.alloc(32);
    let seq = 0;
    for (const age of ages) {
      seq += 1;
      const row = await one<{ id: string }>(
        `INSERT INTO audit_event (region_id, seq, occurred_at, action, result, operation, purpose,
                                  prev_hash, hash)
         VALUES ($1, $2, now() - $3::interval, 'READ', 'ALLOWED', 'test.old', $4, $5, $5)
         RETURNING id`,
        [region, seq, age, `old ${seq}`, prev],
      );
      prev = (
        await one<{ hash: Buffer }>(
          `UPDATE audit_event e SET hash = sha256(e.prev_hash || convert_to(audit_canonical(e), 'UTF8'))
            WHERE id = $1 RETURNING hash`,
          [row.id],
        )
      ).hash;
    }
    await owner.query(
      `INSERT INTO audit_chain (region_id, last_seq, last_hash) VALUES ($1, $2, $3)`,
      [region, seq, prev],
    );
    await owner.query('COMMIT');
  }

  beforeAll(async () => {
    purgeRegion = (
      await one<{ id: string }>(
        `INSERT INTO region (code, name) VALUES ('oud', 'Regio met oud spoor') RETURNING id`,
      )
    ).id;
    await insertOldEvents(purgeRegion, [
      '6 years 2 days',
      '6 years 1 day',
      '5 years 40 days',
      '5 years 1 day',
      '5 years 2 hours',
      '4 years 300 days',
      '1 year',
    ]);
    // And recent ones, through the ordinary path.
    for (let i = 0; i < 3; i += 1) {
      await t.db.query(
        `INSERT INTO audit_event (region_id, action, result, operation) VALUES ($1, 'READ', 'ALLOWED', 'test.new')`,
        [purgeRegion],
      );
    }
    expect(await verifyAuditChain(t.db, purgeRegion)).toMatchObject({ reason: null, checked: 10 });
  });

  it('refuses every other way to delete events', async () => {
    await expect(
      t.db.query(`DELETE FROM audit_event WHERE region_id = $1`, [purgeRegion]),
    ).rejects.toThrow(/permission denied/);
    await expect(
      owner.query(`DELETE FROM audit_event WHERE region_id = $1`, [purgeRegion]),
    ).rejects.toThrow(/append-only/);
    // Even with an anchor of its own, the owner cannot delete events younger than five years.
    await owner.query('BEGIN');
    try {
      const newest = await one<{ seq: string; prev: Buffer }>(
        `SELECT seq::text, prev_hash AS prev FROM audit_event WHERE region_id = $1
          ORDER BY seq DESC LIMIT 1`,
        [purgeRegion],
      );
      await owner.query(
        `INSERT INTO audit_purge (region_id, first_seq, prev_hash, purged_count, purged_before)
         VALUES ($1, $2, $3, 1, now())`,
        [purgeRegion, newest.seq, newest.prev],
      );
      await expect(
        owner.query(`DELETE FROM audit_event WHERE region_id = $1 AND operation = 'test.new'`, [
          purgeRegion,
        ]),
      ).rejects.toThrow(/append-only/);
    } finally {
      await owner.query('ROLLBACK');
    }
    await expect(
      t.db.query(
        `INSERT INTO audit_purge (region_id, first_seq, prev_hash,
      purged_count, purged_before) VALUES ($1, 2, $2, 1, now())`,
        [purgeRegion, Buffer.alloc(32)],
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it('purges exactly the events older than five years by the database clock', async () => {
    // The app's clock cannot reach younger events: a `now` ten years ahead changes nothing.
    const run = await job.run(new Date(Date.now() + 10 * 365 * DAY));
    expect(run.auditEventsPurged).toBe(5);
    const left = (
      await owner.query(
        `SELECT seq::int AS seq FROM audit_event WHERE region_id = $1 ORDER BY seq`,
        [purgeRegion],
      )
    ).rows.map((r: { seq: number }) => r.seq);
    expect(left).toEqual([6, 7, 8, 9, 10]);
    const anchor = await one<{ first_seq: string; purged_count: string }>(
      `SELECT first_seq, purged_count FROM audit_purge WHERE region_id = $1`,
      [purgeRegion],
    );
    expect(anchor).toEqual({ first_seq: '6', purged_count: '5' });
    expect(await verifyAuditChain(t.db, purgeRegion)).toMatchObject({ reason: null, checked: 5 });
    expect((await job.run(new Date())).auditEventsPurged).toBe(0);
    // The demo region's trail is young: untouched and intact.
    expect(await verifyAuditChain(t.db, regionId)).toMatchObject({ reason: null });
  });

  it('still detects tampering and removal after the purge', async () => {
    const first = await one<{ id: string }>(
      `SELECT id::text FROM audit_event WHERE region_id = $1 AND seq = 6`,
      [purgeRegion],
    );
    const bypass = async (sql: string): Promise<void> => {
      await owner.query('BEGIN');
      await owner.query('SET LOCAL session_replication_role = replica');
      await owner.query(sql, [first.id]);
      await owner.query('COMMIT');
    };
    await bypass(`UPDATE audit_event SET purpose = 'changed' WHERE id = $1`);
    expect(await verifyAuditChain(t.db, purgeRegion)).toMatchObject({
      reason: 'HASH_MISMATCH',
      firstBrokenSeq: '6',
      checked: 0,
    });
    await bypass(`UPDATE audit_event SET purpose = 'old 6' WHERE id = $1`);
    expect((await verifyAuditChain(t.db, purgeRegion)).reason).toBeNull();
    await bypass(`DELETE FROM audit_event WHERE id = $1`);
    expect(await verifyAuditChain(t.db, purgeRegion)).toMatchObject({
      reason: 'SEQ_GAP',
      expectedSeq: '6',
    });
  });
});
