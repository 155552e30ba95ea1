// Two or more builds of the API side by side (issue 14, "levers inside the request"): each in a
// process of its own on the same database, the police user's case list (25) and case detail,
// p50 at 1 connection and requests/s at 32 connections, trials interleaved (A B, B A, …).
//
//   DATABASE_URL=… node tools/bench/ab/ab.mjs tmp/before tmp/after [--trials 4] [--seconds 4]
//
// Builds come from `npx tsc -p apps/api/tsconfig.app.json --outDir tmp/<name>`. The database must
// carry the migrations of every build (run the newest first).
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

const { values: args, positionals: builds } = parseArgs({
  allowPositionals: true,
  options: {
    trials: { type: 'string', default: '4' },
    seconds: { type: 'string', default: '4' },
    user: { type: 'string', default: 'wijkagent@politie.demo.example' },
    // Requests per build at one connection, A and B alternating request by request (the order
    // swapped every pair): the ratio of each pair cancels what the machine's load does meanwhile.
    paired: { type: 'string', default: '400' },
  },
});
const TRIALS = Number(args.trials);
const MS = Number(args.seconds) * 1000;
const LIST = `query BenchList($first: Int!) { cases(first: $first) {
  nodes { id reference status theme updatedAt
    subject { givenNames { value access } familyName { value access } }
    casusregisseurAgency { name } }
  pageInfo { endCursor hasNextPage } } }`;
const DETAIL = `query BenchDetail($id: ID!) { case(id: $id) {
  id reference status theme updatedAt accessBasis
  subject { givenNames { value access } familyName { value access } dateOfBirth { value access }
    bsn { value access } address { access value { street houseNumber postcode city wijk } } }
  informationItems { id category access text summary legalBasis createdAt sourceAgency { name } }
  participants { id role startedAt endedAt agency { name } } } }`;

const { DEMO_PASSWORD } = createRequire(import.meta.url)(
  join(resolve(builds[0]), 'demo/demo-data.js'),
);
const secret = randomBytes(32).toString('hex');
function start(dist) {
  const child = fork(join(import.meta.dirname, 'server.mjs'), [dist], {
    env: { ...process.env, SESSION_SECRET: secret },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, port: m.port }));
    child.once('exit', (code) => reject(new Error(`${dist} exited ${code}`)));
  });
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });
/** A kept-alive socket the server closed while idle (its keep-alive timeout) is retried once. */
async function post(port, body, headers = {}) {
  try {
    return await postOnce(port, body, headers);
  } catch (error) {
    if (error.code !== 'ECONNRESET') throw error;
    return postOnce(port, body, headers);
  }
}

function postOnce(port, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'apollo-require-preflight': 'true',
          'content-length': Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({ headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const servers = [];
for (const dist of builds) {
  const { child, port } = await start(dist);
  const login = await post(
    port,
    JSON.stringify({
      query: `mutation($input: LoginInput!) { login(input: $input) { csrfToken } }`,
      variables: { input: { email: args.user, password: DEMO_PASSWORD } },
    }),
  );
  if (JSON.parse(login.body).errors) throw new Error(`${dist}: login: ${login.body}`);
  const cookie = login.headers['set-cookie'][0].split(';')[0];
  const ask = async (query, variables) => {
    const res = await post(port, JSON.stringify({ query, variables }), { cookie });
    const parsed = JSON.parse(res.body);
    if (parsed.errors) throw new Error(`${dist}: ${res.body}`);
    return parsed.data;
  };
  const caseId = (await ask(LIST, { first: 25 })).cases.nodes[3].id;
  const kinds = {
    list: JSON.stringify({ query: LIST, variables: { first: 25 } }),
    detail: JSON.stringify({ query: DETAIL, variables: { id: caseId } }),
  };
  servers.push({ dist, child, port, cookie, kinds, results: {} });
}

function cpuOf(server) {
  return new Promise((resolve) => {
    const on = (m) => {
      if (!m.cpu) return;
      server.child.off('message', on);
      resolve((m.cpu.user + m.cpu.system) / 1000);
    };
    server.child.on('message', on);
    server.child.send('cpu');
  });
}

async function closedLoop(server, kind, connections) {
  const body = server.kinds[kind];
  const cpu0 = await cpuOf(server);
  const times = [];
  const end = performance.now() + MS;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        await post(server.port, body, { cookie: server.cookie });
        times.push(performance.now() - t0);
      }
    }),
  );
  const cpuMs = (await cpuOf(server)) - cpu0;
  times.sort((a, b) => a - b);
  return {
    p50: times[Math.floor(times.length / 2)],
    rps: times.length / (MS / 1000),
    cpu: cpuMs / times.length,
  };
}

