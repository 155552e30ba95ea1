#!/usr/bin/env node
// `npm run bench`: case list and case detail through the real API (session check, policy from the
// covenant, SQL filter, GraphQL) against a plain node:http + pg handler running hand-written SQL
// for the same rows — measured side by side, interleaved, in one run. Prints p50 and p97.5
// latency, their ratio, and SQL statements per request.
// Then the peer rows (issue 14, tools/bench/peer/): Schakel, PostGraphile v5 under a tuned RLS
// policy and the baseline with --baseline-auth behaviour, each in a process of its own — p50 at 1
// connection and requests/s at 32 connections, interleaved trials. Only those:
//   node tools/bench/bench.mjs --only peer --duration 5 --trials 3 [--api-dist tmp/<build>] [--json f]
//
//   npm run bench -- --cases 100000 --iterations 200
//   npm run seed:scale -- --cases 100000         (only the data)
//
// Uses DATABASE_URL when set, otherwise a persistent embedded PostgreSQL in .data/bench (the scale
// data is kept between runs; more --cases adds to it).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { startEmbeddedPostgres } from '../db/embedded.mjs';
import { seedScale, seedScaleExtras } from './seed-scale.mjs';
import { createBaselineServer } from './baseline.mjs';
import { formatPeerRows, runPeerRows } from './peer/run.mjs';
import { formatPages, measurePages } from './pages.mjs';

const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const { values: args } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    iterations: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '30' },
    'page-size': { type: 'string', default: '25' },
    'seed-only': { type: 'boolean', default: false },
    json: { type: 'string' },
    // Another build of the API (e.g. `tsc --outDir tmp/x`), to compare two builds on the same data.
    'api-dist': { type: 'string' },
    // The baseline's list and detail authenticate the caller (session cookie, HS256 check, one
    // session row) instead of being told the region and agency in the URL.
    'baseline-auth': { type: 'boolean', default: false },
    // `peer`: only the peer rows (Schakel vs PostGraphile vs baseline-auth, one process each);
    // `latency`: only the in-process rows above them; `pages`: only the page table. Default: all.
    only: { type: 'string' },
    // The page table: iterations per row (each page's requests, per persona; target p50 ≤ 100 ms).
    'page-iterations': { type: 'string', default: '10' },
    // The peer rows: seconds per trial cell, trials per server, and whose answers are checked to
    // be the same on all three servers before timing (`all` five demo roles, or `police` only);
    // the police user's requests are timed.
    duration: { type: 'string', default: '5' },
    trials: { type: 'string', default: '3' },
    'peer-users': { type: 'string', default: 'all' },
  },
});
if (args.only && !['peer', 'latency', 'pages'].includes(args.only)) {
  process.stderr.write('--only takes `peer`, `latency` or `pages`\n');
  process.exit(2);
}
const CASES = Number(args.cases);
const ITERATIONS = Number(args.iterations);
const WARMUP = Number(args.warmup);
const PAGE = Number(args['page-size']);
const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);
// As in the production image (docker/Dockerfile): libraries such as graphql-js read it when loaded
// and skip development-only checks (graphql's instanceOf alone cost ~0.3 ms per list request).
process.env.NODE_ENV = 'production';

// --- statement counting: every query through node-postgres in this process -------------------
let statements = 0;
const originalQuery = pg.Client.prototype.query;
let auditInserts = 0;
pg.Client.prototype.query = function countedQuery(...a) {
  // The audit INSERT goes out after the answer (ADR 0009), so it lands in whichever request runs
  // next: counted apart, not as a statement of that request.
  if (a[0]?.name === 'schakel_audit_insert') auditInserts += 1;
  else statements += 1;
  return originalQuery.apply(this, a);
};

// --- database --------------------------------------------------------------------------------
let embedded = null;
let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  const stateDir = join(root, '.data/bench');
  mkdirSync(stateDir, { recursive: true });
  const pwFile = join(stateDir, 'password');
  if (!existsSync(pwFile)) writeFileSync(pwFile, randomBytes(16).toString('hex'), { mode: 0o600 });
  embedded = await startEmbeddedPostgres({
    dir: join(stateDir, 'postgres'),
    password: readFileSync(pwFile, 'utf8').trim(),
  });
  await embedded.ensureDatabase('schakel_bench');
  databaseUrl = embedded.urlFor('schakel_bench');
}

