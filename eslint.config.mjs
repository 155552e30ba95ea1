// Lint encodes structure: module boundaries (apps never import each other; libs never import apps;
// the portal and the API meet only in libs tagged scope:shared), TypeScript rules, Prettier last.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.nx/**',
      '.data/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'apps/portal/src/gql/**',
    ],
  },
  js.configs.recommended,
  // Type-aware rules catch real bugs the plain ones cannot see: a promise nobody awaits
  // (no-floating-promises), a promise where a callback's result is ignored (no-misused-promises),
  // an `any` that silently switches type checking off (no-unsafe-*). All errors, none disabled.
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Each TypeScript file is checked in the program of the tsconfig that compiles it.
        project: [
          'apps/api/tsconfig.json',
          'apps/portal/tsconfig.json',
          'apps/portal/tsconfig.node.json',
          'apps/portal-e2e/tsconfig.json',
          'libs/*/tsconfig.spec.json',
        ],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Passing on what a catch received is how an unknown error travels (as only-throw-error allows).
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
    },
  },
  {
    plugins: { '@nx': nx },
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.cjs', '**/*.js'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            {
              sourceTag: 'scope:portal',
              onlyDependOnLibsWithTags: ['scope:portal', 'scope:shared'],
            },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:policy', onlyDependOnLibsWithTags: ['type:domain', 'type:policy'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
    },
  },
  {
    // Nest injects by the runtime class of constructor parameters; a type-only import would erase it.
    files: ['apps/api/src/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['apps/portal/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'tools/**/*.js', 'apps/portal-e2e/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Plain JavaScript (tools, configs) belongs to no TypeScript program; nor do the probes that
    // tools/test/check-boundaries.mjs feeds through stdin to prove the boundary rule rejects them.
    files: ['**/*.mjs', '**/*.cjs', '**/*.js', '**/boundary-probe.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
