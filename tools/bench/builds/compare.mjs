#!/usr/bin/env node
// Two builds of the API, each in its own process on the same database: floor ({ __typename }),
// me and list (25) as the police user; p50 at 1 connection, throughput at 32 connections (closed
// loop, keep-alive) and the server process's CPU time per request (from /proc, Linux), run
// alternately A B, B A, … per round. CPU per request is the figure that survives a loaded
// machine best; p50 and requests/s move with what else runs.
//
//   DATABASE_URL=… ROUNDS=4 N1=200 SECS=6 node tools/bench/builds/compare.mjs tmp/before tmp/after
//
// Each build: npx tsc -p apps/api/tsconfig.app.json --outDir tmp/<build>. Uses the demo region's
// police user (the bench's scale data): run `npm run seed:scale` on the database first.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
const require = createRequire(import.meta.url);
const [a, b] = process.argv.slice(2, 4).map((p) => resolve(p));
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const N1 = Number(process.env.N1 ?? 300);
const SECS = Number(process.env.SECS ?? 5);
const secret = randomBytes(32).toString('hex');
const { DEMO_PASSWORD } = require(a + '/demo/demo-data.js');

function start(dist) {
  const child = spawn(process.execPath, [resolve(import.meta.dirname, 'serve.mjs'), dist], {
    env: { ...process.env, SECRET: secret },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((ok) =>
    child.stdout.once('data', (d) => ok({ child, port: Number(String(d).trim()) })),
  );
}
const agent1 = new http.Agent({ keepAlive: true, maxSockets: 1 });
const agent32 = new http.Agent({ keepAlive: true, maxSockets: 32 });
function post(port, agent, body, cookie) {
  return new Promise((ok, fail) => {
    const data = Buffer.from(JSON.stringify(body));
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'apollo-require-preflight': 'true',
          'content-length': data.length,
          ...(cookie ? { cookie } : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          ok({
            status: res.statusCode,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', fail);
    req.end(data);
  });
}
const LIST = `query BenchList($first: Int!) { cases(first: $first) { nodes { id reference status theme updatedAt subject { givenNames { value access } familyName { value access } } casusregisseurAgency { name } } pageInfo { endCursor hasNextPage } } }`;
const servers = { A: await start(a), B: await start(b) };
const login = await post(servers.A.port, agent1, {
  query: 'mutation($input: LoginInput!) { login(input: $input) { csrfToken } }',
  variables: { input: { email: 'wijkagent@politie.demo.example', password: DEMO_PASSWORD } },
});
const cookie = String(login.headers['set-cookie']).split(';')[0];
const cases = {
  floor: { query: '{ __typename }' },
  me: { query: '{ me { roles } }' },
  list: { query: LIST, variables: { first: 25 } },
};
// Same answer from both before timing.
for (const [name, body] of Object.entries(cases)) {
  const ra = await post(servers.A.port, agent1, body, cookie),
    rb = await post(servers.B.port, agent1, body, cookie);
  if (ra.body !== rb.body || ra.status !== 200)
    throw new Error(
      `${name}: answers differ or fail: ${ra.status} ${ra.body.slice(0, 200)} | ${rb.body.slice(0, 200)}`,
    );
}
const results = {};
import { readFileSync } from 'node:fs';
const TICK_MS = 10; // USER_HZ 100
const cpuMs = (pid) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) * TICK_MS;
};
const pct = (xs, p) => {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.floor((s.length - 1) * p)];
};
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, body] of Object.entries(cases)) {
    for (const label of round % 2 ? ['B', 'A'] : ['A', 'B']) {
      const { port } = servers[label];
      for (let i = 0; i < 50; i++) await post(port, agent1, body, cookie);
      const times = [];
      for (let i = 0; i < N1; i++) {
        const t = process.hrtime.bigint();
        await post(port, agent1, body, cookie);
        times.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      const pid = servers[label].child.pid;
      const c0 = cpuMs(pid);
      let done = 0;
      const end = Date.now() + SECS * 1000;
      await Promise.all(
        Array.from({ length: 32 }, async () => {
          while (Date.now() < end) {
            await post(port, agent32, body, cookie);
            done++;
          }
        }),
      );
      const cpu = (cpuMs(pid) - c0) / done;
      const r = (results[`${name} ${label}`] ??= { p50: [], rps: [], cpu: [] });
      r.p50.push(pct(times, 0.5));
      r.rps.push(done / SECS);
      r.cpu.push(cpu);
      process.stderr.write(
        `round ${round} ${name} ${label}: p50 ${pct(times, 0.5).toFixed(2)} ms, ${(done / SECS).toFixed(0)} req/s, ${cpu.toFixed(3)} CPU ms/req\n`,
      );
    }
  }
}
const med = (xs) => pct(xs, 0.5);
console.log(
  `A = ${a}\nB = ${b}\n${ROUNDS} rounds, ${N1} requests at 1 connection, ${SECS} s at 32 connections, medians over rounds`,
);
console.log(
  'case   | A p50 ms | B p50 ms | B/A p50 | A req/s | B req/s | B/A req/s | A CPU ms/req | B CPU ms/req | B/A CPU',
);
for (const name of Object.keys(cases)) {
  const A = results[`${name} A`],
    B = results[`${name} B`];
  console.log(
    `${name.padEnd(6)} | ${med(A.p50).toFixed(2).padStart(8)} | ${med(B.p50).toFixed(2).padStart(8)} | ${(med(B.p50) / med(A.p50)).toFixed(2).padStart(7)} | ${med(A.rps).toFixed(0).padStart(7)} | ${med(B.rps).toFixed(0).padStart(7)} | ${(med(B.rps) / med(A.rps)).toFixed(2).padStart(9)} | ${med(A.cpu).toFixed(3).padStart(12)} | ${med(B.cpu).toFixed(3).padStart(12)} | ${(med(B.cpu) / med(A.cpu)).toFixed(2)}`,
  );
}
servers.A.child.kill('SIGTERM');
servers.B.child.kill('SIGTERM');
process.exit(0);
