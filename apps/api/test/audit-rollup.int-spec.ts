// The trail's daily roll-ups (migration 1764000005000, ADR 0038) behind the privacy office's
// signals page: after random events — written by the app's own writer now, and backdated over the
// last days as the database owner with the triggers off (the roll-up trigger fires regardless) —
// both roll-ups equal a recount of the trail, and both anomaly rules answered from them equal the
// answer computed from the events themselves, around participations that began and ended within
// those days (so one user's accesses to one person on one day are partly inside, partly outside).
import fc from 'fast-check';
import { Client } from 'pg';
import { AuditService } from '../src/audit/audit.service';
import type { AuditAction } from '../src/audit/audit.kinds';
import { runStatement } from '../src/database/run-statement';
import {
  MAX_OUTSIDE_FLAGS,
  VOLUME_BASELINE_DAYS,
} from '../src/privacy-office/audit-anomaly.service';
import { PRIVACY_OFFICE_OPERATIONS } from '../src/privacy-office/privacy-office.access';
import { ACCESS_ACTIONS } from '../src/privacy-office/privacy-office.enums';
import {
  outsideParticipationQuery,
  volumeQuery,
} from '../src/privacy-office/privacy-office.queries';
import { ok } from './support/graphql-client';
import { callerByEmail, createAgency, createUser, type Caller } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let owner: Client;
let audit: AuditService;
let regionId: string;
let privacy: Caller;
const agencies: { id: string; type: string }[] = [];
const users: { id: string; agency: number; roles: string[] }[] = [];
const persons: string[] = [];

/** An event as the owner writes it: chained exactly as the trigger would, at a given time. */
const BACKDATE_FUNCTION = `
  CREATE FUNCTION pg_temp.backdate_event(r uuid, at timestamptz, actor uuid, agency uuid,
      agency_type text, roles text[], act text, res text, op text, persons uuid[], purp text,
      basis text) RETURNS void
  LANGUAGE plpgsql AS $$
  DECLARE
    head audit_chain%ROWTYPE;
    new_id bigint;
  BEGIN
    SELECT * INTO head FROM audit_chain WHERE region_id = r FOR UPDATE;
    INSERT INTO audit_event (region_id, seq, occurred_at, actor_user_id, actor_agency_id,
        actor_agency_type, actor_roles, action, result, operation, person_ids, purpose,
        access_basis, prev_hash, hash)
      VALUES (r, head.last_seq + 1, at, actor, agency, agency_type, roles, act, res, op, persons,
        purp, basis, head.last_hash, head.last_hash)
      RETURNING id INTO new_id;
    UPDATE audit_event e SET hash = sha256(e.prev_hash || convert_to(audit_canonical(e), 'UTF8'))
      WHERE e.id = new_id;
    UPDATE audit_chain c SET last_seq = e.seq, last_hash = e.hash
      FROM audit_event e WHERE e.id = new_id AND c.region_id = r;
  END $$`;

const LOCAL_DAY = (c: string) => `(${c} AT TIME ZONE 'Europe/Amsterdam')::date`;

