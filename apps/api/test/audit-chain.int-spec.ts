// The audit trail's tamper resistance (issue 6, item 2): one valid hash chain per region under
// concurrent writers, an app connection that cannot change the trail, tampering and deletion by
// the database owner detected at the right row, and the privacy officer's chain status.
import { Client } from 'pg';
import {
  auditLinkHash,
  canonicalAuditContent,
  canonicalAuditRow,
} from '../src/audit/audit-canonical';
import { auditActor, AuditService, type AuditEventInput } from '../src/audit/audit.service';
import { loadAuditRows, verifyAuditChain, type AuditChainCheck } from '../src/audit/audit-verifier';
import { errorCode, ok } from './support/graphql-client';
import { callerByEmail, type Caller } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let owner: Client;
let audit: AuditService;
let regionId: string;
const as: Record<string, Caller> = {};

beforeAll(async () => {
  t = await createTestApp({ DB_APP_ROLE: 'schakel_app' });
  owner = new Client({ connectionString: t.database.url });
  await owner.connect();
  audit = t.app.get(AuditService);
  as.privacy = await callerByEmail(t, 'privacy@zvh.demo.example');
  as.wijkteam = await callerByEmail(t, 'wijkteam@demostad.demo.example');
  as.regie = await callerByEmail(t, 'procesregisseur@zvh.demo.example');
  const [region] = await t.db.query<
    {
      id: string;
    }[]
  >(`SELECT id FROM region WHERE code = 'demo'`);
  regionId = region!.id;
});
afterAll(async () => {
  await owner.end();
  await t.close();
});

const event = (n: number): AuditEventInput => ({
  regionId,
  actor: null,
  action: 'READ',
  result: 'ALLOWED',
  operation: 'test.concurrent',
  personIds: [],
  categories: ['IDENTITY', 'PLAN'],
  purpose: `concurrent ${n} — één`,
});

const verify = (): Promise<AuditChainCheck> => verifyAuditChain(t.db, regionId, { pageSize: 50 });

/** As the owner, with triggers off: what an attacker with database superuser rights can do. */
async function asOwnerBypassingTriggers(sql: string, params: unknown[] = []): Promise<void> {
  await owner.query('BEGIN');
  await owner.query('SET LOCAL session_replication_role = replica');
  await owner.query(sql, params);
  await owner.query('COMMIT');
}

