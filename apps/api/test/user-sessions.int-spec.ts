// Session hygiene (issue 15 item 7): a record per session (device, address, start, last activity
// at most once a minute), the list of one's own sessions, "end this session" and "log out
// everywhere" — the ended sessions' next requests fail, also when their checked row sits in the
// session cache, and their live sockets close at once; each ending is in the security trail.
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { AuditService } from '../src/audit/audit.service';
import { verifyAllAuditChains } from '../src/audit/audit-verifier';
import { SessionCache } from '../src/auth/session-cache';
import { SESSION_EXPIRES_HEADER } from '../src/auth/session-token.service';
import { touchUserSessionQuery } from '../src/auth/user-session.queries';
import { UserSessionsService } from '../src/auth/user-sessions.service';
import { DEMO_PASSWORD } from '../src/demo/demo-data';
import { errorCode, gql, login, ME, type GqlResponse } from './support/graphql-client';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let wsUrl: string;
let origin: string;
let ip = 1;

beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  wsUrl = `ws://127.0.0.1:${port}/graphql`;
  origin = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await t.close();
});

const SESSIONS = `query { mySessions { id current method userAgent originAddress startedAt lastSeenAt } }`;

interface Listed {
  id: string;
  current: boolean;
  method: string;
  userAgent: string | null;
  originAddress: string | null;
  startedAt: string;
  lastSeenAt: string;
}

/** One browser signed in: its cookie, CSRF token and session id. */
interface Browser {
  cookie: string;
  csrf: string;
  sid: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResponse<T>>;
}

async function signIn(email: string, userAgent: string): Promise<Browser> {
  const address = `203.0.113.${ip++}`;
  const res = await login(t.agent(), email, DEMO_PASSWORD, {
    'x-forwarded-for': address,
    'user-agent': userAgent,
  });
  expect(res.errors).toBeUndefined();
  const cookie = ([] as string[])
    .concat(res.headers['set-cookie'] ?? [])
    .find((c) => c.startsWith('schakel_session='))!
    .split(';')[0]!;
  const token = cookie.split('=')[1]!;
  const { sid } = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
    sid: string;
  };
  const csrf = res.data!.login.csrfToken;
  return {
    cookie,
    csrf,
    sid,
    gql: (query, variables = {}) =>
      gql(t.agent(), query, variables, {
        csrf,
        headers: { cookie, 'x-forwarded-for': address, 'user-agent': userAgent },
      }),
  };
}

/** An open live socket of a browser, acknowledged (registered) by the server. */
async function openSocket(b: Browser): Promise<{ closed: Promise<number>; ws: WebSocket }> {
  const ws = new WebSocket(wsUrl, 'graphql-transport-ws', {
    headers: { origin, cookie: b.cookie },
  });
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init' })));
    ws.on('message', (data: Buffer) => {
      if ((JSON.parse(data.toString()) as { type: string }).type === 'connection_ack') resolve();
    });
    ws.on('unexpected-response', () => reject(new Error('socket refused')));
    ws.on('error', reject);
  });
  return { closed, ws };
}

const within = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms),
    ),
  ]);

const trail = async (operation: string, recordId: string) => {
  await t.app.get(AuditService).settled();
  return t.db.query<{ action: string; result: string; detail: string | null; actor: string }[]>(
    `SELECT action, result, detail, actor_user_id::text AS actor FROM audit_event
      WHERE operation = $1 AND record_id = $2 ORDER BY seq`,
    [operation, recordId],
  );
};

