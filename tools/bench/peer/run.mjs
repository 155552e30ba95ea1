// The peer rows of `npm run bench` (issue 14, targets 1 and 2): Schakel's case list and case
// detail against PostGraphile v5 with a tuned row-level-security policy (the peer) and against the
// hand-written node:http + pg baseline that authenticates the caller from the same session cookie
// (baseline-auth) — each server in a process of its own, the load from the bench process
// (keep-alive agents, closed loop), trials interleaved A B C, B C A, C A B, …
//
// Per request and server: p50 latency at 1 connection and requests/s at 32 connections, each a
// fixed-duration trial; the median and range over the trials, and the ratios the targets use,
// computed per trial (the three servers of one trial ran back to back) and as median and range.
import { fork } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import {
  PEER_PASSWORD,
  PEER_ROLE,
  POLICIES,
  ensurePeerSchema,
  explainPeer,
  peerSettings,
  resyncCases,
} from './peer-schema.mjs';

const here = import.meta.dirname;

const SCHAKEL_LIST = `query BenchList($first: Int!) { cases(first: $first) {
  nodes { id reference status theme updatedAt
    subject { givenNames { value access } familyName { value access } }
    casusregisseurAgency { name } }
  pageInfo { endCursor hasNextPage } } }`;
const SCHAKEL_DETAIL = `query BenchDetail($id: ID!) { case(id: $id) {
  id reference status theme updatedAt accessBasis
  subject { givenNames { value access } familyName { value access } dateOfBirth { value access }
    bsn { value access } address { access value { street houseNumber postcode city wijk } } }
  informationItems { id category access text summary legalBasis createdAt sourceAgency { name } }
  participants { id role startedAt endedAt agency { name } } } }`;
// The same columns through PostGraphile's generated schema (rowId is the uuid column `id`).
const PEER_LIST = `query PeerList($first: Int!) { allCaseFiles(first: $first, orderBy: [UPDATED_AT_DESC, ROW_ID_DESC]) {
  nodes { rowId reference status theme updatedAt
    personBySubjectPersonId { givenNames familyName }
    agencyByCasusregisseurAgencyId { name } }
  pageInfo { endCursor hasNextPage } } }`;
const PEER_DETAIL = `query PeerDetail($id: UUID!) { caseFileByRowId(rowId: $id) {
  rowId reference status theme updatedAt
  personBySubjectPersonId { givenNames familyName dateOfBirth bsn street houseNumber postcode city wijk }
  informationItemsByCaseId(orderBy: CREATED_AT_DESC) { nodes { rowId category text shareableSummary legalBasis createdAt agencyBySourceAgencyId { name } } }
  caseParticipantsByCaseId { nodes { rowId role startedAt endedAt agencyByAgencyId { name } } } } }`;

const SERVERS = ['Schakel', 'PostGraphile', 'baseline-auth'];

