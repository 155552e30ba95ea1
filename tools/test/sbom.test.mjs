// `npm run sbom` makes a CycloneDX SBOM from package-lock.json that lists what the image runs with,
// and nothing it does not ship (issue 19 item 4, ADR 0032). Takes ~30 s (npm reads the lockfile).
// Run: node --test tools/test/sbom.test.mjs (npm test runs it with the static checks).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { componentNames, writeSbom } from '../release/sbom.mjs';

const root = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'schakel-sbom-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const bom = writeSbom(join(dir, 'sbom.cdx.json'));
const byName = new Map(bom.components.map((c) => [c.group ? `${c.group}/${c.name}` : c.name, c]));

test('the SBOM is CycloneDX 1.6 for this application and version', () => {
  assert.equal(bom.bomFormat, 'CycloneDX');
  assert.equal(bom.specVersion, '1.6');
  assert.equal(bom.metadata.component.name, manifest.name);
  assert.equal(bom.metadata.component.version, manifest.version);
  assert.equal(bom.metadata.component.type, 'application');
});

test('it lists every runtime dependency at the version the lockfile installs, with its package URL', () => {
  const runtime = Object.keys(manifest.dependencies);
  assert.ok(runtime.length > 20);
  for (const name of runtime) {
    const component = byName.get(name);
    assert.ok(component, `${name} is missing`);
    assert.equal(component.version, lock.packages[`node_modules/${name}`].version, name);
    assert.equal(component.purl, `pkg:npm/${name.replace('@', '%40')}@${component.version}`);
  }
  // The workspace libraries the image copies in, and what the runtime pulls in transitively.
  for (const name of ['@schakel/domain', '@schakel/sharing-policy', 'pg-protocol', 'fastify'])
    assert.ok(byName.has(name), `${name} is missing`);
});

test('it leaves out what the image does not ship (development dependencies)', () => {
  const names = componentNames(bom);
  for (const name of ['jest', 'vite', '@playwright/test', 'eslint', '@cyclonedx/cyclonedx-npm'])
    assert.ok(!names.has(name), `${name} is a development dependency`);
});

test('licences are recorded (a scanner needs them)', () => {
  const withLicence = bom.components.filter((c) => (c.licenses ?? []).length > 0).length;
  assert.ok(withLicence / bom.components.length > 0.95, `${withLicence}/${bom.components.length}`);
  assert.equal(byName.get('pg').licenses[0].license.id, 'MIT');
});
