#!/usr/bin/env node
// `npm run bench:pooler`: what the pooler settings cost (ADR 0030). One PostgreSQL with the demo
// region, PgBouncer in transaction mode in front of it, and three built API processes on it:
//   direct, named    — DATABASE_URL straight to PostgreSQL, named prepared statements (the default)
//   direct, unnamed  — the same with DATABASE_PREPARED_STATEMENTS=off
//   pooled, unnamed  — through PgBouncer (DATABASE_DIRECT_URL set, statements unnamed)
// The same signed-in user reads the case list and a case page from each in turn (interleaved, so
// a busy machine slows all three alike); prints p50 and p95 per setup. Nothing is asserted.
//
//   node tools/replicas/measure.mjs [--rounds 200]
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pgModule from 'pg';
import { freePort, startEmbeddedPostgres } from '../db/embedded.mjs';
import { FaultApi } from '../faults/api.mjs';
import { startPgBouncer } from './pgbouncer.mjs';

const root = resolve(import.meta.dirname, '../..');
const apiDist = join(root, 'dist/apps/api');
const { values: args } = parseArgs({ options: { rounds: { type: 'string', default: '200' } } });
const rounds = Number(args.rounds);
const USER = 'procesregisseur@zvh.demo.example';
const log = (line) => process.stdout.write(`[pooler] ${line}\n`);
if (!existsSync(join(apiDist, 'main.js'))) {
  console.error('The API build is missing: run `npx nx run api:build` first.');
  process.exit(2);
}

const state = mkdtempSync(join(tmpdir(), 'schakel-pooler-'));
const apis = [];
let bouncer = null;
process.on('exit', () => {
  for (const { api } of apis) api.destroy();
  bouncer?.destroy();
});

async function gql(target, query, variables) {
  const res = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...(target.cookie ? { cookie: target.cookie } : {}),
      ...(target.csrf ? { 'x-csrf-token': target.csrf } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const setCookie = res.headers.get('set-cookie');
  if (setCookie) target.cookie = setCookie.split(';')[0];
  const body = await res.json();
  if (body.errors) throw new Error(`${target.name}: ${JSON.stringify(body.errors[0])}`);
  return Object.values(body.data)[0];
}

const CASES = `query { cases(first: 25) { nodes { id reference } } }`;
const CASE = `query($id: ID!) { case(id: $id) { id reference status
  subject { id givenNames { value access } bsn { value access } }
  categoryAccess { category access canWrite }
  informationItems { id category access text summary createdAt } } }`;

const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.floor(xs.length * p))].toFixed(1);

let pg = null;
try {
  const password = randomBytes(16).toString('hex');
  const appPassword = randomBytes(16).toString('hex');
  pg = await startEmbeddedPostgres({ dir: join(state, 'postgres'), password, throwAway: true });
  await pg.ensureDatabase('schakel');
  const owner = new pgModule.Client({ connectionString: pg.urlFor('schakel') });
  await owner.connect();
  await owner.query(`CREATE ROLE schakel_app LOGIN PASSWORD '${appPassword}'`);
  await owner.end();
  bouncer = await startPgBouncer({
    dir: join(state, 'pgbouncer'),
    port: await freePort(),
    server: { host: '127.0.0.1', port: pg.port },
    database: 'schakel',
    users: [{ name: 'schakel_app', password: appPassword }],
  });
  const sessionSecret = randomBytes(32).toString('hex');
  const setups = [
    { name: 'direct, named', env: {} },
    { name: 'direct, unnamed', env: { DATABASE_PREPARED_STATEMENTS: 'off' } },
    {
      name: 'pooled, unnamed',
      env: { DATABASE_DIRECT_URL: pg.urlFor('schakel') },
      databaseUrl: bouncer.url('schakel_app', appPassword),
    },
  ];
  for (const setup of setups) {
    const api = new FaultApi({
      main: join(apiDist, 'main.js'),
      port: await freePort(),
      databaseUrl: setup.databaseUrl ?? pg.urlFor('schakel'),
      sessionSecret,
      logFile: join(state, 'api.log'),
      log,
      env: {
        DB_APP_ROLE: 'schakel_app',
        SCHAKEL_SCHEDULES: 'off',
        LOG_LEVEL: 'warn',
        ...setup.env,
      },
    });
    await api.start({ timeoutMs: 240_000 });
    const target = { name: setup.name, url: api.url, cookie: '', csrf: '' };
    target.csrf = (
      await gql(target, `mutation($input: LoginInput!) { login(input: $input) { csrfToken } }`, {
        input: { email: USER, password: 'Demo-wachtwoord-2026' },
      })
    ).csrfToken;
    apis.push({ api, target, times: { list: [], page: [] } });
  }
  const [first] = (await gql(apis[0].target, CASES)).nodes;
  // Warm-up: each connection of each pool prepares (or not) its statements.
  for (let i = 0; i < 20; i++) {
    for (const { target } of apis) {
      await gql(target, CASES);
      await gql(target, CASE, { id: first.id });
    }
  }
  for (let i = 0; i < rounds; i++) {
    for (const { target, times } of apis) {
      let t0 = performance.now();
      await gql(target, CASES);
      times.list.push(performance.now() - t0);
      t0 = performance.now();
      await gql(target, CASE, { id: first.id });
      times.page.push(performance.now() - t0);
    }
  }
  console.log(`\n${rounds} rounds, interleaved; milliseconds per request (p50 / p95)`);
  console.log('setup              case list        case page');
  for (const { target, times } of apis) {
    const list = times.list.sort((a, b) => a - b);
    const page = times.page.sort((a, b) => a - b);
    console.log(
      `${target.name.padEnd(18)} ${`${pct(list, 0.5)} / ${pct(list, 0.95)}`.padEnd(16)} ` +
        `${pct(page, 0.5)} / ${pct(page, 0.95)}`,
    );
  }
} finally {
  for (const { api } of apis) if (api.running) await api.terminate(30_000);
  await bouncer?.stop();
  await pg?.stop({ remove: true });
  rmSync(state, { recursive: true, force: true });
}
