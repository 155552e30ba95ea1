// The HTTP edge against hostile clients (issue 11, items 8, 12, 13 and 15): upgrades on paths
// nobody serves, slow clients, proxy trust, and the headers on every answer. Raw sockets where
// the behaviour is below HTTP clients.
import type { Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { AuditService } from '../src/audit/audit.service';
import { BODY_LIMIT_BYTES, CONTENT_SECURITY_POLICY, PERMISSIONS_POLICY } from '../src/bootstrap';
import { ConfigError, loadConfig } from '../src/config/app-config';
import { DEMO_PASSWORD } from '../src/demo/demo-data';
import { errorCode, gql, login, ME } from './support/graphql-client';
import { createTestApp, type TestApp } from './support/test-app';

const wijkagent = 'wijkagent@politie.demo.example';

/** Listens on an ephemeral loopback port (supertest's own server is not reachable by raw sockets). */
async function listen(t: TestApp): Promise<{ server: Server; port: number }> {
  await t.app.listen(0, '127.0.0.1');
  const server = t.app.getHttpServer();
  return { server, port: (server.address() as AddressInfo).port };
}

const openConnections = (server: Server) =>
  new Promise<number>((resolve, reject) =>
    server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
  );

interface RawOutcome {
  answer: string;
  closedByServer: boolean;
}

/** Sends `request` on a raw socket and waits until the server closes it, or `timeoutMs` passes. */
function rawRequest(port: number, request: string, timeoutMs: number): Promise<RawOutcome> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    let done = false;
    const finish = (closedByServer: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ answer, closedByServer });
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('end', () => finish(true));
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    socket.write(request);
  });
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

describe('upgrade requests on paths other than the live endpoint (item 8)', () => {
  let t: TestApp;
  let server: Server;
  let port: number;
  beforeAll(async () => {
    t = await createTestApp();
    ({ server, port } = await listen(t));
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers each of 300 parallel upgrades to a wrong path with 404 and closes its socket', async () => {
    const baseline = await openConnections(server);
    const upgrade = (path: string) =>
      `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: Upgrade\r\n` +
      `Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n` +
      `Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`;
    const outcomes = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        rawRequest(port, upgrade(i % 2 ? `/anything/${i}` : '/graphql/x'), 10_000),
      ),
    );
    const unanswered = outcomes.filter((o) => !o.answer.startsWith('HTTP/1.1 404'));
    expect(unanswered).toHaveLength(0);
    expect(outcomes.every((o) => o.closedByServer)).toBe(true);
    // The server lets go of every one of them: no socket left behind (CLOSE-WAIT).
    expect(await waitFor(async () => (await openConnections(server)) <= baseline, 10_000)).toBe(
      true,
    );
  });

  it('still answers an upgrade on the live path without a session with 401', async () => {
    const outcome = await rawRequest(
      port,
      `GET /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: http://127.0.0.1:${port}\r\n` +
        `Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n` +
        `Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`,
      10_000,
    );
    expect(outcome.answer).toMatch(/^HTTP\/1\.1 40[13]/);
    expect(outcome.closedByServer).toBe(true);
  });
});

