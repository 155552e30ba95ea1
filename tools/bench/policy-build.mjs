#!/usr/bin/env node
// The policy work of one case-list read (ADR 0040), in process, without HTTP or SQL: build the
// police user's ability from its context, compile the list's filters, and ask the per-row
// questions of a page of 25 (accessBasis, the four person fields). "fresh" does it all per
// request (main before ADR 0040); "cached" reuses one ability and its compiled filters, as a read
// served from the session cache now does. The two alternate in blocks; CPU time per request.
//
//   node tools/bench/policy-build.mjs [--api-dist tmp/<build>] [--n 4000]
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    'api-dist': { type: 'string', default: 'dist/apps/api' },
    n: { type: 'string', default: '4000' },
  },
});
const require = createRequire(import.meta.url);
const dist = resolve(args['api-dist']);
const sql = require(join(dist, 'sharing/policy-sql.js'));
const { toPolicyContext } = require(join(dist, 'sharing/policy-context.queries.js'));
const { buildAbility, DEFAULT_COVENANT, accessBasis } = require('@schakel/sharing-policy');

const REGION = '00000000-0000-4000-8000-000000000001';
const POLICE = '00000000-0000-4000-8000-000000000002';
const party = {
  regionId: REGION,
  agencyId: POLICE,
  agencyType: 'POLICE',
  roles: ['MEMBER'],
  userId: 'u1',
};
const row = {
  covenantVersion: 1,
  covenant: DEFAULT_COVENANT.map((e) => ({
    agencyId: e.subject.agencyId ?? null,
    agencyType: e.subject.agencyType ?? null,
    category: e.category,
    read: e.read,
    write: e.write,
    readSummary: e.readSummary ?? false,
  })),
  consents: [],
  conflictDecisions: [],
  breakGlass: [],
};
const page = Array.from({ length: 25 }, (_, i) => ({
  id: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
  regionId: REGION,
  subjectPersonId: `00000000-0000-4000-a000-${String(i).padStart(12, '0')}`,
  referringAgencyId: POLICE,
  activeParticipantAgencyIds: i % 3 ? [POLICE, 'zvh'] : ['zvh', POLICE, 'ggz'],
  casusregisseurAgencyId: 'zvh',
}));

function request(ability) {
  const params = new sql.SqlParams([REGION, POLICE, 26]);
  sql.policyFilter(ability, 'read', { subject: 'Case', alias: 'c' }, params);
  sql.policyFilter(
    ability,
    'read',
    { subject: 'CaseSubject', caseAlias: 'c', category: 'IDENTITY', part: 'NAME' },
    params,
  );
  let n = 0;
  for (const c of page) {
    if (accessBasis(ability, sql.caseSubject(c))) n++;
    const v = sql.personVisibility(ability, c);
    if (v.name) n++;
  }
  return n;
}
const fresh = () => request(buildAbility(toPolicyContext(party, row)));
const shared = buildAbility(toPolicyContext(party, row));
const cached = () => request(shared);

const N = Number(args.n);
const cpu = (fn) => {
  const t0 = process.cpuUsage();
  for (let i = 0; i < N; i++) fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / N; // µs per request
};
for (let i = 0; i < 3; i++) {
  cpu(fresh);
  cpu(cached);
} // warm-up
const runs = { fresh: [], cached: [] };
for (let r = 0; r < 6; r++) {
  for (const [name, fn] of r % 2
    ? [
        ['cached', cached],
        ['fresh', fresh],
      ]
    : [
        ['fresh', fresh],
        ['cached', cached],
      ])
    runs[name].push(cpu(fn));
}
const med = (l) => [...l].sort((a, b) => a - b)[l.length >> 1];
console.log(
  `policy work of one list read (police, page of 25), CPU µs per request, median of 6 blocks of ${N}:`,
);
console.log(
  `  fresh ability per request: ${med(runs.fresh).toFixed(1)} µs  [${Math.min(...runs.fresh).toFixed(1)}–${Math.max(...runs.fresh).toFixed(1)}]`,
);
console.log(
  `  cached ability + filters:  ${med(runs.cached).toFixed(1)} µs  [${Math.min(...runs.cached).toFixed(1)}–${Math.max(...runs.cached).toFixed(1)}]`,
);
