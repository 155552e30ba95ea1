#!/usr/bin/env node
// The access export of a data-subject request (issue 6, item 6): a person with 10,000 audit
// events, exported as JSON and as PDF through the real API (session, role, audit interceptor),
// in a scratch embedded PostgreSQL that is removed afterwards. Prints JSON with the p50 of
// several runs per format; the budget is 2 seconds each.
//
//   npx nx run api:build --outputStyle=static && node tools/bench/dsr-export.mjs [--events 10000] [--runs 7]
//
// Uses DATABASE_URL when set (a database it may fill), otherwise a throw-away embedded server.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startEmbeddedPostgres } from '../db/embedded.mjs';

const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '10000' },
    items: { type: 'string', default: '40' },
    runs: { type: 'string', default: '7' },
  },
});
const EVENTS = Number(args.events);
const ITEMS = Number(args.items);
const RUNS = Number(args.runs);
const BUDGET_MS = 2000;
const log = (msg) => process.stderr.write(`[dsr-export] ${msg}\n`);
process.env.NODE_ENV = 'production';

const apiDist = join(root, 'dist/apps/api');
if (!existsSync(join(apiDist, 'bootstrap.js'))) {
  log('dist/apps/api is missing: run `npx nx run api:build` first.');
  process.exit(1);
}

let embedded = null;
let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  const scratch = mkdtempSync(join(tmpdir(), 'schakel-dsr-bench-'));
  process.once('exit', () => rmSync(scratch, { recursive: true, force: true }));
  const dir = join(scratch, 'postgres');
  embedded = await startEmbeddedPostgres({
    dir,
    password: randomBytes(16).toString('hex'),
    throwAway: true,
  });
  await embedded.ensureDatabase('schakel_dsr_bench');
  databaseUrl = embedded.urlFor('schakel_dsr_bench');
}

const { createApp } = require(join(apiDist, 'bootstrap.js'));
const { loadConfig } = require(join(apiDist, 'config/app-config.js'));
const { JsonLogger } = require(join(apiDist, 'observability/json-logger.js'));
const { DEMO_PASSWORD } = require(join(apiDist, 'demo/demo-data.js'));
const config = loadConfig({
  NODE_ENV: 'production',
  DATABASE_URL: databaseUrl,
  SESSION_SECRET: randomBytes(32).toString('hex'),
  SCHAKEL_DEMO_DATA: 'true',
  PUBLIC_URL: 'http://localhost',
  LOG_LEVEL: 'error',
});
const app = await createApp(config, new JsonLogger('error'));
await app.listen(0, '127.0.0.1');
const apiUrl = `http://127.0.0.1:${app.getHttpServer().address().port}`;

// --- the person, a case with items, 10,000 audit events and an ACCESS request ------------------
const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();
const seedStart = performance.now();
const {
  rows: [seed],
} = await db.query(`
  WITH r AS (SELECT id FROM region WHERE code = 'demo'),
  p AS (INSERT INTO person (region_id, given_names, family_name, date_of_birth, city)
        SELECT id, 'Bench', 'Inzagepersoon', '1980-05-05', 'Demostad' FROM r
        ON CONFLICT DO NOTHING RETURNING id, region_id),
  c AS (INSERT INTO case_file (region_id, reference, subject_person_id, theme, status,
                               referring_agency_id)
        SELECT p.region_id, 'BENCH-DSR-' || upper(substr(md5(random()::text), 1, 8)), p.id, 'OTHER',
               'ACTIVE', (SELECT id FROM agency WHERE type = 'POLICE' AND region_id = p.region_id
                          LIMIT 1)
          FROM p RETURNING id, region_id, subject_person_id)
  SELECT c.id AS case_id, c.region_id, c.subject_person_id AS person_id FROM c`);