describe('slow clients (item 15)', () => {
  let t: TestApp;
  let server: Server;
  let port: number;
  beforeAll(async () => {
    t = await createTestApp({
      HTTP_HEADERS_TIMEOUT_SECONDS: '2',
      HTTP_REQUEST_TIMEOUT_SECONDS: '3',
    });
    ({ server, port } = await listen(t));
  });
  afterAll(async () => {
    await t.close();
  });

  it('disconnects a client that sends one header byte per second once the header time is up', async () => {
    const baseline = await openConnections(server);
    const socket: Socket = connect(port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const started = Date.now();
    let closedAfterMs: number | null = null;
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('error', () => undefined);
    const closed = new Promise<void>((resolve) =>
      socket.on('close', () => {
        closedAfterMs = Date.now() - started;
        resolve();
      }),
    );
    socket.write(`GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: `);
    // One byte a second, for at most 25 s (Node's default would keep it for 60–90 s).
    for (let i = 0; i < 25 && closedAfterMs === null; i++) {
      await new Promise((r) => setTimeout(r, 1000));
      if (!socket.destroyed) socket.write('a');
    }
    socket.destroy();
    await closed;
    // Configured: 2 s for the headers, checked every 0.5 s. Generous for a busy machine.
    expect(closedAfterMs).not.toBeNull();
    expect(closedAfterMs!).toBeLessThan(15_000);
    expect(answer).toMatch(/^HTTP\/1\.1 408|^$/);
    expect(await waitFor(async () => (await openConnections(server)) <= baseline, 5_000)).toBe(
      true,
    );
  }, 40_000);

  it('still serves an ordinary request', async () => {
    await t.agent().get('/health/live').expect(200);
  });

  it('refuses a header timeout longer than the request timeout at startup', () => {
    expect(() =>
      loadConfig({
        DATABASE_URL: 'postgres://x@localhost/db',
        HTTP_HEADERS_TIMEOUT_SECONDS: '60',
        HTTP_REQUEST_TIMEOUT_SECONDS: '30',
      }),
    ).toThrow(/HTTP_HEADERS_TIMEOUT_SECONDS/);
  });
});

describe('proxy trust (item 12)', () => {
  const base = { DATABASE_URL: 'postgres://x@localhost/db' };

  it.each(['true', 'TRUE', '*', '1', '2', '10.0.0.0/8, true', '0.0.0.0/0', '::/0', 'proxy.local'])(
    'refuses TRUST_PROXY=%s at startup with a clear message',
    (value) => {
      expect(() => loadConfig({ ...base, TRUST_PROXY: value })).toThrow(ConfigError);
      expect(() => loadConfig({ ...base, TRUST_PROXY: value })).toThrow(/TRUST_PROXY/);
    },
  );

  it('accepts explicit addresses, CIDR ranges and the fixed range names', () => {
    expect(loadConfig({ ...base, TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
    ]);
    expect(loadConfig({ ...base, TRUST_PROXY: 'uniquelocal' }).trustProxy).toEqual(['uniquelocal']);
    expect(loadConfig({ ...base, TRUST_PROXY: 'fd00::/8,::1' }).trustProxy).toEqual([
      'fd00::/8',
      '::1',
    ]);
    expect(loadConfig({ ...base }).trustProxy).toBe(false);
  });

  describe.each([
    ['unset', ''],
    ['a range without the client', '10.0.0.0/8,192.168.1.1'],
  ])('with TRUST_PROXY %s', (_label, trustProxy) => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ TRUST_PROXY: trustProxy });
    });
    afterAll(async () => {
      await t.close();
    });

    it('ignores X-Forwarded-For for the throttle and the audit origin', async () => {
      const account = 'ggd@ggd.demo.example';
      // Each failure claims another address; all count against the socket's address.
      for (let i = 0; i < 5; i++) {
        const res = await login(t.agent(), account, `wrong-password-${i}xx`, {
          'x-forwarded-for': `198.51.100.${i + 1}`,
        });
        expect(errorCode(res)).toBe('INVALID_CREDENTIALS');
      }
      const sources = await t.db.query<{ source: string }[]>(
        `SELECT DISTINCT source_address AS source FROM login_attempt`,
      );
      expect(sources.map((s) => s.source)).toEqual([expect.stringMatching(/127\.0\.0\.1$/)]);
      // So the sixth try, claiming yet another address, meets the throttle.
      const dodge = await login(t.agent(), account, DEMO_PASSWORD, {
        'x-forwarded-for': '198.51.100.99',
      });
      expect(errorCode(dodge)).toBe('LOGIN_THROTTLED');

      // The audit trail records the socket's address, not the claimed one.
      const agent = t.agent();
      const signedIn = await login(agent, wijkagent, DEMO_PASSWORD, {
        'x-forwarded-for': '203.0.113.9',
      });
      expect(signedIn.errors).toBeUndefined();
      const csrf = signedIn.data!.login.csrfToken;
      await gql(
        agent,
        '{ cases(first: 5) { nodes { id } } }',
        {},
        {
          csrf,
          headers: { 'x-forwarded-for': '203.0.113.9' },
        },
      );
      await t.app.get(AuditService).settled();
      const origins = await t.db.query<{ origin: string }[]>(
        `SELECT DISTINCT origin_address AS origin FROM audit_event WHERE origin_address IS NOT NULL`,
      );
      expect(origins.length).toBeGreaterThan(0);
      for (const { origin } of origins) expect(origin).toMatch(/127\.0\.0\.1$/);
    });
  });
});

describe('headers on every answer (item 13)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('sends Cache-Control: no-store and a Permissions-Policy on API answers', async () => {
    const answers = [
      await t.agent().get('/health/live'),
      await t
        .agent()
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('apollo-require-preflight', 'true')
        .send({ query: '{ me { roles } }' }),
      await t.agent().get('/meetings/00000000-0000-0000-0000-000000000000/minutes.pdf'),
      await t.agent().get('/no-such-route'),
    ];
    for (const res of answers) {
      expect(res.headers['cache-control']).toBe('no-store');
      const policy = res.headers['permissions-policy'] as string;
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
        expect(policy).toContain(`${feature}=()`);
    }
  });
});

