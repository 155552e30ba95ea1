import { SetMetadata } from '@nestjs/common';
import type { AuditAction } from './audit.kinds';

export const AUDIT_KEY = 'schakel:audit';

/**
 * What an operation writes to the audit trail (docs/privacy.md). Every resolver method and
 * controller route declares one next to its policy; the declaration test lists them all.
 *
 * - `access`: the operation touches personal data. Exactly one event per call is written by
 *   the audit interceptor: ALLOWED when it succeeds, DENIED when the policy refuses it. Services
 *   add who and what was touched with `caller.note()` (auth/caller.ts, audit-scope.ts).
 * - `self`: the service writes its own event(s) inside its transaction (e.g. break-the-glass).
 * - `none`: no personal data (the caller's own account, configuration, chain status).
 */
export type AuditDeclaration =
  | { kind: 'access'; action: AuditAction }
  | { kind: 'self'; reason: string }
  | { kind: 'none'; reason: string };

/** One audit event per call with this action (READ, SEARCH, CREATE, UPDATE, DELETE, EXPORT …). */
export const Audited = (action: AuditAction) =>
  SetMetadata(AUDIT_KEY, { kind: 'access', action } satisfies AuditDeclaration);

/** The service records its own events inside its transaction; `reason` says which. */
export const AuditedBySelf = (reason: string) =>
  SetMetadata(AUDIT_KEY, { kind: 'self', reason } satisfies AuditDeclaration);

/** No personal data is read or written; `reason` says why, for the reviewer of the snapshot. */
export const NotAudited = (reason: string) =>
  SetMetadata(AUDIT_KEY, { kind: 'none', reason } satisfies AuditDeclaration);

export function describeAudit(declaration: AuditDeclaration | undefined): string {
  if (!declaration) return 'audit: NONE DECLARED';
  if (declaration.kind === 'access') return `audit: ${declaration.action}`;
  return `audit: ${declaration.kind} (${declaration.reason})`;
}
