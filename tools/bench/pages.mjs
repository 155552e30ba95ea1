#!/usr/bin/env node
// The page table (issue 14, target 3): every GraphQL request the portal's pages send on opening,
// per persona that may open the page, sent as the portal's own generated documents
// (apps/portal/src/gql/graphql.ts) with variables taken from the data (a case the user reads, a
// meeting of theirs …), each timed p50 / p97.5 over N iterations against the real API.
// Target: p50 ≤ 100 ms at 1,000,000 cases.
//
//   DATABASE_URL=… node tools/bench/pages.mjs --iterations 20 [--api-dist tmp/x] [--json f]
//                  [--only overzicht] [--persona procesregisseur] [--timeout-ms 180000]
//
// A request that times out leaves its statement running in PostgreSQL until it ends: cancel it
// (pg_cancel_backend) rather than starting the table again on a shared server.
// From another script: `measurePages({ apiUrl, password, iterations, log, statements })` returns
// the rows and `formatPages(rows)` the table's lines (`password`: the demo users' DEMO_PASSWORD;
// `statements`, optional: a function returning a running count of SQL statements in the API's
// process, as bench.mjs keeps one).
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
export const TARGET_MS = 100;

/** The portal's generated documents, printed back to GraphQL text, by operation name. */
export function portalDocuments() {
  const { print } = require('graphql');
  const text = readFileSync(join(root, 'apps/portal/src/gql/graphql.ts'), 'utf8');
  const documents = new Map();
  for (const match of text.matchAll(
    /^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm,
  )) {
    documents.set(match[1], print(JSON.parse(match[2])));
  }
  return documents;
}

/** The demo users (apps/api/src/demo/demo-data.ts) the table signs in as. */
export const PERSONAS = {
  procesregisseur: 'procesregisseur@zvh.demo.example',
  police: 'wijkagent@politie.demo.example',
  probation: 'reclassering@reclassering.demo.example',
  wijkteam: 'wijkteam@demostad.demo.example',
  GGZ: 'ggz@ggz.demo.example',
  'privacy officer': 'privacy@zvh.demo.example',
  'privacy contact': 'privacy@politie.demo.example',
  'functional admin': 'beheer@zvh.demo.example',
  'agency admin': 'beheer@politie.demo.example',
};
const CASE_WORKERS = ['procesregisseur', 'police', 'probation', 'wijkteam', 'GGZ'];
const ALL = Object.keys(PERSONAS);
const HALF_YEAR = 182 * 86_400_000;

/**
 * Each page (its route in apps/portal/src/routes/ and AppRoutes.tsx), who may open it, and the
 * queries it sends on opening with the variables the portal would send. `needs` names the
 * context value a row cannot do without (skipped, and said so, when the data has none).
 */
