// The repository meets the Standaard voor Publieke Code where a machine can check it (issue 19
// item 6, ADR 0032): the licence text, REUSE coverage of every tracked file, publiccode.yml against
// the publiccode.yml standard (0.4), the files a municipality looks for, and the release image.
// Run: node --test tools/test/public-code.test.mjs (npm test runs it with the static checks).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { LICENSE_ID, licenseText } from '../release/write-license.mjs';

const root = resolve(import.meta.dirname, '../..');
const read = (path) => readFileSync(join(root, path), 'utf8');
const manifest = JSON.parse(read('package.json'));

describe('licence', () => {
  test('LICENSE and LICENSES/EUPL-1.2.txt hold the full SPDX text of the licence package.json names', () => {
    assert.equal(manifest.license, LICENSE_ID);
    const text = licenseText();
    assert.ok(text.length > 10_000, 'the full text, not a notice');
    assert.equal(
      read('LICENSE'),
      text,
      'LICENSE differs: run node tools/release/write-license.mjs',
    );
    assert.equal(read(`LICENSES/${LICENSE_ID}.txt`), text);
  });
});

/**
 * A REUSE.toml path pattern as a regular expression (REUSE 3.3): `*` matches within one folder,
 * `**` across folders, `\*` is a literal asterisk; everything else is literal.
 */
