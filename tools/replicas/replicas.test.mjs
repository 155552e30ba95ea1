// Replicas behind a pooler (issue 19 item 2, ADR 0030): PostgreSQL (embedded binaries), PgBouncer
// (Debian's package) in transaction mode in front of it, two built API processes whose pooled
// connections go through PgBouncer (DATABASE_URL) and whose LISTEN, audit writer and migrations
// use a direct connection (DATABASE_DIRECT_URL), and a small load balancer (balancer.mjs) in front
// of the two. Everything below goes through the balancer, as a browser's requests would.
//
//   node --test tools/replicas/replicas.test.mjs            the short run `npm test` makes
//   npm run test:replicas                                   the long one (REPLICAS_LONG=1): a mixed
//                                                           load over both replicas, and a second
//                                                           due time of the schedule
// Needs the built API (dist/apps/api) and /usr/sbin/pgbouncer (PGBOUNCER_PATH to override).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from 'graphql-ws';
import pgModule from 'pg';
import WebSocket from 'ws';
import { freePort, startEmbeddedPostgres } from '../db/embedded.mjs';
import { FaultApi } from '../faults/api.mjs';
import { verifyChains } from '../faults/tally.mjs';
import { until } from '../faults/wait.mjs';
import { startBalancer } from './balancer.mjs';
import { pgbouncerVersion, startPgBouncer } from './pgbouncer.mjs';

const root = resolve(import.meta.dirname, '../..');
const apiDist = join(root, 'dist/apps/api');
const LONG = process.env.REPLICAS_LONG === '1';
const APP_ROLE = 'schakel_app';
const CHAIR = 'procesregisseur@zvh.demo.example';
const POLICE = 'wijkagent@politie.demo.example';
const THROTTLED_USER = 'exodus@exodus.demo.example';
const DEMO_PASSWORD = 'Demo-wachtwoord-2026';
/** A loaded two-core machine migrates and seeds the demo region in this time. */
const START_MS = 240_000;
const WAIT_MS = 90_000;

const state = mkdtempSync(join(tmpdir(), 'schakel-replicas-'));
const outDir = join(root, 'tmp');
const log = (line) => process.stdout.write(`[replicas] ${line}\n`);

let pg = null;
let bouncer = null;
let balancer = null;
let owner = null;
const apis = [];
/** The database's clock once both replicas serve: schedules due after it had two checkers. */
let bothRunning = null;
const sockets = [];

process.on('exit', () => {
  for (const api of apis) api.destroy();
  bouncer?.destroy();
});

/** The owner's view of the database, for setup and for checking what the replicas did. */
const sql = async (text, params = []) => (await owner.query(text, params)).rows;

/** A browser: its cookie and CSRF token; every request goes through the balancer. */
class Browser {
  constructor(name) {
    this.name = name;
    this.cookie = '';
    this.csrf = '';
  }

