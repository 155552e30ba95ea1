// The session check and policy context of reads are served from memory between requests (ADR
// 0013). Revocation stays immediate: a change through the API is seen by the very next request;
// the same change by plain SQL from another connection within a bounded wait (the notification's
// trip); with the listener down, nothing is served from memory.
import { Client } from 'pg';
import { AuditService } from '../src/audit/audit.service';
import { SessionCache } from '../src/auth/session-cache';
import { SessionTokenService } from '../src/auth/session-token.service';
import { POLICY_CONTEXT_CHANNEL } from '../src/auth/session.queries';
import { PolicyService } from '../src/sharing/policy.service';
import { errorCode, gql, ok, type GqlResponse } from './support/graphql-client';
import { callerByEmail, callerFor, idsBy, type Caller } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let cache: SessionCache;
/** Another connection, as an operator's psql or another process would have. */
let operator: Client;
let cases: Map<string, string>;
let agencies: Map<string, string>;
let users: Map<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  cache = t.app.get(SessionCache);
  operator = new Client({ connectionString: t.database.url });
  await operator.connect();
  cases = await idsBy(t, `SELECT reference AS key, id FROM case_file`);
  agencies = await idsBy(t, `SELECT name AS key, id FROM agency`);
  users = await idsBy(t, `SELECT email AS key, id FROM app_user`);
});
afterAll(async () => {
  await operator.end();
  await t.close();
});

/** Generous: the notification's trip is a few milliseconds; CI machines are busy. */
const BOUND_MS = 2000;