export function reuseGlob(pattern) {
  let source = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      source += pattern[i + 1].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      i += 1;
    } else if (c === '*' && pattern[i + 1] === '*') {
      source += '.*';
      i += 1;
    } else if (c === '*') {
      source += '[^/]*';
    } else {
      source += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`, 's');
}

/** SPDX-FileCopyrightText and SPDX-License-Identifier tags in a file's own text, if any. */
function ownTags(path) {
  let text;
  try {
    text = readFileSync(join(root, path), 'utf8').slice(0, 4000);
  } catch {
    return { copyright: false, licenses: [] };
  }
  // Split so this very file does not count as carrying tags.
  const licenseTag = 'SPDX-' + 'License-Identifier:';
  const licenses = [...text.matchAll(new RegExp(`${licenseTag}\\s*([^\\s*]+)`, 'g'))].map(
    (m) => m[1],
  );
  return { copyright: text.includes('SPDX-' + 'FileCopyrightText:'), licenses };
}

describe('REUSE', () => {
  const config = parseToml(read('REUSE.toml'));
  const annotations = (config.annotations ?? []).map((a) => ({
    patterns: [a.path].flat().map(reuseGlob),
    copyright: [a['SPDX-FileCopyrightText']].flat().filter(Boolean),
    licenses: [a['SPDX-License-Identifier']].flat().filter(Boolean),
  }));
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean)
    // Exempt by the specification: the licence texts and REUSE.toml itself.
    .filter((path) => !path.startsWith('LICENSES/') && path !== 'REUSE.toml')
    // Files deleted in the work tree but still in the index are not part of the tree.
    .filter((path) => existsSync(join(root, path)));

  test('the glob rules follow the specification', () => {
    assert.ok(reuseGlob('docs/*.md').test('docs/operations.md'));
    assert.ok(!reuseGlob('docs/*.md').test('docs/adr/0001.md'));
    assert.ok(reuseGlob('docs/**').test('docs/adr/0001.md'));
    assert.ok(reuseGlob('**').test('.ci/run'));
    assert.ok(!reuseGlob('a\\*b').test('axb'));
    assert.ok(reuseGlob('a\\*b').test('a*b'));
  });

  test('REUSE.toml is version 1 and names only licences with a text in LICENSES/', () => {
    assert.equal(config.version, 1);
    const used = new Set(annotations.flatMap((a) => a.licenses));
    const texts = new Set(readdirSync(join(root, 'LICENSES')).map((f) => f.replace(/\.txt$/, '')));
    for (const id of used) assert.ok(texts.has(id), `LICENSES/${id}.txt is missing`);
    for (const id of texts) assert.ok(used.has(id), `LICENSES/${id}.txt is not used`);
  });

  test('every tracked file has a copyright and a licence (its own header or REUSE.toml)', () => {
    assert.ok(tracked.length > 100, `git ls-files found ${tracked.length} files`);
    const uncovered = tracked.filter((path) => {
      const own = ownTags(path);
      const matching = annotations.filter((a) => a.patterns.some((re) => re.test(path)));
      const copyright = own.copyright || matching.some((a) => a.copyright.length > 0);
      const license = own.licenses.length > 0 || matching.some((a) => a.licenses.length > 0);
      return !(copyright && license);
    });
    assert.deepEqual(uncovered, []);
  });
});

// The publiccode.yml standard, version 0.4: mandatory keys, its controlled vocabularies and limits
// (docs/standard/schema.core.rst, categories-list.rst and scope-list.rst of the standard).
const CATEGORIES = new Set(
  `accounting agile-project-management applicant-tracking application-development
  appointment-scheduling backup billing-and-invoicing blog budgeting business-intelligence
  business-process-management cad call-center-management cloud-management collaboration
  communications compliance-management contact-management content-management crm
  customer-service-and-support data-analytics data-collection data-visualization design
  design-system digital-asset-management digital-citizenship document-management donor-management
  e-commerce e-signature educational-content email-management email-marketing employee-management
  enterprise-project-management enterprise-social-networking erp event-management
  facility-management feedback-and-reviews-management financial-reporting fleet-management
  fundraising gamification geographic-information-systems grant-management graphic-design
  help-desk hr ide identity-management instant-messaging inventory-management it-asset-management
  it-development it-management it-security it-service-management knowledge-management
  learning-management-system marketing mind-mapping mobile-marketing mobile-payment
  network-management office online-booking online-community payment-gateway payroll
  predictive-analysis procurement productivity-suite project-collaboration project-management
  property-management real-estate-management remote-support resource-management sales-management
  seo service-desk social-media-management survey talent-management task-management
  taxes-management test-management time-management time-tracking translation video-conferencing
  video-editing visitor-management voip warehouse-management web-collaboration web-conferencing
  website-builder whistleblowing workflow-management`.split(/\s+/),
);
const SCOPES = new Set(
  `agriculture culture defence education emergency-services employment energy environment
  finance-and-economic-development foreign-affairs healthcare infrastructures justice
  local-authorities manufacturing research science-and-technology security society sport tourism
  transportation welfare`.split(/\s+/),
);
const SOFTWARE_TYPES = [
  'standalone/mobile',
  'standalone/iot',
  'standalone/desktop',
  'standalone/web',
  'standalone/backend',
  'standalone/other',
  'addon',
  'library',
  'configurationFiles',
];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every rule of the standard publiccode.yml breaks, as readable strings. */
export function publiccodeProblems(doc) {
  const problems = [];
  const need = (ok, message) => {
    if (!ok) problems.push(message);
  };
  const isString = (v) => typeof v === 'string' && v.trim() !== '';
  need(isString(doc.publiccodeYmlVersion), 'publiccodeYmlVersion is required (a string)');
  need(isString(doc.name), 'name is required');
  need(isString(doc.url) && /^https:\/\//.test(doc.url), 'url must be an https URL');
  if (doc.releaseDate !== undefined) need(DATE.test(doc.releaseDate), 'releaseDate: YYYY-MM-DD');
  const platforms = [doc.platforms].flat().filter(Boolean);
  need(platforms.length > 0, 'platforms is required');
  need(Array.isArray(doc.categories) && doc.categories.length > 0, 'categories is required');
  for (const c of doc.categories ?? [])
    need(CATEGORIES.has(c), `category "${c}" is not in the list`);
  need(
    ['concept', 'development', 'beta', 'stable', 'obsolete'].includes(doc.developmentStatus),
    'developmentStatus is not one of the allowed values',
  );
  need(SOFTWARE_TYPES.includes(doc.softwareType), 'softwareType is not one of the allowed values');
  for (const s of doc.intendedAudience?.scope ?? [])
    need(SCOPES.has(s), `scope "${s}" is not in the list`);
  for (const c of doc.intendedAudience?.countries ?? [])
    need(/^[a-z]{2}$/.test(c), `country "${c}" is not an ISO 3166-1 alpha-2 code in lower case`);
  const languages = Object.keys(doc.description ?? {});
  need(languages.length > 0, 'description needs at least one language');
  for (const lang of languages) {
    const d = doc.description[lang];
    need(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(lang), `description: "${lang}" is not a BCP 47 tag`);
    need(
      isString(d.shortDescription) && d.shortDescription.length <= 150,
      `description/${lang}/shortDescription: required, at most 150 characters`,
    );
    need(
      isString(d.longDescription) &&
        d.longDescription.length >= 150 &&
        d.longDescription.length <= 10_000,
      `description/${lang}/longDescription: 150 to 10000 characters`,
    );
    need(
      Array.isArray(d.features) && d.features.length > 0 && d.features.every(isString),
      `description/${lang}/features: a list of strings`,
    );
  }
  need(isString(doc.legal?.license), 'legal/license is required');
  const maintenance = doc.maintenance?.type;
  need(
    ['internal', 'contract', 'community', 'none'].includes(maintenance),
    'maintenance/type is not one of the allowed values',
  );
  if (maintenance === 'internal' || maintenance === 'community')
    need(
      Array.isArray(doc.maintenance.contacts) &&
        doc.maintenance.contacts.length > 0 &&
        doc.maintenance.contacts.every((c) => isString(c.name)),
      'maintenance/contacts: required for internal or community maintenance, each with a name',
    );
  if (maintenance === 'contract')
    need(
      (doc.maintenance.contractors ?? []).every((c) => isString(c.name) && DATE.test(c.until)),
      'maintenance/contractors: each with a name and an until date',
    );
  need(typeof doc.localisation?.localisationReady === 'boolean', 'localisationReady: a boolean');
  need(
    Array.isArray(doc.localisation?.availableLanguages) &&
      doc.localisation.availableLanguages.length > 0,
    'localisation/availableLanguages is required',
  );
  for (const dep of [...(doc.dependsOn?.open ?? []), ...(doc.dependsOn?.proprietary ?? [])])
    need(isString(dep.name), 'every dependsOn entry needs a name');
  return problems;
}

describe('publiccode.yml', () => {
  const doc = parseYaml(read('publiccode.yml'));

  test('follows the publiccode.yml standard', () => {
    assert.deepEqual(publiccodeProblems(doc), []);
  });

  test('the checker rejects what the standard forbids', () => {
    const broken = structuredClone(doc);
    broken.categories = ['case-management'];
    broken.softwareType = 'web';
    broken.description.en.shortDescription = 'x'.repeat(151);
    delete broken.maintenance.contacts;
    assert.equal(publiccodeProblems(broken).length, 4);
  });

  test('describes this release in Dutch and English, under the licence of package.json', () => {
    assert.equal(doc.softwareVersion, manifest.version);
    assert.equal(doc.legal.license, manifest.license);
    assert.deepEqual(Object.keys(doc.description).sort(), ['en', 'nl']);
    assert.deepEqual([...doc.localisation.availableLanguages].sort(), ['en', 'nl']);
  });
});

describe('files a municipality looks for', () => {
  test('SECURITY.md tells how to report a vulnerability and what happens then', () => {
    const text = read('SECURITY.md');
    for (const needle of [/coordinated vulnerability disclosure/i, /NCSC/, /@/, /90 days/i])
      assert.match(text, needle);
  });

  test('CONTRIBUTING.md, docs/accessibility.md and the README point where they should', () => {
    assert.match(read('CONTRIBUTING.md'), /Conventional Commits/);
    assert.match(read('CONTRIBUTING.md'), /REUSE\.toml/);
    const accessibility = read('docs/accessibility.md');
    assert.match(accessibility, /WCAG 2\.2/);
    assert.match(accessibility, /wcag22aa/);
    const readme = read('README.md');
    assert.match(readme, /^## Production$/m);
    assert.match(readme, /\(docs\/operations\.md\)/);
    assert.match(readme, /\(deploy\/?\)/);
  });
});

describe('release', () => {
  test('package.json has a semantic version; CHANGELOG.md sections are Unreleased or released versions, newest first', () => {
    const semver = /^(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?$/;
    assert.match(manifest.version, semver);
    const headings = [...read('CHANGELOG.md').matchAll(/^## (.+)$/gm)].map((m) => m[1].trim());
    assert.match(headings[0] ?? '', /^\[?Unreleased\]?$/, 'the first section is Unreleased');
    const released = headings.slice(1).map((heading) => {
      const m = /^\[(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\] - (\d{4}-\d{2}-\d{2})$/.exec(heading);
      assert.ok(m, `"## ${heading}" is not "## [X.Y.Z] - YYYY-MM-DD"`);
      return m[1].split(/[.-]/).slice(0, 3).map(Number);
    });
    const order = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
    for (let i = 1; i < released.length; i += 1)
      assert.ok(order(released[i - 1], released[i]) > 0, 'versions newest first');
    const current = manifest.version.split(/[.-]/).slice(0, 3).map(Number);
    if (released[0])
      assert.ok(order(current, released[0]) >= 0, 'package.json is behind CHANGELOG.md');
  });

  test('the image runs Node 24 LTS as UID 1000 and records its SBOM', () => {
    const dockerfile = read('docker/Dockerfile');
    assert.match(dockerfile, /^ARG NODE_IMAGE=node:24-/m);
    const users = [...dockerfile.matchAll(/^USER\s+(\S+)/gm)].map((m) => m[1]);
    assert.deepEqual(users, ['1000'], 'one USER line, numeric');
    assert.match(dockerfile, /^RUN npm run sbom\b/m);
    assert.match(dockerfile, /^COPY --from=build \/app\/dist\/sbom\.cdx\.json /m);
    assert.equal(manifest.scripts.sbom, 'node tools/release/sbom.mjs');
  });
});
