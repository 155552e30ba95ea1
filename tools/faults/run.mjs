#!/usr/bin/env node
// `npm run test:faults`: the audit trail and the processes under faults (issue 13, item 7).
// PostgreSQL (started here, from the embedded binaries) and the built API (a real process) run
// under a steady load of reads and writes from signed-in demo users while each fault is injected
// and ended; then every answered read, acknowledged write and committed note is matched with its
// audit event. Prints one table row per fault, writes it to tmp/faults-report.json, exits 1 when
// a fault broke a rule (docs/operations.md#fault-suite), 2 when the suite could not run.
//
//   npm run test:faults                      all faults, longer holds and more clients
//   node tools/faults/run.mjs --short        the version `npm test` runs (≈2–4 min)
//   node tools/faults/run.mjs --only pg-crash,api-kill9 --hold 5
//   node tools/faults/run.mjs --short --api-dist tmp/other-build   (another build of the API)
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FaultApi } from './api.mjs';
import { FAULTS } from './faults.mjs';
import { Client, Load } from './load.mjs';
import { FaultPostgres } from './postgres.mjs';
import { busiestWindow, recoveryMs, settle, tally, verifyChains } from './tally.mjs';
import { until } from './wait.mjs';

const root = resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  options: {
    short: { type: 'boolean', default: false },
    only: { type: 'string' },
    clients: { type: 'string' },
    hold: { type: 'string' },
    rounds: { type: 'string' },
    'bound-ms': { type: 'string' },
    json: { type: 'string', default: 'tmp/faults-report.json' },
    // Another build of the API (e.g. a branch's), as in tools/bench/bench.mjs.
    'api-dist': { type: 'string' },
  },
});
const short = args.short;
const settings = {
  clients: Number(args.clients ?? (short ? 4 : 8)),
  holdMs: Number(args.hold ?? (short ? 3 : 8)) * 1000,
  rounds: Number(args.rounds ?? (short ? 1 : 2)),
  // Load before the fault and after recovery: long enough for a few hundred requests.
  windowMs: short ? 2500 : 6000,
  // AUDIT_MAX_UNWRITTEN_MS: what an API kill -9 may lose, as that long's worth of reads (issue 13).
  boundMs: Number(args['bound-ms'] ?? 2000),
  // Clock and scheduling slack between the client's times and the server's, on a busy machine.
  slackMs: 1000,
};
const log = (line) => process.stdout.write(`[faults] ${line}\n`);

const apiDist = args['api-dist'] ? resolve(args['api-dist']) : join(root, 'dist/apps/api');
if (!existsSync(join(apiDist, 'main.js'))) {
  console.error('The API build is missing: run `npm run build` (or nx run api:build) first.');
  process.exit(2);
}
const selected = args.only
  ? args.only.split(',').map((name) => {
      const fault = FAULTS.find((f) => f.name === name.trim());
      if (!fault) {
        console.error(`Unknown fault "${name}"; known: ${FAULTS.map((f) => f.name).join(', ')}`);
        process.exit(2);
      }
      return fault;
    })
  : FAULTS;

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

// Whatever ends this process, nothing it started may outlive it.
let pgServer = null;
let api = null;
process.on('exit', () => {
  api?.destroy();
  pgServer?.destroy();
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    log(`${signal}: stopping`);
    process.exit(130);
  });
}

const outDir = join(root, 'tmp');
mkdirSync(outDir, { recursive: true });
const started = Date.now();
let rows = [];
let exitCode = 0;

