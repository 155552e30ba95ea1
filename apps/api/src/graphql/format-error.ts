import type { GraphQLFormattedError } from 'graphql';
import { ERROR_CODES, type ErrorCode } from '@schakel/domain';
import {
  isDatabaseUnavailable,
  ServiceUnavailableError,
  unavailableDetail,
} from '../common/database-unavailable';
import type { JsonLogger } from '../observability/json-logger';

const KNOWN = new Set<string>(ERROR_CODES);

// Codes produced by Apollo / graphql-js for malformed requests; shown as bad input.
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
]);

/**
 * The one place where errors become what the client sees: known codes pass with their message,
 * malformed requests become BAD_USER_INPUT, a database that cannot be reached becomes
 * SERVICE_UNAVAILABLE (HTTP 503: serviceUnavailablePlugin), everything else is INTERNAL with
 * no details.
 * In production, "Did you mean …?" field suggestions are removed so the schema cannot be mapped
 * by trial and error.
 */
export function createFormatError(production: boolean, logger: JsonLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Apollo re-labels validation errors GRAPHQL_VALIDATION_FAILED; our limit rule's code is kept
    // on the original error.
    const original = (error as { originalError?: { extensions?: Record<string, unknown> } })
      ?.originalError;
    const rawCode =
      original?.extensions?.code === 'QUERY_TOO_COMPLEX'
        ? 'QUERY_TOO_COMPLEX'
        : formatted.extensions?.code;
    const code = typeof rawCode === 'string' ? rawCode : undefined;
    let message = formatted.message;
    let outCode: ErrorCode;

    if (code && KNOWN.has(code)) {
      outCode = code as ErrorCode;
    } else if (code && CLIENT_CODES.has(code)) {
      outCode = 'BAD_USER_INPUT';
    } else if (isDatabaseUnavailable(error)) {
      // Expected while the database restarts: a warning with the driver's words, no stack.
      outCode = 'SERVICE_UNAVAILABLE';
      message = new ServiceUnavailableError().message;
      logger.event('warn', 'database unavailable', {
        ...unavailableDetail(error),
        path: formatted.path,
      });
    } else {
      outCode = 'INTERNAL';
      const cause = (error as { originalError?: unknown })?.originalError ?? error;
      logger.event('error', 'unhandled error in GraphQL operation', {
        error: cause instanceof Error ? cause.message : String(cause),
        stack: cause instanceof Error ? cause.stack : undefined,
        path: formatted.path,
      });
      message = 'Internal server error';
    }
    if (production) message = message.replace(/ ?Did you mean .*\?$/, '');
    const { path, locations } = formatted;
    // A request refused before any resolver (parse, validation, limits, persisted query, NUL):
    // often anonymous and never our fault, so a warning with the code only (the message may
    // quote the request's values).
    if (!path && outCode !== 'INTERNAL') {
      logger.event('warn', 'GraphQL request refused', {
        code: outCode,
        ...(code && code !== outCode ? { reason: code } : {}),
      });
    }
    // Which input field was wrong, so the portal can put the message next to it.
    const field = outCode !== 'INTERNAL' ? formatted.extensions?.field : undefined;
    // When a throttled login or second factor may be tried again.
    const retryAfterSeconds =
      outCode === 'LOGIN_THROTTLED' || outCode === 'MFA_THROTTLED'
        ? formatted.extensions?.retryAfterSeconds
        : undefined;
    // The ZVH's desk a user locked out by the covenant can turn to (ADR 0019).
    const contact =
      outCode === 'COVENANT_NOT_SIGNED'
        ? {
            regionName: formatted.extensions?.regionName ?? null,
            contactEmail: formatted.extensions?.contactEmail ?? null,
            contactPhone: formatted.extensions?.contactPhone ?? null,
          }
        : {};
    // The wijk that already holds the postcodes (ADR 0026): region geography, no personal data.
    const otherArea =
      outCode === 'AREA_RANGE_OVERLAP' ? formatted.extensions?.otherArea : undefined;
    return {
      message,
      ...(locations && outCode !== 'INTERNAL' ? { locations } : {}),
      ...(path ? { path } : {}),
      extensions: {
        code: outCode,
        ...(typeof field === 'string' ? { field } : {}),
        ...(typeof retryAfterSeconds === 'number' ? { retryAfterSeconds } : {}),
        ...contact,
        ...(typeof otherArea === 'string' ? { otherArea } : {}),
      },
    };
  };
}