  /** A GraphQL request, optionally pinned to a replica; returns { replica, data, code }. */
  async gql(query, variables = {}, replica) {
    const res = await fetch(`${balancer.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        ...(replica === undefined ? {} : { 'x-replica': String(replica) }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf ? { 'x-csrf-token': this.csrf } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const body = await res.json();
    return {
      replica: Number(res.headers.get('x-replica')),
      data: body.data ? Object.values(body.data)[0] : null,
      code: body.errors?.[0]?.extensions?.code ?? (body.errors ? 'ERROR' : null),
    };
  }

  async login(email, replica, password = DEMO_PASSWORD) {
    const r = await this.gql(
      `mutation Login($input: LoginInput!) { login(input: $input) { csrfToken } }`,
      { input: { email, password } },
      replica,
    );
    if (r.data) this.csrf = r.data.csrfToken;
    return r;
  }

  /** A graphql-ws client on one replica, through the balancer's WebSocket upgrade. */
  socket(replica) {
    const headers = { origin: balancer.url, cookie: this.cookie, 'x-replica': String(replica) };
    const client = createClient({
      url: `${balancer.url.replace('http', 'ws')}/graphql`,
      retryAttempts: 0,
      lazy: true,
      webSocketImpl: class extends WebSocket {
        constructor(address, protocols) {
          super(address, protocols, { headers });
        }
      },
    });
    sockets.push(client);
    return client;
  }
}

const ME = `query { me { user { id } } }`;
const UPDATES = `subscription($id: ID!, $after: ID) {
  meetingUpdates(meetingId: $id, afterEventId: $after) {
    eventId kind itemId meeting { agenda { item { id minutes } } } } }`;

/** Every update of a subscription, as it arrives; `until` waits for one that matches. */
function subscribe(client, variables) {
  const got = [];
  let failure = null;
  client.subscribe(
    { query: UPDATES, variables },
    {
      next: (msg) => {
        if (msg.errors) failure = new Error(JSON.stringify(msg.errors));
        else got.push(msg.data.meetingUpdates);
      },
      error: (e) => (failure = e instanceof Error ? e : new Error(JSON.stringify(e))),
      complete: () => undefined,
    },
  );
  return {
    got,
    minutesSeen: (itemId, text) =>
      until(`a live update with the minutes "${text}"`, () => {
        if (failure) throw failure;
        return got.some((u) =>
          u.meeting.agenda.some((a) => a.item?.id === itemId && a.item.minutes === text),
        );
      }),
  };
}

before(
  async () => {
    if (!pgbouncerVersion()) throw new Error('PgBouncer is not installed (/usr/sbin/pgbouncer)');
    if (!existsSync(join(apiDist, 'main.js')))
      throw new Error('The API build is missing: run `npx nx run api:build` first');
    const started = Date.now();
    const password = randomBytes(16).toString('hex');
    const appPassword = randomBytes(16).toString('hex');
    pg = await startEmbeddedPostgres({ dir: join(state, 'postgres'), password, throwAway: true });
    await pg.ensureDatabase('schakel');
    owner = new pgModule.Client({ connectionString: pg.urlFor('schakel') });
    await owner.connect();
    // The operator's step (docs/operations.md#connection-pooling): the restricted role logs in
    // itself, since no start-up parameter can switch a pooled connection to it. The migrations
    // grant it its rights.
    await owner.query(`CREATE ROLE ${APP_ROLE} LOGIN PASSWORD '${appPassword}'`);
    bouncer = await startPgBouncer({
      dir: join(state, 'pgbouncer'),
      port: await freePort(),
      server: { host: '127.0.0.1', port: pg.port },
      database: 'schakel',
      users: [{ name: APP_ROLE, password: appPassword }],
    });
    const ports = [await freePort(), await freePort()];
    balancer = await startBalancer({
      backends: ports.map((port) => ({ host: '127.0.0.1', port })),
      log,
    });
    const sessionSecret = randomBytes(32).toString('hex');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'replicas-api.log'), '');
    for (const port of ports) {
      apis.push(
        new FaultApi({
          main: join(apiDist, 'main.js'),
          port,
          databaseUrl: bouncer.url(APP_ROLE, appPassword),
          sessionSecret,
          logFile: join(outDir, 'replicas-api.log'),
          log,
          env: {
            DATABASE_DIRECT_URL: pg.urlFor('schakel'),
            DB_APP_ROLE: APP_ROLE,
            PUBLIC_URL: balancer.url,
            TRUST_PROXY: 'loopback',
            SCHAKEL_SCHEDULES: 'on',
            SCHAKEL_OVERDUE_CRON: '* * * * *',
            SCHAKEL_RETENTION_INTERVAL_MINUTES: '1',
            JOB_CRON_CHECK_SECONDS: '1',
            // For measurements (docs/operations.md#connection-pooling): e.g. REPLICAS_PREPARED=on.
            ...(process.env.REPLICAS_PREPARED
              ? { DATABASE_PREPARED_STATEMENTS: process.env.REPLICAS_PREPARED }
              : {}),
          },
        }),
      );
    }
    // The first migrates and loads the demo region; the second then starts on it.
    await apis[0].start({ timeoutMs: START_MS });
    await apis[1].start({ timeoutMs: START_MS });
    [{ at: bothRunning }] = await sql(`SELECT now() AS at`);
    log(
      `PostgreSQL ${pg.port}, PgBouncer ${bouncer.port}, balancer ${balancer.url}, ` +
        `replicas ${ports.join(', ')} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  },
  { timeout: 2 * START_MS },
);

after(async () => {
  await Promise.all(sockets.map(async (c) => c.dispose()));
  for (const api of apis) if (api.running) await api.terminate(30_000);
  await balancer?.close();
  await bouncer?.stop();
  await owner?.end().catch(() => undefined);
  await pg?.stop({ remove: true });
  rmSync(state, { recursive: true, force: true });
});

test('the pooled connections are the restricted role through PgBouncer; a role switch at start-up is refused there', async () => {
  // Through PgBouncer the server sees its connections, logged in as the app role.
  const pooled = await sql(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = $1 AND datname = 'schakel'`,
    [APP_ROLE],
  );
  assert.ok(pooled[0].n > 0, 'PgBouncer holds server connections as the app role');
  // The direct connections: the listeners and the audit writer, switched to the app role.
  const direct = await sql(
    `SELECT DISTINCT application_name AS name FROM pg_stat_activity
      WHERE datname = 'schakel' AND usename = current_user AND pid <> pg_backend_pid()`,
  );
  for (const { name } of direct) {
    assert.match(name, /^schakel-(live|session-cache|audit)$/, `a direct connection: ${name}`);
  }
  // What the app used to rely on: PgBouncer refuses the `options` start-up parameter.
  const client = new pgModule.Client({
    connectionString: bouncer.url(APP_ROLE, 'irrelevant'),
    options: `-c role=${APP_ROLE}`,
  });
  await assert.rejects(client.connect(), /unsupported startup parameter: options/);
  await client.end().catch(() => undefined);
});

test('a session started on one replica works on the other; logging out on one ends it on both', async () => {
  const browser = new Browser('chair');
  const login = await browser.login(CHAIR, 0);
  assert.equal(login.replica, 0);
  assert.ok(login.data?.csrfToken, `logged in (${login.code})`);
  for (const replica of [1, 0, 1]) {
    const me = await browser.gql(ME, {}, replica);
    assert.equal(me.replica, replica);
    assert.ok(me.data?.user?.id, `the session works on replica ${replica} (${me.code})`);
  }
  // The browser drops its cookie at logout; someone who kept a copy gets nowhere on either replica.
  const stolen = new Browser('copy');
  stolen.cookie = browser.cookie;
  const out = await browser.gql(`mutation { logout }`, {}, 1);
  assert.equal(out.data, true);
  for (const replica of [0, 1]) {
    const me = await stolen.gql(ME, {}, replica);
    assert.equal(me.data, null, `replica ${replica} refuses the ended session`);
    assert.equal(me.code, 'SESSION_EXPIRED', `replica ${replica}: "Your session has ended"`);
  }
});

test('failed logins count on both replicas together: the throttle holds on either', async () => {
  const browser = new Browser('guesser');
  // The free attempts per account and address (THROTTLE.pair.free = 5), spread over both.
  for (let i = 0; i < 5; i++) {
    const r = await browser.login(THROTTLED_USER, i % 2, 'wrong-password');
    assert.equal(r.replica, i % 2);
    assert.equal(r.code, 'INVALID_CREDENTIALS', `attempt ${i + 1}`);
  }
  for (const replica of [0, 1]) {
    // Even the right password now waits, wherever it lands.
    const r = await browser.login(THROTTLED_USER, replica);
    assert.equal(r.replica, replica);
    assert.equal(r.code, 'LOGIN_THROTTLED', `replica ${replica} throttles`);
  }
});

test('live meeting: changes made on one replica reach subscribers on the other, both ways', async () => {
  const chair = new Browser('chair');
  const police = new Browser('police');
  assert.ok((await chair.login(CHAIR)).data);
  assert.ok((await police.login(POLICE)).data);
  const [meeting] = await sql(`SELECT id FROM meeting ORDER BY id LIMIT 1`);
  const [item] = await sql(
    `SELECT i.id FROM meeting_item i JOIN case_file c ON c.id = i.case_id
      WHERE i.meeting_id = $1 AND c.reference = 'ZVH-2026-001'`,
    [meeting.id],
  );
  const started = await chair.gql(
    `mutation($id: ID!) { startMeeting(meetingId: $id) { id } }`,
    { id: meeting.id },
    0,
  );
  assert.ok(started.data, `meeting started (${started.code})`);
  const current = await chair.gql(
    `mutation($input: SetCurrentMeetingItemInput!) { setCurrentMeetingItem(input: $input) { id } }`,
    { input: { meetingId: meeting.id, itemId: item.id } },
    0,
  );
  assert.ok(current.data, `current item set (${current.code})`);
  // From the log's present on: a subscription replays what came after (no race with its start).
  const [{ last }] = await sql(
    `SELECT max(id)::text AS last FROM meeting_event WHERE meeting_id = $1`,
    [meeting.id],
  );
  const onReplica1 = subscribe(police.socket(1), { id: meeting.id, after: last });
  const onReplica0 = subscribe(chair.socket(0), { id: meeting.id, after: last });

  const save = async (minutes, replica) => {
    const [{ revision }] = await sql(`SELECT revision FROM meeting_item WHERE id = $1`, [item.id]);
    const r = await chair.gql(
      `mutation($input: SaveMeetingItemMinutesInput!) { saveMeetingItemMinutes(input: $input) { id } }`,
      { input: { itemId: item.id, revision, minutes } },
      replica,
    );
    assert.equal(r.replica, replica);
    assert.ok(r.data, `minutes saved on replica ${replica} (${r.code})`);
  };
  await save('Geschreven via replica 0.', 0);
  await onReplica1.minutesSeen(item.id, 'Geschreven via replica 0.');
  await save('Geschreven via replica 1.', 1);
  await onReplica0.minutesSeen(item.id, 'Geschreven via replica 1.');
  await onReplica1.minutesSeen(item.id, 'Geschreven via replica 1.');
  assert.deepEqual(balancer.upgrades, [1, 1], 'one socket on each replica');
});

test(
  'the schedules are enqueued once per due time and each job runs once, with two replicas checking',
  { timeout: 4 * WAIT_MS },
  async () => {
    const slots = LONG ? 2 : 1;
    // The overdue check, and the retention job, whose lock is a transaction held through PgBouncer.
    for (const queue of ['plan.overdue', 'retention.run']) {
      await until(
        `${slots} completed run(s) of ${queue} due while both replicas ran`,
        async () =>
          (
            await sql(
              `SELECT count(*)::int AS n FROM pgboss.job
                WHERE name = $1 AND state = 'completed' AND created_on > $2`,
              [queue, bothRunning],
            )
          )[0].n >= slots,
        { timeoutMs: (slots + 1) * WAIT_MS },
      );
      const sends = await sql(
        `SELECT singleton_on AS slot, count(*)::int AS n FROM pgboss.job
          WHERE name = '__pgboss__send-it' AND singleton_key = $1 GROUP BY singleton_on`,
        [queue],
      );
      assert.ok(sends.length >= slots);
      assert.ok(
        sends.every((s) => s.n === 1),
        `${queue}: one send per due time: ${JSON.stringify(sends)}`,
      );
      const jobs = await sql(
        `SELECT state::text AS state, retry_count AS retries FROM pgboss.job WHERE name = $1`,
        [queue],
      );
      assert.ok(jobs.length <= sends.length, `${queue}: no due time gave two jobs`);
      assert.ok(
        jobs.every((j) => j.retries === 0 && j.state !== 'failed'),
        `${queue}: each job ran once: ${JSON.stringify(jobs)}`,
      );
    }
    const retention = apis.flatMap((api) =>
      api.lines.filter((l) => /^retention job (finished|failed)$/.test(l.json?.msg ?? '')),
    );
    assert.ok(
      retention.some((l) => l.json.msg === 'retention job finished' && l.json.ran === true),
      'a retention run took its lock and finished',
    );
    assert.deepEqual(
      retention.filter((l) => l.json.msg === 'retention job failed').map((l) => l.raw),
      [],
    );
  },
);

test('a load of case lists over both replicas is answered by both, without errors', async () => {
  const browsers = [CHAIR, POLICE].map((email) => ({ email, b: new Browser(email) }));
  for (const { email, b } of browsers) assert.ok((await b.login(email)).data);
  const cases = `query { cases(first: 25) { nodes { id } } }`;
  const answered = [0, 0];
  const times = [];
  const end = Date.now() + (LONG ? 20_000 : 3_000);
  await Promise.all(
    browsers.map(async ({ b }) => {
      while (Date.now() < end) {
        const t0 = performance.now();
        const r = await b.gql(cases);
        times.push(performance.now() - t0);
        assert.ok(r.data, `answered (${r.code})`);
        answered[r.replica] += 1;
      }
    }),
  );
  times.sort((a, b) => a - b);
  log(
    `load: ${times.length} case lists, ${answered.join(' + ')} per replica, ` +
      `p50 ${times[Math.floor(times.length / 2)].toFixed(1)} ms, ` +
      `p95 ${times[Math.floor(times.length * 0.95)].toFixed(1)} ms`,
  );
  assert.ok(answered[0] > 0 && answered[1] > 0);
});

test(
  'after both replicas stop, every instance logged its stop and the audit chain verifies',
  { timeout: 120_000 },
  async () => {
    await Promise.all(sockets.map(async (c) => c.dispose()));
    for (const api of apis) {
      const stop = await api.terminate(30_000);
      assert.equal(stop.killed, false, 'stopped within the grace period');
    }
    const instances = await sql(
      `SELECT record_id AS instance,
              count(*) FILTER (WHERE operation = 'audit.started')::int AS started,
              count(*) FILTER (WHERE operation = 'audit.stopped')::int AS stopped
         FROM audit_event WHERE operation IN ('audit.started','audit.stopped')
        GROUP BY record_id`,
    );
    assert.equal(instances.length, 2, 'two instances wrote to the trail');
    for (const i of instances) assert.equal(i.stopped, i.started, `instance ${i.instance}`);
    // Nothing failed on the way: no unhandled error (e.g. a statement the pooler broke) and no
    // audit event left unwritten at the stop — both are logged at level error.
    const errors = apis.flatMap((api) => api.lines.filter((l) => l.json?.level === 'error'));
    assert.deepEqual(
      errors.map((l) => l.raw.slice(0, 300)),
      [],
      "no error in either replica's log",
    );
    const chains = await verifyChains(pg.urlFor('schakel'), apiDist);
    assert.equal(chains.intact, true, chains.broken.join('; '));
    assert.ok(chains.events > 0);
    log(`audit chain intact: ${chains.events} events`);
  },
);