/** Polls until `check` holds (or the bound passes); returns how long it took. */
async function within(check: () => Promise<boolean>, boundMs = BOUND_MS): Promise<number> {
  const start = Date.now();
  for (;;) {
    if (await check()) return Date.now() - start;
    if (Date.now() - start > boundMs) throw new Error(`not within ${boundMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** SQL statements the app sends while `fn` runs (every node-postgres client query). */
async function statementsDuring(fn: () => Promise<unknown>): Promise<string[]> {
  const spy = jest.spyOn(Client.prototype, 'query');
  try {
    await fn();
    return spy.mock.calls.map(([query]) =>
      typeof query === 'string' ? query : (query as { text: string }).text,
    );
  } finally {
    spy.mockRestore();
  }
}

const ME = `{ me { user { id } roles } }`;
const CARE = `query($id: ID!) { case(id: $id) {
  informationItems { category access accessBasis } } }`;
const FAMILY_NAME = `query($id: ID!) { case(id: $id) { subject { familyName { access value } } } }`;
const CASE = `query($id: ID!) { case(id: $id) { id } }`;

const refused = (res: GqlResponse<unknown>) =>
  ['SESSION_EXPIRED', 'UNAUTHENTICATED'].includes(errorCode(res) ?? '');
const careOf = async (caller: Caller, reference: string) =>
  ok(
    await caller.gql<{ case: { informationItems: { category: string }[] } }>(CARE, {
      id: cases.get(reference),
    }),
  ).case.informationItems.filter((item) => item.category === 'CARE');
const familyNameOf = async (caller: Caller) =>
  ok(
    await caller.gql<{ case: { subject: { familyName: { access: string } } } }>(FAMILY_NAME, {
      id: cases.get('ZVH-2026-001'),
    }),
  ).case.subject.familyName.access;

/**
 * Runs `fn` while this process reads nothing from the listener's connection: the notifications
 * of `fn`'s changes arrive late, so only the process's own invalidation can make the next
 * request see them.
 */
async function withLateNotifications(fn: () => Promise<void>): Promise<void> {
  const connection = (
    cache as unknown as { client: { connection: { stream: NodeJS.ReadableStream } } }
  ).client.connection;
  connection.stream.pause();
  try {
    await fn();
  } finally {
    connection.stream.resume();
  }
}

/** A fresh session of a user, with its id (as `callerFor` signs one in). */
function signedIn(userId: string): { caller: Caller; sid: string } {
  const tokens = t.app.get(SessionTokenService);
  const { token, claims } = tokens.issueNew(userId, 0);
  const audit = t.app.get(AuditService);
  return {
    sid: claims.sid,
    caller: {
      userId,
      gql: async (query, variables = {}) => {
        const res = await gql<never>(t.agent(), query, variables, {
          csrf: claims.csrf,
          headers: { cookie: `${tokens.cookieName}=${token}` },
        });
        await audit.settled();
        return res;
      },
    },
  };
}

/** A session whose row and context are in memory: its second read sends no session statement. */
async function warm(caller: Caller): Promise<void> {
  ok(await caller.gql(ME));
  const statements = await statementsDuring(async () => ok(await caller.gql(ME)));
  expect(statements.filter((sql) => /FROM app_user u/.test(sql))).toEqual([]);
}

describe('the session cache', () => {
  it('is listening, and serves a read’s session check and policy context from memory', async () => {
    expect(cache.active).toBe(true);
    await warm(await callerByEmail(t, 'wijkagent@politie.demo.example'));
  });

  it('builds a cached session’s policy once; a notification about the user makes the next read build it again', async () => {
    // ADR 0040: the CASL ability (and the SQL compiled from it) goes with the cached row.
    const { caller } = signedIn(users.get('wijkagent@politie.demo.example')!);
    const caseId = ok(
      await caller.gql<{ cases: { nodes: { id: string }[] } }>(
        `{ cases(first: 1) { nodes { id } } }`,
      ),
    ).cases.nodes[0]!.id;
    await warm(caller);
    ok(await caller.gql(CASE, { id: caseId }));
    const builds = jest.spyOn(PolicyService.prototype, 'build');
    try {
      for (let i = 0; i < 3; i++) ok(await caller.gql(CASE, { id: caseId }));
      expect(builds).not.toHaveBeenCalled();
      await operator.query(`SELECT pg_notify($1, $2)`, [
        POLICY_CONTEXT_CHANNEL,
        `user:${caller.userId}`,
      ]);
      await within(async () => {
        ok(await caller.gql(CASE, { id: caseId }));
        return builds.mock.calls.length > 0;
      });
      // Built from the new row once, then reused again.
      const after = builds.mock.calls.length;
      ok(await caller.gql(CASE, { id: caseId }));
      expect(builds.mock.calls.length).toBe(after);
    } finally {
      builds.mockRestore();
    }
  });

  it('logout through the API: the very next request of that session is refused', async () => {
    const tokens = callerFor(t, users.get('wijkagent@politie.demo.example')!);
    await warm(tokens);
    await withLateNotifications(async () => {
      ok(await tokens.gql(`mutation { logout }`));
      expect(refused(await tokens.gql(ME))).toBe(true);
    });
  });

  it('a consent withdrawn through the API: the recipient’s very next read loses it', async () => {
    const wijkteam = await callerByEmail(t, 'wijkteam@demostad.demo.example');
    const ggz = await callerByEmail(t, 'ggz@ggz.demo.example');
    expect(await careOf(wijkteam, 'ZVH-2026-001')).not.toEqual([]);
    await warm(wijkteam);
    const { consents } = ok(
      await ggz.gql<{ consents: { id: string; category: string; active: boolean }[] }>(
        `query($c: ID!) { consents(caseId: $c) { id category active } }`,
        { c: cases.get('ZVH-2026-001') },
      ),
    );
    await withLateNotifications(async () => {
      for (const consent of consents.filter((c) => c.category === 'CARE' && c.active)) {
        ok(await ggz.gql(`mutation($id: ID!) { withdrawConsent(consentId: $id) { id } }`, consent));
      }
      expect(await careOf(wijkteam, 'ZVH-2026-001')).toEqual([]);
    });
  });

  it('a covenant change approved through the API: the very next read follows it', async () => {
    const woning = await callerByEmail(t, 'woningcorporatie@demohuis.demo.example');
    const beheer = await callerByEmail(t, 'beheer@zvh.demo.example');
    const privacy = await callerByEmail(t, 'privacy@zvh.demo.example');
    expect(await familyNameOf(woning)).toBe('FULL');
    await warm(woning);
    const { covenant } = ok(
      await beheer.gql<{
        covenant: {
          version: number;
          entries: { agencyType: string | null; agency: { id: string } | null; category: string }[];
        };
      }>(
        `{ covenant { version entries { agencyType agency { id } category read write readSummary } } }`,
      ),
    );
    const entries = covenant.entries.map(({ agency, ...entry }) => {
      const input = agency ? { ...entry, agencyId: agency.id } : entry;
      return entry.agencyType === 'HOUSING' && entry.category === 'IDENTITY'
        ? { ...input, read: false, write: false }
        : input;
    });
    const { proposeCovenantChange } = ok(
      await beheer.gql<{ proposeCovenantChange: { id: string } }>(
        `mutation($input: UpdateCovenantInput!) { proposeCovenantChange(input: $input) { id } }`,
        { input: { baseVersion: covenant.version, note: 'Zonder identiteit', entries } },
      ),
    );
    await warm(woning);
    await withLateNotifications(async () => {
      ok(
        await privacy.gql(
          `mutation($input: DecideCovenantProposalInput!) { approveCovenantProposal(input: $input) { resultingVersion } }`,
          { input: { proposalId: proposeCovenantChange.id } },
        ),
      );
      expect(await familyNameOf(woning)).toBe('WITHHELD');
    });
  });

  it('a participation ended by SQL: the very next read is refused (participation is never cached)', async () => {
    const politie = await callerByEmail(t, 'wijkagent@politie.demo.example');
    const agencyId = agencies.get('Politie basisteam Demostad')!;
    const [row] = (
      await operator.query<{ id: string }>(
        `SELECT cp.case_id AS id FROM case_participant cp
          WHERE cp.agency_id = $1 AND cp.ended_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM case_participant o
                             WHERE o.case_id = cp.case_id AND o.agency_id = $1 AND o.id <> cp.id)
          LIMIT 1`,
        [agencyId],
      )
    ).rows;
    ok(await politie.gql(CASE, { id: row!.id }));
    await warm(politie);
    await operator.query(
      `UPDATE case_participant SET ended_at = now(), end_reason = 'Einde voor de cachetest'
        WHERE case_id = $1 AND agency_id = $2 AND ended_at IS NULL`,
      [row!.id, agencyId],
    );
    const after = await politie.gql<{ case: unknown }>(CASE, { id: row!.id });
    expect(after.data?.case ?? null).toBeNull();
    expect(after.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('changes by plain SQL from another connection', () => {
  const user = 'veiligthuis@veiligthuis.demo.example';

  it('a disabled user is refused within the bound', async () => {
    const caller = callerFor(t, users.get(user)!);
    await warm(caller);
    await operator.query(`UPDATE app_user SET active = false WHERE id = $1`, [caller.userId]);
    try {
      await within(async () => refused(await caller.gql(ME)));
    } finally {
      await operator.query(`UPDATE app_user SET active = true WHERE id = $1`, [caller.userId]);
    }
  });

  it('a session revoked is refused within the bound', async () => {
    const { caller, sid } = signedIn(users.get('wijkagent@politie.demo.example')!);
    await warm(caller);
    await operator.query(
      `INSERT INTO revoked_session (session_id, expires_at) VALUES ($1, now() + interval '1 hour')`,
      [sid],
    );
    await within(async () => refused(await caller.gql(ME)));
  });

  it('a consent withdrawn is lost within the bound', async () => {
    const wijkteam = await callerByEmail(t, 'wijkteam@demostad.demo.example');
    const ggz = await callerByEmail(t, 'ggz@ggz.demo.example');
    const { recordConsent } = ok(
      await ggz.gql<{ recordConsent: { id: string } }>(
        `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
        {
          input: {
            caseId: cases.get('ZVH-2026-001'),
            category: 'CARE',
            recipientAgencyId: agencies.get('Wijkteam Demostad-Noord'),
          },
        },
      ),
    );
    expect(await careOf(wijkteam, 'ZVH-2026-001')).not.toEqual([]);
    await warm(wijkteam);
    await operator.query(`UPDATE consent SET withdrawn_at = now() WHERE id = $1`, [
      recordConsent.id,
    ]);
    await within(async () => (await careOf(wijkteam, 'ZVH-2026-001')).length === 0);
  });
});

