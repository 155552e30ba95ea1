import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/app-config';
import type { JsonLogger } from '../observability/json-logger';
import { createFormatError } from './format-error';
import { DEFAULT_QUERY_LIMITS, queryLimitsRule } from './query-limits';

export function graphqlOptions(config: AppConfig, logger: JsonLogger): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    plugins: [
      // The sandbox landing page loads from a CDN, which the CSP (and many networks) block.
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of personal data; the default plugin would also hook into every field
      // resolver of every response (a wrapper and a cache policy per field).
      ApolloServerPluginCacheControlDisabled(),
    ],
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    validationRules: [queryLimitsRule(DEFAULT_QUERY_LIMITS)],
    formatError: createFormatError(config.production, logger),
    context: ({ req, res }: { req: Request; res: Response }) => ({ req, res }),
  };
}
