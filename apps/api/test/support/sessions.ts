import type { AgencyType, Role } from '@schakel/domain';
import { DEFAULT_COVENANT } from '@schakel/sharing-policy';
import { AuditService } from '../../src/audit/audit.service';
import { SessionTokenService } from '../../src/auth/session-token.service';
import { insertCovenantVersion } from '../../src/covenant/covenant.store';
import { gql, type GqlResponse } from './graphql-client';
import type { TestApp } from './test-app';

/** A signed-in user for tests: real session token, real guard, real session lookup. */
export interface Caller {
  userId: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResponse<T>>;
}

/**
 * Signs a user in by minting the session token the login would issue, so tests with many users
 * skip argon2 (about 0.1 s per login on the CI machines); the token passes the same checks.
 */
export function callerFor(t: TestApp, userId: string): Caller {
  const tokens = t.app.get(SessionTokenService);
  const { token, claims } = tokens.issueNew(userId, 0);
  const audit = t.app.get(AuditService);
  return {
    userId,
    gql: async (query, variables = {}) => {
      const res = await gql<never>(t.agent(), query, variables, {
        csrf: claims.csrf,
        headers: { cookie: `${tokens.cookieName}=${token}` },
      });
      // Answers go out once their audit event is queued (ADR 0009); tests read the trail after
      // the event is written.
      await audit.settled();
      return res;
    },
  };
}

export async function callerByEmail(t: TestApp, email: string): Promise<Caller> {
  const [row] = await t.db.query<
    {
      id: string;
    }[]
  >(`SELECT id FROM app_user WHERE email = $1`, [email]);
  if (!row) throw new Error(`no user ${email}`);
  return callerFor(t, row.id);
}

/** A user who cannot log in (no usable password hash), for policy fixtures. */
export async function createUser(
  t: TestApp,
  agencyId: string,
  roles: readonly Role[],
  label: string,
): Promise<string> {
  const [row] = await t.db.query<{ id: string }[]>(
    `INSERT INTO app_user (agency_id, email, display_name, password_hash, roles)
     VALUES ($1, $2, $3, 'not-a-hash', $4) RETURNING id`,
    [agencyId, `${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}@fixture.example`, label, roles],
  );
  return row!.id;
}

export async function createAgency(
  t: TestApp,
  regionId: string,
  name: string,
  type: AgencyType,
): Promise<string> {
  // Fixtures are agencies at work: signed the region's current covenant version, since an agency
  // that never signed is locked out (ADR 0019). A region made by SQL gets the default covenant
  // as its version 1 first (as `create-region` gives every region).
  const [current] = await t.db.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM covenant_version WHERE region_id = $1`,
    [regionId],
  );
  if (current!.n === 0) {
    await t.db.transaction((tx) =>
      insertCovenantVersion(tx, {
        regionId,
        version: 1,
        entries: DEFAULT_COVENANT,
        note: 'Fixture region: the default covenant',
        userId: null,
      }),
    );
  }
  const [row] = await t.db.query<{ id: string }[]>(
    `INSERT INTO agency (region_id, name, type, covenant_signed_version, covenant_signed_on)
     SELECT $1, $2, $3, max(v.version), CASE WHEN max(v.version) IS NOT NULL THEN current_date END
       FROM covenant_version v WHERE v.region_id = $1
     RETURNING id`,
    [regionId, name, type],
  );
  return row!.id;
}

export async function idsBy(
  t: TestApp,
  sql: string,
  params: unknown[] = [],
): Promise<Map<string, string>> {
  const rows = await t.db.query<{ key: string; id: string }[]>(sql, params);
  return new Map(rows.map((row) => [row.key, row.id]));
}