try {
  pgServer = new FaultPostgres({ port: await freePort(), log });
  await pgServer.init();
  await pgServer.start();
  await pgServer.createDatabase('schakel');
  api = new FaultApi({
    main: join(apiDist, 'main.js'),
    port: await freePort(),
    databaseUrl: pgServer.url('schakel'),
    sessionSecret: randomBytes(32).toString('hex'),
    logFile: join(outDir, 'faults-api.log'),
    env: { AUDIT_MAX_UNWRITTEN_MS: String(settings.boundMs) },
    log,
  });
  writeFileSync(join(outDir, 'faults-api.log'), '');
  // The API migrates the new database and loads the demo region on its first start.
  await api.start();
  log(
    `PostgreSQL on ${pgServer.port}, API on ${api.url} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );

  const users = [
    'procesregisseur@zvh.demo.example',
    'wijkagent@politie.demo.example',
    'gemeente@demostad.demo.example',
    'ggz@ggz.demo.example',
  ];
  const clients = [];
  for (let i = 0; i < settings.clients; i++) {
    const client = new Client({
      apiUrl: api.url,
      email: users[i % users.length],
      password: 'Demo-wachtwoord-2026',
      name: `c${i}`,
    });
    await client.login();
    await client.discover();
    clients.push(client);
  }
  if (!clients.some((c) => c.writable)) throw new Error('no demo user may add notes to a case');
  const load = new Load(clients);
  const ctx = { pg: pgServer, api, boundMs: settings.boundMs };

  for (let round = 1; round <= settings.rounds; round++) {
    for (const fault of selected) {
      const phase = settings.rounds > 1 ? `${fault.name}-r${round}` : fault.name;
      log(`${phase}: ${fault.title}`);
      rows.push(await runFault(fault, phase, load, ctx));
      const row = rows.at(-1);
      log(`${phase}: ${row.ok ? 'ok' : `FAILED (${row.problems.join('; ')})`}`);
    }
  }
} catch (error) {
  exitCode = 2;
  console.error(`The fault suite could not run: ${error.stack ?? error}`);
  if (pgServer) console.error(`PostgreSQL's last lines:\n${pgServer.lastLines().join('\n')}`);
  if (api)
    console.error(
      `The API's last lines:\n${api.lines
        .slice(-15)
        .map((l) => l.raw)
        .join('\n')}`,
    );
}

printTable(rows);
const report = {
  finishedAt: new Date().toISOString(),
  seconds: Math.round((Date.now() - started) / 1000),
  settings,
  faults: rows,
};
writeFileSync(resolve(root, args.json), JSON.stringify(report, null, 2) + '\n');
log(`report: ${args.json}; API log: tmp/faults-api.log; ${report.seconds} s`);
if (exitCode === 0 && rows.some((r) => !r.ok)) exitCode = 1;
process.exit(exitCode);

/** Load, fault, recovery, more load; then the tally of the phase. */
async function runFault(fault, phase, load, ctx) {
  const warmFrom = Date.now();
  load.start(phase);
  // Before the fault: the window has passed and every client got answers (bounded).
  await until(
    `${phase}: answers before the fault`,
    () =>
      Date.now() - warmFrom >= settings.windowMs &&
      load.successesSince(warmFrom).length >= load.clients.length * 2,
    { timeoutMs: 120_000, intervalMs: 100 },
  );
  const faultAt = Date.now();
  ctx.stop = null;
  const linesBefore = ctx.api.lines.length;
  const endAt = await fault.run(ctx, settings.holdMs);
  // Recovery: a read and a write sent after the fault ended are answered with data.
  let recovered = true;
  try {
    await until(
      `${phase}: a read and a write answered after the fault`,
      () => recoveryMs(load.records, endAt) !== null,
      { timeoutMs: 120_000, intervalMs: 100 },
    );
    const back = Date.now();
    await until(
      `${phase}: answers after recovery`,
      () =>
        Date.now() - back >= settings.windowMs &&
        load.successesSince(back).length >= load.clients.length,
      { timeoutMs: 120_000, intervalMs: 100 },
    );
  } catch (error) {
    recovered = false;
    log(error.message);
  }
  const records = await load.stop();
  if (!ctx.api.running) await ctx.api.start();
  const db = await settle(ctx.pg.url(), phase);
  const chain = await verifyChains(ctx.pg.url(), apiDist);

  const reads = records.filter((r) => r.kind !== 'write' && r.outcome === 'data');
  const readBound =
    fault.apiDies && !fault.graceful
      ? busiestWindow(reads, settings.boundMs + settings.slackMs)
      : 0;
  const logged = loggedRequestIds(ctx.api.lines.slice(linesBefore), phase);
  const row = {
    fault: phase,
    title: fault.title,
    faultSeconds: Number(((endAt - faultAt) / 1000).toFixed(1)),
    ...tally({ records, db, readBound, logged }),
    recoveryMs: recoveryMs(records, endAt),
    chainIntact: chain.intact,
    chainEvents: chain.events,
    chainBroken: chain.broken,
  };
  if (ctx.stop) {
    row.stop = {
      signal: ctx.stop.signal,
      code: ctx.stop.code,
      ms: ctx.stop.stopMs,
      killed: ctx.stop.killed,
    };
  }
  const problems = [];
  if (row.readsAnswered === 0 || row.writesAcked === 0) problems.push('the load got no answers');
  if (!recovered || row.recoveryMs === null) problems.push('no recovery');
  if (row.lostChangeEvents > 0)
    problems.push(`${row.lostChangeEvents} committed change(s) without event`);
  if (row.ackedMissing > 0) problems.push(`${row.ackedMissing} acknowledged write(s) lost`);
  if (row.duplicates > 0) problems.push(`${row.duplicates} duplicated event(s)`);
  if (row.readsWithoutEvent > row.readBound) {
    problems.push(
      `${row.readsWithoutEvent} answered read(s) without event (bound ${row.readBound})`,
    );
  }
  if (!row.chainIntact) problems.push(`chain broken: ${row.chainBroken.join(', ')}`);
  // While PostgreSQL is away the answer is SERVICE_UNAVAILABLE (503), never a generic INTERNAL.
  if (phase.startsWith('pg-') && (row.failures?.INTERNAL ?? 0) > 0) {
    problems.push(`${row.failures.INTERNAL} answer(s) INTERNAL instead of SERVICE_UNAVAILABLE`);
  }
  if (row.stop?.killed) problems.push('the API still ran 10 s after SIGTERM');
  row.problems = problems;
  row.ok = problems.length === 0;
  return row;
}

/**
 * Request ids of events the API logged in full instead of writing (a stop that could not write
 * its queue): log lines about the audit trail carrying an event's `request_id`.
 */
function loggedRequestIds(lines, phase) {
  const ids = new Set();
  const pattern = new RegExp(`"request_?[iI]d"\\s*:\\s*"(fs-${phase}-c[A-Za-z0-9._-]+)"`, 'g');
  for (const line of lines) {
    if (!line.json || !/audit/i.test(String(line.json.msg ?? ''))) continue;
    for (const match of line.raw.matchAll(pattern)) ids.add(match[1]);
  }
  return ids;
}

function printTable(list) {
  const columns = [
    ['fault', (r) => r.fault],
    ['reads ok', (r) => r.readsAnswered],
    ['writes ack', (r) => r.writesAcked],
    ['committed', (r) => r.committed],
    [
      'events r/w',
      (r) =>
        `${r.events - (r.eventsPerOperation['Mutation.addInformationItem'] ?? 0)}/${r.eventsPerOperation['Mutation.addInformationItem'] ?? 0}`,
    ],
    ['lost chg ev', (r) => r.lostChangeEvents],
    [
      'reads no ev',
      (r) =>
        `${r.readsWithoutEvent}${r.readsLogged ? `+${r.readsLogged} logged` : ''} (≤${r.readBound})`,
    ],
    ['ack lost', (r) => r.ackedMissing],
    ['dup ev', (r) => r.duplicates],
    ['chg rep. failed', (r) => r.committedReportedFailed],
    ['recovery', (r) => (r.recoveryMs === null ? '-' : `${(r.recoveryMs / 1000).toFixed(1)} s`)],
    ['chain', (r) => (r.chainIntact ? 'intact' : 'BROKEN')],
    ['result', (r) => (r.ok ? 'ok' : 'FAIL')],
  ];
  const cells = list.map((r) => columns.map(([, get]) => String(get(r))));
  const widths = columns.map(([name], i) =>
    Math.max(name.length, ...cells.map((c) => c[i].length)),
  );
  const line = (values) => values.map((v, i) => v.padEnd(widths[i])).join(' | ');
  console.log('\n' + line(columns.map(([name]) => name)));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const c of cells) console.log(line(c));
  for (const r of list) {
    const failures = Object.entries(r.failures)
      .map(([code, n]) => `${code} ${n}`)
      .join(', ');
    const stop = r.stop
      ? `; stop: ${r.stop.signal ?? `exit ${r.stop.code}`} after ${r.stop.ms} ms`
      : '';
    console.log(`  ${r.fault}: unanswered/errors: ${failures || 'none'}${stop}`);
    if (!r.ok)
      console.log(`    FAIL: ${r.problems.join('; ')}; examples ${JSON.stringify(r.examples)}`);
  }
  const failed = list.filter((r) => !r.ok).length;
  console.log(`\n${list.length - failed} fault(s) passed, ${failed} failed`);
}
