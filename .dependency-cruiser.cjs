// Folder rules of apps/api/src, generated from the one written order in tools/arch/layers.cjs.
// Run by `npm test` (tools/arch/check-folders.mjs); by hand:
//   node_modules/.bin/depcruise --config .dependency-cruiser.cjs apps/api/src
const { TIERS, NO_FEATURE_IMPORTS, SRC } = require('./tools/arch/layers.cjs');

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const folderPath = (folders) => `^${esc(SRC)}/(${folders.map(esc).join('|')})/`;
const all = TIERS.flatMap((t) => t.folders);
const featureFolders = TIERS.filter((t) => t.name === 'feature' || t.name === 'directory').flatMap(
  (t) => t.folders,
);

/** For each folder: every folder it may not import (higher tiers and its own tier's others). */
const orderRules = TIERS.flatMap((tier, i) =>
  tier.folders.map((folder) => {
    const above = TIERS.slice(i + 1).flatMap((t) => t.folders);
    const peers = tier.folders.filter((f) => f !== folder);
    return {
      name: `order:${folder}`,
      comment: `${folder}/ may import only folders below it in tools/arch/layers.cjs`,
      severity: 'error',
      from: { path: folderPath([folder]) },
      to: { path: folderPath([...above, ...peers]) },
    };
  }),
);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...orderRules,
    {
      name: 'kernel-imports-no-feature',
      comment: `${NO_FEATURE_IMPORTS.join('/ and ')}/ import no feature folder`,
      severity: 'error',
      from: { path: folderPath(NO_FEATURE_IMPORTS) },
      to: { path: folderPath(featureFolders) },
    },
    {
      name: 'no-import-of-app-root',
      comment: 'the files at the root of apps/api/src assemble the app; no folder imports them',
      severity: 'error',
      from: { path: `^${esc(SRC)}/[^/]+/` },
      to: { path: `^${esc(SRC)}/[^/]+\\.ts$` },
    },
    {
      name: 'folder-in-the-order',
      comment: 'every folder of apps/api/src is placed in tools/arch/layers.cjs',
      severity: 'error',
      from: { path: `^${esc(SRC)}/[^/]+/`, pathNot: folderPath(all) },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '\\.spec\\.ts$', '\\.int-spec\\.ts$'] },
    includeOnly: `^${esc(SRC)}/`,
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'apps/api/tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
