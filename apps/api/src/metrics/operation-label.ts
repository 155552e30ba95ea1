import { PORTAL_OPERATION_NAMES } from './portal-operations.generated';

const KNOWN = new Set(PORTAL_OPERATION_NAMES);

/**
 * The `operation` label of a GraphQL request: the portal's own operation names, anything else
 * (another client, a typo, an attacker's thousand names, no name) is `other`. The label set stays
 * bounded and a client cannot put text of its choosing into the metrics.
 */
export function operationLabel(name: string | null | undefined): string {
  return name && KNOWN.has(name) ? name : 'other';
}

const CODE = /^[A-Z][A-Z0-9_]{0,39}$/;

/** The `code` label of a GraphQL error: the API's own stable codes, anything else `OTHER`. */
export function errorCodeLabel(code: unknown): string {
  return typeof code === 'string' && CODE.test(code) ? code : 'OTHER';
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export function methodLabel(method: string): string {
  return METHODS.has(method) ? method : 'OTHER';
}

/** 2xx, 4xx, …: the class is what alerts need; single codes add series without insight. */
export function statusClassLabel(status: number): string {
  return status >= 100 && status < 600 ? `${Math.floor(status / 100)}xx` : 'other';
}