/** Rows of the roll-ups that a recount of the trail does not give, and the other way round. */
async function rollupDifferences(): Promise<unknown[]> {
  return t.db.query(`
    WITH recount_access AS (
      SELECT e.region_id, ${LOCAL_DAY('e.occurred_at')} AS day, e.actor_user_id,
             e.actor_agency_id, p AS person_id, e.action, e.operation,
             count(DISTINCT e.id)::int AS n, min(e.occurred_at) AS first_at,
             max(e.occurred_at) AS last_at,
             coalesce(array_agg(DISTINCT e.purpose ORDER BY e.purpose)
               FILTER (WHERE e.purpose IS NOT NULL), '{}') AS purposes,
             coalesce(array_agg(DISTINCT e.access_basis ORDER BY e.access_basis)
               FILTER (WHERE e.access_basis IS NOT NULL), '{}') AS bases
        FROM audit_event e, unnest(e.person_ids) AS p
       WHERE e.result = 'ALLOWED' AND e.actor_user_id IS NOT NULL
         AND e.actor_agency_id IS NOT NULL
         AND NOT EXISTS (
           SELECT 1 FROM case_participant cp
            WHERE cp.agency_id = e.actor_agency_id
              AND cp.case_id IN (SELECT c.id FROM case_file c WHERE c.subject_person_id = p
                                 UNION SELECT i.case_id FROM information_item i
                                        WHERE i.person_id = p)
              AND cp.started_at <= e.occurred_at
              AND (cp.ended_at IS NULL OR cp.ended_at > e.occurred_at))
       GROUP BY 1, 2, 3, 4, 5, 6, 7
    ), kept_access AS (
      SELECT region_id, day, actor_user_id, actor_agency_id, person_id, action, operation, n,
             first_at, last_at, purposes, bases FROM audit_outside_access_day
    ), recount_user AS (
      SELECT e.region_id, e.actor_user_id, ${LOCAL_DAY('e.occurred_at')} AS day,
             array_to_string(ARRAY(SELECT DISTINCT r FROM unnest(e.actor_roles) r ORDER BY r), ',')
               AS role_key, count(*)::int AS n
        FROM audit_event e WHERE e.actor_user_id IS NOT NULL GROUP BY 1, 2, 3, 4
    ), kept_user AS (
      SELECT region_id, actor_user_id, day, role_key, n FROM audit_user_day
    )
    (SELECT 'kept access' AS side, row_to_json(x)::text AS r FROM
       (SELECT * FROM kept_access EXCEPT SELECT * FROM recount_access) x)
    UNION ALL
    (SELECT 'recount access', row_to_json(x)::text FROM
       (SELECT * FROM recount_access EXCEPT SELECT * FROM kept_access) x)
    UNION ALL
    (SELECT 'kept user', row_to_json(x)::text FROM
       (SELECT * FROM kept_user EXCEPT SELECT * FROM recount_user) x)
    UNION ALL
    (SELECT 'recount user', row_to_json(x)::text FROM
       (SELECT * FROM recount_user EXCEPT SELECT * FROM kept_user) x)`);
}

// Rule (a) from the events, as the signals page computed it before the roll-up: every event
// judged against the participation windows at its own moment.
const OUTSIDE_FROM_EVENTS = `
  WITH events AS (
    SELECT e.id, e.occurred_at, e.actor_user_id, e.actor_agency_id, e.action, e.operation,
           e.purpose, e.access_basis, p.person_id
      FROM audit_event e CROSS JOIN LATERAL unnest(e.person_ids) AS p(person_id)
     WHERE e.region_id = $1
       AND e.occurred_at >= ($2::date::timestamp AT TIME ZONE 'Europe/Amsterdam')
       AND e.occurred_at < (($3::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')
       AND e.action = ANY($4::text[]) AND e.result = 'ALLOWED'
       AND e.actor_user_id IS NOT NULL AND e.actor_agency_id IS NOT NULL
       AND e.operation <> ALL($5::text[])
  ), access AS (
    SELECT * FROM events ev
     WHERE NOT EXISTS (
       SELECT 1 FROM case_participant cp
        WHERE cp.agency_id = ev.actor_agency_id AND cp.region_id = $1
          AND cp.case_id IN (SELECT c.id FROM case_file c WHERE c.subject_person_id = ev.person_id
                             UNION SELECT i.case_id FROM information_item i
                                    WHERE i.person_id = ev.person_id)
          AND cp.started_at <= ev.occurred_at
          AND (cp.ended_at IS NULL OR cp.ended_at > ev.occurred_at))
  )
  SELECT to_char(${LOCAL_DAY('occurred_at')}, 'YYYY-MM-DD') AS day, actor_user_id AS "userId",
         actor_agency_id AS "agencyId", person_id AS "personId", count(DISTINCT id)::int AS n,
         array_agg(DISTINCT action ORDER BY action) AS actions,
         array_agg(DISTINCT operation ORDER BY operation) AS operations,
         coalesce(array_agg(DISTINCT purpose ORDER BY purpose)
           FILTER (WHERE purpose IS NOT NULL), '{}') AS purposes,
         coalesce(array_agg(DISTINCT access_basis ORDER BY access_basis)
           FILTER (WHERE access_basis IS NOT NULL), '{}') AS bases,
         bool_and(action = 'LOOKUP') AS "lookupOnly",
         min(occurred_at) AS "firstAt", max(occurred_at) AS "lastAt"
    FROM access GROUP BY 1, 2, 3, 4
   ORDER BY 1 DESC, n DESC, 2, 4`;

