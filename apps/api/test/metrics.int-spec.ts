// Prometheus metrics (issue 19, item 3; ADR 0031): the real API under a short load, scraped on
// its separate listener. Counts must match the requests made, no label may carry personal data,
// and the public listener must not serve the metrics.
import type { AddressInfo } from 'node:net';
import { AuditService } from '../src/audit/audit.service';
import { DEMO_PASSWORD } from '../src/demo/demo-data';
import { MailService } from '../src/mail/mail.service';
import { MetricsEndpoint } from '../src/metrics/metrics-endpoint.service';
import { errorCode, gql, login, ME } from './support/graphql-client';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { createTestApp, type TestApp } from './support/test-app';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The Prometheus text format, as far as prom-client writes it (no escapes in our values). */
function parse(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g))
      labels[key!] = value!;
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

/** The sum of the samples named `name` whose labels include `labels` (0 when there are none). */
function value(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  return samples
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);
}

/** Polls `read` until it returns `expected` (jobs run on the queue's own clock); its last value. */
async function eventually(read: () => Promise<number>, expected: number): Promise<number> {
  const until = Date.now() + 60_000;
  let current = await read();
  while (current !== expected && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 250));
    current = await read();
  }
  return current;
}

const USERS = [
  { email: 'wijkagent@politie.demo.example', name: 'Jeroen de Vries' },
  { email: 'reclassering@reclassering.demo.example', name: 'Esra Yilmaz' },
  { email: 'procesregisseur@zvh.demo.example', name: 'Sanne Visser' },
];
const STRANGE_OPERATION = 'PersonJanJansen19800101';

