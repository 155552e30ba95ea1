#!/usr/bin/env node
// The folder rules of apps/api/src (docs/architecture.md, "Rules of the house"), checked with
// dependency-cruiser against the order written in tools/arch/layers.cjs. Prints the folder graph's
// counts (arrows, arrows against the order, mutual pairs) and every violation; exits non-zero on a
// violation that is not a known, owned one (tools/arch/known-violations.cjs).
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { cruise } from 'dependency-cruiser';

const here = resolve(import.meta.dirname, '../..');
// Optional: another checkout to measure with these rules (e.g. to compare with main).
const root = resolve(process.argv[2] ?? here);
const require = createRequire(import.meta.url);
const config = require(join(here, '.dependency-cruiser.cjs'));
const { TIERS, SRC } = require('./layers.cjs');
const known = require('./known-violations.cjs');
process.chdir(root);

const tierOf = new Map(TIERS.flatMap((t, i) => t.folders.map((f) => [f, i])));
const folderOf = (file) => {
  const rest = file.startsWith(`${SRC}/`) ? file.slice(SRC.length + 1).split('/') : null;
  return rest && rest.length > 1 ? rest[0] : null;
};

const problems = [];

// The rules must be able to fail: probe them with an import against the order and one along it
// (a regex slip would otherwise pass everything silently).
const forbids = (from, to) =>
  config.forbidden.some(
    (r) =>
      new RegExp(r.from.path).test(from) &&
      !(r.from.pathNot && new RegExp(r.from.pathNot).test(from)) &&
      r.to.path !== undefined &&
      new RegExp(r.to.path).test(to),
  );
const probes = [
  ['sharing/masking.ts', 'persons/person.model.ts', true],
  ['common/validate.ts', 'sharing/policy-sql.ts', true],
  ['database/entities.ts', 'cases/case.entity.ts', true],
  ['cases/case.service.ts', 'app.module.ts', true],
  ['participants/x.ts', 'persons/y.ts', true],
  ['cases/case.service.ts', 'sharing/policy-sql.ts', false],
  ['meetings/meeting.service.ts', 'live/live-signal.ts', false],
];
for (const [from, to, expected] of probes) {
  if (forbids(`${SRC}/${from}`, `${SRC}/${to}`) !== expected) {
    problems.push(
      `the rules ${expected ? 'allow' : 'forbid'} ${from} → ${to}: check the generator`,
    );
  }
}
const folders = readdirSync(join(root, SRC), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
for (const f of folders.filter((f) => !tierOf.has(f))) {
  problems.push(`${SRC}/${f}/ is not placed in tools/arch/layers.cjs`);
}

const result = await cruise([SRC], {
  ...config.options,
  validate: true,
  ruleSet: { forbidden: config.forbidden },
});
const { modules, summary } = result.output;

const arrows = new Map();
for (const m of modules) {
  const a = folderOf(m.source);
  if (!a) continue;
  for (const d of m.dependencies) {
    const b = folderOf(d.resolved);
    if (b && b !== a) arrows.set(`${a}>${b}`, (arrows.get(`${a}>${b}`) ?? 0) + 1);
  }
}
const back = [...arrows.keys()].filter((k) => {
  const [a, b] = k.split('>');
  return tierOf.has(a) && tierOf.has(b) && tierOf.get(b) >= tierOf.get(a);
});
const mutual = [...arrows.keys()].filter((k) => {
  const [a, b] = k.split('>');
  return a < b && arrows.has(`${b}>${a}`);
});

const seenKnown = new Set();
for (const v of summary.violations) {
  const pair = `${folderOf(v.from)}>${folderOf(v.to)}`;
  if (known[pair]) {
    seenKnown.add(pair);
    continue;
  }
  problems.push(`${v.rule.name}: ${v.from} → ${v.to}`);
}
for (const k of mutual) {
  const [a, b] = k.split('>');
  if (!known[`${a}>${b}`] && !known[`${b}>${a}`])
    problems.push(`mutual folder imports: ${a} ↔ ${b}`);
}

console.log(
  `apps/api/src: ${folders.length} folders, ${arrows.size} folder arrows, ${back.length} against ` +
    `the order, ${mutual.length} mutual pairs (${modules.length} modules cruised)`,
);
for (const pair of Object.keys(known)) {
  if (seenKnown.has(pair)) console.log(`  known, owned: ${pair} (${known[pair]})`);
  else
    console.log(`  note: ${pair} no longer occurs; remove it from tools/arch/known-violations.cjs`);
}
for (const p of problems) console.error(`  ✗ ${p}`);
if (problems.length > 0) {
  console.error(
    `${problems.length} folder rule violation(s); see docs/architecture.md#rules-of-the-house`,
  );
  process.exit(1);
}
console.log('folder rules hold');
