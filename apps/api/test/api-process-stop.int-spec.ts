// Issue 13, item 3, as the platform does it: the built API gets SIGTERM, and SIGKILL 10 s later
// (Docker's default), while its audit INSERT is stuck (a lock on the chain head that no timeout
// ends, like a synchronous standby gone), a live WebSocket client does not answer the close
// handshake, one client is half-way through its headers and one idles on a kept-alive
// connection. The process must exit on its own well before the SIGKILL, with the unwritten
// events (the one of the INSERT in flight too) in its log.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DEMO_PASSWORD } from '../src/demo/demo-data';
import { createTestDatabase, type TestDatabase } from './support/test-database';

const root = join(__dirname, '..', '..', '..');
const main = join(root, 'dist', 'apps', 'api', 'main.js');

let database: TestDatabase;

interface Api {
  process: ChildProcess;
  port: number;
  output: string[];
}
let api: Api;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port: p } = server.address() as { port: number };
      server.close(() => resolve(p));
    });
  });

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function waitFor(condition: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const start = performance.now();
  while (performance.now() - start < ms) {
    if (await condition()) return true;
    await sleep(25);
  }
  return false;
}

interface LogEntry {
  msg: string;
  count?: number;
  inFlight?: number;
  events?: { operation: string; request_id: string | null }[];
}
const logEntries = (): LogEntry[] =>
  api.output
    .join('')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as LogEntry);

/** The built API as `npm start` runs it, on the test database. */
async function startApi(): Promise<Api> {
  const port = await freePort();
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: database.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      SESSION_SECRET: 'process-stop-test-secret-0123456789abcdef',
      PUBLIC_URL: `http://localhost:${port}`,
      SCHAKEL_DEMO_DATA: 'true',
      DB_APP_ROLE: 'schakel_app',
      // No timeout ends the stuck INSERT (what a synchronous standby gone looks like).
      AUDIT_STATEMENT_TIMEOUT_MS: '600000',
      AUDIT_LOCK_TIMEOUT_MS: '600000',
      LIVE_HANDSHAKE_TIMEOUT_SECONDS: '60',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api = { process: child, port, output: [] };
  child.stdout.on('data', (chunk: Buffer) => api.output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => api.output.push(chunk.toString()));
  const up = await waitFor(
    () => logEntries().some((e) => e.msg === 'Schakel API listening') || child.exitCode !== null,
    90_000,
  );
  if (!up || child.exitCode !== null) {
    throw new Error(`the API did not start:\n${api.output.join('')}`);
  }
  return api;
}

beforeAll(() => {
  // `npm test` runs Jest before the build stage: build the API here (an Nx cache hit when built).
  execFileSync(
    join(root, 'node_modules', '.bin', 'nx'),
    ['run', 'api:build', '--outputStyle=static'],
    {
      cwd: root,
      stdio: 'ignore',
      env: { ...process.env, NX_DAEMON: 'false' },
    },
  );
}, 240_000);
beforeEach(async () => {
  database ??= await createTestDatabase();
  await startApi();
}, 120_000);
afterEach(() => {
  const child = api.process;
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});
afterAll(async () => {
  await database?.drop();
});

/** Signs in through the API (the demo user's password), as a browser would. */
async function signIn(): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`http://127.0.0.1:${api.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({
      query: `mutation($input: LoginInput!) { login(input: $input) { csrfToken } }`,
      variables: { input: { email: 'procesregisseur@zvh.demo.example', password: DEMO_PASSWORD } },
    }),
  });
  const body = (await res.json()) as { data: { login: { csrfToken: string } } };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrf: body.data.login.csrfToken };
}

/** A raw socket, opened and (for the given request text) written. */
function openSocket(text: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(api.port, '127.0.0.1', () => {
      socket.write(text);
      resolve(socket);
    });
    socket.on('error', reject);
  });
}

/** The read as the portal sends it, with a request id its audit event carries. */
const readCases = (session: { cookie: string; csrf: string }, requestId: string) =>
  fetch(`http://127.0.0.1:${api.port}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      'x-csrf-token': session.csrf,
      'x-request-id': requestId,
      cookie: session.cookie,
    },
    body: JSON.stringify({ query: `{ cases(first: 5) { nodes { reference } } }` }),
  });