describe('metrics on their own port', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let port: number;
  let publicPort: number;
  const scrape = async (): Promise<{ text: string; samples: Sample[] }> => {
    const res = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    return { text, samples: parse(text) };
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await createTestApp({
      METRICS_PORT: '0',
      SMTP_URL: sink.url,
      MAIL_RETRY_DELAY_SECONDS: '3600',
    });
    await t.app.listen(0, '127.0.0.1');
    publicPort = (t.app.getHttpServer().address() as AddressInfo).port;
    port = t.app.get(MetricsEndpoint).port!;
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close().catch(() => undefined);
  });

  it('listens on loopback, on a port of its own, and the public listener does not serve them', async () => {
    expect(port).toEqual(expect.any(Number));
    expect(port).not.toBe(publicPort);
    const res = await t.agent().get('/metrics');
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('schakel_');
    const other = await fetch(`http://127.0.0.1:${port}/graphql`);
    expect(other.status).toBe(404);
  });

  it('counts a short load exactly: logins, named and unnamed operations, a failure', async () => {
    const rows = async () =>
      Number((await t.db.query<{ n: string }[]>(`SELECT count(*) AS n FROM audit_event`))[0]!.n);
    await t.app.get(AuditService).settled();
    const rowsBefore = await rows();
    const before = (await scrape()).samples;
    const agents = USERS.map(() => t.agent());
    for (const [i, user] of USERS.entries()) {
      const res = await login(agents[i]!, user.email, DEMO_PASSWORD);
      expect(res.errors).toBeUndefined();
    }
    const failed = await login(t.agent(), USERS[0]!.email, 'wrong-password-for-metrics');
    expect(errorCode(failed)).toEqual(expect.any(String));
    const named = `query Me { me { user { id email displayName } roles } }`;
    for (const agent of agents) expect((await gql(agent, named)).errors).toBeUndefined();
    expect((await gql(agents[0]!, ME)).errors).toBeUndefined();
    const strange = await gql(agents[1]!, `query ${STRANGE_OPERATION} { me { user { email } } }`);
    expect(strange.errors).toBeUndefined();
    const invalid = await gql(agents[2]!, `query Me { me { noSuchField } }`);
    expect(errorCode(invalid)).toBe('BAD_USER_INPUT');
    await t.app.get(AuditService).settled();

    const { text, samples: after } = await scrape();
    const delta = (name: string, labels: Record<string, string> = {}) =>
      value(after, name, labels) - value(before, name, labels);
    const duration = 'schakel_graphql_operation_duration_seconds_count';

    expect(delta(duration, { operation: 'Login', type: 'mutation', outcome: 'ok' })).toBe(3);
    expect(delta(duration, { operation: 'Login', type: 'mutation', outcome: 'error' })).toBe(1);
    expect(delta('schakel_graphql_errors_total', { operation: 'Login' })).toBe(1);
    expect(delta(duration, { operation: 'Me', type: 'query', outcome: 'ok' })).toBe(3);
    // The invalid document keeps its name: validation fails after the name is known.
    expect(delta(duration, { operation: 'Me', outcome: 'error' })).toBe(1);
    expect(delta('schakel_graphql_errors_total', { operation: 'Me', code: 'BAD_USER_INPUT' })).toBe(
      1,
    );
    // Unnamed (ME) and unknown names count as "other".
    expect(delta(duration, { operation: 'other', type: 'query', outcome: 'ok' })).toBe(2);
    const graphqlRequests = 3 + 1 + 3 + 1 + 1 + 1;
    expect(delta(duration)).toBe(graphqlRequests);
    expect(
      delta('schakel_http_request_duration_seconds_count', {
        route: '/graphql',
        method: 'POST',
        status_class: '2xx',
      }) +
        delta('schakel_http_request_duration_seconds_count', {
          route: '/graphql',
          method: 'POST',
          status_class: '4xx',
        }),
    ).toBe(graphqlRequests);
    // Durations are positive and below the request timeout.
    const sum = delta('schakel_graphql_operation_duration_seconds_sum');
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThan(graphqlRequests * 30);

    // The writer wrote the events of reads; those of writes (logins) commit with the change.
    const written = delta('schakel_audit_events_written_total');
    expect(written).toBeGreaterThanOrEqual(1);
    expect(written).toBeLessThanOrEqual((await rows()) - rowsBefore);
    expect(value(after, 'schakel_audit_write_failures_total')).toBe(0);
    expect(value(after, 'schakel_audit_queue_events')).toBe(0);
    expect(value(after, 'schakel_audit_oldest_unwritten_seconds')).toBe(0);
    expect(value(after, 'schakel_audit_trail_state', { state: 'ok' })).toBe(1);
    expect(value(after, 'schakel_audit_trail_state', { state: 'failing' })).toBe(0);

    // The pools as configured: API 10, audit writer 2, job queue 4; nobody waiting now.
    expect(value(after, 'schakel_db_pool_max_connections', { pool: 'api' })).toBe(10);
    expect(value(after, 'schakel_db_pool_max_connections', { pool: 'audit' })).toBe(2);
    expect(value(after, 'schakel_db_pool_max_connections', { pool: 'jobs' })).toBe(4);
    expect(value(after, 'schakel_db_pool_connections', { pool: 'api' })).toBeGreaterThan(0);
    expect(value(after, 'schakel_db_pool_connections', { pool: 'api' })).toBeLessThanOrEqual(10);
    expect(value(after, 'schakel_db_pool_waiting_requests')).toBe(0);
    expect(value(after, 'schakel_live_connections')).toBe(0);
    expect(value(after, 'schakel_live_subscriptions')).toBe(0);
    // Process defaults.
    expect(value(after, 'process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
    expect(value(after, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);

    // No personal data: no address, name, password or client-chosen name in the text …
    for (const user of USERS) {
      expect(text).not.toContain(user.email);
      expect(text).not.toContain(user.name);
    }
    expect(text).not.toContain(DEMO_PASSWORD);
    expect(text).not.toContain(STRANGE_OPERATION);
    expect(text).not.toContain('wrong-password');
    // … and every label value of ours is from a bounded vocabulary.
    const bounded =
      /^([A-Z][A-Za-z0-9_]*|other|unmatched|unknown|ok|error|[1-5]xx|\/[\w/:*.-]*|[a-z][a-z._]*)$/;
    for (const sample of after.filter((s) => s.name.startsWith('schakel_'))) {
      for (const [key, label] of Object.entries(sample.labels)) {
        if (key === 'le') continue;
        expect(`${key}=${label}`).toMatch(new RegExp(`^${key}=${bounded.source.slice(1)}`));
      }
    }
  });

  it('counts job runs by queue and outcome: a mail delivered, then one the server refuses', async () => {
    const mail = t.app.get(MailService);
    const runs = async (outcome: string) =>
      value((await scrape()).samples, 'schakel_job_run_duration_seconds_count', {
        queue: 'mail.send',
        outcome,
      });
    const completedBefore = await runs('completed');
    const failedBefore = await runs('failed');
    await mail.enqueue({
      to: 'metrics@zorg.example',
      template: 'notification',
      params: { link: mail.link('/') },
    });
    await sink.waitForMail('metrics@zorg.example');
    expect(await eventually(() => runs('completed'), completedBefore + 1)).toBe(
      completedBefore + 1,
    );

    await sink.close();
    await mail.enqueue({
      to: 'unreachable@zorg.example',
      template: 'notification',
      params: { link: mail.link('/') },
    });
    expect(await eventually(() => runs('failed'), failedBefore + 1)).toBe(failedBefore + 1);
    expect(await runs('completed')).toBe(completedBefore + 1);
    const text = (await scrape()).text;
    expect(text).not.toContain('zorg.example');
  });
});
