import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { buildSchemaSdl } from '../src/print-schema';
import { DEMO_PASSWORD } from '../src/demo/demo-data';
import { errorCode, gql, login } from './support/graphql-client';
import { createTestApp, type TestApp } from './support/test-app';

describe('development defaults', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves liveness and readiness', async () => {
    await t.agent().get('/health/live').expect(200, { status: 'ok' });
    const ready = await t.agent().get('/health/ready').expect(200);
    // Readiness also reports the audit trail (issue 13): answers go out with their events.
    expect(ready.body).toMatchObject({
      status: 'ok',
      database: 'ok',
      auditTrail: { state: 'ok', queued: expect.any(Number) as unknown },
    });
  });

  it('sends security headers with a strict Content-Security-Policy', async () => {
    const res = await t.agent().get('/health/live');
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('rejects too many aliases during validation, before authentication or any resolver', async () => {
    const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: me { roles }`).join(' ');
    const res = await gql(t.agent(), `{ ${aliases} }`);
    expect(errorCode(res)).toBe('QUERY_TOO_COMPLEX');
    // Would be UNAUTHENTICATED if the guard (which reads the database) had run.
    expect(res.errors!.every((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX')).toBe(true);
  });

  it('keeps field suggestions and introspection outside production', async () => {
    const res = await gql(t.agent(), '{ mee { roles } }');
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/Did you mean "me"\?/);
    const intro = await gql<{ __schema: { queryType: { name: string } } }>(
      t.agent(),
      '{ __schema { queryType { name } } }',
    );
    expect(intro.data?.__schema.queryType.name).toBe('Query');
  });

  it('survives the database dropping all its connections (pool error handler) and is ready again', async () => {
    await t.agent().get('/health/ready').expect(200);
    // What a PostgreSQL restart looks like to the pool: every server connection is terminated.
    const admin = new Client({ connectionString: t.database.url });
    await admin.connect();
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'schakel-api'`,
      [t.database.name],
    );
    await admin.end();
    await new Promise((r) => setTimeout(r, 200));
    expect(t.logs.some((l) => l.includes('database pool client error'))).toBe(true);
    await t.agent().get('/health/ready').expect(200);
    const res = await login(t.agent(), 'wijkagent@politie.demo.example', DEMO_PASSWORD);
    expect(res.errors).toBeUndefined();
  });

  it('has a committed schema.gql equal to the schema the resolvers produce', async () => {
    const committed = readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8');
    expect(await buildSchemaSdl()).toBe(committed);
  });
});

describe('production defaults', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ NODE_ENV: 'production', SCHAKEL_DEMO_DATA: '' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('does not load the demo region unless asked', async () => {
    const rows: unknown[] = await t.db.query('SELECT 1 FROM region');
    expect(rows).toHaveLength(0);
    const res = await login(t.agent(), 'wijkagent@politie.demo.example', DEMO_PASSWORD);
    expect(errorCode(res)).toBe('INVALID_CREDENTIALS');
  });

  it('refuses introspection', async () => {
    const res = await gql(t.agent(), '{ __schema { types { name } } }');
    expect(res.data).toBeNull();
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('gives no field suggestions that would map the schema', async () => {
    const res = await gql(t.agent(), '{ mee { roles } }');
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).not.toMatch(/Did you mean/);
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.js/);
  });

  it('marks cookies Secure outside localhost', async () => {
    expect(t.config.secureCookies).toBe(true);
    const res = await t.agent().get('/health/live');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
  });
});