describe('time', () => {
  it('a consent that runs out is not served from memory beyond its end', async () => {
    const wijkteam = await callerByEmail(t, 'wijkteam@demostad.demo.example');
    const ggz = await callerByEmail(t, 'ggz@ggz.demo.example');
    const { recordConsent } = ok(
      await ggz.gql<{ recordConsent: { id: string } }>(
        `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
        {
          input: {
            caseId: cases.get('ZVH-2026-001'),
            category: 'CARE',
            recipientAgencyId: agencies.get('Wijkteam Demostad-Noord'),
          },
        },
      ),
    );
    const {
      rows: [row],
    } = await operator.query<{ ends: Date }>(
      `UPDATE consent SET valid_until = now() + interval '1.5 seconds' WHERE id = $1
       RETURNING valid_until AS ends`,
      [recordConsent.id],
    );
    expect(await careOf(wijkteam, 'ZVH-2026-001')).not.toEqual([]);
    await warm(wijkteam);
    // No change notifies when the moment passes: the entry must end there by itself.
    await within(() => Promise.resolve(Date.now() > row!.ends.getTime() + 50), 5000);
    expect(await careOf(wijkteam, 'ZVH-2026-001')).toEqual([]);
  });
});

describe('while the listener is down', () => {
  it('nothing is served from memory, so a revocation during the outage takes effect', async () => {
    const caller = callerFor(t, users.get('privacy@zvh.demo.example')!);
    await warm(caller);
    // Keep the listener down: terminate it, and every new one, until the checks are done.
    const killer = new Client({ connectionString: t.database.url });
    await killer.connect();
    let outage = true;
    const kill = () =>
      killer.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE application_name = 'schakel-session-cache' AND datname = current_database()`,
      );
    const keepingDown = (async () => {
      while (outage) await kill();
    })();
    try {
      await within(() => Promise.resolve(!cache.active));
      // Served (from the database) during the outage, then revoked: the notification of the
      // change reaches nobody.
      ok(await caller.gql(ME));
      ok(await caller.gql(ME));
      await operator.query(`UPDATE app_user SET active = false WHERE id = $1`, [caller.userId]);
      expect(refused(await caller.gql(ME))).toBe(true);
    } finally {
      outage = false;
      await keepingDown;
      await killer.end();
    }
    try {
      // Back, it starts from nothing: still refused.
      await within(() => Promise.resolve(cache.active), 10_000);
      expect(refused(await caller.gql(ME))).toBe(true);
    } finally {
      await operator.query(`UPDATE app_user SET active = true WHERE id = $1`, [caller.userId]);
    }
    await within(async () => !refused(await caller.gql(ME)));
    await warm(caller);
  });
});
