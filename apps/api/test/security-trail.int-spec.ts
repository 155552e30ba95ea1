// The security trail (issue 15 items 2 and 7, ADR 0018): the audit event's `detail` (before/after)
// is covered by the hash chain in content form c3 while every row written before migration
// 1764000003400 still verifies; each security event kind lands in its region's trail with actor
// and result; no secret ever reaches a detail.
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { auditContentHash, canonicalAuditContent } from '../src/audit/audit-canonical';
import { REDACTED } from '../src/audit/audit-detail';
import { insertAuditEventsQuery } from '../src/audit/audit.queries';
import { auditActor, AuditService, toRow, type AuditEventInput } from '../src/audit/audit.service';
import { loadAuditRows, verifyAllAuditChains, verifyAuditChain } from '../src/audit/audit-verifier';
import { SecurityEvents, type SecurityEventInput } from '../src/audit/security-events.service';
import { SessionTokenService } from '../src/auth/session-token.service';
import { dataSourceOptions } from '../src/database/data-source-options';
import { runMigrations } from '../src/database/migrate';
import { MIGRATIONS } from '../src/database/migrations';
import { AuditDetail1764000003400 } from '../src/database/migrations/1764000003400-audit-detail';
import { DEMO_PASSWORD, DEMO_USERS } from '../src/demo/demo-data';
import { errorCode, gql, login } from './support/graphql-client';
import { createTestApp, type TestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/** As the owner, with triggers off: what an attacker with database superuser rights can do. */
async function tamper(owner: Client, sql: string, params: unknown[]): Promise<void> {
  await owner.query('BEGIN');
  await owner.query('SET LOCAL session_replication_role = replica');
  await owner.query(sql, params);
  await owner.query('COMMIT');
}

describe('a trail written before migration 1764000003400', () => {
  let database: TestDatabase;
  let owner: Client;
  let regionId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    owner = new Client({ connectionString: database.url });
    await owner.connect();
  });
  afterAll(async () => {
    await owner.end();
    await database.drop();
  });

  it('still verifies after it, with c3 rows (a detail) appended to the same chain', async () => {
    const before = MIGRATIONS.slice(0, MIGRATIONS.indexOf(AuditDetail1764000003400));
    const old = new DataSource({ ...dataSourceOptions(database.url), migrations: before });
    await old.initialize();
    await runMigrations(old);
    const [region] = await old.query<{ id: string }[]>(
      `INSERT INTO region (code, name) VALUES ('oud', 'Bestaande regio') RETURNING id::text`,
    );
    regionId = region!.id;
    // A v1 row (no content hash, as SQL and the demo data wrote them) and c2 rows the way the
    // app wrote them before: the old column list, the c2 content hash.
    await old.query(
      `INSERT INTO audit_event (region_id, action, result, operation, purpose)
       VALUES ($1, 'READ', 'ALLOWED', 'test.v1', 'een v1-rij')`,
      [regionId],
    );
    for (const n of [1, 2]) {
      const content = {
        regionId,
        actorUserId: null,
        onBehalfOfUserId: null,
        actorAgencyId: null,
        actorAgencyType: null,
        actorRoles: [],
        action: 'READ',
        result: 'ALLOWED',
        operation: 'test.c2',
        personIds: [],
        caseId: null,
        categories: ['PLAN'],
        fields: [],
        recordType: null,
        recordId: null,
        accessBasis: null,
        purpose: `c2-rij ${n} — één`,
        reasonCode: null,
        originAddress: '10.0.0.1',
        userAgent: null,
        requestId: `req-${n}`,
      };
      await old.query(
        `INSERT INTO audit_event (region_id, action, result, operation, categories, purpose,
                                  origin_address, request_id, content_hash)
         VALUES ($1, 'READ', 'ALLOWED', 'test.c2', '{PLAN}', $2, '10.0.0.1', $3, $4)`,
        [regionId, content.purpose, content.requestId, auditContentHash(content)],
      );
    }
    await old.destroy();

    const current = new DataSource(dataSourceOptions(database.url));
    await current.initialize();
    try {
      expect(await runMigrations(current)).toContain('AuditDetail1764000003400');
      const events: AuditEventInput[] = [
        {
          regionId,
          actor: null,
          action: 'ADMIN',
          result: 'ALLOWED',
          operation: 'admin.user.disabled',
          record: { type: 'app_user', id: regionId },
          detail: { before: { active: true, note: 'één 🚓 | 5:x ~' }, after: { active: false } },
        },
        { regionId, actor: null, action: 'READ', result: 'ALLOWED', operation: 'test.c2.after' },
      ];
      for (const e of events) {
        const insert = insertAuditEventsQuery([toRow(e)]);
        await current.query(insert.sql, insert.params);
      }

      const check = await verifyAuditChain(current, regionId);
      expect(check).toMatchObject({ reason: null, checked: 5 });

      // The SQL content form is Node's, for every version in the chain.
      const rows = await loadAuditRows(current, regionId, 1n, 10);
      const inSql = (
        await owner.query(
          `SELECT audit_content(e) AS content, content_hash IS NOT NULL AS hashed,
                  content_hash = sha256(convert_to(audit_content(e), 'UTF8')) AS matches
             FROM audit_event e WHERE region_id = $1 ORDER BY seq`,
          [regionId],
        )
      ).rows as { content: string; hashed: boolean; matches: boolean | null }[];
      expect(inSql.map((r) => r.content.slice(0, 2))).toEqual(['c2', 'c2', 'c2', 'c3', 'c2']);
      expect(inSql.slice(1).map((r) => r.content)).toEqual(
        rows.slice(1).map((r) => canonicalAuditContent(r)),
      );
      expect(inSql.slice(1).every((r) => r.matches)).toBe(true);
      expect(rows[3]!.detail).toBe(
        '{"after":{"active":false},"before":{"active":true,"note":"één 🚓 | 5:x ~"}}',
      );
    } finally {
      await current.destroy();
    }
  });

  it('a changed, emptied or added detail is reported at exactly that row', async () => {
    const db = new DataSource(dataSourceOptions(database.url));
    await db.initialize();
    try {
      const ids = (
        await owner.query(
          `SELECT id::text, seq::text, detail FROM audit_event WHERE region_id = $1 ORDER BY seq`,
          [regionId],
        )
      ).rows as { id: string; seq: string; detail: string | null }[];
      const c3 = ids[3]!;
      const original = c3.detail!;
      const at = async (id: string, detail: string | null) => {
        await tamper(owner, `UPDATE audit_event SET detail = $2 WHERE id = $1`, [id, detail]);
        return verifyAuditChain(db, regionId);
      };
      const changed = original.replace('"active":false', '"active":true');
      expect(await at(c3.id, changed)).toMatchObject({
        reason: 'HASH_MISMATCH',
        firstBrokenSeq: c3.seq,
      });
      expect(await at(c3.id, null)).toMatchObject({
        reason: 'HASH_MISMATCH',
        firstBrokenSeq: c3.seq,
      });
      expect((await at(c3.id, original)).reason).toBeNull();
      // A detail slipped into a c2 row, and into a v1 row (whose hash never covered one).
      const c2 = ids[4]!;
      expect(await at(c2.id, '{"after":{"active":false}}')).toMatchObject({
        reason: 'HASH_MISMATCH',
        firstBrokenSeq: c2.seq,
      });
      expect((await at(c2.id, null)).reason).toBeNull();
      // The table refuses that; an owner who drops the constraint first is still caught.
      await owner.query(`ALTER TABLE audit_event DROP CONSTRAINT audit_event_detail_check`);
      expect(await at(ids[0]!.id, '{}')).toMatchObject({
        reason: 'HASH_MISMATCH',
        firstBrokenSeq: ids[0]!.seq,
      });
      expect((await at(ids[0]!.id, null)).reason).toBeNull();
      await owner.query(`ALTER TABLE audit_event ADD CONSTRAINT audit_event_detail_check
        CHECK (detail IS NULL OR (octet_length(detail) <= 8000
          AND jsonb_typeof(detail::jsonb) = 'object' AND content_hash IS NOT NULL))`);
    } finally {
      await db.destroy();
    }
  });

  it('the table refuses a detail that is no JSON object, or on a row without content hash', async () => {
    const insert = (detail: string, hash: Buffer | null) =>
      owner.query(
        `INSERT INTO audit_event (region_id, action, result, operation, detail, content_hash)
         VALUES ($1, 'ADMIN', 'ALLOWED', 'admin.x', $2, $3)`,
        [regionId, detail, hash],
      );
    await expect(insert('[1]', Buffer.alloc(32))).rejects.toThrow(/audit_event_detail_check/);
    await expect(insert('{"a":1}', null)).rejects.toThrow(/audit_event_detail_check/);
    await expect(insert('not json', Buffer.alloc(32))).rejects.toThrow(/json/i);
  });
});