/** Starts a server script in its own process; resolves with { child, port } once it listens. */
function start(script, env, log) {
  const child = fork(join(here, script), {
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, port: m.port }));
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}) before listening`)));
  }).then((s) => {
    log(`${script}: pid ${s.child.pid}, port ${s.port}`);
    return s;
  });
}

// CPU time (user + system) of processes, from /proc on Linux (clock ticks of 10 ms); elsewhere
// the CPU columns stay empty. A closed loop at 32 connections keeps both cores busy, so where the
// CPU of one answer goes — the server process or PostgreSQL's backends — decides its throughput.
const HAS_PROC = existsSync('/proc/self/stat');
const TICK_MS = 10;
function procCpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = (i) => Number(fields[i]);
    return {
      comm: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
      ppid: ticks(1),
      ms: (ticks(11) + ticks(12)) * TICK_MS,
      // Children that exited and were waited for (a backend whose connection closed).
      childrenMs: (ticks(13) + ticks(14)) * TICK_MS,
    };
  } catch {
    return null; // gone meanwhile
  }
}
/**
 * CPU of the server process and of PostgreSQL so far, in ms: every live postgres process, plus
 * what the postmaster's exited children used (a pool may close and open backends meanwhile).
 */
function cpuNow(serverPid) {
  if (!HAS_PROC || !serverPid) return null;
  const procs = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((pid) => ({ pid: Number(pid), ...procCpuMs(pid) }))
    .filter((p) => p.comm === 'postgres');
  const pids = new Set(procs.map((p) => p.pid));
  let postgres = 0;
  for (const p of procs) {
    postgres += p.ms;
    if (!pids.has(p.ppid)) postgres += p.childrenMs; // the postmaster
  }
  return { server: procCpuMs(serverPid)?.ms ?? 0, postgres };
}

/** One HTTP request through `agent`; resolves to [ok, body]. */
function send(agent, t) {
  return new Promise((resolve) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: t.port,
        path: t.path,
        method: t.method,
        headers: t.headers,
        agent,
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve([res.statusCode === 200 && !text.includes('"errors"'), text]);
        });
        res.on('error', (e) => resolve([false, String(e)]));
      },
    );
    req.on('error', (e) => resolve([false, String(e)]));
    req.end(t.body);
  });
}

/** A closed loop: `connections` callers, each sending its next request when the last answered. */
async function closedLoop(target, connections, durationMs) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  try {
    // Open the connections first (not timed).
    await Promise.all(Array.from({ length: connections }, () => send(agent, target)));
    const latencies = [];
    let count = 0;
    let errors = 0;
    let firstError = null;
    const cpu0 = cpuNow(target.pid);
    const t0 = performance.now();
    const end = t0 + durationMs;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < end) {
          const s = performance.now();
          const [ok, text] = await send(agent, target);
          latencies.push(performance.now() - s);
          count += 1;
          if (!ok) {
            errors += 1;
            firstError ??= text.slice(0, 300);
          }
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    const cpu1 = cpuNow(target.pid);
    latencies.sort((a, b) => a - b);
    return {
      cpu:
        cpu0 && cpu1
          ? {
              server: (cpu1.server - cpu0.server) / count,
              postgres: (cpu1.postgres - cpu0.postgres) / count,
            }
          : null,
      rps: count / seconds,
      p50: latencies[Math.floor(latencies.length / 2)],
      count,
      errors,
      firstError,
    };
  } finally {
    agent.destroy();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const range = (xs) => [Math.min(...xs), Math.max(...xs)];

/**
 * Runs the peer rows. Options: databaseUrl, apiDist, sessionSecret, pageSize, durationS, trials,
 * grantsFor + covenant (libs/sharing-policy), seed (async, runs after Schakel's migrations),
 * users ([label, email][]: the first is timed, all are checked), log. Returns the results.
 */
export async function runPeerRows(o) {
  const log = o.log;
  const load0 = loadavg();
  const children = [];
  try {
    const schakel = await start(
      'server-schakel.mjs',
      { API_DIST: o.apiDist, DATABASE_URL: o.databaseUrl, SESSION_SECRET: o.sessionSecret },
      log,
    );
    children.push(schakel.child);
    if (o.seed) await o.seed();

    const admin = new pg.Client({ connectionString: o.databaseUrl });
    await admin.connect();
    const postgres = (await admin.query('SHOW server_version')).rows[0].server_version;
    const cases = (await admin.query('SELECT count(*)::int AS n FROM case_file')).rows[0].n;
    await ensurePeerSchema(admin, log);

    const peerUrl = new URL(o.databaseUrl);
    peerUrl.username = PEER_ROLE;
    peerUrl.password = PEER_PASSWORD;
    const [peer, baseline] = await Promise.all([
      start('server-postgraphile.mjs', { PEER_DATABASE_URL: peerUrl.toString() }, log),
      start(
        'server-baseline.mjs',
        {
          DATABASE_URL: o.databaseUrl,
          SESSION_SECRET: o.sessionSecret,
          PAGE_SIZE: String(o.pageSize),
        },
        log,
      ),
    ]);
    children.push(peer.child, baseline.child);

    const json = async (t) => {
      const [ok, text] = await send(undefined, t);
      if (!ok) throw new Error(`${t.path}: ${text.slice(0, 500)}`);
      return JSON.parse(text);
    };
    const gqlTarget = (port, query, variables, headers) => {
      const body = Buffer.from(JSON.stringify({ query, variables }));
      return {
        port,
        path: '/graphql',
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/json',
          'content-length': String(body.length),
          'apollo-require-preflight': 'true',
          ...headers,
        },
      };
    };

    async function login(email) {
      const body = Buffer.from(
        JSON.stringify({
          query: `mutation($input: LoginInput!) { login(input: $input) { csrfToken agency { id type } region { id } } }`,
          variables: { input: { email, password: o.demoPassword } },
        }),
      );
      const res = await fetch(`http://127.0.0.1:${schakel.port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body,
      });
      const answer = await res.json();
      if (answer.errors) throw new Error(`login ${email}: ${JSON.stringify(answer.errors)}`);
      return { cookie: res.headers.get('set-cookie').split(';')[0], ...answer.data.login };
    }

    /** The three servers' list and detail requests for one user, checked to answer alike. */
    async function targetsFor(label, email) {
      const session = await login(email);
      const grants = o.grantsFor(o.covenant, {
        agencyId: session.agency.id,
        agencyType: session.agency.type,
      });
      const read = Object.keys(grants).filter((c) => grants[c].read);
      const summary = Object.keys(grants).filter((c) => !grants[c].read && grants[c].readSummary);
      const peerHeaders = {
        'x-peer-region': session.region.id,
        'x-peer-agency': session.agency.id,
        'x-peer-read': read.join(','),
        'x-peer-summary': summary.join(','),
      };
      const cookie = { cookie: session.cookie };
      const list = {
        Schakel: gqlTarget(schakel.port, SCHAKEL_LIST, { first: o.pageSize }, cookie),
        PostGraphile: gqlTarget(peer.port, PEER_LIST, { first: o.pageSize }, peerHeaders),
        'baseline-auth': { port: baseline.port, path: '/list', method: 'GET', headers: cookie },
      };
      const sList = (await json(list.Schakel)).data.cases.nodes;
      if (sList.length === 0) throw new Error(`${label}: Schakel lists no case`);
      const caseId = sList[Math.min(3, sList.length - 1)].id;
      // Another bench row may have written since the peer's copy was made: copy the compared
      // case's current rows (and all cases' updated_at) again.
      await resyncCases(admin, [caseId]);
      const pList = (await json(list.PostGraphile)).data.allCaseFiles.nodes;
      const bList = (await json(list['baseline-auth'])).nodes;
      const ids = {
        Schakel: sList.map((n) => n.id).join(),
        PostGraphile: pList.map((n) => n.rowId).join(),
        'baseline-auth': bList.map((n) => n.id).join(),
      };
      if (new Set(Object.values(ids)).size !== 1)
        throw new Error(`${label}: the servers list different cases: ${JSON.stringify(ids)}`);

      const detail = {
        Schakel: gqlTarget(schakel.port, SCHAKEL_DETAIL, { id: caseId }, cookie),
        PostGraphile: gqlTarget(peer.port, PEER_DETAIL, { id: caseId }, peerHeaders),
        'baseline-auth': {
          port: baseline.port,
          path: `/detail?id=${caseId}&read=${read.join(',')}&summary=${summary.join(',')}`,
          method: 'GET',
          headers: cookie,
        },
      };
      const sCase = (await json(detail.Schakel)).data.case;
      const pCase = (await json(detail.PostGraphile)).data.caseFileByRowId;
      const bCase = await json(detail['baseline-auth']);
      const sorted = (xs) => xs.sort().join();
      const shapes = {
        Schakel: [
          sCase.id,
          sorted(sCase.informationItems.map((i) => i.id)),
          sorted(sCase.participants.map((p) => p.id)),
          sCase.subject.familyName.value,
        ],
        PostGraphile: [
          pCase?.rowId,
          sorted(pCase?.informationItemsByCaseId.nodes.map((i) => i.rowId) ?? []),
          sorted(pCase?.caseParticipantsByCaseId.nodes.map((p) => p.rowId) ?? []),
          pCase?.personBySubjectPersonId?.familyName,
        ],
        'baseline-auth': [
          bCase.case?.id,
          sorted(bCase.items.map((i) => i.id)),
          sorted(bCase.participants.map((p) => p.id)),
          bCase.case?.family_name,
        ],
      };
      if (new Set(Object.values(shapes).map((s) => JSON.stringify(s))).size !== 1)
        throw new Error(`${label}: the servers show a different case: ${JSON.stringify(shapes)}`);
      log(
        `${label}: the same ${sList.length} case ids on all three; detail ${caseId}: the same ` +
          `${sCase.informationItems.length} items and ${sCase.participants.length} participants`,
      );
      return {
        session,
        list,
        detail,
        settings: peerSettings({
          regionId: session.region.id,
          agencyId: session.agency.id,
          read,
          summary,
        }),
      };
    }

    const checked = [];
    for (const [label, email] of o.users) checked.push([label, await targetsFor(label, email)]);
    const [timedLabel, timed] = checked[0];
    const pids = {
      Schakel: schakel.child.pid,
      PostGraphile: peer.child.pid,
      'baseline-auth': baseline.child.pid,
    };
    for (const kind of ['list', 'detail']) for (const s of SERVERS) timed[kind][s].pid = pids[s];

    // No strawman: the policy's plan uses the page index, the participation test its index.
    const explain = await explainPeer(admin, timed.settings);
    if (!explain.usesPageIndex || !explain.usesParticipationIndex)
      throw new Error(
        `the peer's policy plan does not use the indexes:\n${explain.plan}\n${explain.inner}`,
      );
    log('peer policy plan: page index + participation index (EXPLAIN checked)');

    const duration = o.durationS * 1000;
    // Warm-up (not recorded): every server, every request, at both loads.
    for (const kind of ['list', 'detail'])
      for (const s of SERVERS) {
        await closedLoop(timed[kind][s], 32, Math.min(2000, duration));
        await closedLoop(timed[kind][s], 1, Math.min(1000, duration));
      }

    const results = {};
    for (const kind of ['list', 'detail']) {
      results[kind] = Object.fromEntries(
        SERVERS.map((s) => [s, { p50: [], rps: [], cpuServer: [], cpuPostgres: [] }]),
      );
      for (let t = 0; t < o.trials; t++) {
        // Rotate who goes first, so no server always follows the same one.
        const order = SERVERS.map((_, i) => SERVERS[(i + t) % SERVERS.length]);
        for (const s of order) {
          const r = await closedLoop(timed[kind][s], 1, duration);
          if (r.errors) throw new Error(`${kind} ${s}: ${r.errors} failed: ${r.firstError}`);
          results[kind][s].p50.push(r.p50);
        }
        for (const s of order) {
          const r = await closedLoop(timed[kind][s], 32, duration);
          if (r.errors) throw new Error(`${kind} ${s}: ${r.errors} failed: ${r.firstError}`);
          results[kind][s].rps.push(r.rps);
          if (r.cpu) {
            results[kind][s].cpuServer.push(r.cpu.server);
            results[kind][s].cpuPostgres.push(r.cpu.postgres);
          }
        }
        log(
          `${kind} trial ${t + 1}/${o.trials}: ` +
            SERVERS.map(
              (s) =>
                `${s} ${results[kind][s].p50.at(-1).toFixed(2)} ms, ${results[kind][s].rps.at(-1).toFixed(0)}/s`,
            ).join('; '),
        );
      }
    }
    await admin.end();
    const load1 = loadavg();

    const ratios = {};
    for (const kind of ['list', 'detail']) {
      const r = results[kind];
      const perTrial = (f) => Array.from({ length: o.trials }, (_, t) => f(t));
      ratios[kind] = {
        throughputVsPeer: perTrial((t) => r.Schakel.rps[t] / r.PostGraphile.rps[t]),
        p50VsPeer: perTrial((t) => r.Schakel.p50[t] / r.PostGraphile.p50[t]),
        p50VsBaseline: perTrial((t) => r.Schakel.p50[t] / r['baseline-auth'].p50[t]),
      };
    }
    return {
      machine: {
        cpu: cpus()[0]?.model ?? 'cpu',
        cores: cpus().length,
        ramGiB: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        postgres,
      },
      loadBefore: load0,
      loadAfter: load1,
      cases,
      user: timedLabel,
      checkedUsers: checked.map(([l]) => l),
      pageSize: o.pageSize,
      durationS: o.durationS,
      trials: o.trials,
      apiDist: o.apiDist,
      policy: POLICIES,
      explain,
      results,
      ratios,
    };
  } finally {
    for (const c of children) if (c.connected) c.disconnect();
  }
}

