#!/usr/bin/env node
// `npm run sbom [-- <file>]`: the software bill of materials (CycloneDX 1.6, JSON) of what runs in
// production, made from package-lock.json alone (no node_modules needed, so the image build and CI
// give the same answer for the same lockfile). Default output: dist/sbom.cdx.json; the image keeps
// it at /app/sbom.cdx.json (docker/Dockerfile). Stops with an error when a runtime dependency of
// package.json is missing from the result. See docs/adr/0032-releases-and-public-code.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** Component names (`@scope/name` or `name`) in a CycloneDX document. */
export function componentNames(bom) {
  return new Set((bom.components ?? []).map((c) => (c.group ? `${c.group}/${c.name}` : c.name)));
}

/** The package.json runtime dependencies the SBOM lacks. */
export function missingRuntimeDependencies(bom, manifest) {
  const names = componentNames(bom);
  return Object.keys(manifest.dependencies ?? {}).filter((name) => !names.has(name));
}

export function writeSbom(outFile) {
  // The package exports no bin path; its CLI file is at a fixed place in node_modules.
  const bin = join(root, 'node_modules/@cyclonedx/cyclonedx-npm/bin/cyclonedx-npm-cli.js');
  mkdirSync(dirname(outFile), { recursive: true });
  const result = spawnSync(
    process.execPath,
    [
      bin,
      '--package-lock-only',
      '--omit',
      'dev',
      '--flatten-components',
      '--output-reproducible',
      '--spec-version',
      '1.6',
      '--mc-type',
      'application',
      '--output-format',
      'JSON',
      '--output-file',
      outFile,
      join(root, 'package.json'),
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new Error(`cyclonedx-npm failed (${result.status}):\n${result.stderr}`);
  }
  const bom = JSON.parse(readFileSync(outFile, 'utf8'));
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const missing = missingRuntimeDependencies(bom, manifest);
  if (missing.length > 0)
    throw new Error(`The SBOM lacks runtime dependencies: ${missing.join(', ')}`);
  return bom;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outFile = resolve(process.argv[2] ?? join(root, 'dist/sbom.cdx.json'));
  try {
    const bom = writeSbom(outFile);
    console.log(`${outFile}: CycloneDX ${bom.specVersion}, ${bom.components.length} components`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