// Rule (b) from the events: the statement with its roll-up read replaced by the trail's rows.
const volumeFromEvents = (sql: string): string => {
  const start = sql.indexOf('WITH raw AS (');
  const end = sql.indexOf('), daily AS (');
  if (start < 0 || end < 0) throw new Error('the volume statement changed shape');
  return `${sql.slice(0, start)}WITH raw AS (
    SELECT e.actor_user_id AS user_id, ${LOCAL_DAY('e.occurred_at')} AS day,
           array_to_string(ARRAY(SELECT DISTINCT r FROM unnest(e.actor_roles) r ORDER BY r), ',')
             AS role_key,
           count(*)::int AS n
      FROM audit_event e
     WHERE e.region_id = $1 AND e.actor_user_id IS NOT NULL
       AND e.occurred_at >= ((($2::date - $4::int))::timestamp AT TIME ZONE 'Europe/Amsterdam')
       AND e.occurred_at < (($3::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')
     GROUP BY 1, 2, 3
  ${sql.slice(end)}`;
};

const ACTIONS: AuditAction[] = ['READ', 'SEARCH', 'LOOKUP', 'EXPORT', 'CREATE', 'DENIED'];
const OPERATIONS = ['test.case', 'test.list', 'Query.auditEvents'];

interface GenEvent {
  user: number;
  action: AuditAction;
  operation: number;
  persons: number[];
  purpose: string | null;
  basis: string | null;
  /** Days before today (0 = today) and minutes after 07:00 local time; null: now, by the app. */
  at: { days: number; minutes: number } | null;
}

const genEvent: fc.Arbitrary<GenEvent> = fc.record({
  user: fc.nat(3),
  action: fc.constantFrom(...ACTIONS),
  operation: fc.nat(OPERATIONS.length - 1),
  persons: fc.array(fc.nat(3), { maxLength: 4 }),
  purpose: fc.option(fc.constantFrom('Controle op straat', 'Voorbereiding overleg'), {
    freq: 3,
  }),
  basis: fc.option(fc.constantFrom('covenant', 'break_glass'), { freq: 3 }),
  at: fc.option(fc.record({ days: fc.nat(3), minutes: fc.nat(12 * 60) }), { freq: 4 }),
});

