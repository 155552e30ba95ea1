#!/usr/bin/env node
// `npm run audit:verify`: checks the hash chain of every region's audit trail and reports the
// first broken link. Uses the built API's verifier (dist/apps/api/audit/audit-verifier.js), the
// same code as the privacy officer's view. Database: DATABASE_URL, else the embedded one in
// .data/postgres (the running server of `npm start`, or started here for the check).
// Options: --region <uuid>, --from-seq <n> (with --region; anchors on that row's link).
// Exit code: 0 intact, 1 broken, 2 could not check.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const { values: args } = parseArgs({
  options: {
    region: { type: 'string' },
    'from-seq': { type: 'string' },
    'data-dir': { type: 'string' },
  },
});

const verifierFile = join(root, 'dist/apps/api/audit/audit-verifier.js');
if (!existsSync(verifierFile)) {
  console.error('The API build is missing: run `npm run build` first.');
  process.exit(2);
}
const { verifyAuditChain, verifyAllAuditChains } = require(verifierFile);
const { Client } = require('pg');

/** The embedded server of `npm start` if it runs, else a temporary start of the same data. */
async function embeddedUrl() {
  const stateDir = join(root, '.data');
  const dataDir = args['data-dir'] ? resolve(args['data-dir']) : join(stateDir, 'postgres');
  const passwordFile = join(stateDir, 'postgres-password');
  if (!existsSync(join(dataDir, 'PG_VERSION')) || !existsSync(passwordFile)) {
    throw new Error(`No DATABASE_URL and no embedded database in ${dataDir}.`);
  }
  const password = readFileSync(passwordFile, 'utf8').trim();
  const pidFile = join(dataDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const lines = readFileSync(pidFile, 'utf8').split('\n');
    const [pid, port] = [Number(lines[0]), Number(lines[3])];
    try {
      process.kill(pid, 0);
      return {
        url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/schakel`,
      };
    } catch {
      /* stale pid file: start it below */
    }
  }
  const { startEmbeddedPostgres } = await import('../db/embedded.mjs');
  const pg = await startEmbeddedPostgres({ dir: dataDir, password });
  return { url: pg.urlFor('schakel'), stop: () => pg.stop() };
}

let stop;
let client;
let code = 2;
try {
  let url = process.env.DATABASE_URL;
  if (!url) ({ url, stop } = await embeddedUrl());
  client = new Client({ connectionString: url, application_name: 'schakel-audit-verify' });
  await client.connect();
  const q = { query: async (sql, params) => (await client.query(sql, params)).rows };
  const started = Date.now();
  const checks = args.region
    ? [
        await verifyAuditChain(q, args.region, {
          fromSeq: args['from-seq'] ? BigInt(args['from-seq']) : undefined,
        }),
      ]
    : await verifyAllAuditChains(q);
  let broken = 0;
  for (const c of checks) {
    if (c.reason === null) {
      console.log(`region ${c.regionId}: intact, ${c.checked} events, head ${c.headHash ?? '-'}`);
    } else {
      broken += 1;
      console.log(
        `region ${c.regionId}: BROKEN (${c.reason}) at event id ${c.firstBrokenId ?? '-'}, ` +
          `seq ${c.firstBrokenSeq} (expected seq ${c.expectedSeq}); ${c.checked} events intact before it`,
      );
    }
  }
  const total = checks.reduce((n, c) => n + c.checked, 0);
  console.log(
    `${checks.length} region(s), ${total} events checked in ${Date.now() - started} ms: ` +
      (broken ? `${broken} broken chain(s) — see docs/privacy.md` : 'all intact'),
  );
  code = broken ? 1 : 0;
} catch (error) {
  console.error(`audit:verify could not check the trail: ${error.message}`);
} finally {
  await client?.end().catch(() => {});
  await stop?.();
}
process.exit(code);