export const PAGES = [
  { page: '(every page: shell)', personas: ALL, op: 'Me' },
  { page: '(every page: shell)', personas: CASE_WORKERS, op: 'UnreadNotifications' },
  { page: '/ (home)', personas: ['privacy officer'], op: 'OpenBreakGlassReviewCount' },
  { page: '/dossiers', personas: CASE_WORKERS, op: 'Cases', vars: () => ({ first: 20 }) },
  {
    page: '/dossiers?status=IN_TRIAGE',
    personas: ['procesregisseur'],
    op: 'Cases',
    vars: () => ({ first: 20, filter: { statuses: ['IN_TRIAGE'] } }),
  },
  ...['Case', 'CaseConsents', 'CasePlan', 'PlanVersions', 'CaseAgreedApproach', 'CaseTimeline'].map(
    (op) => ({
      page: '/dossiers/:caseId',
      personas: CASE_WORKERS,
      op,
      needs: 'caseId',
      vars: (c) => (op === 'Case' ? { id: c.caseId } : { caseId: c.caseId }),
    }),
  ),
  { page: '/dossiers/:caseId', personas: ['procesregisseur'], op: 'RegionSettings' },
  { page: '/dossiers/:caseId', personas: ['procesregisseur'], op: 'Agencies' },
  {
    page: '/dossiers/:caseId',
    personas: CASE_WORKERS,
    op: 'CaseClosure',
    needs: 'closedCaseId',
    vars: (c) => ({ caseId: c.closedCaseId }),
  },
  {
    page: '/dossiers/:caseId/bekijk-als/:agencyId',
    personas: ['procesregisseur', 'privacy officer', 'functional admin'],
    op: 'CaseAsAgency',
    needs: 'viewCaseId',
    vars: (c) => ({ caseId: c.viewCaseId, agencyId: c.policeAgencyId }),
  },
  { page: '/aanmelden', personas: CASE_WORKERS, op: 'Agencies' },
  { page: '/aanmelden', personas: CASE_WORKERS, op: 'ReferralReasonCategories' },
  { page: '/triage', personas: ['procesregisseur'], op: 'TriageQueue' },
  { page: '/triage', personas: ['procesregisseur'], op: 'Agencies' },
  { page: '/afsprakenkaart', personas: ALL, op: 'Agencies' },
  { page: '/overzicht', personas: ['procesregisseur'], op: 'MonitoringDashboard' },
  // The outcome report's default period (the last four quarters), all wijken and themes.
  { page: '/rapportage', personas: ['procesregisseur'], op: 'OutcomeReport', vars: () => ({}) },
  {
    page: '/overzicht',
    personas: ['procesregisseur'],
    op: 'DashboardOverdueActions',
    vars: () => ({ first: 10 }),
  },
  { page: '/meldingen', personas: CASE_WORKERS, op: 'Notifications', vars: () => ({ first: 50 }) },
  {
    page: '/mijn-acties',
    personas: CASE_WORKERS,
    op: 'MyActions',
    vars: () => ({ first: 25, filter: null }),
  },
  {
    page: '/overleggen',
    personas: CASE_WORKERS,
    op: 'MyMeetings',
    vars: () => ({
      from: new Date(Date.now() - HALF_YEAR).toISOString(),
      to: new Date(Date.now() + HALF_YEAR).toISOString(),
    }),
  },
  {
    page: '/overleggen/:meetingId',
    personas: CASE_WORKERS,
    op: 'Meeting',
    needs: 'meetingId',
    vars: (c) => ({ id: c.meetingId }),
  },
  {
    page: '/overleggen/:meetingId',
    personas: ['procesregisseur'],
    op: 'PlannerCases',
    vars: () => ({ first: 100 }),
  },
  {
    page: '/convenant',
    personas: ['privacy officer', 'functional admin'],
    op: 'Covenant',
    vars: () => ({}),
  },
  {
    page: '/convenant',
    personas: ['privacy officer', 'functional admin'],
    op: 'CovenantProposals',
  },
  { page: '/convenant', personas: ['privacy officer', 'functional admin'], op: 'RegionSettings' },
  {
    page: '/privacy/audittrail',
    personas: ['privacy officer'],
    op: 'AuditEvents',
    vars: () => ({
      first: 25,
      filter: {
        personId: null,
        user: null,
        agencyId: null,
        caseReference: null,
        from: null,
        to: null,
        actions: null,
        result: null,
      },
    }),
  },
  { page: '/privacy/audittrail', personas: ['privacy officer'], op: 'PrivacyOfficeAgencies' },
  { page: '/privacy/*', personas: ['privacy officer'], op: 'OpenBreakGlassReviewCount' },
  { page: '/privacy/break-the-glass', personas: ['privacy officer'], op: 'BreakGlassReviewQueue' },
  {
    page: '/privacy/signalen',
    personas: ['privacy officer'],
    op: 'AuditAnomalies',
    vars: () => {
      const today = new Date().toISOString().slice(0, 10);
      const from = new Date(Date.parse(`${today}T00:00:00Z`) - 6 * 86_400_000);
      return { from: from.toISOString().slice(0, 10), to: today };
    },
  },
  { page: '/privacy/verzoeken', personas: ['privacy officer'], op: 'DataSubjectRequests' },
  {
    page: '/privacy/verzoeken/:requestId',
    personas: ['privacy officer'],
    op: 'DataSubjectRequest',
    needs: 'requestId',
    vars: (c) => ({ id: c.requestId }),
  },
  {
    page: '/privacy/mijn-verzoeken',
    personas: ['privacy contact'],
    op: 'DataSubjectRequestPartTasks',
  },
  {
    page: '/privacy/mijn-verzoeken/:partId',
    personas: ['privacy contact'],
    op: 'DataSubjectRequestPartReview',
    needs: 'partId',
    vars: (c) => ({ id: c.partId }),
  },
  {
    page: '/privacy/bewaartermijnen',
    personas: ['privacy officer', 'functional admin'],
    op: 'Retention',
  },
  // The legal holds: the privacy officer's (RetentionOverview shows them to who may manage).
  { page: '/privacy/bewaartermijnen', personas: ['privacy officer'], op: 'LegalHolds' },
];

