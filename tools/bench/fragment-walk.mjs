#!/usr/bin/env node
// Issue 11, item 7: the time to refuse a document of N levels of doubling fragment spreads
// (`fragment F1 on Me { ...F0 ...F0 }` …), with the query-limits rule of an older commit and with
// the current one, in one process on the same document: parse + every standard rule + the rule.
//
//   node tools/bench/fragment-walk.mjs [--before 04ec834] [--levels 22] [--runs 21]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '../..');
const require = createRequire(join(root, 'package.json'));
const ts = require('typescript');
const { buildSchema, parse, specifiedRules, validate } = require('graphql');
const { values: args } = parseArgs({
  options: {
    before: { type: 'string', default: '04ec834' },
    levels: { type: 'string', default: '22' },
    runs: { type: 'string', default: '21' },
  },
});

// Compiled in memory, resolving 'graphql' from the repository (one graphql instance for all).
const Module = require('node:module');
function load(name, source) {
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const filename = join(root, 'apps/api/src/graphql', `${name}.cjs`);
  const m = new Module(filename);
  m.filename = filename;
  m.paths = Module._nodeModulePaths(join(root, 'apps/api/src/graphql'));
  m._compile(js, filename);
  return m.exports;
}
const path = 'apps/api/src/graphql/query-limits.ts';
const rules = {
  before: load(
    'before',
    execFileSync('git', ['show', `${args.before}:${path}`], { cwd: root, encoding: 'utf8' }),
  ),
  now: load('now', readFileSync(join(root, path), 'utf8')),
};
const schema = buildSchema(readFileSync(join(root, 'apps/api/schema.gql'), 'utf8'));

const levels = Number(args.levels);
let query = `query{me{...F${levels}}}fragment F0 on Me{user{id email displayName}}`;
for (let i = 1; i <= levels; i++) query += `fragment F${i} on Me{...F${i - 1} ...F${i - 1}}`;

function refuse(which) {
  const { queryLimitsRule, DEFAULT_QUERY_LIMITS } = rules[which];
  const started = process.hrtime.bigint();
  const errors = validate(schema, parse(query), [
    ...specifiedRules,
    queryLimitsRule(DEFAULT_QUERY_LIMITS),
  ]);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!errors.some((e) => /cost/.test(e.message))) throw new Error(`${which}: not refused`);
  return ms;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const now = Array.from({ length: Number(args.runs) }, () => refuse('now'));
const before = refuse('before');
console.log(
  JSON.stringify({
    levels,
    documentBytes: Buffer.byteLength(query),
    beforeMs: Math.round(before),
    nowMedianMs: Number(median(now).toFixed(1)),
    nowFirstMs: Number(now[0].toFixed(1)),
    nowMaxMs: Number(Math.max(...now).toFixed(1)),
  }),
);
