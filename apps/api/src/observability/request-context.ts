import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
  requestId: string;
  /** The client's address as Express sees it (TRUST_PROXY aware); for the audit trail. */
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