describe('the list of one’s sessions', () => {
  it('shows each session with its browser, address, start and last activity; the current one marked', async () => {
    const laptop = await signIn(
      'wijkteam@demostad.demo.example',
      'Mozilla/5.0 (Windows NT 10.0) Firefox/140.0',
    );
    const phone = await signIn(
      'wijkteam@demostad.demo.example',
      'Mozilla/5.0 (iPhone) Safari/605.1',
    );
    const other = await signIn('ggz@ggz.demo.example', 'Other user');
    const listed = (await laptop.gql<{ mySessions: Listed[] }>(SESSIONS)).data!.mySessions;
    const ids = listed.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining([laptop.sid, phone.sid]));
    expect(ids).not.toContain(other.sid);
    const mine = listed.find((s) => s.id === laptop.sid)!;
    expect(mine).toMatchObject({
      current: true,
      method: 'password',
      userAgent: 'Mozilla/5.0 (Windows NT 10.0) Firefox/140.0',
      originAddress: expect.stringMatching(/^203\.0\.113\./) as unknown,
    });
    expect(listed.find((s) => s.id === phone.sid)).toMatchObject({
      current: false,
      userAgent: 'Mozilla/5.0 (iPhone) Safari/605.1',
    });
    expect(Date.parse(mine.lastSeenAt)).toBeGreaterThanOrEqual(Date.parse(mine.startedAt));
  });

  it('writes last activity at most once a minute: per process and per statement', async () => {
    const b = await signIn('om@om.demo.example', 'Laptop');
    const sessions = t.app.get(UserSessionsService);
    // Just started: this process wrote it a moment ago.
    expect(sessions.seen(b.sid)).toBe(false);
    // Made a minute old, as another process might find it: the statement writes it once.
    await t.db.query(
      `UPDATE user_session SET last_seen_at = now() - interval '2 minutes' WHERE id = $1`,
      [b.sid],
    );
    const touch = touchUserSessionQuery(b.sid);
    // (An UPDATE answers [rows, count] through TypeORM.)
    const [, first] = await t.db.query<[unknown[], number]>(touch.sql, touch.params);
    const [, second] = await t.db.query<[unknown[], number]>(touch.sql, touch.params);
    expect([first, second]).toEqual([1, 0]);
  });
});

