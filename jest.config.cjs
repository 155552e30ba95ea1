// One Jest run for all TypeScript projects: libraries, API unit tests and API integration tests
// (the latter against a real PostgreSQL, see tools/test/jest-global-setup.mjs).
const moduleNameMapper = {
  '^@schakel/domain$': '<rootDir>/libs/domain/src/index.ts',
  '^@schakel/sharing-policy$': '<rootDir>/libs/sharing-policy/src/index.ts',
};
// Every project draws its generated inputs from one fixed seed (FC_SEED to change it).
const setupFiles = ['<rootDir>/tools/test/fast-check-seed.cjs'];
const tsJest = (tsconfig) => ({ '^.+\\.ts$': ['ts-jest', { tsconfig }] });

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'domain',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/libs/domain/src/**/*.spec.ts'],
      transform: tsJest('<rootDir>/libs/domain/tsconfig.jest.json'),
      moduleNameMapper,
      setupFiles,
    },
    {
      displayName: 'sharing-policy',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/libs/sharing-policy/src/**/*.spec.ts'],
      transform: tsJest('<rootDir>/libs/sharing-policy/tsconfig.jest.json'),
      moduleNameMapper,
      setupFiles,
    },
    {
      displayName: 'api-unit',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/apps/api/src/**/*.spec.ts'],
      transform: tsJest('<rootDir>/apps/api/tsconfig.jest.json'),
      moduleNameMapper,
      setupFiles,
      // Unit tests hash passwords (argon2id) and build PDFs too: the default 5 s timed out in a
      // CI rehearsal on a loaded 2-core machine (password.service.spec.ts).
      setupFilesAfterEnv: ['<rootDir>/apps/api/test/support/jest-setup.ts'],
    },
    {
      displayName: 'api-integration',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/apps/api/test/**/*.int-spec.ts'],
      transform: tsJest('<rootDir>/apps/api/tsconfig.jest.json'),
      moduleNameMapper,
      setupFiles,
      globalSetup: '<rootDir>/tools/test/jest-global-setup.mjs',
      globalTeardown: '<rootDir>/tools/test/jest-global-teardown.mjs',
      // testTimeout is ignored inside `projects`; the setup file raises it for these tests.
      setupFilesAfterEnv: ['<rootDir>/apps/api/test/support/jest-setup.ts'],
    },
  ],
};