/** Whether a connection of the given pool waits for a lock. */
async function waitsForLock(db: Client, applicationName: string): Promise<boolean> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND application_name = $1 AND wait_event_type = 'Lock'`,
    [applicationName],
  );
  return rows[0]!.n > 0;
}

/**
 * Clients connected, the chain head locked and an answered read whose event is stuck in the
 * INSERT; then `more` (another fault), SIGTERM and SIGKILL 10 s later, as Docker does.
 */
async function stopUnderFaults(
  more: (session: { cookie: string; csrf: string }, owner: Client) => Promise<void>,
): Promise<{ tookMs: number; lost: LogEntry | undefined }> {
  const session = await signIn();
  const owner = new Client({ connectionString: database.url });
  await owner.connect();
  const other = new Client({ connectionString: database.url });
  await other.connect();
  const sockets: Socket[] = [];
  try {
    // A live client that never answers the close handshake (a frozen browser tab).
    const live = await openSocket(
      `GET /graphql HTTP/1.1\r\nHost: localhost:${api.port}\r\nUpgrade: websocket\r\n` +
        `Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n` +
        `Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n` +
        `Origin: http://localhost:${api.port}\r\nCookie: ${session.cookie}\r\n\r\n`,
    );
    sockets.push(live);
    const switched = await new Promise<string>((r) =>
      live.once('data', (d: Buffer) => r(d.toString())),
    );
    expect(switched).toMatch(/^HTTP\/1\.1 101/);
    live.pause(); // reads nothing from now on
    const idle = await openSocket(
      `GET /health/live HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n`,
    );
    sockets.push(idle);
    await new Promise((r) => idle.once('data', r));
    sockets.push(await openSocket(`GET /health/live HTTP/1.1\r\nHost: x\r\nX-Slow: `));

    // The chain head locked, then a read: answered, its event stuck in the INSERT.
    await owner.query('BEGIN');
    await owner.query(
      `SELECT 1 FROM audit_chain c JOIN region r ON r.id = c.region_id
        WHERE r.code = 'demo' FOR UPDATE OF c`,
    );
    expect((await readCases(session, 'process-stop-read-1')).status).toBe(200);
    expect(await waitFor(() => waitsForLock(other, 'schakel-audit'), 10_000)).toBe(true);
    await more(session, other);

    const exited = new Promise<number>((r) => api.process.once('exit', () => r(performance.now())));
    const signalled = performance.now();
    api.process.kill('SIGTERM');
    const killer = setTimeout(() => api.process.kill('SIGKILL'), 10_000);
    const tookMs = (await exited) - signalled;
    clearTimeout(killer);
    process.stdout.write(
      `API stop (SIGTERM) under faults: ${Math.round(tookMs)} ms, ` +
        `exit ${api.process.exitCode ?? api.process.signalCode}; ` +
        `${logEntries()
          .filter((e) => /^(audit events not written|stop took too long)/.test(e.msg))
          .map((e) => `"${e.msg}"${e.count === undefined ? '' : ` (${e.count} events)`}`)
          .join(', ')}\n`,
    );
    const lost = logEntries().find((e) => e.msg.startsWith('audit events not written'));
    return { tookMs, lost };
  } finally {
    for (const s of sockets) s.destroy();
    await owner.query('ROLLBACK').catch(() => undefined);
    await other.query('ROLLBACK').catch(() => undefined);
    await owner.end();
    await other.end();
  }
}

it('exits within 8 s of SIGTERM with a stuck audit INSERT and clients connected, logging every unwritten event', async () => {
  const { tookMs, lost } = await stopUnderFaults(() => Promise.resolve());
  expect(tookMs).toBeLessThan(8000);
  expect(api.process.signalCode).toBe('SIGTERM'); // Nest's own exit after its hooks, no SIGKILL
  expect(lost?.msg).toBe('audit events not written at shutdown');
  expect(lost!.inFlight).toBeGreaterThan(0);
  expect(lost!.events!.map((e) => e.request_id)).toContain('process-stop-read-1');
  expect(lost!.events!.filter((e) => e.operation === 'audit.stopped').length).toBeGreaterThan(0);
}, 60_000);

it('exits at its own deadline, before the SIGKILL, when a request is stuck in the database too', async () => {
  const { tookMs, lost } = await stopUnderFaults(async (session, other) => {
    // A table every case read needs, locked: the request and the app's pool hang with it.
    await other.query('BEGIN');
    await other.query('LOCK TABLE case_file IN ACCESS EXCLUSIVE MODE');
    void readCases(session, 'process-stop-read-2').catch(() => undefined);
    expect(await waitFor(() => waitsForLock(other, 'schakel-api'), 10_000)).toBe(true);
  });
  expect(tookMs).toBeLessThan(8000);
  expect(api.process.signalCode).not.toBe('SIGKILL');
  expect(lost!.events!.map((e) => e.request_id)).toContain('process-stop-read-1');
}, 60_000);

it('without faults stops at once and writes audit.stopped in every region', async () => {
  const session = await signIn();
  expect((await readCases(session, 'process-stop-read-3')).status).toBe(200);
  const idle = await openSocket(
    `GET /health/live HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n`,
  );
  await new Promise((r) => idle.once('data', r));
  const started = logEntries().find((e) => e.msg === 'audit writer started') as
    (LogEntry & { instance: string }) | undefined;
  const exited = new Promise<number>((r) => api.process.once('exit', () => r(performance.now())));
  const signalled = performance.now();
  api.process.kill('SIGTERM');
  const tookMs = (await exited) - signalled;
  idle.destroy();
  process.stdout.write(`API stop (SIGTERM) without faults: ${Math.round(tookMs)} ms\n`);
  expect(tookMs).toBeLessThan(4000);
  expect(api.process.signalCode).toBe('SIGTERM');
  expect(logEntries().filter((e) => e.msg.startsWith('audit events not written'))).toEqual([]);
  const db = new Client({ connectionString: database.url });
  await db.connect();
  try {
    const { rows } = await db.query<{ stopped: number; regions: number; read: number }>(
      `SELECT (SELECT count(*)::int FROM audit_event
                WHERE operation = 'audit.stopped' AND record_id = $1) AS stopped,
              (SELECT count(*)::int FROM region) AS regions,
              (SELECT count(*)::int FROM audit_event WHERE request_id = 'process-stop-read-3') AS read`,
      [started!.instance],
    );
    expect(rows[0]).toEqual({ stopped: rows[0]!.regions, regions: rows[0]!.regions, read: 1 });
  } finally {
    await db.end();
  }
}, 60_000);