await db.query(
  `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis)
   SELECT $1, $2, a.id, 'PARTNER', 'Bench: deelnemer in de casus', 'Convenant art. 5'
     FROM agency a WHERE a.region_id = $1`,
  [seed.region_id, seed.case_id],
);
await db.query(
  `INSERT INTO information_item (region_id, case_id, person_id, category, source_agency_id,
                                 legal_basis, text)
   SELECT $1, $2, $3, (ARRAY['POLICE','SOCIAL','SAFETY','CARE_SIGNAL','PLAN'])[1 + n % 5],
          (SELECT id FROM agency WHERE region_id = $1 ORDER BY name OFFSET n % 5 LIMIT 1),
          'Convenant art. 5', 'Bench-item ' || n || ': ' || repeat('tekst van het item ', 12)
     FROM generate_series(1, $4::int) n`,
  [seed.region_id, seed.case_id, seed.person_id, ITEMS],
);
// The access log: reads, lookups and searches by users of every agency, a purpose now and then.
await db.query(
  `INSERT INTO audit_event (region_id, actor_user_id, actor_agency_id, actor_agency_type,
     actor_roles, action, result, operation, person_ids, case_id, categories, access_basis, purpose)
   SELECT $1, u.id, u.agency_id, a.type, u.roles,
          (ARRAY['READ','READ','READ','SEARCH','LOOKUP','UPDATE'])[1 + n % 6], 'ALLOWED',
          'Query.case', ARRAY[$3::uuid], $2, ARRAY['IDENTITY','PLAN'], 'covenant',
          CASE WHEN n % 6 = 4 THEN 'Controle van de afspraken tijdens de dienst' END
     FROM generate_series(1, $4::int) n
     CROSS JOIN LATERAL (SELECT * FROM app_user
                          WHERE agency_id IN (SELECT id FROM agency WHERE region_id = $1)
                          ORDER BY email OFFSET n % 10 LIMIT 1) u
     JOIN agency a ON a.id = u.agency_id`,
  [seed.region_id, seed.case_id, seed.person_id, EVENTS],
);
const {
  rows: [request],
} = await db.query(
  `INSERT INTO data_subject_request (region_id, person_id, given_names, family_name,
     date_of_birth, type, received_on, identity_verification, deadline)
   VALUES ($1, $2, 'Bench', 'Inzagepersoon', '1980-05-05', 'ACCESS', current_date,
           'Paspoort', current_date + 31) RETURNING id`,
  [seed.region_id, seed.person_id],
);
const {
  rows: [{ n: eventCount }],
} = await db.query(
  `SELECT count(*)::int AS n FROM audit_event WHERE person_ids @> ARRAY[$1::uuid]`,
  [seed.person_id],
);
log(`seeded ${eventCount} audit events in ${Math.round(performance.now() - seedStart)} ms`);

// --- the privacy officer downloads both exports ------------------------------------------------
const loginRes = await fetch(`${apiUrl}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
  body: JSON.stringify({
    query: `mutation($input: LoginInput!) { login(input: $input) { roles } }`,
    variables: { input: { email: 'privacy@zvh.demo.example', password: DEMO_PASSWORD } },
  }),
});
const cookie = loginRes.headers.get('set-cookie').split(';')[0];

async function timed(format) {
  const start = performance.now();
  const res = await fetch(`${apiUrl}/data-subject-requests/${request.id}/export.${format}`, {
    headers: { cookie },
  });
  const body = Buffer.from(await res.arrayBuffer());
  const ms = performance.now() - start;
  if (res.status !== 200) throw new Error(`${format}: HTTP ${res.status} ${body.toString()}`);
  return { ms, bytes: body.length, body };
}

const p50 = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};
const results = {};
for (const format of ['json', 'pdf']) {
  await timed(format); // warm-up
  const times = [];
  let last;
  for (let i = 0; i < RUNS; i += 1) {
    last = await timed(format);
    times.push(last.ms);
  }
  const extra =
    format === 'json'
      ? { accessLogEntries: JSON.parse(last.body.toString('utf8')).accessLog.length }
      : { pages: (last.body.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length };
  results[format] = {
    p50Ms: Math.round(p50(times)),
    maxMs: Math.round(Math.max(...times)),
    runs: RUNS,
    bytes: last.bytes,
    ...extra,
    withinBudget: p50(times) <= BUDGET_MS,
  };
}

process.stdout.write(
  `${JSON.stringify(
    {
      bench: 'data-subject access export',
      auditEventsOfPerson: eventCount,
      informationItems: ITEMS,
      budgetMs: BUDGET_MS,
      machine: { cpus: cpus().length, node: process.version },
      ...results,
    },
    null,
    2,
  )}\n`,
);

await db.end();
await app.close();
if (embedded) await embedded.stop({ remove: true });
const ok = results.json.withinBudget && results.pdf.withinBudget;
process.exit(ok ? 0 : 1);