process.stderr.write(
  `[ab] ${cpus().length} cores, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}\n`,
);
for (const s of servers) for (const kind of Object.keys(s.kinds)) await closedLoop(s, kind, 4); // warm-up
const median = (l) => [...l].sort((a, b) => a - b)[Math.floor(l.length / 2)];
const range = (l, d) => `${Math.min(...l).toFixed(d)}–${Math.max(...l).toFixed(d)}`;

async function paired(kind) {
  const [a, b] = servers;
  const ratios = [];
  const times = [[], []];
  const cpu0 = [await cpuOf(a), await cpuOf(b)];
  for (let i = 0; i < Number(args.paired); i++) {
    const order = i % 2 === 0 ? [0, 1] : [1, 0];
    const pair = [0, 0];
    for (const k of order) {
      const s = servers[k];
      const t0 = performance.now();
      await post(s.port, s.kinds[kind], { cookie: s.cookie });
      pair[k] = performance.now() - t0;
      times[k].push(pair[k]);
    }
    ratios.push(pair[1] / pair[0]);
  }
  const cpu = [(await cpuOf(a)) - cpu0[0], (await cpuOf(b)) - cpu0[1]].map(
    (ms) => ms / Number(args.paired),
  );
  console.log(
    `${kind.padEnd(7)} paired @1: p50 ${median(times[0]).toFixed(2)} → ${median(times[1]).toFixed(2)} ms, median pair ratio ×${median(ratios).toFixed(2)}; API CPU/request ${cpu[0].toFixed(2)} → ${cpu[1].toFixed(2)} ms (×${(cpu[1] / cpu[0]).toFixed(2)})`,
  );
}
if (servers.length === 2 && Number(args.paired) > 0) {
  for (const kind of ['list', 'detail']) await paired(kind);
}
for (let trial = 0; trial < TRIALS; trial++) {
  const order = trial % 2 === 0 ? servers : [...servers].reverse();
  for (const kind of ['list', 'detail']) {
    for (const s of order) {
      const one = await closedLoop(s, kind, 1);
      const many = await closedLoop(s, kind, 32);
      const r = (s.results[kind] ??= { p50: [], rps: [], cpu: [] });
      r.p50.push(one.p50);
      r.rps.push(many.rps);
      r.cpu.push(many.cpu);
    }
  }
  process.stderr.write(`[ab] trial ${trial + 1}/${TRIALS} done\n`);
}
console.log(
  `load after: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
for (const kind of ['list', 'detail']) {
  for (const s of servers) {
    const r = s.results[kind];
    console.log(
      `${kind.padEnd(7)} ${s.dist.padEnd(16)} p50@1 ${median(r.p50).toFixed(2)} ms (${range(r.p50, 2)})   req/s@32 ${median(r.rps).toFixed(0)} (${range(r.rps, 0)})   API CPU/request@32 ${median(r.cpu).toFixed(2)} ms (${range(r.cpu, 2)})`,
    );
  }
  const [a, b] = servers.map((s) => s.results[kind]);
  if (a && b) {
    const ratios = a.rps.map((x, i) => b.rps[i] / x);
    const lat = a.p50.map((x, i) => b.p50[i] / x);
    const cpu = a.cpu.map((x, i) => b.cpu[i] / x);
    console.log(
      `${kind.padEnd(7)} ${servers[1].dist} / ${servers[0].dist}: req/s ×${median(ratios).toFixed(2)} (${range(ratios, 2)}), p50 ×${median(lat).toFixed(2)} (${range(lat, 2)}), CPU/request ×${median(cpu).toFixed(2)} (${range(cpu, 2)})`,
    );
  }
}
for (const s of servers) s.child.disconnect();
agent.destroy();
