// The portal's GraphQL types are generated from the committed apps/api/schema.gql and committed
// too; this regenerates them and fails when the result differs from what is in the working tree.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const generated = join(root, 'apps/portal/src/gql');
const backup = mkdtempSync(join(tmpdir(), 'schakel-gql-'));
cpSync(generated, backup, { recursive: true });

const res = spawnSync(
  join(root, 'node_modules/.bin/graphql-codegen'),
  ['--config', 'apps/portal/codegen.ts'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
let differs = [];
if (res.status === 0) {
  const previous = new Set(readdirSync(backup));
  for (const file of readdirSync(generated)) {
    if (!previous.has(file)) {
      differs.push(`${file} (new)`);
      rmSync(join(generated, file), { recursive: true, force: true });
    } else if (
      readFileSync(join(backup, file), 'utf8') !== readFileSync(join(generated, file), 'utf8')
    ) {
      differs.push(file);
    }
  }
}
cpSync(backup, generated, { recursive: true });
rmSync(backup, { recursive: true, force: true });
if (res.status !== 0) process.exit(1);
if (differs.length) {
  console.error(
    `Generated GraphQL types are stale (${differs.join(', ')}): run \`npm run codegen\` and commit.`,
  );
  process.exit(1);
}
console.log('Generated GraphQL types are up to date.');