describe('ending sessions', () => {
  it('"end this session": the other session fails its next request (cached or not) and its socket closes at once', async () => {
    const laptop = await signIn('veiligthuis@veiligthuis.demo.example', 'Laptop');
    const phone = await signIn('veiligthuis@veiligthuis.demo.example', 'Phone');
    // The phone's checked row is in the session cache.
    expect(t.app.get(SessionCache).active).toBe(true);
    expect((await phone.gql(ME)).errors).toBeUndefined();
    expect((await phone.gql(ME)).errors).toBeUndefined();
    const socket = await openSocket(phone);

    const ended = await laptop.gql<{ endSession: boolean }>(
      `mutation($id: ID!) { endSession(id: $id) }`,
      { id: phone.sid },
    );
    expect(ended.data).toEqual({ endSession: true });
    expect(await within(socket.closed, 5000, 'the socket closing')).toBe(4401);
    expect(errorCode(await phone.gql(ME))).toBe('SESSION_EXPIRED');
    expect((await laptop.gql(ME)).errors).toBeUndefined();
    const listed = (await laptop.gql<{ mySessions: Listed[] }>(SESSIONS)).data!.mySessions;
    expect(listed.map((s) => s.id)).not.toContain(phone.sid);
    expect(await trail('session.ended', phone.sid)).toEqual([
      expect.objectContaining({ action: 'LOGOUT', result: 'ALLOWED' }),
    ]);
  });

  it("refuses to end another user's session or one that ended (NOT_FOUND), and leaves it running", async () => {
    const mine = await signIn('woningcorporatie@demohuis.demo.example', 'Mine');
    const theirs = await signIn('reclassering@reclassering.demo.example', 'Theirs');
    const res = await mine.gql(`mutation($id: ID!) { endSession(id: $id) }`, { id: theirs.sid });
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect((await theirs.gql(ME)).errors).toBeUndefined();
  });

  it('a session revoked elsewhere (another process, an operator) closes its socket on the notification', async () => {
    const b = await signIn('privacy@ggz.demo.example', 'Laptop');
    const socket = await openSocket(b);
    await t.db.query(
      `INSERT INTO revoked_session (session_id, expires_at) VALUES ($1, now() + interval '1 hour')`,
      [b.sid],
    );
    expect(await within(socket.closed, 5000, 'the socket closing')).toBe(4401);
  });

  it('"log out everywhere": every session of the user ends (this one too), sockets close, the trail says how many', async () => {
    const email = 'privacy@politie.demo.example';
    const a = await signIn(email, 'A');
    const b = await signIn(email, 'B');
    const c = await signIn(email, 'C');
    expect((await c.gql(ME)).errors).toBeUndefined();
    const socket = await openSocket(b);
    const res = await a.gql<{ logOutEverywhere: number }>(`mutation { logOutEverywhere }`);
    expect(res.data).toEqual({ logOutEverywhere: 3 });
    const cleared = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    expect(cleared.some((c) => /^schakel_session=;/.test(c))).toBe(true);
    expect(await within(socket.closed, 5000, 'the socket closing')).toBe(4401);
    for (const browser of [a, b, c])
      expect(errorCode(await browser.gql(ME))).toBe('SESSION_EXPIRED');
    const events = await trail('session.ended_all', a.sid);
    expect(events).toEqual([
      expect.objectContaining({
        action: 'LOGOUT',
        result: 'ALLOWED',
        detail: '{"after":{"sessionsEnded":3}}',
      }),
    ]);
    // A new login works and is the only session listed.
    const again = await signIn(email, 'D');
    const listed = (await again.gql<{ mySessions: Listed[] }>(SESSIONS)).data!.mySessions;
    expect(listed.map((s) => s.id)).toEqual([again.sid]);
  });

  it('a logout closes its record: the session is no longer listed', async () => {
    const email = 'exodus@exodus.demo.example';
    const a = await signIn(email, 'A');
    const b = await signIn(email, 'B');
    expect((await b.gql(`mutation { logout }`)).data).toEqual({ logout: true });
    const listed = (await a.gql<{ mySessions: Listed[] }>(SESSIONS)).data!.mySessions;
    expect(listed.map((s) => s.id)).toEqual([a.sid]);
  });

  it('the trail of all this verifies', async () => {
    await t.app.get(AuditService).settled();
    for (const check of await verifyAllAuditChains(t.db)) expect(check.reason).toBeNull();
  });
});

describe('staying signed in', () => {
  it('every answer says when the session ends without activity; "Blijf ingelogd" moves it on', async () => {
    const b = await signIn('gemeente@demostad.demo.example', 'Laptop');
    const me = await b.gql<{ me: { user: { id: string } } }>(
      `query { me { sessionIdleExpiresAt } }`,
    );
    const header = Number(me.headers[SESSION_EXPIRES_HEADER]);
    const idle = Date.parse(
      (me.data as unknown as { me: { sessionIdleExpiresAt: string } }).me.sessionIdleExpiresAt,
    );
    expect(header * 1000).toBe(idle);
    expect(idle).toBeGreaterThan(Date.now());
    // The token's clock runs in seconds: extend once the second has moved on.
    const deadline = Date.now() + 5000;
    while (
      Math.floor(Date.now() / 1000) <= Math.floor(idle / 1000) - t.config.sessionIdleSeconds &&
      Date.now() < deadline
    ) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const extended = await b.gql<{ extendSession: string }>(`mutation { extendSession }`);
    expect(extended.errors).toBeUndefined();
    expect(Date.parse(extended.data!.extendSession)).toBeGreaterThan(idle);
    expect(Number(extended.headers[SESSION_EXPIRES_HEADER]) * 1000).toBe(
      Date.parse(extended.data!.extendSession),
    );
    expect(
      ([] as string[])
        .concat(extended.headers['set-cookie'] ?? [])
        .some((c) => c.startsWith('schakel_session=')),
    ).toBe(true);
  });
});
