// Proves the Nx module-boundary rule is active: lints forbidden imports (fed through stdin, so
// nothing is written to the tree) and fails unless ESLint rejects each with that rule.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const probes = [
  {
    what: 'a library importing the API',
    file: 'libs/domain/src/boundary-probe.ts',
    code: "import { loadConfig } from '../../../apps/api/src/config/app-config';\nexport const probe = loadConfig;\n",
  },
  {
    what: 'the portal importing the API',
    file: 'apps/portal/src/boundary-probe.ts',
    code: "import { AuthService } from '../../api/src/auth/auth.service';\nexport const probe = AuthService;\n",
  },
  {
    what: 'the domain library importing the sharing policy',
    file: 'libs/domain/src/boundary-probe.ts',
    code: "import { buildAbility } from '@schakel/sharing-policy';\nexport const probe = buildAbility;\n",
  },
];

let failed = 0;
for (const probe of probes) {
  const res = spawnSync(
    join(root, 'node_modules/.bin/eslint'),
    ['--stdin', '--stdin-filename', probe.file, '--format', 'json'],
    { cwd: root, input: probe.code, encoding: 'utf8' },
  );
  let rules = [];
  try {
    rules = JSON.parse(res.stdout).flatMap((r) => r.messages.map((m) => m.ruleId));
  } catch {
    /* no JSON: ESLint itself failed */
  }
  if (rules.includes('@nx/enforce-module-boundaries')) {
    console.log(`ok: ${probe.what} is rejected`);
  } else {
    failed += 1;
    console.error(`NOT rejected: ${probe.what} (rules reported: ${rules.join(', ') || 'none'})`);
    if (res.stderr) console.error(res.stderr.slice(0, 2000));
  }
}
process.exit(failed ? 1 : 0);