const apiDist = args['api-dist'] ? resolve(args['api-dist']) : join(root, 'dist/apps/api');
if (!existsSync(join(apiDist, 'bootstrap.js'))) {
  log('dist/apps/api is missing: run `npm run bench` (which builds first).');
  process.exit(1);
}
const { createApp } = require(join(apiDist, 'bootstrap.js'));
const { loadConfig } = require(join(apiDist, 'config/app-config.js'));
const { JsonLogger } = require(join(apiDist, 'observability/json-logger.js'));
const { DEMO_PASSWORD } = require(join(apiDist, 'demo/demo-data.js'));
const { grantsFor, DEFAULT_COVENANT } = require(join(root, 'libs/sharing-policy/dist/index.js'));

// Production settings; the demo region provides the agencies and users the scale data uses.
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
async function seed() {
  const seedClient = new pg.Client({ connectionString: databaseUrl });
  await seedClient.connect();
  await seedScale(seedClient, { cases: CASES });
  await seedScaleExtras(seedClient, { cases: CASES });
  await seedClient.end();
}

const USERS = [
  ['police (wijkagent)', 'wijkagent@politie.demo.example'],
  ['probation', 'reclassering@reclassering.demo.example'],
  ['municipality (wijkteam)', 'wijkteam@demostad.demo.example'],
  ['care (GGZ)', 'ggz@ggz.demo.example'],
  ['ZVH (procesregisseur)', 'procesregisseur@zvh.demo.example'],
];

// --- the peer rows (issue 14): Schakel, PostGraphile and baseline-auth, one process each ------
const peerOptions = {
  databaseUrl,
  apiDist,
  sessionSecret: config.sessionSecret,
  pageSize: PAGE,
  durationS: Number(args.duration),
  trials: Number(args.trials),
  grantsFor,
  covenant: DEFAULT_COVENANT,
  demoPassword: DEMO_PASSWORD,
  users: args['peer-users'] === 'police' ? [USERS[0]] : USERS,
  log,
};

