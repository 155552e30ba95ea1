import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
  requestId: string;
  /** The client's address as the HTTP framework sees it (TRUST_PROXY aware); for the audit trail. */
  address?: string;
  userAgent?: string;
}

// The one async-context store: the request id and address for log lines and audit rows, which
// code far from any request (the pool, the logger) reads. Who the caller is never travels here:
// that is the `Caller`, passed explicitly (docs/architecture.md, "The request walk").
const storage = new AsyncLocalStorage<RequestContext>();

export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/**
 * Runs `fn` with no request context. For handlers of long-lived objects (a pooled connection's
 * error event): they run in the async context of whichever request created the object, and would
 * otherwise log that request's id, long after it ended.
 */
export function outsideRequestContext<T>(fn: () => T): T {
  return storage.exit(fn);
}

/** `handler`, always run outside any request context (see outsideRequestContext). */
export function detachedFromRequests<A extends unknown[]>(
  handler: (...args: A) => void,
): (...args: A) => void {
  return (...args) => outsideRequestContext(() => handler(...args));
}