const quantile = (sorted, q) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

/**
 * Signs each persona in, finds its context in the data, and times every row of PAGES.
 * Returns [{ page, persona, op, p50, p975, statements, pass, skipped? }].
 */
export async function measurePages({
  apiUrl,
  iterations = 20,
  warmup = 3,
  log = () => {},
  statements = null,
  password,
  only = null,
  persona: onlyPersona = null,
  // A request still unanswered after this is an error row (its statement may run on: see below).
  timeoutMs = 180_000,
}) {
  const documents = portalDocuments();
  async function gql(session, name, variables) {
    const query = documents.get(name);
    if (!query) throw new Error(`the portal has no document ${name}`);
    const res = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = await res.json();
    if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors).slice(0, 400)}`);
    return body.data;
  }
  async function login(email) {
    const res = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({
        query: documents.get('Login'),
        variables: { input: { email, password } },
      }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(`login ${email}: ${JSON.stringify(body.errors)}`);
    return { cookie: res.headers.get('set-cookie').split(';')[0], ...body.data.login };
  }
  /** What the pages' variables are taken from: the first matching record the user may read. */
  async function contextOf(session, name) {
    const context = {};
    const tryQuery = async (op, variables, pick) => {
      try {
        Object.assign(context, pick(await gql(session, op, variables)));
      } catch {
        // Not this persona's page: the rows that need it are skipped.
      }
    };
    if (CASE_WORKERS.includes(name)) {
      await tryQuery('Cases', { first: 20, filter: { statuses: ['ACTIVE'] } }, (d) => ({
        caseId: d.cases.nodes[0]?.id,
      }));
      await tryQuery('Cases', { first: 1, filter: { statuses: ['CLOSED'] } }, (d) => ({
        closedCaseId: d.cases.nodes[0]?.id,
      }));
      const from = new Date(Date.now() - HALF_YEAR).toISOString();
      const to = new Date(Date.now() + HALF_YEAR).toISOString();
      await tryQuery('MyMeetings', { from, to }, (d) => ({ meetingId: d.myMeetings[0]?.id }));
    }
    await tryQuery('Agencies', {}, (d) => ({
      policeAgencyId: d.agencies.find((a) => a.type === 'POLICE')?.id,
    }));
    await tryQuery('DataSubjectRequests', {}, (d) => ({
      requestId: d.dataSubjectRequests[0]?.id,
    }));
    await tryQuery('DataSubjectRequestPartTasks', {}, (d) => ({
      partId: d.dataSubjectRequestPartTasks[0]?.id,
    }));
    return context;
  }

  const rows = [];
  const viewCase = {};
  for (const [name, email] of Object.entries(PERSONAS)) {
    if (onlyPersona && name !== onlyPersona) continue;
    const mine = PAGES.filter(
      (p) => p.personas.includes(name) && (!only || p.page.includes(only) || p.op === only),
    );
    if (mine.length === 0) continue;
    const session = await login(email);
    const context = await contextOf(session, name);
    // "View as" opens a case the procesregisseur reads; the privacy roles look at the same one.
    if (name === 'procesregisseur') viewCase.id = context.caseId;
    context.viewCaseId = viewCase.id ?? null;
    if (!viewCase.id && name !== 'procesregisseur') {
      const zvh = await login(PERSONAS.procesregisseur);
      viewCase.id = (await gql(zvh, 'Cases', { first: 1 })).cases.nodes[0]?.id;
      context.viewCaseId = viewCase.id;
    }
    for (const entry of mine) {
      const base = { page: entry.page, persona: name, op: entry.op };
      if (entry.needs && !context[entry.needs]) {
        rows.push({ ...base, skipped: `no ${entry.needs} in the data` });
        log(`${entry.page} ${name} ${entry.op}: skipped (no ${entry.needs})`);
        continue;
      }
      const variables = entry.vars ? entry.vars(context) : undefined;
      const request = () => gql(session, entry.op, variables);
      try {
        for (let i = 0; i < warmup; i++) await request();
        const times = [];
        let maxStatements = null;
        for (let i = 0; i < iterations; i++) {
          const before = statements?.();
          const t0 = performance.now();
          await request();
          times.push(performance.now() - t0);
          if (statements) maxStatements = Math.max(maxStatements ?? 0, statements() - before);
        }
        times.sort((a, b) => a - b);
        const row = {
          ...base,
          p50: quantile(times, 0.5),
          p975: quantile(times, 0.975),
          statements: maxStatements,
        };
        row.pass = row.p50 <= TARGET_MS;
        rows.push(row);
        log(
          `${entry.page} ${name} ${entry.op}: p50 ${row.p50.toFixed(1)} ms${row.pass ? '' : ' FAIL'}`,
        );
      } catch (error) {
        rows.push({ ...base, error: String(error.message ?? error).slice(0, 300), pass: false });
        log(`${entry.page} ${name} ${entry.op}: ERROR ${error.message ?? error}`);
      }
    }
  }
  return rows;
}

/** The table as text lines. */
export function formatPages(rows) {
  const f = (n) => (n === undefined || n === null ? '' : n.toFixed(1)).padStart(8);
  const lines = [
    `${'page'.padEnd(38)} ${'persona'.padEnd(17)} ${'operation'.padEnd(28)} ${'p50'.padStart(8)} ${'p97.5'.padStart(8)} stmts  ≤${TARGET_MS} ms`,
  ];
  for (const r of rows) {
    const verdict = r.skipped
      ? `skipped: ${r.skipped}`
      : r.error
        ? `ERROR ${r.error}`
        : r.pass
          ? 'PASS'
          : 'FAIL';
    lines.push(
      `${r.page.padEnd(38)} ${r.persona.padEnd(17)} ${r.op.padEnd(28)} ${f(r.p50)} ${f(r.p975)} ${String(r.statements ?? '').padStart(5)}  ${verdict}`,
    );
  }
  const measured = rows.filter((r) => !r.skipped);
  lines.push(
    `${measured.filter((r) => r.pass).length}/${measured.length} requests at p50 ≤ ${TARGET_MS} ms`,
  );
  return lines;
}

// --- on its own: the built API in this process, on DATABASE_URL -------------------------------
if (import.meta.url === `file://${process.argv[1]}`) {
  const { values: args } = parseArgs({
    options: {
      iterations: { type: 'string', default: '20' },
      warmup: { type: 'string', default: '3' },
      'api-dist': { type: 'string' },
      json: { type: 'string' },
      only: { type: 'string' },
      persona: { type: 'string' },
      'timeout-ms': { type: 'string', default: '180000' },
    },
  });
  const log = (msg) => process.stderr.write(`[pages] ${msg}\n`);
  process.env.NODE_ENV = 'production';
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    log('set DATABASE_URL (a seeded bench database, e.g. after `npm run seed:scale`).');
    process.exit(1);
  }
  const pg = require('pg');
  let statements = 0;
  const originalQuery = pg.Client.prototype.query;
  pg.Client.prototype.query = function countedQuery(...a) {
    // The audit INSERT goes out after the answer (ADR 0009): not a statement of the request.
    if (a[0]?.name !== 'schakel_audit_insert') statements += 1;
    return originalQuery.apply(this, a);
  };
  const apiDist = args['api-dist'] ? resolve(args['api-dist']) : join(root, 'dist/apps/api');
  if (!existsSync(join(apiDist, 'bootstrap.js'))) {
    log(`${apiDist}/bootstrap.js is missing: build the API first (nx run api:build).`);
    process.exit(1);
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
    // The demo users have no second factor; the pages are measured after the login either way.
    MFA_REQUIRED: 'false',
  });
  const app = await createApp(config, new JsonLogger('error'));
  await app.listen(0, '127.0.0.1');
  const apiUrl = `http://127.0.0.1:${app.getHttpServer().address().port}`;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const cases = (await client.query('SELECT count(*)::int AS n FROM case_file')).rows[0].n;
  await client.end();
  const rows = await measurePages({
    apiUrl,
    iterations: Number(args.iterations),
    warmup: Number(args.warmup),
    log,
    statements: () => statements,
    password: DEMO_PASSWORD,
    only: args.only ?? null,
    persona: args.persona ?? null,
    timeoutMs: Number(args['timeout-ms']),
  });
  console.log(
    `\nSchakel page table — ${cases} cases, ${args.iterations} iterations per row (p50 and p97.5 in ms)`,
  );
  for (const line of formatPages(rows)) console.log(line);
  if (args.json)
    writeFileSync(
      args.json,
      JSON.stringify({ cases, iterations: Number(args.iterations), rows }, null, 2),
    );
  await app.close();
}
