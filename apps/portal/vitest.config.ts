import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

const here = __dirname;

/** Every component test under src/, relative to this folder. */
function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [relative(here, path)] : [];
  });
}

// Test files share one module graph per worker (`isolate: false`): importing React, Apollo and the
// Utrecht components once instead of once per file takes about a third of the CPU time, which the
// Jest lane running beside Vitest gets back. A file that replaces a module with `vi.mock` needs a
// fresh module graph (a module another file imported earlier would stay the real one), so those
// files run isolated — found by reading the files, so a new one cannot be forgotten.
// The build's own plugins (vite-plugins/) have unit tests beside them too.
const files = [...testFiles(join(here, 'src')), ...testFiles(join(here, 'vite-plugins'))];
const mocking = files.filter((file) =>
  /\bvi\.(do)?[mM]ock\(/.test(readFileSync(join(here, file), 'utf8')),
);
const shared = files.filter((file) => !mocking.includes(file));

const common = {
  environment: 'jsdom' as const,
  setupFiles: ['src/test/setup.ts'],
  restoreMocks: true,
  // Rendering the whole app in jsdom on a loaded 2-core CI machine can pass 5 s; a real
  // hang still fails.
  testTimeout: 20_000,
};

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        { extends: true, test: { ...common, name: 'shared', include: shared, isolate: false } },
        { extends: true, test: { ...common, name: 'isolated', include: mocking, isolate: true } },
      ],
    },
  }),
);