async function write(events: GenEvent[]): Promise<void> {
  const now = events.filter((e) => e.at === null);
  const past = events.filter((e) => e.at !== null);
  const row = (e: GenEvent) => {
    const u = users[e.user]!;
    const a = agencies[u.agency]!;
    return { u, a, personIds: e.persons.map((p) => persons[p]!) };
  };
  if (now.length > 0) {
    await t.db.transaction(async (tx) => {
      for (const e of now) {
        const { u, a, personIds } = row(e);
        await audit.record(tx, {
          regionId,
          actor: { userId: u.id, agencyId: a.id, agencyType: a.type, roles: u.roles },
          action: e.action,
          result: e.action === 'DENIED' ? 'DENIED' : 'ALLOWED',
          operation: OPERATIONS[e.operation]!,
          personIds,
          purpose: e.purpose,
          accessBasis: e.basis as never,
        });
      }
    });
  }
  if (past.length > 0) {
    await owner.query('BEGIN');
    try {
      await owner.query('SET LOCAL session_replication_role = replica');
      for (const e of past) {
        const { u, a, personIds } = row(e);
        await owner.query(
          `SELECT pg_temp.backdate_event($1,
             ((((now() AT TIME ZONE 'Europe/Amsterdam')::date - $2::int)::timestamp
               + interval '7 hours' + make_interval(mins => $3::int)) AT TIME ZONE 'Europe/Amsterdam'),
             $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
          [
            regionId,
            e.at!.days,
            e.at!.minutes,
            u.id,
            a.id,
            a.type,
            u.roles,
            e.action,
            e.action === 'DENIED' ? 'DENIED' : 'ALLOWED',
            OPERATIONS[e.operation],
            personIds,
            e.purpose,
            e.basis,
          ],
        );
      }
      await owner.query('COMMIT');
    } catch (error) {
      await owner.query('ROLLBACK');
      throw error;
    }
  }
}

async function localDay(daysAgo: number): Promise<string> {
  const [row] = await t.db.query<{ d: string }[]>(
    `SELECT to_char((now() AT TIME ZONE 'Europe/Amsterdam')::date - $1::int, 'YYYY-MM-DD') AS d`,
    [daysAgo],
  );
  return row!.d;
}

const plain = (rows: unknown): unknown => JSON.parse(JSON.stringify(rows));

beforeAll(async () => {
  t = await createTestApp();
  owner = new Client({ connectionString: t.database.url });
  await owner.connect();
  await owner.query(BACKDATE_FUNCTION);
  audit = t.app.get(AuditService);
  privacy = await callerByEmail(t, 'privacy@zvh.demo.example');
  const [region] = await t.db.query<{ id: string }[]>(`SELECT id FROM region WHERE code = 'demo'`);
  regionId = region!.id;
  for (const [name, type] of [
    ['Politie Rol-op', 'POLICE'],
    ['Gemeente Rol-op', 'MUNICIPALITY'],
  ] as const) {
    agencies.push({ id: await createAgency(t, regionId, name, type), type });
  }
  for (const [agency, roles, label] of [
    [0, ['MEMBER'], 'agent rol-op'],
    [0, ['MEMBER'], 'collega rol-op'],
    [1, ['MEMBER'], 'ambtenaar rol-op'],
    [1, ['MEMBER', 'PROCESREGISSEUR'], 'regie rol-op'],
  ] as const) {
    users.push({
      id: await createUser(t, agencies[agency]!.id, roles, label),
      agency,
      roles: [...roles],
    });
  }
  for (const family of ['Een', 'Twee', 'Drie', 'Vier']) {
    const [row] = await t.db.query<{ id: string }[]>(
      `INSERT INTO person (region_id, given_names, family_name, date_of_birth)
       VALUES ($1, 'Rol-op', $2, '1980-01-01') RETURNING id`,
      [regionId, family],
    );
    persons.push(row!.id);
  }
  const kase = async (reference: string, subject: string) => {
    const [row] = await t.db.query<{ id: string }[]>(
      `INSERT INTO case_file (region_id, reference, subject_person_id, theme, status,
                              referring_agency_id)
       VALUES ($1, $2, $3, 'OTHER', 'ACTIVE', $4) RETURNING id`,
      [regionId, reference, subject, agencies[0]!.id],
    );
    return row!.id;
  };
  const c1 = await kase('ROLOP-001', persons[0]!);
  const c2 = await kase('ROLOP-002', persons[1]!);
  // Person 3 has an item in case 1; person 4 is in no case.
  await t.db.query(
    `INSERT INTO information_item (region_id, case_id, person_id, category, source_agency_id,
                                   legal_basis, text)
     VALUES ($1, $2, $3, 'IDENTITY', $4, 'Convenant', 'Proefgegeven')`,
    [regionId, c1, persons[2], agencies[0]!.id],
  );
  // Windows that begin and end within the days the events fall on (local 07:00–19:00).
  const at = (days: number, hour: number) =>
    `((((now() AT TIME ZONE 'Europe/Amsterdam')::date - ${days})::timestamp + interval '${hour} hours') AT TIME ZONE 'Europe/Amsterdam')`;
  const participate = (kaseId: string, agency: number, started: string, ended: string) =>
    t.db.query(
      `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis,
                                     started_at, ended_at)
       VALUES ($1, $2, $3, 'PARTNER', 'Proef van de roll-up', 'Convenant', ${started}, ${ended})`,
      [regionId, kaseId, agencies[agency]!.id],
    );
  await participate(c1, 0, at(2, 12), at(1, 12));
  await participate(c1, 1, at(1, 10), 'NULL');
  await participate(c2, 0, at(30, 0), 'NULL');
  await participate(c2, 1, at(3, 9), at(2, 15));
});

afterAll(async () => {
  await owner.end();
  await t.close();
});

describe('the daily roll-ups of the trail', () => {
  it('equal a recount, and both anomaly rules answered from them equal the events', async () => {
    const from = await localDay(3);
    const to = await localDay(0);
    await fc.assert(
      fc.asyncProperty(fc.array(genEvent, { minLength: 1, maxLength: 25 }), async (events) => {
        await write(events);
        expect(await rollupDifferences()).toEqual([]);

        const outside = async (limit: number) =>
          (await runStatement(
            t.db,
            outsideParticipationQuery({
              regionId,
              from,
              to,
              accessActions: ACCESS_ACTIONS,
              excludedOperations: PRIVACY_OFFICE_OPERATIONS,
              limit,
            }),
          )) as Record<string, unknown>[];
        const fromRollup = await outside(MAX_OUTSIDE_FLAGS + 1);
        const fromEvents = await t.db.query<Record<string, unknown>[]>(OUTSIDE_FROM_EVENTS, [
          regionId,
          from,
          to,
          ACCESS_ACTIONS,
          PRIVACY_OFFICE_OPERATIONS,
        ]);
        const shape = (rows: Record<string, unknown>[]) =>
          plain(
            rows.map((r) => ({
              day: r.day,
              userId: r.userId,
              agencyId: r.agencyId,
              personId: r.personId,
              n: r.n,
              actions: r.actions,
              operations: r.operations,
              purposes: r.purposes,
              bases: r.bases,
              lookupOnly: r.lookupOnly,
              firstAt: r.firstAt,
              lastAt: r.lastAt,
            })),
          );
        expect(shape(fromRollup)).toEqual(shape(fromEvents));
        // Cut at a limit (the page's 500), counted day by day: the first rows of the recount.
        for (const limit of [1, 2, 5]) {
          const cut = await outside(limit);
          expect(shape(cut)).toEqual((shape(fromEvents) as unknown[]).slice(0, limit));
        }

        // Rule (b), with a low bar so that days are flagged: the same answer as from the events.
        const query = volumeQuery({
          regionId,
          from,
          to,
          baselineDays: VOLUME_BASELINE_DAYS,
          minimum: 0,
          factor: 0.5,
        });
        const volume = await runStatement(t.db, query);
        const fromTrail = await t.db.query<unknown[]>(volumeFromEvents(query.sql), query.params);
        expect((volume as unknown[]).length).toBeGreaterThan(0);
        expect(plain(volume)).toEqual(plain(fromTrail));
      }),
      { numRuns: 12 },
    );
  });

  it('flags, through the API, a group of accesses only for the moments outside participation', async () => {
    // The police read person 1 at 11:00 and 13:00 yesterday; they took part until 12:00.
    await write([
      {
        user: 1,
        action: 'READ',
        operation: 1,
        persons: [0],
        purpose: null,
        basis: null,
        at: { days: 1, minutes: 4 * 60 },
      },
      {
        user: 1,
        action: 'EXPORT',
        operation: 0,
        persons: [0],
        purpose: 'Voorbereiding overleg',
        basis: null,
        at: { days: 1, minutes: 6 * 60 },
      },
    ]);
    const yesterday = await localDay(1);
    const data = ok(
      await privacy.gql<{
        auditAnomalies: {
          outsideParticipation: {
            user: { id: string };
            personId: string;
            actions: string[];
            purposes: string[];
            firstAt: string;
            lastAt: string;
          }[];
        };
      }>(
        `query A($from: String!, $to: String!) { auditAnomalies(from: $from, to: $to) {
           outsideParticipation { user { id } personId actions purposes firstAt lastAt } } }`,
        { from: yesterday, to: yesterday },
      ),
    );
    const flag = data.auditAnomalies.outsideParticipation.find(
      (f) => f.user.id === users[1]!.id && f.personId === persons[0],
    );
    // The read at 11:00 was inside; the export at 13:00 is the flag, alone.
    expect(flag).toMatchObject({ actions: ['EXPORT'], purposes: ['Voorbereiding overleg'] });
    expect(flag!.firstAt).toBe(flag!.lastAt);
  });

  it('cannot be changed by the application, and leaves with the purged trail', async () => {
    const [role] = await t.db.query<{ insert: boolean; update: boolean; del: boolean }[]>(
      `SELECT has_table_privilege('schakel_app', 'audit_outside_access_day', 'INSERT') AS insert,
              has_table_privilege('schakel_app', 'audit_user_day', 'UPDATE') AS update,
              has_table_privilege('schakel_app', 'audit_outside_access_day', 'DELETE') AS del`,
    );
    expect(role).toEqual({ insert: false, update: false, del: false });

    // Six years ago: older than the trail keeps. The purge removes a prefix of the chain, which
    // backdated rows are not; the owner deletes it directly (triggers off but the roll-up's).
    await owner.query('BEGIN');
    await owner.query('SET LOCAL session_replication_role = replica');
    await owner.query(
      `SELECT pg_temp.backdate_event($1, now() - interval '6 years', $2, $3, 'POLICE', '{MEMBER}',
         'READ', 'ALLOWED', 'test.old', ARRAY[$4, $4]::uuid[], NULL, NULL)`,
      [regionId, users[0]!.id, agencies[0]!.id, persons[3]],
    );
    await owner.query('COMMIT');
    const old = `SELECT sum(n)::int AS n FROM audit_outside_access_day WHERE operation = 'test.old'`;
    expect(await t.db.query(old)).toEqual([{ n: 1 }]);
    expect(await rollupDifferences()).toEqual([]);
    await owner.query('BEGIN');
    await owner.query('SET LOCAL session_replication_role = replica');
    await owner.query(`DELETE FROM audit_event WHERE operation = 'test.old'`);
    await owner.query('COMMIT');
    expect(await t.db.query(old)).toEqual([{ n: null }]);
    expect(await rollupDifferences()).toEqual([]);
  });
});