// --- the page table (issue 14, target 3): every request the portal's pages send, per persona ----
// (tools/bench/pages.mjs), against a fresh API instance on the same database, after the other rows.
async function runPageTable() {
  const pageApp = await createApp(config, new JsonLogger('error'));
  await pageApp.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${pageApp.getHttpServer().address().port}`;
  const pageRows = await measurePages({
    apiUrl: url,
    iterations: Number(args['page-iterations']),
    log,
    statements: () => statements,
    password: DEMO_PASSWORD,
  });
  console.log(
    `\nSchakel page table — ${args['page-iterations']} iterations per row (p50 and p97.5 in ms)`,
  );
  for (const line of formatPages(pageRows)) console.log(line);
  await pageApp.close();
  return pageRows;
}

if (args.only === 'pages' && !args['seed-only']) {
  const pages = await runPageTable();
  if (args.json) writeFileSync(args.json, JSON.stringify({ pages }, null, 2));
  if (embedded) await embedded.stop();
  process.exit(0);
}

if (args.only === 'peer' && !args['seed-only']) {
  const peer = await runPeerRows({ ...peerOptions, seed });
  console.log(formatPeerRows(peer));
  if (args.json) writeFileSync(args.json, JSON.stringify({ peer }, null, 2));
  if (embedded) await embedded.stop();
  process.exit(0);
}

const app = await createApp(config, new JsonLogger('error'));
await app.listen(0, '127.0.0.1');
const apiUrl = `http://127.0.0.1:${app.getHttpServer().address().port}`;

await seed();
if (args['seed-only']) {
  await app.close();
  if (embedded) await embedded.stop();
  process.exit(0);
}

// --- the baseline: hand-written SQL behind node:http (tools/bench/baseline.mjs) --------------
const { server: baseline, pool } = createBaselineServer({
  databaseUrl,
  sessionSecret: config.sessionSecret,
  pageSize: PAGE,
});
await new Promise((r) => baseline.listen(0, '127.0.0.1', r));
const baseUrl = `http://127.0.0.1:${baseline.address().port}`;

// --- the API side --------------------------------------------------------------------------
const LIST_QUERY = `query BenchList($first: Int!) { cases(first: $first) {
  nodes { id reference status theme updatedAt
    subject { givenNames { value access } familyName { value access } }
    casusregisseurAgency { name } }
  pageInfo { endCursor hasNextPage } } }`;
const DETAIL_QUERY = `query BenchDetail($id: ID!) { case(id: $id) {
  id reference status theme updatedAt accessBasis
  subject { givenNames { value access } familyName { value access } dateOfBirth { value access }
    bsn { value access } address { access value { street houseNumber postcode city wijk } } }
  informationItems { id category access text summary legalBasis createdAt sourceAgency { name } }
  participants { id role startedAt endedAt agency { name } } } }`;

async function login(email) {
  const res = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({
      query: `mutation($input: LoginInput!) { login(input: $input) { csrfToken agency { id type } region { id } } }`,
      variables: { input: { email, password: DEMO_PASSWORD } },
    }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(`login ${email}: ${JSON.stringify(body.errors)}`);
  return { cookie: res.headers.get('set-cookie').split(';')[0], ...body.data.login };
}

async function gql(session, query, variables, url = apiUrl) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...(session ? { cookie: session.cookie } : {}),
      // Mutations need the session's CSRF token (the write row); queries ignore it.
      ...(session?.csrfToken ? { 'x-csrf-token': session.csrfToken } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A baseline request; with a session and --baseline-auth, the handler authenticates it. */
async function plain(path, session = null) {
  const res = await fetch(
    `${baseUrl}${path}`,
    session && args['baseline-auth'] ? { headers: { cookie: session.cookie } } : {},
  );
  if (!res.ok) throw new Error(await res.text());
  return res.json();
}

/** The baseline's list for the user's agency (the plain handler is told who asks). */
const listPath = (session) => `/list?region=${session.region.id}&agency=${session.agency.id}`;

/** The baseline's detail, with the categories the covenant grants the agency passed in. */
function detailPath(session, caseId) {
  const grants = grantsFor(DEFAULT_COVENANT, {
    agencyId: session.agency.id,
    agencyType: session.agency.type,
  });
  const read = Object.keys(grants).filter((c) => grants[c].read);
  const summary = Object.keys(grants).filter((c) => !grants[c].read && grants[c].readSummary);
  return `/detail?region=${session.region.id}&agency=${session.agency.id}&id=${caseId}&read=${read.join(',')}&summary=${summary.join(',')}`;
}

/** Runs fn once and returns [milliseconds, SQL statements] — requests run one at a time. */
async function measure(fn) {
  const before = statements;
  const t0 = performance.now();
  await fn();
  return [performance.now() - t0, statements - before];
}

const quantile = (sorted, q) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

async function compare(label, apiFn, baseFn) {
  for (let i = 0; i < WARMUP; i++) {
    await apiFn();
    await baseFn();
  }
  const api = [];
  const base = [];
  const apiStatements = [];
  const baseStatements = [];
  for (let i = 0; i < ITERATIONS; i++) {
    // Alternate which side goes first, so neither always gets the warmer cache.
    const order =
      i % 2 === 0
        ? [
            [apiFn, api, apiStatements],
            [baseFn, base, baseStatements],
          ]
        : [
            [baseFn, base, baseStatements],
            [apiFn, api, apiStatements],
          ];
    for (const [fn, times, counts] of order) {
      const [ms, n] = await measure(fn);
      times.push(ms);
      counts.push(n);
    }
  }
  api.sort((a, b) => a - b);
  base.sort((a, b) => a - b);
  const row = {
    label,
    apiP50: quantile(api, 0.5),
    apiP975: quantile(api, 0.975),
    baseP50: quantile(base, 0.5),
    baseP975: quantile(base, 0.975),
    apiStatementsMax: Math.max(...apiStatements),
    baseStatementsMax: Math.max(...baseStatements),
  };
  row.ratioP50 = row.apiP50 / row.baseP50;
  row.ratioP975 = row.apiP975 / row.baseP975;
  return row;
}

const rows = [];
{
  // The floor of the stack itself (Express, Nest, Apollo, graphql-js): the smallest GraphQL
  // request, no session and no SQL, against the same answer from node:http.
  rows.push(
    await compare(
      'floor — { __typename } vs plain HTTP, no SQL',
      () => gql(null, '{ __typename }'),
      () => plain('/empty'),
    ),
  );
  // The fixed cost of any signed-in GraphQL request (session check, GraphQL, Nest) against one
  // trivial SQL round trip: the floor under every ratio below.
  const session = await login(USERS[0][1]);
  rows.push(
    await compare(
      'me — fixed cost vs SELECT 1',
      () => gql(session, '{ me { roles } }'),
      () => plain('/ping'),
    ),
  );
}
for (const [label, email] of USERS) {
  const session = await login(email);

  const first = await gql(session, LIST_QUERY, { first: PAGE });
  const plainFirst = await plain(listPath(session));
  const apiIds = first.cases.nodes.map((n) => n.id).join();
  const plainIds = plainFirst.nodes.map((n) => n.id).join();
  if (apiIds !== plainIds)
    throw new Error(`${label}: the API and the baseline list different cases`);
  const caseId = first.cases.nodes[Math.min(3, first.cases.nodes.length - 1)].id;
  // The detail too: the same information items (with the same text shown or withheld) and the
  // same active participations, or the comparison means nothing.
  const apiCase = (await gql(session, DETAIL_QUERY, { id: caseId })).case;
  const plainCase = await plain(detailPath(session, caseId));
  const itemsOf = (items) =>
    items
      .map(
        (i) => `${i.id}:${i.text === null ? '-' : 'text'}:${i.summary === null ? '-' : 'summary'}`,
      )
      .sort()
      .join();
  if (
    itemsOf(apiCase.informationItems) !== itemsOf(plainCase.items) ||
    apiCase.participants
      .map((p) => p.id)
      .sort()
      .join() !==
      plainCase.participants
        .map((p) => p.id)
        .sort()
        .join()
  )
    throw new Error(`${label}: the API and the baseline show a different case`);

  rows.push(
    await compare(
      `list (${PAGE}) — ${label}`,
      () => gql(session, LIST_QUERY, { first: PAGE }),
      () => plain(listPath(session), session),
    ),
  );
  rows.push(
    await compare(
      `detail — ${label}`,
      () => gql(session, DETAIL_QUERY, { id: caseId }),
      () => plain(detailPath(session, caseId), session),
    ),
  );
}

// --- auditing: the same API with and without writing the audit trail, side by side ----------
// Two fresh app instances X and Y on the same database (neither carries the heap and caches of
// the requests above); both accept the same session cookies. On these machines the instance
// created last answers ~10% faster than an identical one created before it (printed below as
// "instance bias"), as large as the target itself. So every comparison runs twice with the roles
// swapped — X audited and Y not, then Y audited and X not — and the ratio is the geometric mean
// of the two, in which that bias cancels. "Not audited" is an AuditService whose recordRead and
// record drop the event (patched here, in the bench only — the product has no switch to turn
// auditing off); "sync" is AUDIT_READ_MODE=sync, answers waiting for their event's commit.
// Target: audited (the default, async) / not ≤ 1.1 at p50 (issue 6).
const { AuditService } = require(join(apiDist, 'audit/audit.service.js'));
const { AuditEntry } = require(join(apiDist, 'audit/audit-scope.js'));
const { DataSource } = require('typeorm');
// Writes: since ADR 0011 the event of a change commits with it, as an outbox row written by
// AuditEntry.transaction. "Not audited" runs the same transaction without that row; the switch
// is per instance (its DataSource), because both instances share this process's prototype.
const auditedTransaction = AuditEntry.prototype.transaction;
if (auditedTransaction) {
  AuditEntry.prototype.transaction = function (db, work) {
    return db.benchAuditOff ? db.transaction(work) : auditedTransaction.call(this, db, work);
  };
}
async function instance() {
  const nest = await createApp(config, new JsonLogger('error'));
  await nest.listen(0, '127.0.0.1');
  const service = nest.get(AuditService);
  const dataSource = nest.get(DataSource);
  const original = { recordRead: service.recordRead, record: service.record };
  return {
    nest,
    service,
    url: `http://127.0.0.1:${nest.getHttpServer().address().port}`,
    /** 'async' (the product's default), 'sync', or 'off' (events dropped). */
    mode(mode) {
      service.recordRead = mode === 'off' ? async () => undefined : original.recordRead;
      service.record = mode === 'off' ? async () => undefined : original.record;
      service.waitAlways = mode === 'sync';
      dataSource.benchAuditOff = mode === 'off';
    },
  };
}
const X = await instance();
const Y = await instance();

// --- creation order: the same API rows on Y, an instance created after the baseline server ----
// (the rows above use the instance created before it; see "instance bias" below).
const orderRows = [];
{
  const session = await login(USERS[0][1]);
  const first = await gql(session, LIST_QUERY, { first: PAGE }, Y.url);
  const caseId = first.cases.nodes[Math.min(3, first.cases.nodes.length - 1)].id;
  orderRows.push(
    await compare(
      `list (${PAGE}) — ${USERS[0][0]}, newest instance`,
      () => gql(session, LIST_QUERY, { first: PAGE }, Y.url),
      () => plain(listPath(session), session),
    ),
  );
  orderRows.push(
    await compare(
      `detail — ${USERS[0][0]}, newest instance`,
      () => gql(session, DETAIL_QUERY, { id: caseId }, Y.url),
      () => plain(detailPath(session, caseId), session),
    ),
  );
  await Y.service.settled();
}
/** Events in the trail once every instance wrote what it queued (answers go out before). */
async function countEvents() {
  for (const nest of [app, X.nest, Y.nest]) await nest.get(AuditService).settled();
  return (await pool.query('SELECT count(*)::int AS n FROM audit_event')).rows[0].n;
}

/** Audited (in `mode`) vs not, both role assignments; the geometric mean cancels instance bias. */
async function auditedVsNot(label, mode, request) {
  const halves = [];
  for (const [on, off] of [
    [X, Y],
    [Y, X],
  ]) {
    on.mode(mode);
    off.mode('off');
    const before = await countEvents();
    halves.push(
      await compare(
        label,
        () => request(on.url),
        () => request(off.url),
      ),
    );
    // Proof that the audited side really wrote: one event per audited request, none unaudited.
    const written = (await countEvents()) - before;
    if (written !== WARMUP + ITERATIONS) {
      throw new Error(`${label}: expected ${WARMUP + ITERATIONS} audit events, found ${written}`);
    }
  }
  const [a, b] = halves;
  const gm = (x, y) => Math.sqrt(x * y);
  return {
    label,
    apiP50: gm(a.apiP50, b.apiP50),
    apiP975: gm(a.apiP975, b.apiP975),
    baseP50: gm(a.baseP50, b.baseP50),
    baseP975: gm(a.baseP975, b.baseP975),
    ratioP50: gm(a.ratioP50, b.ratioP50),
    ratioP975: gm(a.ratioP975, b.ratioP975),
    halvesP50: [a.ratioP50, b.ratioP50],
    apiStatementsMax: Math.max(a.apiStatementsMax, b.apiStatementsMax),
    baseStatementsMax: Math.max(a.baseStatementsMax, b.baseStatementsMax),
  };
}

const auditRows = [];
{
  // The control: both instances identical (both audited): any ratio here is instance bias.
  const session = await login(USERS[0][1]);
  const first = await gql(session, LIST_QUERY, { first: PAGE });
  const caseId = first.cases.nodes[Math.min(3, first.cases.nodes.length - 1)].id;
  X.mode('async');
  Y.mode('async');
  const control = await compare(
    'instance bias: X vs Y, both audited (detail)',
    () => gql(session, DETAIL_QUERY, { id: caseId }, X.url),
    () => gql(session, DETAIL_QUERY, { id: caseId }, Y.url),
  );
  auditRows.push({ ...control, halvesP50: [control.ratioP50] });
  await X.service.settled();
  await Y.service.settled();
}
for (const [label, email] of [USERS[0], USERS[4]]) {
  const session = await login(email);
  const first = await gql(session, LIST_QUERY, { first: PAGE });
  const caseId = first.cases.nodes[Math.min(3, first.cases.nodes.length - 1)].id;
  const detail = (url) => gql(session, DETAIL_QUERY, { id: caseId }, url);
  const list = (url) => gql(session, LIST_QUERY, { first: PAGE }, url);
  auditRows.push(await auditedVsNot(`detail, audited vs not — ${label}`, 'async', detail));
  auditRows.push(await auditedVsNot(`list (${PAGE}), audited vs not — ${label}`, 'async', list));
  auditRows.push(await auditedVsNot(`detail, sync mode vs not — ${label}`, 'sync', detail));
}
{
  // A write: the procesregisseur adds an information item to an open case (the first category
  // the covenant lets the ZVH add there). Audited, its event commits with the item (ADR 0011).
  const session = await login(USERS[4][1]);
  const { cases } = await gql(session, `query { cases(first: 50) { nodes { id status } } }`, {});
  const open = cases.nodes.filter((c) => c.status !== 'CLOSED');
  const ADD = `mutation BenchAdd($input: AddInformationItemInput!) {
    addInformationItem(input: $input) { id } }`;
  let input = null;
  const refusals = [];
  for (const c of open.slice(0, 5)) {
    for (const category of ['PLAN', 'SOCIAL', 'SAFETY', 'CARE_SIGNAL']) {
      const candidate = {
        caseId: c.id,
        category,
        legalBasis: 'Convenant Zorg- en Veiligheidshuis, art. 7 (bench)',
        text: 'Bench: a short note added to measure the cost of a write.',
      };
      try {
        await gql(session, ADD, { input: candidate });
        input = candidate;
        break;
      } catch (error) {
        // This category or case is not writable for the ZVH: try the next.
        refusals.push(String(error).slice(0, 200));
      }
    }
    if (input) break;
  }
  if (!input) {
    throw new Error(`no open case the procesregisseur may add an item to: ${refusals.join('; ')}`);
  }
  await X.service.settled();
  const write = (url) => gql(session, ADD, { input }, url);
  auditRows.push(
    await auditedVsNot('write (add item), audited vs not — ZVH (procesregisseur)', 'async', write),
  );
}

const f = (n) => n.toFixed(1).padStart(7);
const caseCount = (await pool.query('SELECT count(*)::int AS n FROM case_file')).rows[0].n;
console.log(
  `\nSchakel bench — ${caseCount} cases, ${ITERATIONS} iterations per row (after ${WARMUP} warm-up), page size ${PAGE}`,
);
if (args['baseline-auth'])
  console.log('baseline: authenticates the caller (session cookie, HS256, one session row)');
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
console.log(
  `\n${'request'.padEnd(44)} ${'API p50'.padStart(7)} ${'p97.5'.padStart(7)} ${'SQL p50'.padStart(7)} ${'p97.5'.padStart(7)}  ratio p50  p97.5  stmts API/SQL`,
);
for (const r of rows) {
  console.log(
    `${r.label.padEnd(44)} ${f(r.apiP50)} ${f(r.apiP975)} ${f(r.baseP50)} ${f(r.baseP975)}  ${r.ratioP50.toFixed(2).padStart(9)} ${r.ratioP975.toFixed(2).padStart(6)}  ${String(r.apiStatementsMax).padStart(4)}/${r.baseStatementsMax}`,
  );
}
for (const r of orderRows) {
  console.log(
    `${r.label.padEnd(44)} ${f(r.apiP50)} ${f(r.apiP975)} ${f(r.baseP50)} ${f(r.baseP975)}  ${r.ratioP50.toFixed(2).padStart(9)} ${r.ratioP975.toFixed(2).padStart(6)}  ${String(r.apiStatementsMax).padStart(4)}/${r.baseStatementsMax}`,
  );
}
console.log(
  '(milliseconds; statements = the most SQL statements any single request issued, without the',
);
console.log(
  ` audit INSERT each request queues for after its answer: ${auditInserts} INSERTs so far)`,
);
console.log(
  `\n${'auditing'.padEnd(44)} ${'audited'.padStart(7)} ${'p97.5'.padStart(7)} ${'not'.padStart(7)} ${'p97.5'.padStart(7)}  ratio p50  p97.5  (X/Y × Y/X)`,
);
for (const r of auditRows) {
  console.log(
    `${r.label.padEnd(44)} ${f(r.apiP50)} ${f(r.apiP975)} ${f(r.baseP50)} ${f(r.baseP975)}  ${r.ratioP50.toFixed(2).padStart(9)} ${r.ratioP975.toFixed(2).padStart(6)}  (${r.halvesP50.map((x) => x.toFixed(2)).join(' × ')})`,
  );
}
console.log(
  '(geometric mean of both role assignments, shown in brackets; target: audited/not ≤ 1.1 at p50)',
);
baseline.closeAllConnections();
await new Promise((r) => baseline.close(r));
await app.close();
await X.nest.close();
await Y.nest.close();

// The peer rows run after the in-process servers are closed: the machine serves one at a time.
let peer = null;
if (args.only !== 'latency') {
  peer = await runPeerRows(peerOptions);
  console.log(formatPeerRows(peer));
}
const pages = args.only === 'latency' ? null : await runPageTable();

if (args.json)
  writeFileSync(
    args.json,
    JSON.stringify(
      { cases: caseCount, iterations: ITERATIONS, rows, orderRows, auditRows, peer, pages },
      null,
      2,
    ),
  );
if (embedded) await embedded.stop();
