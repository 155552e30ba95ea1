import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ERROR_CODES, type ErrorCode } from '@schakel/domain';

/** The API's stable codes, plus NETWORK for "no usable answer from the API at all". */
export type ClientErrorCode = ErrorCode | 'NETWORK';

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

function firstKnownCode(
  errors: readonly { extensions?: Record<string, unknown> }[],
): ErrorCode | null {
  for (const error of errors) {
    const code = error.extensions?.['code'];
    if (isErrorCode(code)) return code;
  }
  return null;
}

// A non-2xx answer can still carry GraphQL errors (e.g. CSRF or throttling rejected before the resolver).
function codeFromServerBody(bodyText: string): ErrorCode | null {
  try {
    const body: unknown = JSON.parse(bodyText);
    if (typeof body !== 'object' || body === null || !('errors' in body)) return null;
    const { errors } = body;
    return Array.isArray(errors) ? firstKnownCode(errors) : null;
  } catch {
    return null;
  }
}

/** The input field a GraphQL error is about (`extensions.field`), so a form can put it there. */
export function errorFieldOf(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const { extensions } of error.errors) {
    const field = extensions?.['field'];
    if (typeof field === 'string') return field;
  }
  return null;
}

const UNREACHABLE_STATUSES = new Set([404, 502, 503, 504]);

export function errorCodeOf(error: unknown): ClientErrorCode {
  if (CombinedGraphQLErrors.is(error)) return firstKnownCode(error.errors) ?? 'INTERNAL';
  if (ServerError.is(error)) {
    const code = codeFromServerBody(error.bodyText);
    if (code) return code;
    return UNREACHABLE_STATUSES.has(error.statusCode) ? 'NETWORK' : 'INTERNAL';
  }
  return 'NETWORK';
}

/** Codes after which the session is gone and the user has to log in again. */
export function endsSession(code: ClientErrorCode): code is 'UNAUTHENTICATED' | 'SESSION_EXPIRED' {
  return code === 'UNAUTHENTICATED' || code === 'SESSION_EXPIRED';
}