describe('SecurityEvents', () => {
  let t: TestApp;
  let security: SecurityEvents;
  let regionId: string;
  const users: Record<
    string,
    { id: string; agencyId: string; agencyType: string; roles: string[] }
  > = {};

  beforeAll(async () => {
    t = await createTestApp({ DB_APP_ROLE: 'schakel_app' });
    security = t.app.get(SecurityEvents);
    const rows = await t.db.query<
      {
        email: string;
        id: string;
        agencyId: string;
        agencyType: string;
        roles: string[];
        regionId: string;
      }[]
    >(
      `SELECT u.email, u.id::text, u.agency_id::text AS "agencyId", a.type AS "agencyType", u.roles,
              a.region_id::text AS "regionId"
         FROM app_user u JOIN agency a ON a.id = u.agency_id
        WHERE u.email IN ('wijkagent@politie.demo.example', 'beheer@politie.demo.example')`,
    );
    for (const r of rows) users[r.email.split('@')[0]!] = r;
    regionId = rows[0]!.regionId;
  });
  afterAll(async () => {
    await t?.close();
  });

  const newest = async () => {
    await t.app.get(AuditService).settled();
    const [row] = await t.db.query<Record<string, unknown>[]>(
      `SELECT region_id::text AS "regionId", actor_user_id::text AS "actorUserId",
              actor_agency_id::text AS "actorAgencyId", actor_agency_type AS "actorAgencyType",
              actor_roles AS "actorRoles", action, result, operation, record_type AS "recordType",
              record_id AS "recordId", reason_code AS "reasonCode", detail,
              content_hash IS NOT NULL AS hashed
         FROM audit_event WHERE region_id = $1 ORDER BY seq DESC LIMIT 1`,
      [regionId],
    );
    return row!;
  };

  const cases: [SecurityEventInput['kind'], string, 'ALLOWED' | 'DENIED', string | null][] = [
    ['login', 'LOGIN', 'ALLOWED', null],
    ['login', 'LOGIN', 'DENIED', 'INVALID_CREDENTIALS'],
    ['logout', 'LOGOUT', 'ALLOWED', null],
    ['session.ended', 'LOGOUT', 'ALLOWED', null],
    ['session.ended_all', 'LOGOUT', 'ALLOWED', null],
    ['mfa.totp_enrolled', 'MFA', 'ALLOWED', null],
    ['mfa.verify', 'MFA', 'DENIED', 'INVALID_CODE'],
    ['password.reset_requested', 'PASSWORD', 'ALLOWED', null],
    ['password.reset', 'PASSWORD', 'ALLOWED', null],
    ['password.changed', 'PASSWORD', 'ALLOWED', null],
  ];

  it.each(cases)(
    '%s (%s, %s) lands in the region with the user as actor',
    async (kind, action, result, reasonCode) => {
      const agent = users['wijkagent']!;
      await security.record({ kind, userId: agent.id, regionId, result, reasonCode });
      expect(await newest()).toEqual({
        regionId,
        actorUserId: agent.id,
        actorAgencyId: agent.agencyId,
        actorAgencyType: agent.agencyType,
        actorRoles: agent.roles,
        action,
        result,
        operation: kind,
        recordType: 'app_user',
        recordId: agent.id,
        reasonCode,
        detail: null,
        hashed: true,
      });
    },
  );

  it('an administrative change names the administrator as actor, the account as record, before/after', async () => {
    const admin = users['beheer']!;
    const agent = users['wijkagent']!;
    await security.record({
      kind: 'admin.user.disabled',
      userId: agent.id,
      regionId,
      result: 'ALLOWED',
      actor: auditActor({ ...admin, id: admin.id }),
      record: { type: 'session', id: 'ignored: the account is the record' },
      detail: { before: { active: true }, after: { active: false } },
    });
    expect(await newest()).toMatchObject({
      actorUserId: admin.id,
      actorAgencyId: admin.agencyId,
      action: 'ADMIN',
      result: 'ALLOWED',
      operation: 'admin.user.disabled',
      recordType: 'app_user',
      recordId: agent.id,
      detail: '{"after":{"active":false},"before":{"active":true}}',
    });
    // A change of an agency, by the system (a job).
    await security.record({
      kind: 'admin.agency.covenant_lapsed',
      userId: null,
      agencyId: admin.agencyId,
      regionId,
      result: 'ALLOWED',
      actor: null,
      detail: { before: { signedVersion: 3 }, after: { signedVersion: null } },
    });
    expect(await newest()).toMatchObject({
      actorUserId: null,
      action: 'ADMIN',
      recordType: 'agency',
      recordId: admin.agencyId,
    });
    expect((await verifyAuditChain(t.db, regionId)).reason).toBeNull();
  });

  it('a detail carrying a password, a token or a secret is stored redacted, never in clear', async () => {
    const admin = users['beheer']!;
    const token = t.app.get(SessionTokenService).issueNew(admin.id, 0).token;
    const secrets = ['Nieuw-wachtwoord-2026!', token, 'JBSWY3DPEHPK3PXP', 'client-secret-value'];
    await security.record({
      kind: 'admin.agency.sso_updated',
      userId: null,
      agencyId: admin.agencyId,
      regionId,
      result: 'ALLOWED',
      actor: auditActor(admin),
      detail: {
        before: { clientSecret: secrets[3], issuer: 'https://idp.politie.example' },
        after: { password: secrets[0], session: token, totp: { secret: secrets[2] } },
      },
    });
    const row = await newest();
    for (const secret of secrets) expect(String(row['detail'])).not.toContain(secret);
    expect(JSON.parse(String(row['detail'])) as unknown).toEqual({
      before: { clientSecret: REDACTED, issuer: 'https://idp.politie.example' },
      // Everything under a key naming a secret goes, whatever its shape.
      after: { password: REDACTED, session: REDACTED, totp: REDACTED },
    });
    expect((await verifyAuditChain(t.db, regionId)).reason).toBeNull();
  });

  it('an event inside a transaction commits with it, and is gone with its rollback', async () => {
    const agent = users['wijkagent']!;
    const count = async () =>
      (
        await t.db.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM audit_event WHERE operation = 'admin.test.rolled_back'`,
        )
      )[0]!.n;
    await expect(
      t.db.transaction(async (tx) => {
        await security.record(
          { kind: 'admin.test.rolled_back', userId: agent.id, regionId, result: 'ALLOWED' },
          tx,
        );
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await count()).toBe(0);
  });
});

describe('login, failed login, logout and password change write the security trail', () => {
  let t: TestApp;
  let ip = 1;
  const from = () => ({
    'x-forwarded-for': `198.51.100.${ip++}`,
    'user-agent': 'Firefox/140 test',
  });
  const secrets: string[] = [DEMO_PASSWORD];

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const user = (prefix: string) => DEMO_USERS.find((u) => u.email.startsWith(prefix))!;
  const idOf = async (email: string) =>
    (
      await t.db.query<{ id: string }[]>(`SELECT id::text FROM app_user WHERE email = $1`, [email])
    )[0]!.id;

  /** The trail's events of one user (as actor or as record) since `since`, oldest first. */
  const eventsOf = async (userId: string, since: string) => {
    await t.app.get(AuditService).settled();
    return t.db.query<Record<string, unknown>[]>(
      `SELECT actor_user_id::text AS "actorUserId", action, result, operation,
              record_type AS "recordType", record_id AS "recordId", reason_code AS "reasonCode",
              origin_address AS "originAddress", user_agent AS "userAgent",
              request_id IS NOT NULL AS "hasRequestId", detail
         FROM audit_event
        WHERE (actor_user_id = $1 OR record_id = $1::text) AND seq > $2::bigint
          AND action IN ('LOGIN', 'LOGOUT', 'PASSWORD') ORDER BY seq`,
      [userId, since],
    );
  };
  const head = async () =>
    (
      await t.db.query<{ seq: string }[]>(
        `SELECT coalesce(max(seq), 0)::text AS seq FROM audit_event`,
      )
    )[0]!.seq;
  const sidOf = (headers: Record<string, string | string[] | undefined>) => {
    const cookies = ([] as string[]).concat(headers['set-cookie'] ?? []);
    const token = cookies
      .find((c) => c.startsWith('schakel_session='))!
      .split(';')[0]!
      .split('=')[1]!;
    secrets.push(token);
    return (
      JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sid: string }
    ).sid;
  };

  it('a login: LOGIN ALLOWED with the user, their session, address, user agent and request id', async () => {
    const wijkagent = user('wijkagent');
    const userId = await idOf(wijkagent.email);
    const since = await head();
    const res = await login(t.agent(), wijkagent.email, DEMO_PASSWORD, {
      'x-forwarded-for': '198.51.100.200',
      'user-agent': 'Firefox/140 test',
    });
    expect(res.errors).toBeUndefined();
    secrets.push(res.data!.login.csrfToken);
    expect(await eventsOf(userId, since)).toEqual([
      {
        actorUserId: userId,
        action: 'LOGIN',
        result: 'ALLOWED',
        operation: 'login',
        recordType: 'session',
        recordId: sidOf(res.headers),
        reasonCode: null,
        originAddress: '198.51.100.200',
        userAgent: 'Firefox/140 test',
        hasRequestId: true,
        detail: '{"after":{"method":"password"}}',
      },
    ]);
  });

  it('a wrong password of a known account: LOGIN DENIED, with the same answer as an unknown address', async () => {
    const gemeente = user('gemeente');
    const userId = await idOf(gemeente.email);
    const since = await head();
    const wrong = await login(t.agent(), gemeente.email, 'Verkeerd-wachtwoord-1', from());
    const unknown = await login(
      t.agent(),
      'niemand@nergens.example',
      'Verkeerd-wachtwoord-1',
      from(),
    );
    secrets.push('Verkeerd-wachtwoord-1');
    expect(errorCode(wrong)).toBe('INVALID_CREDENTIALS');
    expect(wrong.errors).toEqual(unknown.errors);
    expect(await eventsOf(userId, since)).toEqual([
      expect.objectContaining({
        actorUserId: userId,
        action: 'LOGIN',
        result: 'DENIED',
        operation: 'login',
        recordType: 'app_user',
        recordId: userId,
        reasonCode: 'INVALID_CREDENTIALS',
        originAddress: expect.stringMatching(/^198\.51\.100\./) as unknown,
      }),
    ]);
    // The unknown address left nothing in any region's trail (only the login-attempt log).
    await t.app.get(AuditService).settled();
    expect(
      await t.db.query(
        `SELECT operation FROM audit_event WHERE seq > $1::bigint AND action = 'LOGIN'
            AND actor_user_id IS DISTINCT FROM $2::uuid`,
        [since, userId],
      ),
    ).toEqual([]);
  });

  it('a disabled account with the right password: LOGIN DENIED USER_DISABLED, generic answer', async () => {
    const ggz = user('ggz');
    const userId = await idOf(ggz.email);
    const since = await head();
    await t.db.query(`UPDATE app_user SET active = false WHERE id = $1`, [userId]);
    try {
      const res = await login(t.agent(), ggz.email, DEMO_PASSWORD, from());
      expect(errorCode(res)).toBe('INVALID_CREDENTIALS');
    } finally {
      await t.db.query(`UPDATE app_user SET active = true WHERE id = $1`, [userId]);
    }
    expect(await eventsOf(userId, since)).toEqual([
      expect.objectContaining({ action: 'LOGIN', result: 'DENIED', reasonCode: 'USER_DISABLED' }),
    ]);
  });

  it('a logout: LOGOUT of that session', async () => {
    const om = user('om');
    const userId = await idOf(om.email);
    const agent = t.agent();
    const loggedIn = await login(agent, om.email, DEMO_PASSWORD, from());
    const sid = sidOf(loggedIn.headers);
    const since = await head();
    const res = await gql<{ logout: boolean }>(
      agent,
      'mutation { logout }',
      {},
      {
        csrf: loggedIn.data!.login.csrfToken,
      },
    );
    expect(res.data?.logout).toBe(true);
    expect(await eventsOf(userId, since)).toEqual([
      expect.objectContaining({
        actorUserId: userId,
        action: 'LOGOUT',
        result: 'ALLOWED',
        operation: 'logout',
        recordType: 'session',
        recordId: sid,
      }),
    ]);
  });

  it('a password change: PASSWORD ALLOWED (and DENIED for a wrong current password), no login event', async () => {
    const exodus = user('exodus');
    const userId = await idOf(exodus.email);
    const agent = t.agent();
    const loggedIn = await login(agent, exodus.email, DEMO_PASSWORD, from());
    const sid = sidOf(loggedIn.headers);
    const since = await head();
    const change = (currentPassword: string, newPassword: string) =>
      gql<{ changePassword: { csrfToken: string } }>(
        agent,
        `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { csrfToken } }`,
        { input: { currentPassword, newPassword } },
        { csrf: loggedIn.data!.login.csrfToken, headers: from() },
      );
    const next = 'Een-heel-nieuw-wachtwoord-2026';
    secrets.push(next, 'Niet-het-huidige-wachtwoord');
    expect(errorCode(await change('Niet-het-huidige-wachtwoord', next))).toBe(
      'INVALID_CREDENTIALS',
    );
    const changed = await change(DEMO_PASSWORD, next);
    expect(changed.errors).toBeUndefined();
    sidOf(changed.headers);
    expect(await eventsOf(userId, since)).toEqual([
      expect.objectContaining({
        action: 'PASSWORD',
        result: 'DENIED',
        operation: 'password.changed',
        reasonCode: 'INVALID_CREDENTIALS',
        recordId: sid,
      }),
      expect.objectContaining({
        action: 'PASSWORD',
        result: 'ALLOWED',
        operation: 'password.changed',
        recordId: sid,
        detail: null,
      }),
    ]);
  });

  it('no password, session token or CSRF token is anywhere in the trail, and the chain verifies', async () => {
    await t.app.get(AuditService).settled();
    expect(secrets.length).toBeGreaterThan(6);
    const rows = await t.db.query<{ text: string }[]>(
      `SELECT to_jsonb(e)::text AS text FROM audit_event e WHERE action IN ('LOGIN','LOGOUT','PASSWORD')`,
    );
    expect(rows.length).toBeGreaterThan(5);
    for (const { text } of rows) for (const secret of secrets) expect(text).not.toContain(secret);
    for (const check of await verifyAllAuditChains(t.db)) expect(check.reason).toBeNull();
  });
});
