#!/usr/bin/env node
// API-only loop for profiling one request kind against the bench data (no baseline, no
// interleaving): prints p50 and the time of each SQL statement, and with --prof writes a CPU
// profile of the measured requests only (after warm-up; open it in Chrome DevTools).
//
//   node tools/bench/profile-api.mjs --mode list --n 1000 --prof tmp/list.cpuprofile
//   modes: me | list | detail; --api-dist <build> as in bench.mjs; DATABASE_URL as in bench.mjs
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startEmbeddedPostgres } from '../db/embedded.mjs';

process.env.NODE_ENV = 'production';
const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const { values: args } = parseArgs({
  options: {
    'api-dist': { type: 'string' },
    mode: { type: 'string', default: 'list' },
    n: { type: 'string', default: '500' },
    user: { type: 'string', default: 'wijkagent@politie.demo.example' },
    prof: { type: 'string' },
  },
});

const sqlTimes = [];
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function timedQuery(...a) {
  const t0 = performance.now();
  const text = (typeof a[0] === 'string' ? a[0] : a[0].text).replace(/\s+/g, ' ').slice(0, 48);
  const done = () => sqlTimes.push([text, performance.now() - t0]);
  // The pool passes a callback; TypeORM and others use the promise.
  const last = a.length - 1;
  if (typeof a[last] === 'function') {
    const callback = a[last];
    a[last] = (...r) => {
      done();
      return callback(...r);
    };
    return originalQuery.apply(this, a);
  }
  const result = originalQuery.apply(this, a);
  result?.then?.(done, () => {});
  return result;
};

let embedded = null;
let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  const stateDir = join(root, '.data/bench');
  if (!existsSync(join(stateDir, 'password')))
    throw new Error('no bench data: run npm run seed:scale');
  embedded = await startEmbeddedPostgres({
    dir: join(stateDir, 'postgres'),
    password: readFileSync(join(stateDir, 'password'), 'utf8').trim(),
  });
  databaseUrl = embedded.urlFor('schakel_bench');
}
const apiDist = args['api-dist'] ? resolve(args['api-dist']) : join(root, 'dist/apps/api');
const { createApp } = require(join(apiDist, 'bootstrap.js'));
const { loadConfig } = require(join(apiDist, 'config/app-config.js'));
const { JsonLogger } = require(join(apiDist, 'observability/json-logger.js'));
const { DEMO_PASSWORD } = require(join(apiDist, 'demo/demo-data.js'));
const config = loadConfig({
  NODE_ENV: 'production',
  DATABASE_URL: databaseUrl,
  SESSION_SECRET: randomBytes(32).toString('hex'),
  SCHAKEL_DEMO_DATA: 'true',
  // The demo users have no second factor; a read's session check is the same either way.
  MFA_REQUIRED: 'false',
  PUBLIC_URL: 'http://localhost',
  LOG_LEVEL: 'error',
});
const app = await createApp(config, new JsonLogger('error'));
await app.listen(0, '127.0.0.1');
const url = `http://127.0.0.1:${app.getHttpServer().address().port}/graphql`;
const headers = { 'content-type': 'application/json', 'apollo-require-preflight': 'true' };

const loginRes = await fetch(url, {
  method: 'POST',
  headers,
  body: JSON.stringify({
    query: `mutation($input: LoginInput!) { login(input: $input) { roles } }`,
    variables: { input: { email: args.user, password: DEMO_PASSWORD } },
  }),
});
const cookie = loginRes.headers.get('set-cookie').split(';')[0];
async function gql(query, variables) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { ...headers, cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
// The bench's own documents (tools/bench/bench.mjs).
const LIST = `query($first: Int!) { cases(first: $first) { nodes { id reference status theme updatedAt
  subject { givenNames { value access } familyName { value access } } casusregisseurAgency { name } }
  pageInfo { endCursor hasNextPage } } }`;
const DETAIL = `query($id: ID!) { case(id: $id) { id reference status theme updatedAt accessBasis
  subject { givenNames { value access } familyName { value access } dateOfBirth { value access }
    bsn { value access } address { access value { street houseNumber postcode city wijk } } }
  informationItems { id category access text summary legalBasis createdAt sourceAgency { name } }
  participants { id role startedAt endedAt agency { name } } } }`;
const caseId = (await gql(LIST, { first: 25 })).cases.nodes[3].id;
const run = {
  me: () => gql('{ me { roles } }'),
  list: () => gql(LIST, { first: 25 }),
  detail: () => gql(DETAIL, { id: caseId }),
}[args.mode];
if (!run) throw new Error(`unknown --mode ${args.mode}`);

for (let i = 0; i < 50; i++) await run();
sqlTimes.length = 0;
const session = args.prof ? new Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
}
const N = Number(args.n);
const times = [];
for (let i = 0; i < N; i++) {
  const t0 = performance.now();
  await run();
  times.push(performance.now() - t0);
}
if (session) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(args.prof, JSON.stringify(profile));
}
const p50 = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
console.log(`${args.mode}: p50 ${p50(times).toFixed(2)} ms over ${N} requests`);
const byText = new Map();
for (const [text, ms] of sqlTimes) byText.set(text, [...(byText.get(text) ?? []), ms]);
for (const [text, list] of byText) {
  console.log(
    `  ${(list.length / N).toFixed(1)}× per request, p50 ${p50(list).toFixed(2)} ms  ${text}`,
  );
}
await app.close();
if (embedded) await embedded.stop();
