#!/usr/bin/env node
// Writes the licence text into LICENSE and LICENSES/EUPL-1.2.txt (the REUSE layout) from the
// spdx-license-list package, so the text is the SPDX one, not typed. tools/test/repository.test.mjs
// checks that both files still equal it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

export const LICENSE_ID = 'EUPL-1.2';

export function licenseText() {
  const licenses = createRequire(import.meta.url)('spdx-license-list/full');
  const text = licenses[LICENSE_ID]?.licenseText;
  if (!text) throw new Error(`spdx-license-list has no text for ${LICENSE_ID}`);
  return text.endsWith('\n') ? text : `${text}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(import.meta.dirname, '../..');
  const text = licenseText();
  writeFileSync(join(root, 'LICENSE'), text);
  mkdirSync(join(root, 'LICENSES'), { recursive: true });
  writeFileSync(join(root, 'LICENSES', `${LICENSE_ID}.txt`), text);
  console.log(`LICENSE and LICENSES/${LICENSE_ID}.txt: ${LICENSE_ID}, ${text.length} characters`);
}
