// Regions isolate the partners' data, also in the database: a row of one region cannot name a
// user of another (migration 1764000001300), whoever writes it — here the app's own role, with
// SQL that skips every check of the API.
import { DataSource, type QueryRunner } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { RegionUserReferences1764000001300 } from '../src/database/migrations/1764000001300-region-user-references';
import { createAgency, createUser, idsBy } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const one = async (sql: string, params: unknown[] = []) =>
    ((await t.db.query(sql, params)) as { id: string }[])[0]!.id;
  const cases = await idsBy(t, `SELECT reference AS key, id FROM case_file`);
  const users = await idsBy(t, `SELECT email AS key, id FROM app_user`);
  const agencies = await idsBy(t, `SELECT name AS key, id FROM agency`);
  ids.region = await one(`SELECT id FROM region WHERE code = 'demo'`);
  ids.case = cases.get('ZVH-2026-001')!;
  ids.person = await one(`SELECT subject_person_id AS id FROM case_file WHERE id = $1`, [ids.case]);
  ids.zvh = agencies.get('Zorg- en Veiligheidshuis Demo-regio')!;
  ids.ggz = agencies.get('GGZ Demoland')!;
  ids.regie = users.get('procesregisseur@zvh.demo.example')!;
  ids.draftAction = await one(
    `SELECT a.id FROM plan_action a JOIN plan_version v ON v.id = a.version_id
      WHERE v.case_id = $1 AND v.status = 'DRAFT' LIMIT 1`,
    [ids.case],
  );
  ids.referral = await one(`SELECT case_id AS id FROM referral LIMIT 1`);
  ids.request = await one(`SELECT id FROM data_subject_request LIMIT 1`);

  ids.otherRegion = await one(
    `INSERT INTO region (code, name) VALUES ('grens', 'Andere regio') RETURNING id`,
  );
  ids.otherAgency = await createAgency(t, ids.otherRegion, 'ZVH Grens', 'ZVH');
  ids.otherUser = await createUser(t, ids.otherAgency, ['PROCESREGISSEUR'], 'Regisseur Grens');
});
afterAll(async () => {
  await t.close();
});