/** The peer rows as text. */
export function formatPeerRows(p) {
  const out = [];
  const fmt = (xs, d) => {
    const [lo, hi] = range(xs);
    return `${median(xs).toFixed(d)} [${lo.toFixed(d)}–${hi.toFixed(d)}]`;
  };
  out.push(
    `\nPeer rows (issue 14) — ${p.cases} cases, ${p.user}, page ${p.pageSize}; ${p.trials} trials × ${p.durationS} s per cell, interleaved; one process per server`,
  );
  out.push(
    `machine: ${p.machine.cores} × ${p.machine.cpu}, ${p.machine.ramGiB} GiB, Node ${p.machine.node}, PostgreSQL ${p.machine.postgres}`,
  );
  out.push(
    `load average before: ${p.loadBefore.map((x) => x.toFixed(2)).join(' ')}; after: ${p.loadAfter.map((x) => x.toFixed(2)).join(' ')}`,
  );
  out.push(
    `API build: ${p.apiDist}; same ids and detail checked for: ${p.checkedUsers.join(', ')}`,
  );
  out.push(
    `\n${'request'.padEnd(12)} ${'server'.padEnd(14)} ${'p50 @1 conn, ms'.padEnd(24)} requests/s @32 conns`,
  );
  for (const kind of ['list', 'detail']) {
    for (const s of SERVERS) {
      const r = p.results[kind][s];
      out.push(
        `${(kind === 'list' ? `list (${p.pageSize})` : 'detail').padEnd(12)} ${s.padEnd(14)} ${fmt(r.p50, 2).padEnd(24)} ${fmt(r.rps, 0)}`,
      );
    }
  }
  out.push('(median [min–max] over the trials)');
  if (p.results.list.Schakel.cpuServer?.length) {
    out.push(
      `\nCPU per answer @32 conns, ms (median [min–max]): the server's process / all PostgreSQL processes`,
    );
    for (const kind of ['list', 'detail'])
      for (const s of SERVERS) {
        const r = p.results[kind][s];
        out.push(
          `${(kind === 'list' ? `list (${p.pageSize})` : 'detail').padEnd(12)} ${s.padEnd(14)} ${fmt(r.cpuServer, 2).padEnd(24)} ${fmt(r.cpuPostgres, 2)}`,
        );
      }
  }
  out.push(
    `\n${'ratio (per trial: median [min–max])'.padEnd(44)} ${'list'.padEnd(20)} ${'detail'.padEnd(20)} target`,
  );
  for (const [key, name, target] of [
    ['throughputVsPeer', 'Schakel/PostGraphile requests/s @32', '≥ 1.0'],
    ['p50VsPeer', 'Schakel/PostGraphile p50 @1', '≤ 1.0'],
    ['p50VsBaseline', 'Schakel/baseline-auth p50 @1', '≤ 1.3'],
  ]) {
    out.push(
      `${name.padEnd(44)} ${fmt(p.ratios.list[key], 2).padEnd(20)} ${fmt(p.ratios.detail[key], 2).padEnd(20)} ${target}`,
    );
  }
  const scans = (plan) =>
    plan
      .split('\n')
      .filter((l) => /Index Scan|Index Cond|Filter:/.test(l))
      .map((l) => l.trim().replace(/^->\s*/, ''))
      .join('; ');
  out.push(`peer's list plan (EXPLAIN as its role): ${scans(p.explain.plan)}`);
  out.push(`  participation probe inside the policy function: ${scans(p.explain.inner)}`);
  out.push(
    'PostGraphile v5 (amber preset) over schema `peer` (copies of the rows, same indexes) as a role under RLS;',
  );
  out.push(
    ' it has no session check (region, agency and categories come from request headers as pgSettings),',
  );
  out.push(
    ' no audit and no masking (its policy filters rows; withheld texts are not marked). Schakel keeps all three.',
  );
  return out.join('\n');
}