describe('the app connection', () => {
  it('runs as the restricted role, which may not change the trail', async () => {
    expect(await t.db.query(`SELECT current_user AS role`)).toEqual([{ role: 'schakel_app' }]);
    await audit.recordRead(event(0));
    await audit.settled();
    await expect(t.db.query(`UPDATE audit_event SET purpose = 'changed'`)).rejects.toThrow(
      /permission denied for table audit_event/,
    );
    await expect(t.db.query(`DELETE FROM audit_event`)).rejects.toThrow(/permission denied/);
    await expect(t.db.query(`TRUNCATE audit_event`)).rejects.toThrow(/permission denied/);
    await expect(t.db.query(`UPDATE audit_chain SET last_seq = 0`)).rejects.toThrow(
      /permission denied for table audit_chain/,
    );
    // It cannot switch back to the owner either (RESET returns to the startup role).
    await t.db.query(`RESET ROLE`);
    expect(await t.db.query(`SELECT current_user AS role`)).toEqual([{ role: 'schakel_app' }]);
  });

  it('still works for everything else, so the demo data and logins work as before', async () => {
    const [row] = await t.db.query<
      {
        n: number;
      }[]
    >(`SELECT count(*)::int AS n FROM case_file`);
    expect(row!.n).toBeGreaterThan(0);
    expect(ok(await as.wijkteam!.gql(`{ me { roles } }`))).toEqual({ me: { roles: ['MEMBER'] } });
  });

  it('even the owner meets the append-only triggers unless it switches them off', async () => {
    await expect(owner.query(`UPDATE audit_event SET purpose = 'changed'`)).rejects.toThrow(
      /audit_event is append-only/,
    );
    await expect(owner.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(owner.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
    await expect(owner.query(`DELETE FROM audit_chain`)).rejects.toThrow(/append-only/);
  });
});

describe('the hash chain', () => {
  it('stays one valid chain with 400 events written at once over many connections', async () => {
    const before = await verify();
    const reads = Array.from({ length: 200 }, (_, n) => audit.recordRead(event(n)));
    const writes = Array.from({ length: 100 }, (_, n) =>
      t.db.transaction((tx) => audit.record(tx, event(1000 + n))),
    );
    // Separate clients, like other API instances.
    const instances = await Promise.all(
      [1, 2, 3, 4].map(async () => {
        const c = new Client({ connectionString: t.database.url, options: '-c role=schakel_app' });
        await c.connect();
        return c;
      }),
    );
    const others = instances.flatMap((c, i) =>
      Array.from({ length: 25 }, (_, n) =>
        c.query(
          `INSERT INTO audit_event (region_id, action, result, operation, purpose)
           VALUES ($1, 'SEARCH', 'ALLOWED', 'test.instance', $2)`,
          [regionId, `instance ${i} ${n}`],
        ),
      ),
    );
    await Promise.all([...reads, ...writes, ...others]);
    await audit.settled();
    await Promise.all(instances.map((c) => c.end()));

    const after = await verify();
    expect(after).toMatchObject({ reason: null, firstBrokenId: null });
    expect(after.checked).toBe(before.checked + 400);
    const [gapless] = await t.db.query<{ n: number; max: number }[]>(
      `SELECT count(*)::int AS n, max(seq)::int AS max FROM audit_event WHERE region_id = $1`,
      [regionId],
    );
    expect(gapless).toEqual({ n: after.checked, max: after.checked });
    // The app's events carry their content hash (v2); the other instances' plain inserts are v1.
    const versions = await t.db.query<{ operation: string; v2: number; v1: number }[]>(
      `SELECT operation, count(*) FILTER (WHERE content_hash IS NOT NULL)::int AS v2,
              count(*) FILTER (WHERE content_hash IS NULL)::int AS v1
         FROM audit_event WHERE operation IN ('test.concurrent', 'test.instance')
        GROUP BY operation ORDER BY operation`,
    );
    expect(versions).toEqual([
      { operation: 'test.concurrent', v2: expect.any(Number) as unknown, v1: 0 },
      { operation: 'test.instance', v2: 0, v1: 100 },
    ]);
    expect(versions[0]!.v2).toBeGreaterThanOrEqual(300);
  });

  it('is reported intact while events keep arriving during the check', async () => {
    // The trail of a busy region grows while it is verified: events committed after the check
    // began must not look like rows "removed from the end".
    let writing = true;
    const writer = (async () => {
      let n = 0;
      while (writing) {
        await audit.recordRead(event(5000 + n++));
        await audit.settled();
      }
      return n;
    })();
    const checks: AuditChainCheck[] = [];
    for (let i = 0; i < 8; i++) checks.push(await verify());
    writing = false;
    const written = await writer;
    expect(written).toBeGreaterThan(0);
    expect(checks.map((c) => c.reason)).toEqual(Array(8).fill(null));
    expect((await verify()).reason).toBeNull();
  });

  it('ignores seq, hash and time a caller tries to supply', async () => {
    const [row] = await t.db.query<{ seq: number; recent: boolean }[]>(
      `INSERT INTO audit_event (region_id, action, result, operation, seq, occurred_at, prev_hash, hash)
       VALUES ($1, 'READ', 'ALLOWED', 'test.forged', 1, '2000-01-01', $2, $2)
       RETURNING seq::int AS seq, occurred_at > now() - interval '1 minute' AS "recent"`,
      [regionId, Buffer.alloc(32, 7)],
    );
    expect(row!.seq).toBeGreaterThan(1);
    expect(row!.recent).toBe(true);
    expect((await verify()).reason).toBeNull();
  });

  it('serialises rows in Node exactly as the database does', async () => {
    await audit.recordRead({
      ...event(1),
      purpose: 'Tab\there | 5:colon ~ "quotes" \\ emoji 🚓 and Dutch ë',
      fields: ['given_names', ''],
      personIds: [regionId],
      record: { type: 'x', id: '|' },
    });
    await audit.settled();
    const [newest] = (
      await owner.query(`SELECT max(seq) AS seq FROM audit_event WHERE region_id = $1`, [regionId])
    ).rows as { seq: string }[];
    const from = BigInt(newest!.seq) - 4n;
    const inNode = await loadAuditRows(t.db, regionId, from, 5);
    const inSql = (
      await owner.query(
        `SELECT audit_canonical(e) AS canonical FROM audit_event e
        WHERE region_id = $1 AND seq >= $2 ORDER BY seq`,
        [regionId, from.toString()],
      )
    ).rows as { canonical: string }[];
    expect(inNode.map(canonicalAuditRow)).toEqual(inSql.map((r) => r.canonical));
    expect(inSql[4]!.canonical).toContain('🚓');

    // v2: the content form in SQL is the one the app hashed, and the trigger's link is Node's.
    const content = (
      await owner.query(
        `SELECT audit_content(e) AS content,
                sha256(convert_to(audit_content(e), 'UTF8')) = e.content_hash AS "hashMatches"
           FROM audit_event e WHERE region_id = $1 AND seq >= $2 ORDER BY seq`,
        [regionId, from.toString()],
      )
    ).rows as { content: string; hashMatches: boolean }[];
    expect(inNode.map(canonicalAuditContent)).toEqual(content.map((r) => r.content));
    const newestRow = inNode[4]!;
    expect(content[4]!.hashMatches).toBe(true);
    expect(auditLinkHash(newestRow.prevHash, newestRow, newestRow.contentHash!)).toEqual(
      newestRow.hash,
    );
  });

  it('stores what the app hashed, even for upper-case ids and text cut inside an emoji', async () => {
    const upper = regionId.toUpperCase();
    await audit.recordRead({
      ...event(2),
      regionId: upper,
      caseId: `{${regionId.replace(/-/g, '').toUpperCase()}}`,
      personIds: [upper, regionId],
      purpose: `${'a'.repeat(499)}🚓`,
    });
    await audit.settled();
    const [row] = await t.db.query<
      { caseId: string; personIds: string[]; purposeLength: number }[]
    >(
      `SELECT case_id::text AS "caseId", person_ids::text[] AS "personIds",
              length(purpose) AS "purposeLength"
         FROM audit_event WHERE region_id = $1 ORDER BY seq DESC LIMIT 1`,
      [regionId],
    );
    expect(row).toEqual({ caseId: regionId, personIds: [regionId], purposeLength: 499 });
    expect((await verify()).reason).toBeNull();
  });
});

describe('tampering by the database owner', () => {
  let rows: { id: string; seq: string; purpose: string | null; v2: boolean }[];

  beforeAll(async () => {
    rows = (
      await owner.query(
        `SELECT id::text, seq::text, purpose, content_hash IS NOT NULL AS v2 FROM audit_event
          WHERE region_id = $1 ORDER BY audit_event.seq`,
        [regionId],
      )
    ).rows as typeof rows;
    expect(rows.length).toBeGreaterThan(100);
  });

  it('a changed purpose is reported at exactly that row, then clears when restored', async () => {
    const target = rows[57]!;
    expect(target.v2).toBe(true);
    await asOwnerBypassingTriggers(`UPDATE audit_event SET purpose = 'innocent' WHERE id = $1`, [
      target.id,
    ]);
    expect(await verify()).toMatchObject({
      reason: 'HASH_MISMATCH',
      firstBrokenId: target.id,
      firstBrokenSeq: target.seq,
      checked: 57,
    });
    const status = ok(
      await as.privacy!.gql<{ auditChainStatus: Record<string, unknown> }>(
        `{ auditChainStatus { intact checked firstBrokenId firstBrokenSeq reason } }`,
      ),
    ).auditChainStatus;
    expect(status).toEqual({
      intact: false,
      checked: 57,
      firstBrokenId: target.id,
      firstBrokenSeq: target.seq,
      reason: 'HASH_MISMATCH',
    });

    await asOwnerBypassingTriggers(`UPDATE audit_event SET purpose = $2 WHERE id = $1`, [
      target.id,
      target.purpose,
    ]);
    expect((await verify()).reason).toBeNull();
  });

  it('a deleted row in the middle is reported at the row after the gap', async () => {
    const [gone, next] = [rows[80]!, rows[81]!];
    await owner.query(`CREATE TEMP TABLE saved AS SELECT * FROM audit_event WHERE id = $1`, [
      gone.id,
    ]);
    await asOwnerBypassingTriggers(`DELETE FROM audit_event WHERE id = $1`, [gone.id]);
    expect(await verify()).toMatchObject({
      reason: 'SEQ_GAP',
      firstBrokenId: next.id,
      firstBrokenSeq: next.seq,
      expectedSeq: gone.seq,
      checked: 80,
    });

    // Put the row back as it was: the chain is whole again, so the check was about that row.
    await asOwnerBypassingTriggers(
      `INSERT INTO audit_event OVERRIDING SYSTEM VALUE SELECT * FROM saved`,
    );
    expect((await verify()).reason).toBeNull();
  });

  it('a v2 row whose content hash was recomputed, but not its link, is reported at that row', async () => {
    const target = rows[60]!;
    expect(target.v2).toBe(true);
    await asOwnerBypassingTriggers(
      `UPDATE audit_event e SET purpose = 'innocent',
              content_hash = sha256(convert_to(audit_content(e), 'UTF8')) WHERE id = $1`,
      [target.id],
    );
    // The content hash above was computed over the old purpose: recompute it over the new one.
    await asOwnerBypassingTriggers(
      `UPDATE audit_event e SET content_hash = sha256(convert_to(audit_content(e), 'UTF8'))
        WHERE id = $1`,
      [target.id],
    );
    expect(await verify()).toMatchObject({
      reason: 'HASH_MISMATCH',
      firstBrokenId: target.id,
      checked: 60,
    });
    await asOwnerBypassingTriggers(`UPDATE audit_event e SET purpose = $2 WHERE id = $1`, [
      target.id,
      target.purpose,
    ]);
    await asOwnerBypassingTriggers(
      `UPDATE audit_event e SET content_hash = sha256(convert_to(audit_content(e), 'UTF8'))
        WHERE id = $1`,
      [target.id],
    );
    expect((await verify()).reason).toBeNull();
  });

  it('a row rewritten with a recomputed own hash still breaks the next link (v1 and v2)', async () => {
    /** Changes the purpose and recomputes the row's hashes the way the insert trigger would. */
    const rewrite = async (id: string, purpose: string | null): Promise<void> => {
      await owner.query('BEGIN');
      await owner.query('SET LOCAL session_replication_role = replica');
      await owner.query(`UPDATE audit_event SET purpose = $2 WHERE id = $1`, [id, purpose]);
      await owner.query(
        `UPDATE audit_event e SET content_hash = sha256(convert_to(audit_content(e), 'UTF8'))
          WHERE id = $1 AND content_hash IS NOT NULL`,
        [id],
      );
      await owner.query(
        `UPDATE audit_event e SET hash = CASE WHEN e.content_hash IS NULL
            THEN sha256(e.prev_hash || convert_to(audit_canonical(e), 'UTF8'))
            ELSE sha256(e.prev_hash || convert_to('v2|' || e.id || '|' || e.seq || '|'
              || audit_time(e.occurred_at) || '|', 'UTF8') || e.content_hash) END
          WHERE id = $1`,
        [id],
      );
      await owner.query('COMMIT');
    };
    const v1 = rows.findIndex((r) => !r.v2);
    expect(v1).toBeGreaterThanOrEqual(0);
    await rewrite(rows[v1]!.id, 'innocent');
    expect(await verify()).toMatchObject({
      reason: 'PREV_HASH_MISMATCH',
      firstBrokenId: rows[v1 + 1]!.id,
      checked: v1 + 1,
    });
    await rewrite(rows[v1]!.id, rows[v1]!.purpose);
    expect((await verify()).reason).toBeNull();

    expect(rows[30]!.v2).toBe(true);
    await rewrite(rows[30]!.id, 'innocent');
    expect(await verify()).toMatchObject({
      reason: 'PREV_HASH_MISMATCH',
      firstBrokenId: rows[31]!.id,
      checked: 31,
    });
  });

  it('rows removed at the end are reported against the chain head', async () => {
    // Continues from the previous break; check from a later point, anchored on that row's link.
    const [newest] = (
      await owner.query(
        `SELECT id::text, seq FROM audit_event WHERE region_id = $1 ORDER BY seq DESC LIMIT 1`,
        [regionId],
      )
    ).rows as { id: string; seq: string }[];
    await asOwnerBypassingTriggers(`DELETE FROM audit_event WHERE id = $1`, [newest!.id]);
    const fromLater = await verifyAuditChain(t.db, regionId, { fromSeq: BigInt(rows[50]!.seq) });
    expect(fromLater).toMatchObject({
      reason: 'HEAD_MISMATCH',
      firstBrokenId: null,
      expectedSeq: newest!.seq,
    });
  });
});

describe('the privacy officer view', () => {
  const STATUS = `{ auditChainStatus { intact checked reason headHash } }`;

  it('is refused to a wijkteam member and to the procesregisseur', async () => {
    expect(errorCode(await as.wijkteam!.gql(STATUS))).toBe('FORBIDDEN');
    expect(errorCode(await as.regie!.gql(STATUS))).toBe('FORBIDDEN');
  });
});

describe('break-the-glass writes exactly one event', () => {
  const BREAK = `mutation($input: BreakGlassInput!) { breakGlass(input: $input) { caseId } }`;
  const eventsFor = async (caseId: string) =>
    (
      await owner.query(
        `SELECT action, result, operation, actor_user_id AS "actorUserId", actor_roles AS "actorRoles",
              person_ids::text[] AS "personIds", record_type AS "recordType",
              access_basis AS "accessBasis", reason_code AS "reasonCode",
              origin_address AS "originAddress", user_agent AS "userAgent", request_id AS "requestId"
         FROM audit_event WHERE case_id = $1 ORDER BY seq`,
        [caseId],
      )
    ).rows as Record<string, unknown>[];

  it('an opening: who, which case and person, basis, origin and request id', async () => {
    const [kase] = await t.db.query<{ id: string; personId: string }[]>(
      `SELECT id, subject_person_id AS "personId" FROM case_file WHERE reference = 'ZVH-2026-004'`,
    );
    const short = await as.regie!.gql(BREAK, { input: { caseId: kase!.id, reason: 'Kort' } });
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    expect(await eventsFor(kase!.id)).toEqual([]);

    const res = await as.regie!.gql(BREAK, {
      input: { caseId: kase!.id, reason: 'Acute dreiging gemeld, overleg niet af te wachten' },
    });
    ok(res);
    expect(await eventsFor(kase!.id)).toEqual([
      {
        action: 'BREAK_GLASS',
        result: 'ALLOWED',
        operation: 'breakGlass',
        actorUserId: as.regie!.userId,
        actorRoles: ['MEMBER', 'PROCESREGISSEUR'],
        personIds: [kase!.personId],
        recordType: 'break_glass',
        accessBasis: 'role',
        reasonCode: null,
        originAddress: expect.stringMatching(/127\.0\.0\.1/) as unknown,
        userAgent: null,
        requestId: res.headers['x-request-id'],
      },
    ]);
  });

  it('a refusal for a case that is not there is one DENIED event', async () => {
    const unknown = '00000000-0000-4000-8000-000000000001';
    const res = await as.regie!.gql(BREAK, {
      input: { caseId: unknown, reason: 'Acute dreiging gemeld, overleg niet af te wachten' },
    });
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(await eventsFor(unknown)).toMatchObject([
      { action: 'BREAK_GLASS', result: 'DENIED', reasonCode: 'NOT_FOUND', personIds: [] },
    ]);
  });

  it('auditActor takes everything from the session user', () => {
    expect(
      auditActor({
        id: 'u',
        agencyId: 'a',
        agencyType: 'ZVH',
        roles: ['PROCESREGISSEUR'],
      }),
    ).toEqual({ userId: 'u', agencyId: 'a', agencyType: 'ZVH', roles: ['PROCESREGISSEUR'] });
  });
});