describe('the session cookie in production (item 13)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      NODE_ENV: 'production',
      SCHAKEL_DEMO_DATA: 'true',
      PUBLIC_URL: 'https://schakel.example.nl',
      // The session cookie itself, after a password-only login (MFA: mfa-*.int-spec.ts).
      MFA_REQUIRED: 'false',
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('is named with the __Host- prefix: Secure, Path=/, no Domain', async () => {
    const res = await login(t.agent(), wijkagent, DEMO_PASSWORD);
    expect(res.errors).toBeUndefined();
    const cookies = [res.headers['set-cookie'] ?? []].flat();
    expect(cookies).toHaveLength(1);
    const cookie = cookies[0]!;
    expect(cookie).toMatch(/^__Host-schakel_session=/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; Path=\/(;|$)/);
    expect(cookie).not.toMatch(/Domain=/i);

    // Only that name is read: the unprefixed name (settable by a sibling host) is ignored.
    const token = cookie.split(';')[0]!.split('=').slice(1).join('=');
    const withHost = await gql(
      t.agent(),
      ME,
      {},
      {
        headers: { cookie: `__Host-schakel_session=${token}` },
      },
    );
    expect(withHost.errors).toBeUndefined();
    const plain = await gql(t.agent(), ME, {}, { headers: { cookie: `schakel_session=${token}` } });
    expect(errorCode(plain)).toBe('UNAUTHENTICATED');
  });
});

// The HTTP framework under Nest (ADR 0012) carries these; a change of framework must keep every
// one. Exact values, so a header that goes missing or loses a directive fails here.
describe('what the HTTP framework must carry (ADR 0012)', () => {
  let t: TestApp;
  let server: Server;
  beforeAll(async () => {
    t = await createTestApp({
      NODE_ENV: 'production',
      SCHAKEL_DEMO_DATA: 'true',
      PUBLIC_URL: 'https://schakel.example.nl',
      HTTP_HEADERS_TIMEOUT_SECONDS: '7',
      HTTP_REQUEST_TIMEOUT_SECONDS: '11',
      HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: '3',
    });
    ({ server } = await listen(t));
  });
  afterAll(async () => {
    await t.close();
  });

  const CSP =
    "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;" +
    "font-src 'self';connect-src 'self';object-src 'none';frame-ancestors 'none';" +
    "base-uri 'self';form-action 'self'";

  it('sends the full set of security headers, with their exact values', async () => {
    const res = await t.agent().get('/health/live');
    const expected: Record<string, string> = {
      'content-security-policy': CSP,
      'permissions-policy': PERMISSIONS_POLICY,
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'origin-agent-cluster': '?1',
      'x-dns-prefetch-control': 'off',
      'x-download-options': 'noopen',
      'x-permitted-cross-domain-policies': 'none',
      'x-xss-protection': '0',
    };
    for (const [name, value] of Object.entries(expected))
      expect([name, res.headers[name]]).toEqual([name, value]);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['cross-origin-embedder-policy']).toBeUndefined();
    // 18 features denied; passkeys (the second factor) allowed to the portal's own origin only.
    expect(PERMISSIONS_POLICY.split(', ')).toHaveLength(20);
    expect(PERMISSIONS_POLICY).toContain('publickey-credentials-get=(self)');
    expect(Object.keys(CONTENT_SECURITY_POLICY)).toHaveLength(10);
  });

  it('returns a sane X-Request-Id from the proxy, and its own otherwise', async () => {
    const given = await t.agent().get('/health/live').set('x-request-id', 'proxy-id-12345678');
    expect(given.headers['x-request-id']).toBe('proxy-id-12345678');
    const odd = await t.agent().get('/health/live').set('x-request-id', 'no spaces allowed');
    expect(odd.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('configures the slow-client limits on the server it listens with', () => {
    expect(server.headersTimeout).toBe(7000);
    expect(server.requestTimeout).toBe(11_000);
    expect(server.keepAliveTimeout).toBe(3000);
  });

  it('refuses a body over 100 KiB with 413 before GraphQL sees it', async () => {
    const res = await t
      .agent()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('apollo-require-preflight', 'true')
      .send({ query: `{ __typename }`, variables: { pad: 'x'.repeat(BODY_LIMIT_BYTES) } });
    expect(res.status).toBe(413);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-security-policy']).toBe(CSP);
  });

  it('answers GraphQL with the security headers too', async () => {
    const res = await gql(t.agent(), '{ __typename }');
    expect(res.headers['permissions-policy']).toBe(PERMISSIONS_POLICY);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-security-policy']).toBe(CSP);
  });
});
