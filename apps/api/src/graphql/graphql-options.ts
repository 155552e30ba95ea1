import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { httpAnswer } from './http-answer';
import type { AppConfig } from '../config/app-config';
import type { JsonLogger } from '../observability/json-logger';
import { createFormatError } from './format-error';
import { DEFAULT_QUERY_LIMITS, queryLimitsRule } from './query-limits';
import { requestLimitsPlugin } from './request-limits.plugin';
import { serviceUnavailablePlugin } from './service-unavailable.plugin';

/** `extraPlugins`: plugins of higher folders the app root adds (the metrics). */
export function graphqlOptions(
  config: AppConfig,
  logger: JsonLogger,
  extraPlugins: ApolloServerPlugin[] = [],
): ApolloDriverConfig {
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
      // Cost with the variables' page sizes, and text PostgreSQL cannot store.
      requestLimitsPlugin(DEFAULT_QUERY_LIMITS),
      // The database is down: 503, not 200 with an error.
      serviceUnavailablePlugin(),
      ...extraPlugins,
    ],
    // The parser stops at this many tokens, before building a syntax tree.
    parseOptions: { maxTokens: DEFAULT_QUERY_LIMITS.maxTokens },
    // Automatic persisted queries would let anyone store documents in the server's cache, and an
    // unknown hash answered INTERNAL; the portal sends its documents in full.
    persistedQueries: false,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    validationRules: [queryLimitsRule(DEFAULT_QUERY_LIMITS)],
    formatError: createFormatError(config.production, logger),
    // Nest would reset the status of every executed operation to 200, also the 503 of a database
    // outage (serviceUnavailablePlugin). Our resolvers' errors carry no HTTP status otherwise.
    preserveHttpStatusForExecutionErrors: false,
    // Apollo's Fastify integration passes the request and the reply; resolvers get the reply's
    // cookies only (auth/guards/request-from.ts).
    context: (req: FastifyRequest, reply: FastifyReply) => ({ req, res: httpAnswer(reply) }),
  };
}
