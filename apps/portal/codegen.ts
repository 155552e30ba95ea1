import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are relative to the workspace root, where the Nx target runs.
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/portal/src/**/*.{ts,tsx}', '!apps/portal/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/portal/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Match the string unions in @schakel/domain, so `primaryRole(me.roles)` type-checks.
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        // The cache adds __typename to every selection; typing it keeps test fixtures honest.
        nonOptionalTypename: true,
      },
    },
  },
};

export default config;