/** Runs the statements in a transaction that is always rolled back; 'OK' or the SQLSTATE. */
async function attempt(sql: string, params: unknown[]): Promise<string> {
  const runner = t.db.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    await runner.query(sql, params);
    return 'OK';
  } catch (error) {
    const { code, constraint } = error as { code?: string; constraint?: string };
    return constraint ? `${code} ${constraint}` : (code ?? String(error));
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

it('runs these checks as the app role', async () => {
  const [row] = (await t.db.query(`SELECT current_user AS role`)) as { role: string }[];
  expect(row!.role).toBe('schakel_app');
});

describe('a user of the same region may be referred to, one of another region is refused', () => {
  // $1: the user; every statement writes a row of the demo region.
  const REFERENCES: [name: string, constraint: string, sql: string, params: () => unknown[]][] = [
    [
      'casusregisseur of a case',
      'case_file_casusregisseur_user_id_fkey',
      `UPDATE case_file SET casusregisseur_user_id = $1 WHERE id = $2`,
      () => [ids.case],
    ],
    [
      'owner of a plan action',
      'plan_action_owner_user_id_fkey',
      `UPDATE plan_action SET owner_user_id = $1 WHERE id = $2`,
      () => [ids.draftAction],
    ],
    [
      'user of a break-the-glass opening',
      'break_glass_user_id_fkey',
      `INSERT INTO break_glass (region_id, case_id, user_id, agency_id, reason, expires_at)
       VALUES ($2, $3, $1, $4, 'Acute dreiging, casus moet direct in.', now() + interval '1 hour')`,
      () => [ids.region, ids.case, ids.zvh],
    ],
    [
      'recorder of a consent',
      'consent_recorded_by_user_id_fkey',
      `INSERT INTO consent (region_id, person_id, category, recipient_agency_id,
                            recorded_in_case_id, recorded_by_agency_id, recorded_by_user_id)
       VALUES ($2, $3, 'CARE', $4, $5, $4, $1)`,
      () => [ids.region, ids.person, ids.ggz, ids.case],
    ],
    [
      'decider of a conflict-of-duties decision',
      'conflict_of_duties_decision_decided_by_user_id_fkey',
      `INSERT INTO conflict_of_duties_decision (region_id, case_id, category, recipient_agency_id,
                                                reasoning, decided_by_agency_id, decided_by_user_id)
       VALUES ($2, $3, 'CARE', $4, 'Acuut gevaar weegt zwaarder dan het beroepsgeheim.', $4, $1)`,
      () => [ids.region, ids.case, ids.ggz],
    ],
    [
      'triage decider of a referral',
      'referral_decided_by_user_id_fkey',
      `UPDATE referral SET decided_by_user_id = $1 WHERE case_id = $2`,
      () => [ids.referral],
    ],
    [
      'chair of a meeting',
      'meeting_chair_user_id_fkey',
      `INSERT INTO meeting (region_id, starts_at, ends_at, location, chair_user_id)
       VALUES ($2, now() + interval '1 day', now() + interval '25 hours', 'Zaal 1', $1)`,
      () => [ids.region],
    ],
    [
      'recipient of a notification',
      'notification_recipient_user_id_fkey',
      `INSERT INTO notification (region_id, recipient_user_id, kind, case_id)
       VALUES ($2, $1, 'CASE_INVITED', $3)`,
      () => [ids.region, ids.case],
    ],
    [
      'actor of a case event',
      'case_event_actor_user_id_fkey',
      `INSERT INTO case_event (region_id, case_id, kind, actor_user_id) VALUES ($2, $3, 'TEST', $1)`,
      () => [ids.region, ids.case],
    ],
    [
      'reviewer of a break-the-glass access',
      'break_glass_review_reviewed_by_user_id_fkey',
      `INSERT INTO break_glass_review (region_id, audit_event_id, verdict, note, reviewed_by_user_id)
       VALUES ($2, 999999999, 'JUSTIFIED', 'Terecht: acute dreiging.', $1)`,
      () => [ids.region],
    ],
    [
      'registrar of a data-subject request',
      'data_subject_request_registered_by_user_id_fkey',
      `UPDATE data_subject_request SET registered_by_user_id = $1 WHERE id = $2`,
      () => [ids.request],
    ],
    [
      'changer of a retention period',
      'retention_period_updated_by_user_id_fkey',
      `UPDATE retention_period SET updated_by_user_id = $1
        WHERE region_id = $2 AND category = 'PLAN'`,
      () => [ids.region],
    ],
  ];

  it.each(REFERENCES)('%s', async (_name, constraint, sql, params) => {
    expect(await attempt(sql, [ids.regie, ...params()])).toBe('OK');
    expect(await attempt(sql, [ids.otherUser, ...params()])).toBe(`23503 ${constraint}`);
  });
});

it('includes the region in every foreign key to a user', async () => {
  const rows = (await t.db.query(
    `SELECT c.conrelid::regclass::text AS "table", c.conname AS name,
            (SELECT array_agg(a.attname::text ORDER BY k.i)
               FROM unnest(c.conkey) WITH ORDINALITY k(attnum, i)
               JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns
       FROM pg_constraint c
      WHERE c.contype = 'f' AND c.confrelid = 'app_user'::regclass`,
  )) as { table: string; name: string; columns: string[] }[];
  // 31 when this was written; a later reference must follow the same pattern.
  expect(rows.length).toBeGreaterThanOrEqual(31);
  for (const row of rows) {
    expect([row.name, row.columns.length, row.columns[1]]).toEqual([row.name, 2, 'region_id']);
  }
});

describe('the region of a user', () => {
  it('follows from the agency when an insert leaves it out', async () => {
    const [row] = (await t.db.query(`SELECT region_id FROM app_user WHERE id = $1`, [
      ids.otherUser,
    ])) as { region_id: string }[];
    expect(row!.region_id).toBe(ids.otherRegion);
    const [demo] = (await t.db.query(
      `SELECT count(*)::int AS n FROM app_user u JOIN agency a ON a.id = u.agency_id
        WHERE u.region_id <> a.region_id`,
    )) as { n: number }[];
    expect(demo!.n).toBe(0);
  });

  it('cannot differ from the region of the agency', async () => {
    expect(
      await attempt(
        `INSERT INTO app_user (agency_id, region_id, email, display_name, password_hash, roles)
         VALUES ($1, $2, 'mis@fixture.example', 'Verkeerde regio', 'not-a-hash', '{MEMBER}')`,
        [ids.zvh, ids.otherRegion],
      ),
    ).toBe('23503 app_user_agency_id_fkey');
    // Moving a user to an agency of another region is refused as well.
    expect(
      await attempt(`UPDATE app_user SET agency_id = $1 WHERE id = $2`, [
        ids.otherAgency,
        ids.regie,
      ]),
    ).toBe('23503 app_user_agency_id_fkey');
    // …also when the region is moved along: the user's records stay in the demo region.
    expect(
      await attempt(`UPDATE app_user SET agency_id = $1, region_id = $2 WHERE id = $3`, [
        ids.otherAgency,
        ids.otherRegion,
        ids.regie,
      ]),
    ).toMatch(/^23503 /);
  });

  it('keeps ON DELETE SET NULL to the user column only', async () => {
    const runner = t.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const [user] = (await runner.query(
        `INSERT INTO app_user (agency_id, email, display_name, password_hash, roles)
         VALUES ($1, 'weg@fixture.example', 'Vertrekt', 'not-a-hash', '{MEMBER}') RETURNING id`,
        [ids.zvh],
      )) as { id: string }[];
      await runner.query(`UPDATE case_file SET casusregisseur_user_id = $1 WHERE id = $2`, [
        user!.id,
        ids.case,
      ]);
      await runner.query(`DELETE FROM app_user WHERE id = $1`, [user!.id]);
      const [kase] = (await runner.query(
        `SELECT casusregisseur_user_id AS "user", region_id AS "region" FROM case_file WHERE id = $1`,
        [ids.case],
      )) as { user: string | null; region: string }[];
      expect(kase).toEqual({ user: null, region: ids.region });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});

// Down and up directly (not undoLastMigration), so a later migration is never the one undone.
describe('migration 1764000001300 on a database with data', () => {
  const migration = new RegionUserReferences1764000001300();
  let owner: DataSource;
  beforeAll(async () => {
    owner = new DataSource({ ...dataSourceOptions(t.database.url), extra: { max: 1 } });
    await owner.initialize();
  });
  afterAll(async () => {
    await owner.destroy();
  });

  /** Runs fn as the owner in a transaction that is rolled back, whatever happens. */
  async function rolledBack(fn: (q: QueryRunner) => Promise<void>): Promise<void> {
    const q = owner.createQueryRunner();
    await q.connect();
    await q.startTransaction();
    try {
      await fn(q);
    } finally {
      await q.rollbackTransaction();
      await q.release();
    }
  }

  const userFks = async (q: QueryRunner) =>
    (
      (await q.query(
        `SELECT count(*) FILTER (WHERE cardinality(conkey) = 2)::int AS n
           FROM pg_constraint WHERE contype = 'f' AND confrelid = 'app_user'::regclass`,
      )) as { n: number }[]
    )[0]!.n;

  it('goes down and up again over the demo data', async () => {
    await rolledBack(async (q) => {
      const before = await userFks(q);
      await migration.down(q);
      expect(await userFks(q)).toBe(before - 31);
      const columns = (await q.query(
        `SELECT 1 FROM information_schema.columns
          WHERE table_name = 'app_user' AND column_name = 'region_id'`,
      )) as unknown[];
      expect(columns).toEqual([]);
      await migration.up(q);
      expect(await userFks(q)).toBe(before);
      const [users] = (await q.query(
        `SELECT count(*)::int AS n FROM app_user u JOIN agency a ON a.id = u.agency_id
          WHERE u.region_id = a.region_id`,
      )) as { n: number }[];
      const [all] = (await q.query(`SELECT count(*)::int AS n FROM app_user`)) as { n: number }[];
      expect(users!.n).toBe(all!.n);
    });
  });

  it('stops with a clear message when a row already names a user of another region', async () => {
    await rolledBack(async (q) => {
      await migration.down(q);
      await q.query(`UPDATE case_file SET casusregisseur_user_id = $1 WHERE id = $2`, [
        ids.otherUser,
        ids.case,
      ]);
      await expect(migration.up(q)).rejects.toThrow(
        'Rows refer to a user of another region; fix them first (case_file.casusregisseur_user_id: 1)',
      );
    });
  });
});
