import { AppError } from './app-error';

// SQLSTATEs that mean "the server is going away or not taking connections" (class 08:
// connection exceptions; 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now;
// 53300 too_many_connections), not "this statement is wrong".
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
// Socket errors of a connection to a server that is not there (any more).
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// node-postgres and pg-pool say it in words only.
const PG_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect$/,
  /^Client has encountered a connection error and is not queryable$/,
  /^Client was closed and is not queryable$/,
  /^Cannot use a pool after calling end on the pool$/,
];

// TypeORM releases a transaction's connection when the driver reports it broken; the next statement
// of that transaction then fails with one of these instead of the driver's error (seen in the
// fault suite at PostgreSQL stops: the second one when the COMMIT itself came after the release).
// Nothing of that transaction committed.
const RELEASED_RUNNER = new Set([
  'QueryRunnerProviderAlreadyReleasedError',
  'QueryRunnerAlreadyReleasedError',
]);

function unavailableItself(error: object): boolean {
  const name = (error as { name?: unknown }).name;
  if (typeof name === 'string' && RELEASED_RUNNER.has(name)) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (UNAVAILABLE_STATES.has(code) || NETWORK_CODES.has(code)) return true;
    if (/^08[0-9A-Z]{3}$/.test(code)) return true;
  }
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && PG_MESSAGES.some((pattern) => pattern.test(message));
}

/** The error in the chain (GraphQL, TypeORM, AggregateError, `cause`) that says so, if any. */
function unavailableCause(error: unknown): object | null {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const next = queue.shift();
    if (typeof next !== 'object' || next === null || seen.has(next)) continue;
    seen.add(next);
    if (next instanceof ServiceUnavailableError || unavailableItself(next)) return next;
    const wrapped = next as {
      originalError?: unknown;
      driverError?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    queue.push(wrapped.originalError, wrapped.driverError, wrapped.cause);
    if (Array.isArray(wrapped.errors)) queue.push(...(wrapped.errors as unknown[]));
  }
  return null;
}

/**
 * Whether an error (as thrown by pg, pg-pool or TypeORM, possibly wrapped) means the database
 * cannot be reached, as opposed to a statement that failed. The one place that knows the
 * drivers' ways of saying so.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return unavailableCause(error) !== null;
}

/**
 * The database cannot be reached right now: HTTP 503, and a code the portal turns into "try again
 * in a moment". Says nothing about why (addresses, driver messages stay in the server log).
 */
export class ServiceUnavailableError extends AppError {
  constructor() {
    super('SERVICE_UNAVAILABLE', 'The database cannot be reached right now. Try again shortly.', {
      http: { status: 503 },
    });
  }
}

/** What the server log may say about such an error: the driver's code and message, no data. */
export function unavailableDetail(error: unknown): Record<string, string> {
  const cause = unavailableCause(error);
  if (!cause || cause instanceof ServiceUnavailableError) return {};
  const { code, message } = cause as { code?: unknown; message?: unknown };
  return {
    ...(typeof code === 'string' ? { cause: code } : {}),
    ...(typeof message === 'string' ? { error: message } : {}),
  };
}
