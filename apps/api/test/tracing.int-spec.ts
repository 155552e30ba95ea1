// OpenTelemetry traces (issue 19, item 3; ADR 0031): the built API with TRACING=otlp sends its
// spans over OTLP/HTTP to a collector (a small receiver here that reads the JSON the exporter
// posts). A process, not createApp: the instrumentations patch http and pg as they are loaded.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '../src/demo/demo-data';
import { createTestDatabase, type TestDatabase } from './support/test-database';

const root = join(__dirname, '..', '..', '..');
const main = join(root, 'dist', 'apps', 'api', 'main.js');
const EMAIL = 'wijkagent@politie.demo.example';

interface Attribute {
  key: string;
  value: Record<string, unknown>;
}
interface Span {
  traceId: string;
  name: string;
  kind: number;
  attributes: Attribute[];
  service: string;
}

const attr = (span: Span, key: string): unknown =>
  Object.values(span.attributes.find((a) => a.key === key)?.value ?? {})[0];

let database: TestDatabase;
let collector: Server;
let api: ChildProcess | null = null;
let output = '';
const spans: Span[] = [];
const bodies: string[] = [];

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 150_000;
  while (!check()) {
    if (Date.now() > deadline)
      throw new Error(
        `${what} did not happen; ${bodies.length} posts, spans: ${JSON.stringify(spans.map((x) => [x.name, x.kind, x.attributes.map((a) => a.key)]))}`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  execFileSync(
    join(root, 'node_modules', '.bin', 'nx'),
    ['run', 'api:build', '--outputStyle=static'],
    { cwd: root, stdio: 'ignore', env: { ...process.env, NX_DAEMON: 'false' } },
  );
  database = await createTestDatabase();
  collector = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      bodies.push(body);
      if (req.url === '/v1/traces') {
        const parsed = JSON.parse(body) as {
          resourceSpans: {
            resource: { attributes: Attribute[] };
            scopeSpans: { spans: Omit<Span, 'service'>[] }[];
          }[];
        };
        for (const resource of parsed.resourceSpans) {
          const service = resource.resource.attributes.find((a) => a.key === 'service.name');
          for (const scope of resource.scopeSpans)
            for (const span of scope.spans)
              spans.push({ ...span, service: String(service?.value['stringValue']) });
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => collector.listen(0, '127.0.0.1', r));
}, 240_000);

afterAll(async () => {
  if (api && api.exitCode === null) api.kill('SIGKILL');
  collector?.closeAllConnections();
  await new Promise((r) => collector?.close(r));
  await database?.drop();
});

it('sends spans of HTTP requests and SQL statements, without values, health checks or secrets', async () => {
  const collectorPort = (collector.address() as AddressInfo).port;
  const port = await freePort();
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: database.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      SESSION_SECRET: 'tracing-test-secret-0123456789abcdefghij',
      SCHAKEL_DEMO_DATA: 'true',
      TRACING: 'otlp',
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${collectorPort}`,
      OTEL_SERVICE_NAME: 'schakel-api-test',
      OTEL_BSP_SCHEDULE_DELAY: '200',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api = child;
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await until(() => output.includes('Schakel API listening') || child.exitCode !== null, 'start');
  expect(child.exitCode).toBeNull();
  expect(output).toContain('tracing to OpenTelemetry');

  expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);
  const login = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({
      query: `mutation Login($input: LoginInput!) { login(input: $input) { roles } }`,
      variables: { input: { email: EMAIL, password: DEMO_PASSWORD } },
    }),
  });
  expect(login.status).toBe(200);

  const server = (s: Span) =>
    s.kind === 2 && (attr(s, 'http.method') ?? attr(s, 'http.request.method')) === 'POST';
  const statement = (s: Span) => attr(s, 'db.statement') ?? attr(s, 'db.query.text');
  const sql = (s: Span) => typeof statement(s) === 'string';
  await until(() => spans.some(server) && spans.some(sql), 'the spans’ arrival');

  expect(spans.every((s) => s.service === 'schakel-api-test')).toBe(true);
  const statements = spans.filter(sql).map((s) => String(statement(s)));
  expect(statements.some((s) => /\$1/.test(s))).toBe(true);
  // No health check, no value of a statement, no password or e-mail address in any span.
  expect(
    spans.filter((s) => s.kind === 2 && JSON.stringify(s.attributes).includes('/health/')),
  ).toEqual([]);
  // Nothing the login sent (the demo seed's own SQL names its fictional users; not checked).
  expect(bodies.join('\n')).not.toContain(DEMO_PASSWORD);
  const loginTrace = spans.find(server)!.traceId;
  const ofLogin = spans.filter((s) => s.traceId === loginTrace);
  expect(ofLogin.filter(sql).length).toBeGreaterThan(0);
  expect(JSON.stringify(ofLogin)).not.toContain(EMAIL);
  expect(JSON.stringify(ofLogin)).not.toContain(DEMO_PASSWORD);
}, 300_000);
